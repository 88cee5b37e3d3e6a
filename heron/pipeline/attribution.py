"""Stage attribution: who asserts each clause.

Finds, per sentence, reporting verbs with their subjects ("South Korean
intelligence officials reported that ...", "..., the ministry said"),
"according to X", chains ("citing Y") and pronoun subjects that continue an
earlier source ("It added that ..."). Later stages look up the attribution
that covers a token.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from heron.knowledge import lexicon
from heron.pipeline.actors import Mention, sector_cues, sector_of_phrase
from heron.pipeline.registry import stage
from heron.pipeline.syntax import dateline, noun_phrase
from heron.records import Actor, Analysis

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


@dataclass
class Attribution:
    source_text: str
    source_span: tuple[int, int]  # char offsets of the source phrase
    source: Mention | None
    cue: int  # token index of the reporting verb or "according"
    content: tuple[int, int]  # token range [start, end) of what is attributed
    sentence: tuple[int, int]  # token range of the sentence
    via: list[str] = field(default_factory=list)
    said: tuple[int, int] | None = None  # the complement clause alone (reported speech)
    as_of: str | None = None
    denial: bool = False
    person: bool = False  # the source is a person or people (a quote speaker)
    speech: bool = False  # a verb of speech or "according to" (not "reported", "estimated")
    according: bool = False  # "according to X" rather than a reporting verb

    def covers(self, token_i: int) -> bool:
        return self.content[0] <= token_i < self.content[1]

    def actor(self) -> Actor | None:
        m = self.source
        if m is None:
            return None
        return m.actor()


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(reporting verbs, denial words, people nouns, verbs of speech)."""
    attr = lexicon("attribution")
    hedges = lexicon("hedges")
    people = frozenset(lexicon("sectors")["people"])
    return frozenset(attr["verbs"]), frozenset(hedges["denial"]), people, frozenset(attr["speech"])


def _originator(token: Token) -> Token:
    """'a statement from the foreign ministry': the ministry, not the statement."""
    _, documents = _document_cues()
    if token.lemma_.lower() in documents:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
            if child.dep_ == "acl" and child.lemma_.lower() in _relay_cues().produced:
                # "figures released by the UN refugee agency" (not "a report seen by Reuters")
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    objs = [g for g in agent.children if g.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    return token


def _source_phrase(token: Token) -> Span:
    phrase = noun_phrase(token)
    doc = token.doc
    if token.ent_type_ in ("ORG", "PERSON", "NORP", "GPE", "FAC"):
        for ent in doc.ents:  # "Doctors Without Borders": the whole name
            if ent.start <= token.i < ent.end and ent.end > phrase.end:
                phrase = doc[min(phrase.start, ent.start) : ent.end]
                break
    end = phrase.end
    # a hyphenated name the tokenizer split ("Park Min-jae")
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and doc[end + 1].pos_ == "PROPN"
    ):
        end += 2
    # a name with "of"/"for" inside: "International Organization for Migration"
    while end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and doc[end + 1].pos_ == "PROPN":
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    # keep a conjoined source ("officials and diplomats said")
    for conj in token.conjuncts:
        if conj.i >= end:
            end = max(end, noun_phrase(conj).end)
    return doc[phrase.start : end]


def _based_in(mention: Mention, span: Span) -> bool:
    """'the Britain-based monitor': where a group sits, not whose it is."""
    for token in span:
        if token.idx == mention.start and token.dep_ == "npadvmod":
            return token.head.lemma_.lower() in _source_cues().seats
    return False


def _mention_in(mentions: list[Mention], span: Span) -> Mention | None:
    inside = [
        m
        for m in mentions
        if span.start_char <= m.start and m.end <= span.end_char and not _based_in(m, span)
    ]
    if not inside:
        return None
    root = span.root.i
    for m in inside:
        if m.head == root:
            return m
    return max(inside, key=lambda m: (m.person, m.sector is not None, m.end - m.start))


def _as_of(dates: list[Any], sent: Span, cue: Token, published: str | None) -> str | None:
    for d in dates:
        if d.precision == "day" and sent.start_char <= d.start < sent.end_char:
            tok = sent.doc[d.head]
            if tok.head == cue or tok.head.head == cue:
                return str(d.date)
    return published


def _via(sent: Span) -> list[str]:
    chain = []
    for token in sent:
        if token.lower_ in ("citing", "quoting"):
            for child in token.children:
                if child.dep_ in ("dobj", "pobj", "obj"):
                    chain.append(_source_phrase(child).text)
    return chain


@cache
def _document_cues() -> tuple[frozenset[str], frozenset[str]]:
    attr = lexicon("attribution")
    return frozenset(attr["document_verbs"]), frozenset(attr["documents"])


def _acts_on_things(verb: Token) -> bool:
    """'released 33 hostages', 'showed the wreckage': a verb that reports only with a
    document as its object ('released a statement')."""
    document_verbs, documents = _document_cues()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if any(o.lemma_.lower() in _source_cues().life_objects for o in objects):
        return True  # "the landslide claimed the lives of 40 people": no report
    if verb.lemma_.lower() not in document_verbs:
        return False
    return bool(objects) and all(o.lemma_.lower() not in documents for o in objects)


@cache
def _hedged_participles() -> frozenset[str]:
    return frozenset(lexicon("attribution")["hedged_participles"])


def _hedged_infinitive(verb: Token) -> bool:
    """'men believed to belong to the gang', 'he is said to have fled': a participle
    taking a to-infinitive hedges what its noun did; nobody is speaking."""
    return verb.lemma_.lower() in _hedged_participles() and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def _governing_subject(cue: Token, mentions: list[Mention]) -> Mention | None:
    """For a pronoun source in a relative or subordinate clause: the named subject of
    the clause it hangs from, when that subject is an actor of the same number
    ('it' an organisation or state, not a person)."""
    node = cue
    if node.dep_ not in ("relcl", "advcl", "acl"):
        return None
    pronoun = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    for _ in range(4):
        if node.head == node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            for subject in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subject.pos_ == "PRON":
                    continue
                found = _mention_in(mentions, noun_phrase(subject))
                if found is None or found.country is None:
                    continue
                if pronoun is not None and pronoun.lower_ == "it" and found.person:
                    continue
                return found
            return None
    return None


def _hung_subject(cue: Token) -> Token | None:
    """'..., in the town of Batibo, local officials and a union said': a postposed cue
    whose subject the parser hung on the noun before it as a conjunct. The subject is
    the conjunct that opens after the comma and runs up to the cue."""
    doc = cue.doc
    for child in cue.lefts:
        # "SANA, citing a military source, said": a name hung on the cue as a clause
        if (
            child.dep_ in ("advcl", "npadvmod", "dep", "ccomp")
            and (child.pos_ in ("NOUN", "PROPN") or child.ent_type_ in ("ORG", "PERSON"))
            and child.ent_type_ not in ("DATE", "TIME")
            and child.i < cue.i - 1
            and not any(c.dep_ in ("nsubjpass", "aux", "auxpass", "cop") for c in child.children)
            and any(t.text == "," for t in doc[child.right_edge.i + 1 : cue.i])
        ):
            # "Syrian state news agency SANA, citing a source, said": the name the parser
            # made a clause, with its own words as "subject"
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            return subject if subject is not None and subject.i < child.i else child
    for token in doc[cue.sent.start : cue.i]:
        # "..., the city's mayor said": an apposition to the place before the comma
        if (
            token.dep_ == "appos"
            and token.pos_ in ("NOUN", "PROPN")
            and token.right_edge.i == cue.i - 1
            and doc[token.left_edge.i - 1].text == ","
            and token.head.ent_type_ in ("GPE", "LOC", "FAC")
            and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children if c.i > cue.i)
        ):
            return token
        if (
            token.dep_ == "conj"
            and token.pos_ in ("NOUN", "PROPN")
            and token.right_edge.i == cue.i - 1
            and token.left_edge.i > cue.sent.start
            and doc[token.left_edge.i - 1].text == ","
            and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children if c.i > cue.i)
        ):
            return token
    return None


def _postposed_apposition(subject: Token, cue: Token) -> Token | None:
    """The real subject of a postposed cue when the parser made a clause its subject:
    an apposition after a comma, ending just before the cue, hung on a noun inside a
    verb's clause within the subject ('At least 60 migrants drowned when their boat
    capsized off Libya, the International Organization for Migration said')."""
    if subject.i > cue.i or subject.right_edge.i != cue.i - 1:
        return None
    doc = cue.doc
    for token in doc[subject.i + 1 : cue.i]:
        if (
            token.dep_ == "appos"
            and token.pos_ in ("NOUN", "PROPN")
            and token.right_edge.i == cue.i - 1
            and doc[token.left_edge.i - 1].text == ","
            and token.head != subject
            and any(a.pos_ == "VERB" and a.i > subject.i for a in token.ancestors)
        ):
            return token
    return None


_RELATIVES = frozenset({"who", "which", "that"})


def _named_apposition(noun: Token) -> Token:
    """'a local administrator, Armindo Sitoe, who said': the name in apposition to the
    noun a relative clause hangs on (or the noun itself)."""
    if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
        return noun.head if noun.ent_type_ != "PERSON" else noun
    return noun


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _clause_end(token: Token) -> int:
    """End of the verb's own clause: its subtree up to a clause with a subject of its
    own ("Japan announced $50m, while Canada would give ...")."""
    end = token.right_edge.i + 1
    for child in token.rights:
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            continue  # "said that A, and that B": both are said
        if child.dep_ in ("advcl", "conj", "parataxis") and _has_subject(child):
            end = max(token.i + 1, child.left_edge.i)
            doc = token.doc
            while end > token.i + 1 and (
                doc[end - 1].dep_ in ("cc", "mark") or doc[end - 1].is_punct
            ):
                end -= 1  # "... was killed and": not the conjunction
            return end
    return end


def _content(cue: Token) -> tuple[int, int]:
    """What a reporting verb attributes: its complement clause ("said that ..."), and
    after a postposed cue the rest of its clause ("..., the army said, seizing 25
    rifles"); a verb with an object and no complement ("put the figure at 9,000")
    covers its own clause; a bare parenthetical ("..., residents said, ...") the
    sentence."""
    comps = _complements(cue)
    if not comps and not any(c.dep_ in ("dobj", "obj") for c in cue.children):
        sent = cue.sent
        return (sent.start, sent.end)
    if not comps:
        start = cue.left_edge.i
        for child in cue.lefts:
            if child.dep_ in ("advcl", "conj", "parataxis") and _has_subject(child):
                start = max(start, child.right_edge.i + 1)
        return (start, _clause_end(cue))
    comp = comps[0]
    start, end = _comp_start(cue, comp), _said_end(comp)  # "..., while the government put it at"
    if comp.i < cue.i:
        end = max(end, _clause_end(cue))
    return (start, end)


def _complement(cue: Token) -> tuple[int, int] | None:
    """The words said, for a reported-speech quote: the complement clause alone."""
    comps = _complements(cue)
    if not comps:
        return None
    comp = comps[0]
    return (_comp_start(cue, comp), _said_end(comp))


def _complements(cue: Token) -> list[Token]:
    """The cue's complement clauses. 'told reporters after the session that the militia
    had killed 12 farmers': a parser may hang the 'that' clause on the noun of the
    cue's own prepositional phrase; a clause there opened by 'that', with a subject of
    its own, is what was said."""
    comps = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp")]
    if comps:
        return comps
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.i > cue.i):
        for clause in prep.subtree:
            if (
                clause.dep_ in ("acl", "relcl")
                and any(
                    c.lower_ == "that" and c.dep_ in ("mark", "dobj") and c.i == clause.left_edge.i
                    for c in clause.children
                )
                and any(c.dep_ == "nsubj" and c.lower_ != "that" for c in clause.children)
            ):
                return [clause]
    return []


def _comp_start(cue: Token, comp: Token) -> int:
    """Where a complement clause starts. 'told reporters after a briefing that the agency
    believed 1,500 troops had been deployed': a parser that hangs 'that the agency believed'
    on 'briefing' as a relative clause leaves it out of the complement; a relative clause
    on the cue's own phrase that runs right into the complement is its start."""
    start = comp.left_edge.i
    if comp.i < cue.i:
        return start
    for child in cue.children:  # "said between 40,000 and 60,000 people had fled"
        if (
            cue.i < child.i <= child.right_edge.i < start
            and child.dep_ in ("prep", "dobj", "npadvmod", "advmod")
            and any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in child.subtree)
        ):
            return child.left_edge.i
    for token in cue.doc[cue.i + 1 : start]:
        rel = token.head
        if (
            token.lower_ == "that"
            and rel.dep_ == "relcl"
            and cue.i < rel.head.i < token.i
            and rel.right_edge.i + 1 >= start
            and any(c.dep_ == "nsubj" and c != token for c in rel.children)
        ):
            return token.i + 1
    return start


_CONTRAST = frozenset({"while", "whereas", "but", "although", "though"})


def _said_that(clause: Token) -> bool:
    """'said A but that B': a clause opened by 'that' is said too."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _said_end(comp: Token) -> int:
    """End of the words said: the complement with the clauses joined to it ('A, and
    B', 'A as they fled', 'A until the rise reached 40%'), up to a contrasting clause
    ('..., while Canada would give') or a loose one (parataxis), the narrator's."""
    doc = comp.doc
    end = comp.right_edge.i + 1
    rights = list(comp.rights)
    for n, child in enumerate(rights):
        contrast = (  # "A, but B said": not "A but would not B" (one subject, one speaker)
            child.dep_ == "cc"
            and child.lower_ in _CONTRAST
            and any(
                c.dep_ == "conj" and _has_subject(c) and not _said_that(c) for c in rights[n + 1 :]
            )
        )
        contrast = contrast or (
            child.dep_ in ("advcl", "conj")
            and not _said_that(child)
            and any(c.dep_ in ("mark", "cc") and c.lower_ in _CONTRAST for c in child.children)
            and _has_subject(child)
        )
        if contrast or (child.dep_ == "parataxis" and _has_subject(child)):
            end = max(comp.i + 1, child.left_edge.i)
            while end > comp.i + 1 and (
                doc[end - 1].dep_ in ("cc", "mark") or doc[end - 1].is_punct
            ):
                end -= 1
            return end
    return end


@dataclass(frozen=True)
class RelayCues:
    produced: frozenset[str]
    media: frozenset[str]
    informants: frozenset[str]


@cache
def _relay_cues() -> RelayCues:
    attr = lexicon("attribution")
    return RelayCues(
        produced=frozenset(attr["produced_by"]),
        media=frozenset(attr["media"]),
        informants=frozenset(attr["informants"]),
    )


def _is_media(source: Span, mention: Mention | None) -> bool:
    if mention is not None and mention.sector == "JRN":
        return True
    words = {t.lemma_.lower() for t in source}
    return bool(words & _relay_cues().media) and not (
        mention is not None and mention.sector == "SPY"
    )


def _cited_informant(sent: Span) -> Span | None:
    """The person a news outlet cites: 'citing a source in the ministry', 'citing
    unnamed officials' (not 'citing satellite imagery')."""
    for token in sent:
        if token.lower_ in ("citing", "quoting"):
            for child in token.children:
                if (
                    child.dep_ in ("dobj", "pobj", "obj")
                    and child.lemma_.lower() in _relay_cues().informants
                ):
                    phrase = _source_phrase(child)  # with where they sit: "in the ministry"
                    return sent.doc[phrase.start : max(phrase.end, child.right_edge.i + 1)]
    return None


_ORG_NOUNS = frozenset(
    {
        "agency",
        "ministry",
        "service",
        "group",
        "organisation",
        "organization",
        "office",
        "committee",
        "department",
        "movement",
        "mission",
        "statement",
        "command",
        "council",
    }
)


def _implied_source(
    source: Span, mentions: list[Mention], focus: str | None, places: list[Any] | None = None
) -> Mention | None:
    """A source with no name of its own: "the agency" is the last organisation
    named before it; "police", "a government spokesman", "regional governor X"
    are of the story's country."""

    head = source.root
    lemma = head.lemma_.lower()
    for child in head.children:  # "Its media wing, Inter-Services Public Relations"
        if child.dep_ == "appos":
            named = [m for m in mentions if child.idx <= m.start < child.right_edge.idx + 1]
            if named and named[0].country is not None:
                return named[0]
    possessed = [c for c in head.children if c.dep_ == "poss"]
    if lemma in _source_cues().advocates and any(
        c.lower_ in ("their", "his", "her") for c in possessed
    ):
        return None  # "their lawyers", "his family": they speak for the people, no state
    if any(c.lower_ in ("its", "their") for c in possessed):
        # "Its media wing said", "their spokesman": the organisation or state named last
        owners = [
            m
            for m in mentions
            if m.end <= source.start_char
            and not m.person
            and not m.locative
            and m.country is not None
            and m.kind != "noun"
        ]
        if owners:
            return owners[-1]
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
    if lemma in _ORG_NOUNS and (definite or any(c.dep_ == "compound" for c in head.children)):
        earlier = [
            m
            for m in mentions
            if m.end <= source.start_char
            and not m.person
            and m.sector is not None
            and not m.locative
            and m.kind != "noun"
        ]
        # "the agency" is the last organisation named with that word, else the last one
        same = [
            m for m in earlier if lemma in m.text.lower() or lemma in (m.canonical or "").lower()
        ]
        if same or earlier:
            return (same or earlier)[-1]
    words = [t for t in source if not t.is_punct]
    titles = sector_cues().titles
    sector = sector_of_phrase(words) or next(
        (titles[t.lower_] for t in words if t.lower_ in titles), None
    )
    cues = _source_cues()
    country = None
    if lemma not in cues.local_offices and any(t.lower_ in cues.unplaced for t in source):
        return None  # "Western diplomats": no one country ("the regional governor" has one)
    named_person = any(  # "a local administrator, Armindo Sitoe"
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children
    )
    local = any(t.lower_ in cues.local_modifiers for t in source if t != head) or (
        lemma in cues.local_offices  # "regional authorities", "the district council"
    )
    if _ngo(source, cues.ngo):
        country, sector = "NGO", None
    elif (in_name := _place_in_name(source)) is not None:
        country = in_name  # "the Kherson Volunteer Committee", "the Sinaloa state government"
    elif (nationality := _nationality_word(source)) is not None:
        country = nationality  # "the Mozambican disaster agency", "Peruvian coastguards"
    elif (
        sector is not None
        or lemma in cues.local
        or _unknown_organisation(source)
        or head.ent_type_ == "PERSON"  # a named person of no known country: a local
        or named_person
        or local  # "the local council", "a municipal official"
    ):
        country = _paragraph_country(source, places or []) or focus
    if country is None:
        return None
    return Mention(
        start=source.start_char,
        end=source.end_char,
        text=source.text,
        country=country,
        sector=sector,
        head=head.i,
        kind="noun",
        person=head.ent_type_ == "PERSON",
    )


@dataclass(frozen=True)
class SourceCues:
    ngo: tuple[str, ...]
    local: frozenset[str]
    unplaced: frozenset[str]
    local_modifiers: frozenset[str]
    seats: frozenset[str]
    advocates: frozenset[str]
    local_offices: frozenset[str]
    life_objects: frozenset[str]


@cache
def _source_cues() -> SourceCues:
    attr = lexicon("attribution")
    return SourceCues(
        ngo=tuple(attr["ngo_cues"]),
        local=frozenset(attr["local_sources"]),
        unplaced=frozenset(attr["unplaced_modifiers"]),
        local_modifiers=frozenset(attr["local_modifiers"]),
        seats=frozenset(attr["seat_words"]),
        advocates=frozenset(attr["advocates"]),
        local_offices=frozenset(attr["local_offices"]),
        life_objects=frozenset(attr["life_objects"]),
    )


def _paragraph_country(source: Span, places: list[Any]) -> str | None:
    """A local source ("police", "a spokeswoman", "residents") with no country of its
    own is of the town or region named last before it in its paragraph ("In Brussels,
    farmers ... 14 people were detained, a police spokeswoman said"), not of the story's
    country; a dateline ("BRUSSELS, Sept 4 -") is where the reporter is and does not count."""
    text = source.doc.text
    paragraph_start = text.rfind("\n", 0, source.start_char) + 1
    dateline = dateline_chars(source.doc)
    before = [
        pm
        for pm in places
        if paragraph_start <= pm.start < source.start_char
        and pm.start >= dateline
        and pm.place.level != "country"
        and pm.place.country
    ]
    return before[-1].place.country if before else None


def _placed(mention: Mention, source: Span, focus: str | None, places: list[Any] | None) -> Mention:
    """An unnamed local source the actors stage gave the story's country ("a police
    spokeswoman", "rescuers") takes the paragraph's place instead, unless its own words
    name a nationality or a place ("Ukrainian police", "police in Kharkiv")."""
    if mention.kind != "noun" or mention.country != focus or focus is None or mention.person:
        return mention
    if any(t.ent_type_ in ("NORP", "GPE", "LOC", "ORG") for t in source):
        return mention
    country = _paragraph_country(source, places or [])
    if country is None or country == mention.country:
        return mention
    return replace(mention, country=country)


def dateline_chars(doc: Doc) -> int:
    """The end (a char offset) of a dateline opening the text, 0 if there is none."""
    line = dateline(doc)
    return line.end_char if line is not None else 0


def _as_ngo(mention: Mention, source: Span, cues: tuple[str, ...]) -> Mention:
    """A named source that is a monitoring group, a think tank or a rights body ("the
    Pakistan Institute for Conflict and Security Studies, an Islamabad-based think tank",
    "the council" for "the Ethiopian Human Rights Council") is NGO, whatever country its
    name or base gives it."""
    if mention.country in ("NGO", "UNO") or mention.person:
        return mention
    named = source.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if _ngo(source, cues) or (named is not None and _ngo(named, cues)):
        return replace(mention, country="NGO", sector=None)
    return mention


def _ngo(source: Span, cues: tuple[str, ...]) -> bool:
    """'The Centre for Protest Records, an independent monitoring group'."""
    appositions = [c for t in source for c in t.children if c.dep_ == "appos"]
    spans = [source] + [source.doc[c.left_edge.i : c.right_edge.i + 1] for c in appositions]
    texts = [s.text.lower() for s in spans] + [  # the head's lemma too: "rights groups said"
        " ".join(t.lemma_.lower() if t == s.root else t.lower_ for t in s) for s in spans
    ]
    return any(f" {cue} " in f" {text} " for text in texts for cue in cues)


def _place_in_name(source: Span) -> str | None:
    from heron.knowledge.gazetteer import gazetteer

    gaz = gazetteer()
    name = _personal_name(source)
    for token in source:
        if token.pos_ != "PROPN" or token == source.root or token.i in name:
            continue
        if token.ent_type_ not in ("GPE", "LOC", "ORG", "FAC"):
            continue  # "Observatory", "Rights": words, not towns
        found = [
            c
            for c in gaz.candidates(token.text)
            if c.level == "admin1" or (c.level == "city" and c.population >= 50_000)
        ]
        if found:
            return max(found, key=lambda c: (c.level == "admin1", c.population)).country
    return None


def _nationality_word(source: Span) -> str | None:
    """A nationality adjective modifying the head of an unnamed source."""
    from heron.knowledge.countries import index as country_index

    for child in source.root.lefts:
        if child.dep_ in ("amod", "compound") and child.ent_type_ == "NORP":
            hit = country_index().lookup(child.text)
            if hit is not None:
                return str(hit.country.iso3)
    return None


def _personal_name(source: Span) -> set[int]:
    """The tokens of a person's name that a source ends with ('Disarmament Minister
    Gilbert Ndoumba': Gilbert Ndoumba), back to the title before it: a first name
    is no town (Gilbert, Arizona)."""
    root = source.root
    if root.ent_type_ != "PERSON":
        return set()
    titles = sector_cues().titles
    name = {root.i}
    for token in reversed(source[: root.i - source.start]):
        if (
            token.pos_ != "PROPN"
            or token.lower_ in titles
            or token.ent_type_ not in ("PERSON", "GPE", "")
        ):
            break
        name.add(token.i)
    return name


def _unknown_organisation(source: Span) -> bool:
    return source.root.ent_type_ == "ORG" or (
        source.root.pos_ == "PROPN" and source.root.ent_type_ not in ("PERSON", "GPE", "NORP")
    )


def find_attributions(
    doc: Doc,
    mentions: list[Mention],
    dates: list[Any],
    published: str | None,
    focus: str | None = None,
    places: list[Any] | None = None,
) -> list[Attribution]:
    verbs, denials, people, speech = _cues()
    found: list[Attribution] = []
    last: Attribution | None = None
    for sent in doc.sents:
        bounds = (sent.start, sent.end)
        in_sentence: list[Attribution] = []
        for token in sent:
            source: Span | None = None
            content: tuple[int, int] | None = None
            hung: Token | None = None
            if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
                to = next(c for c in token.children if c.lower_ == "to")
                objs = [c for c in to.children if c.dep_ == "pobj"]
                if not objs:
                    continue
                source = _source_phrase(_originator(objs[0]))
                before, after = token.left_edge.i, token.right_edge.i + 1
                content = (sent.start, before) if before > sent.start + 2 else (after, sent.end)
            elif (
                token.lemma_.lower() in verbs
                and token.pos_ in ("VERB", "AUX")
                and not _acts_on_things(token)
                and not _hedged_infinitive(token)
            ):
                subjects = [c for c in token.children if c.dep_ in ("nsubj",)]
                if (
                    not subjects
                    and token.dep_ in ("advcl", "conj", "xcomp")
                    and token.head != token
                ):
                    subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
                agents = [  # "the toll was confirmed by the Red Crescent"
                    g
                    for c in token.children
                    if c.dep_ == "agent"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                hung = _hung_subject(token) if not subjects and not agents else None
                if not subjects and agents and token.tag_ == "VBN":
                    source = _source_phrase(_originator(agents[0]))
                    content = (token.left_edge.i, _clause_end(token))
                elif hung is not None:
                    source = _source_phrase(_originator(hung))
                    content = (
                        _content(token)  # "SANA, citing a source, said ...": what follows
                        if any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)
                        else (sent.start, hung.left_edge.i)
                    )
                elif not subjects:
                    continue
                else:
                    subject = subjects[0]
                    if (
                        subject.lower_ in _RELATIVES
                        and token.dep_ == "relcl"
                        and token.head.pos_ in ("NOUN", "PROPN")
                    ):
                        subject = _named_apposition(token.head)  # "X, who said ..."
                    if (postposed := _postposed_apposition(subject, token)) is not None:
                        # "60 migrants drowned off Libya, the IOM said": the parser made
                        # the whole clause the subject and hung the source on Libya
                        subject = postposed
                    content = _content(token)
                    if (
                        len(subjects) > 1
                        and subjects[-1].i < token.i
                        and doc[subjects[-1].left_edge.i - 1].text == ","
                    ):
                        # "40 soldiers were injured when a truck overturned, a military
                        # spokesman told Antara": two subjects is a misparse; the one
                        # after the comma speaks, about what precedes it
                        subject = subjects[-1]
                        content = (sent.start, subject.left_edge.i)
                    source = _source_phrase(_originator(subject))
            if source is None or content is None:
                continue
            mention = _mention_in(mentions, source)
            if mention is not None:
                mention = _as_ngo(mention, source, _source_cues().ngo)
                mention = _placed(mention, source, focus, places)
            head = source.root
            is_person = (
                head.ent_type_ == "PERSON"
                or head.lemma_.lower() in people
                or head.lower_ in sector_cues().titles  # "the mayor said"
                or (  # "Lawmaker Park Min-jae said": a title before a name
                    head.pos_ == "PROPN"
                    and any(t.lower_ in sector_cues().titles for t in source if t.i < head.i)
                )
                or (mention is not None and mention.person)
            )
            governing = _governing_subject(token, mentions) if head.lower_ in PRONOUNS else None
            if mention is None and governing is not None:
                # "the army launched an operation that it said left 17 dead": the subject
                # of the clause the pronoun's clause hangs from
                mention = governing
                source_text, span = governing.text, (governing.start, governing.end)
                is_person = governing.person
            elif mention is None and head.lower_ in PRONOUNS and last is not None:
                # "He said ...": the last person who spoke; "It added ...": the last body
                earlier = _antecedent_source(found, head.lower_, doc) or last
                mention, source_text = earlier.source, earlier.source_text
                span, is_person = earlier.source_span, earlier.person
                if head.lower_ in _PERSONAL and (
                    named := _named_person_since(mentions, earlier, sent)
                ):  # 'Governor X ordered troops in. "...," he said'
                    mention, source_text = named, named.text
                    span, is_person = (named.start, named.end), True
            else:
                source_text, span = source.text, (source.start_char, source.end_char)
                if mention is None and head.lower_ in _BODY_PRONOUNS:
                    # "The Philippines protested. It said ...": no one spoke before it
                    mention = _antecedent(head, mentions)
                if mention is None:
                    mention = _implied_source(source, mentions, focus, places)
            via = _via(sent)
            cited = _cited_informant(sent) if _is_media(source, mention) else None
            if cited is not None:  # "Interpressnews, citing a source in the ministry, reported"
                via = [source_text, *(v for v in via if v != cited.text)]
                source_text, span = cited.text, (cited.start_char, cited.end_char)
                mention = _mention_in(mentions, cited) or _implied_source(
                    cited, mentions, focus, places
                )
                is_person = True
            attribution = Attribution(
                source_text=source_text,
                source_span=span,
                source=mention,
                cue=token.i,
                content=content,
                said=_complement(token) if token.lower_ != "according" else None,
                sentence=bounds,
                via=via,
                as_of=_as_of(dates, sent, token, published),
                denial=token.lemma_.lower() in denials,
                person=is_person,
                # a subject recovered from a misparse attributes figures, not words
                speech=(token.lower_ == "according" or token.lemma_.lower() in speech)
                and hung is None,
                according=token.lower_ == "according",
            )
            in_sentence.append(attribution)
        found.extend(in_sentence)
        if in_sentence:
            last = in_sentence[-1]
    return found


_PERSONAL = frozenset({"he", "she", "i"})
_BODY_PRONOUNS = frozenset({"it", "they"})


def _antecedent(pronoun: Token, mentions: list[Mention]) -> Mention | None:
    from heron.pipeline.events.mentions import pronoun_antecedent  # events builds on this

    return pronoun_antecedent(pronoun, mentions)


def _antecedent_source(earlier: list[Attribution], pronoun: str, doc: Doc) -> Attribution | None:
    """The source a pronoun continues: 'he'/'she' the last one person who spoke (not
    'officials'), 'it' the last organisation or state (a ministry is no 'she', a
    minister no 'it')."""
    if pronoun in _PERSONAL:
        wanted: bool | None = True
    elif pronoun == "it":
        wanted = False
    else:
        return None
    for a in reversed(earlier):
        if a.person != wanted or a.source is None:
            continue
        phrase = doc.char_span(*a.source_span, alignment_mode="expand")
        if wanted and phrase is not None and phrase.root.tag_ in ("NNS", "NNPS"):
            continue  # "he" is no "local officials"
        return a
    return None


def _named_person_since(
    mentions: list[Mention], earlier: Attribution, sent: Span
) -> Mention | None:
    """A named person mentioned after the source a pronoun would continue and before
    the pronoun's sentence: the nearer antecedent of 'he' or 'she'."""
    named = [
        m
        for m in mentions
        if m.person
        and m.kind != "noun"
        and m.country is not None
        and earlier.source_span[1] <= m.start < sent.start_char
    ]
    return named[-1] if named else None


def covering(attributions: list[Attribution], token_i: int) -> Attribution | None:
    """The attribution whose content holds the token: the innermost reporting verb
    ("the NIS said ..."), else the innermost "according to X"."""
    hits = [a for a in attributions if a.covers(token_i)]
    if not hits:
        return None
    verbs = [a for a in hits if not a.according] or hits
    return min(verbs, key=lambda a: a.content[1] - a.content[0])


def chain(attributions: list[Attribution], token_i: int) -> list[str]:
    """The intermediaries of the claim at a token: "citing Y" in its sentence, and an
    "according to X" around its reporting verb ("the NIS said ..., according to lawmakers")."""
    best = covering(attributions, token_i)
    if best is None:
        return []
    relays = [
        a.source_text
        for a in attributions
        if a.covers(token_i) and a.according and a is not best and a.source_text not in best.via
    ]
    return [*best.via, *relays]


@stage(
    "attribution.rules.v1",
    reads=("doc", "mentions", "place_mentions", "dates", "published", "focus"),
    writes=("attributions",),
)
def make_attribution(settings: Mapping[str, Any]):
    def run(analysis: Analysis) -> Analysis:
        analysis.attributions = find_attributions(
            analysis.doc,
            analysis.mentions,
            analysis.dates,
            analysis.published,
            analysis.focus,
            analysis.place_mentions,
        )
        return analysis

    return run
