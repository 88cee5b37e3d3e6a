"""Stage numbers: figures that someone asserts, as claims.

A number becomes a claim when the words that govern it name a measure
(lexicon measures.json): its own verb ("600 killed"), the verb or noun that
governs the counted noun ("18,000 soldiers were sent", "the return of 2,000
soldiers"), the counted noun's modifiers ("injured soldiers") or the counted
noun itself ("protesters"). The subject is the actor the counted noun names
(carried through coordination), the place the nearest in its clause, and the
source the attribution that covers it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from heron import numparse
from heron.knowledge import lexicon
from heron.knowledge.countries import index as country_index
from heron.pipeline.actors import NON_STATE, Mention
from heron.pipeline.attribution import (
    _antecedent,
    _hedged_infinitive,
    chain,
    covering,
    dateline_chars,
)
from heron.pipeline.claim_subjects import (
    captured_insurgents,
    intercepted,
    launch_verbs,
    maker_of,
    own_deployment,
    repatriated_to,
    side_of,
)
from heron.pipeline.registry import stage
from heron.pipeline.syntax import clause_root, objects
from heron.records import Actor, Analysis, Claim

NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY"})
PREVIOUS = "$previous"  # a figure restating the one before it ("police put it at 14,500")
HELD = "$held"  # people still held: captives or detainees, as the story's figures before say
_SCALED = re.compile(r"^\d[\d,.]*(bn|mn|m|k|tn)$", re.I)  # "1.5bn", tokens NER may miss
_CLOCK = frozenset(
    {
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "o'clock",
    }
)
_VAGUE_WORDS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores"})


@dataclass(frozen=True)
class MeasureLexicon:
    governors: dict[str, str]
    counted: dict[str, str]
    supply_items: frozenset[str]
    supply_goods: frozenset[str]
    people: frozenset[str]
    excluded: frozenset[str]
    estimate_verbs: frozenset[str]
    participation_verbs: frozenset[str]
    participation_contexts: dict[str, frozenset[str]]
    previous_objects: frozenset[str]
    supply_verbs: frozenset[str]
    hedges: frozenset[str]
    uncertain: frozenset[str]
    things: frozenset[str]
    thing_governors: dict[str, str]
    home_leaving_verbs: frozenset[str]
    exchange_verbs: frozenset[str]
    both_sides: frozenset[str]
    civilians: frozenset[str]
    local_thing_verbs: frozenset[str]
    funding_words: frozenset[str]
    value_words: frozenset[str]
    state_nouns: dict[str, str]
    negated_governors: dict[str, str]
    singular_governors: dict[str, str]
    holding_verbs: frozenset[str]
    release_particles: frozenset[str]
    observer_verbs: frozenset[str]
    work_stop_verbs: frozenset[str]
    disarm_verbs: frozenset[str]
    arms: frozenset[str]
    crossing_verbs: frozenset[str]
    vehicles: frozenset[str]
    level_verbs: frozenset[str]
    owner_verbs: frozenset[str]
    foreigners: frozenset[str]
    security_forces: frozenset[str]
    aid_words: frozenset[str]
    presence_verbs: frozenset[str]
    formations: frozenset[str]
    group_prepositions: frozenset[str]
    remainder_words: frozenset[str]
    life_verbs: frozenset[str]
    shelter_places: frozenset[str]
    incursion_spaces: frozenset[str]
    remains_nouns: frozenset[str]
    remains_verbs: frozenset[str]
    deport_verbs: frozenset[str]


@cache
def measures() -> MeasureLexicon:
    """The measures lexicon: each field is the list or table of the same name in
    lexicons/measures.json (lists as frozensets), except the few assembled below."""
    raw = lexicon("measures")
    hedges = lexicon("hedges")
    special: dict[str, Any] = {
        "people": frozenset(raw["people"]) | frozenset(lexicon("sectors")["people"]),
        "excluded": frozenset(raw["excluded_units"]),
        "participation_verbs": frozenset(raw["participation"]["verbs"]),
        "participation_contexts": {
            measure: frozenset(words) for measure, words in raw["participation"]["contexts"].items()
        },
        "previous_objects": frozenset(raw["previous_figure_objects"]),
        "hedges": frozenset(hedges["hedges"]),
        "uncertain": frozenset(hedges["uncertain"]),
    }
    values: dict[str, Any] = {
        f.name: special[f.name]
        if f.name in special
        else (frozenset(raw[f.name]) if isinstance(raw[f.name], list) else raw[f.name])
        for f in fields(MeasureLexicon)
    }
    return MeasureLexicon(**values)


def number_spans(doc: Doc) -> list[Span]:
    """Number phrases: number entities, and number words NER left out."""
    spans: list[Span] = [e for e in doc.ents if e.label_ in NUMBER_LABELS or _count_tagged_date(e)]
    covered = {i for s in spans for i in range(s.start, s.end)}
    for ent in doc.ents:
        if ent.label_ == "TIME" and not any(t.lower_ in _CLOCK or ":" in t.text for t in ent):
            continue  # "rose to 120 overnight": a count NER took for a time
        if ent.label_ in ("DATE", "TIME", "PERCENT", "ORDINAL"):
            covered.update(range(ent.start, ent.end))
    for token in doc:
        if token.i in covered:
            continue
        if (
            token.lower_ in _VAGUE_WORDS
            or (token.like_num and (token.pos_ == "NUM" or token.dep_ == "nummod"))
            or _number_compound(token)
            or _SCALED.match(token.text)
        ):
            span = _range_of(doc, token)
            covered.update(range(span.start, span.end))  # a range's second end
            if span.end > token.i + 1:  # the second end NER took alone ("between 60 and [80]")
                spans = [s for s in spans if not span.start <= s.start < span.end]
            spans.append(span)
    return sorted(spans, key=lambda s: s.start)


_RANGE_JOINS = frozenset({"and", "to", "-", "\u2013", "\u2014"})


def _range_of(doc: Doc, token: Token) -> Span:
    """A bare number and, when NER left a range out, its other end: "between 15 and 20
    soldiers" (the second number a conjunct of the first) is one range, not two counts."""
    end = token.i + 1
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in _RANGE_JOINS
        and (doc[end].is_alpha or not (token.whitespace_ or doc[end].whitespace_))
        and doc[end + 1].like_num
        and (doc[end + 1].head.i == token.i or token.head.i == end + 1)
        and not (_year(token) and _year(doc[end + 1]))
    ):
        end += 2  # "15 and 20", "15 to 20", "15-20"; not "Feb 10 - One soldier", not years
    return doc[token.i : end]


def _year(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and 1800 <= int(token.text) <= 2100


def _number_root(span: Span) -> Token:
    """The token that stands for a number phrase: its syntactic root, unless that is a
    word around the numbers ('between 400 and 600 more soldiers', rooted at 'between'),
    then the number that counts a noun outside the phrase."""
    root = span.root
    if root.like_num or (
        root.pos_ not in ("ADP", "ADV", "ADJ", "SCONJ", "CCONJ", "DET")
        and (
            root.pos_ != "NOUN"
            or root.lower_ in numparse.words().scales
            or numparse.parse(root.text) is not None
        )
    ):
        return root  # a number, or a number noun ("two dozen", "thousands")
    # else a word around the numbers ("between"), or the counted noun NER took in
    # ("eighteen assailants" as one QUANTITY)
    numbers = [t for t in span if t.like_num]
    for t in numbers:
        if t.dep_ == "nummod" and not span.start <= t.head.i < span.end:
            return t
    return numbers[0] if numbers else root


def _number_compound(token: Token) -> bool:
    """A number word the tagger took for a name ("Seventeen officers were hurt", a
    sentence-initial "Seventeen" tagged PROPN compound) counting a common noun."""
    return (
        token.like_num
        and token.is_alpha
        and token.dep_ == "compound"
        and token.head.pos_ == "NOUN"
        and numparse.parse(token.text) is not None
    )


def _count_tagged_date(ent: Span) -> bool:
    """NER sometimes tags a count as DATE ("between 40 and 60 people"): a DATE
    of number words only that counts a noun is a number."""
    if ent.label_ != "DATE" or not any(t.like_num for t in ent):
        return False
    words = numparse.words()
    known = (
        set(words.units) | set(words.tens) | set(words.scales) | {"between", "and", "to", "from"}
    )
    known |= {w for phrase, _ in words.qualifiers for w in phrase.split()}
    if not all(t.like_num or t.lower_ in known or t.is_punct for t in ent):
        return False
    if any(
        t.like_num and len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100
        for t in ent
    ):
        return False
    root = ent.root
    if root.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "conj") and root.like_num:
        return True  # "wounding 40": a bare count, not a date
    if any(t.like_num and t.dep_ == "nummod" and not ent.start <= t.head.i < ent.end for t in ent):
        return True  # "said between 15 and 20 soldiers ...", the phrase parsed under 'between'
    return root.dep_ in ("nummod", "quantmod") or root.head.dep_ == "nummod"


def with_qualifier(span: Span) -> Span:
    """Extend a number span left over a currency sign and a qualifier ("around 600",
    "more than 200", "$1.2bn")."""
    doc = span.doc
    words = numparse.words()
    if span.start > 0 and doc[span.start - 1].text in words.currencies:
        span = doc[span.start - 1 : span.end]
    if (
        span.end < len(doc)
        and doc[span.end].lower_ in words.suffixes
        and doc[span.end - 1].whitespace_ == ""
    ):
        span = doc[span.start : span.end + 1]  # "$200m" split as "$200" + "m"
    for n in (3, 2, 1):  # "4.1 billion euros", "2 million Australian dollars"
        after = doc[span.end : span.end + n]
        if len(after) == n and after[-1].is_alpha and after.text.lower() in words.currencies:
            span = doc[span.start : span.end + n]
            break
    for n in (3, 2, 1):
        start = span.start - n
        if start < 0:
            continue
        before = " ".join(t.lower_ for t in doc[start : span.start])
        if (doc[start].dep_ == "prt" and before != "up to") or (
            start > 0 and f"{doc[start - 1].lemma_.lower()} {before}" in measures().governors
        ):
            continue  # "handed over 25 prisoners": the verb's particle, no qualifier
        if any(before == phrase for phrase, _ in words.qualifiers) or before == "between":
            return doc[start : span.end]
    return span


def counted_noun(number: Token) -> Token | None:
    """The noun a number counts: '18,000 soldiers', 'thousands of people'."""
    lex = measures()
    if number.dep_ in ("nummod", "quantmod", "amod") and number.head.pos_ in ("NOUN", "PROPN"):
        return number.head
    if _number_compound(number):
        return number.head
    if number.head.dep_ == "nummod" and number.head.head.pos_ in ("NOUN", "PROPN"):
        return number.head.head
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    if number.lemma_.lower() in lex.counted or number.lemma_.lower() in lex.people:
        return number
    if number.dep_ == "conj" and number.head.pos_ in ("VERB", "AUX"):
        # a gapped clause ("1,500 troops remain in Syria and 2,500 in Iraq"): the noun
        # the first clause's subject counts
        for subject in (c for c in number.head.children if c.dep_ in ("nsubj", "nsubjpass")):
            if any(c.dep_ == "nummod" and c.like_num for c in subject.children):
                return subject
    # a misparse ("between 11,000 and 12,000 North Korean troops had been deployed"):
    # the people or things right after the number
    doc = number.doc
    end = max(t.i for t in number.subtree) + 1
    for token in doc[end : min(len(doc), end + 4)]:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and (
            lemma in lex.people or lemma in lex.counted or lemma in lex.supply_items
        ):
            return token
        if token.pos_ not in ("ADJ", "PROPN", "NOUN") and token.ent_type_ != "NORP":
            break
    return None


def verb_phrases(token: Token) -> list[str]:
    """A verb's lemma with the words that complete it, longest first: its particle
    ("sent back"), its preposition and object ("set on fire") or its bare object
    ("set fire to"), then the lemma alone."""
    lemma = token.lemma_.lower()
    keys: list[str] = []
    for child in token.children:
        if child.dep_ == "prep":
            keys += [
                f"{lemma} {child.lower_} {g.lower_}" for g in child.children if g.dep_ == "pobj"
            ]
        elif child.dep_ in ("prt", "advmod"):
            keys.append(f"{lemma} {child.lower_}")
        elif child.dep_ in ("dobj", "obj") and not any(c.like_num for c in child.subtree):
            keys.append(f"{lemma} {child.lemma_.lower()}")
    return [*keys, lemma]


def thing_governor(token: Token) -> str | None:
    """The key of lexicon 'thing_governors' a verb matches, if any ("set on fire")."""
    return next((k for k in verb_phrases(token) if k in measures().thing_governors), None)


def _governor_measure(token: Token) -> str | None:
    lex = measures()
    lemma = token.lemma_.lower()
    if lemma in lex.negated_governors and any(c.dep_ == "neg" for c in token.children):
        return lex.negated_governors[lemma]  # "had not been accounted for", "not yet found"
    for phrasal in verb_phrases(token)[:-1]:  # "gone back", "handed over", "sent back to"
        if phrasal in lex.governors:
            return lex.governors[phrasal]
    if lemma in lex.governors:
        return lex.governors[lemma]
    if token.lower_ in lex.governors:
        return lex.governors[token.lower_]
    return None


def _estimate_at(number: Token, noun: Token | None) -> Token | None:
    """The 'at' of 'put X at N' (or 'at N troops'), when its verb is an estimate verb."""
    for token in (number, noun):
        if (
            token is not None
            and token.dep_ == "pobj"
            and token.head.lower_ == "at"
            and token.head.head.lemma_.lower() in measures().estimate_verbs
        ):
            return token.head
    return None


def _with_troops(noun: Token) -> bool:
    """'sent 600 soldiers and 20 armoured vehicles': things sent together with troops go
    with them (a deployment), not to someone (a supply)."""
    people = measures().people
    linked = [noun.head] if noun.dep_ == "conj" else []
    linked += [c for c in noun.children if c.dep_ == "conj"]
    return any(t.lemma_.lower() in people for t in linked)


def _participation(verb: Token) -> str | None:
    """What people take part in: the protest or exercise word of the verb's sentence
    ('50,000 people joined the march'); for a verb that names nothing it takes part
    in ('organisers said 8,000 people took part'), the nearest sentence before it
    that names one: the story's event."""
    lex = measures()
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "four teachers are still being held": nobody takes part
    contexts = lex.participation_contexts.items()
    sentences = [verb.sent]
    phrase = {w for k in verb_phrases(verb) if k in lex.participation_verbs for w in k.split()}
    if not any(
        c.dep_ in ("prep", "dobj", "obj") and c.i > verb.i and c.lower_ not in phrase
        for c in verb.children
    ):
        doc = verb.doc
        while sentences[-1].start > 0 and len(sentences) < 4:
            sentences.append(doc[sentences[-1].start - 1].sent)
    for sent in sentences:
        words = {t.lemma_.lower() for t in sent}
        for measure, context in contexts:
            if context & words:
                return measure
    return None


def _aid_vehicles(noun: Token) -> bool:
    """'150 aid trucks', '120 trucks of food aid': vehicles that carry aid."""
    lex = measures()
    if noun.lemma_.lower() not in lex.vehicles:
        return False
    return any(
        c.lemma_.lower() in lex.aid_words
        or (c.lower_ == "of" and any(g.lemma_.lower() in lex.aid_words for g in c.children))
        for c in noun.children
    )


def _leaves_home(verb: Token) -> bool:
    """'abandoned their homes', 'driven from their homes'."""
    for child in verb.children:
        if child.lemma_.lower() == "home" and child.dep_ in ("dobj", "obj"):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("from", "out")
            and any(g.lemma_.lower() == "home" for g in child.children)
        ):
            return True  # not "driven to their homes": taken home
    return False


def _place_phrase(noun: Token) -> str:
    """A noun with its compound and adjective modifiers, lower-cased: 'evacuation centre'."""
    words = [c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod")]
    return " ".join([*words, noun.lemma_.lower()])


def _into_shelter(verb: Token) -> bool:
    """'have moved into temporary shelters', 'went to evacuation centres'."""
    lex = measures()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "to")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            phrase = _place_phrase(obj)
            if obj.lemma_.lower() in lex.shelter_places or any(
                phrase.endswith(p) for p in lex.shelter_places
            ):
                return True
    return False


def _airspace_incursion(noun: Token) -> bool:
    """'Three Russian jets entered Estonian airspace': vehicles in an incursion are an
    incident, not a deployment figure."""
    lex = measures()
    if noun.lemma_.lower() not in lex.vehicles:
        return False
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return False
    for c in verb.children:
        objs = [c] if c.dep_ in ("dobj", "obj") else []
        if c.dep_ == "prep":
            objs = [g for g in c.children if g.dep_ == "pobj"]
        if any(o.lemma_.lower() in lex.incursion_spaces for o in objs):
            return True
    return False


def _state_noun(verb: Token) -> str | None:
    """Where people are said to be or be put: 'in hospital', 'in detention', 'into exile'."""
    states = measures().state_nouns
    for c in verb.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in states:
                    return states[g.lemma_.lower()]
    return None


def _stops_work(verb: Token) -> bool:
    return any(c.lemma_.lower() in ("work", "tool", "job") for c in verb.subtree if c != verb)


def _gives_up_arms(verb: Token) -> bool:
    return verb.lemma_.lower() == "disarm" or any(
        c.lemma_.lower() in measures().arms for c in verb.children if c.dep_ in ("dobj", "obj")
    )


def _into_country(verb: Token) -> str | None:
    """The country people cross into ('crossed into Chad' -> TCD)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("into", "to", "over"):
            for g in c.children:
                if g.ent_type_ == "GPE" and (hit := country_index().lookup(g.text)) is not None:
                    return hit.country.iso3
    return None


def _in_return(noun: Token) -> bool:
    """'in return for', 'in exchange for': a swap, not a homecoming."""
    return noun.head.lower_ == "in" and any(c.lower_ == "for" for c in noun.children)


def _among(verb: Token) -> str | None:
    """'were among the dead', 'among those killed': the measure of the group a figure
    is part of."""
    lex = measures()
    for prep in (
        c for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.group_prepositions
    ):
        for group in (g for g in prep.children if g.dep_ == "pobj"):
            m = _governor_measure(group) or lex.counted.get(group.lemma_.lower())
            if m is None:
                m = next(
                    (
                        k
                        for c in group.children
                        if c.dep_ in ("acl", "relcl", "amod")
                        and (k := _governor_measure(c)) is not None
                    ),
                    None,
                )
            if m is not None and m != "supplied":
                return m
    return None


def _asked_figure(number: Token) -> tuple[str, Token] | None:
    """'how many soldiers had been deployed' before the figure in its sentence: the
    measure and the counted noun of the question."""
    for token in number.sent:
        if token.i >= number.i:
            break
        if token.lower_ != "many" or token.i == 0 or token.doc[token.i - 1].lower_ != "how":
            continue
        noun = token.head if token.head.pos_ in ("NOUN", "PROPN") else None
        measure = find_measure(token, noun)
        if measure is not None and measure not in (PREVIOUS, HELD):
            return measure, noun if noun is not None else token
    return None


def _included_by(verb: Token) -> str | None:
    """'the dead included 19 women', 'the injured include four children': the figure is
    part of the measure its subject names."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if (m := _governor_measure(subject)) in _HARM | {"captured", "arrested", "missing"}:
            return m
    return None


def find_measure(number: Token, noun: Token | None) -> str | None:
    lex = measures()
    # 1. the number's own verb or adjective: "600 killed", "4,700 injured", "200 dead"
    for child in number.children:
        if child.dep_ in ("acl", "relcl", "amod", "advcl") and (m := _governor_measure(child)):
            return m
        if child.dep_ == "acl" and (m := _state_noun(child)) is not None:
            return m  # "ordered eight of them held in pre-trial detention"
    anchor = noun or number
    # "put the death toll at 61", "estimated the crowd at about 400",
    # "put Russian losses at 1,230 troops"
    at = _estimate_at(number, noun)
    if at is not None:
        objects = [c for c in at.head.children if c.dep_ in ("dobj", "obj")]
        if at.head.dep_ == "acl":
            objects.append(at.head.head)  # "a crowd estimated at 50,000"
        for obj in objects:
            of_objects = [
                g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
            ]
            for word in of_objects:  # "put the number of wounded at 34"
                m = _governor_measure(word) or lex.counted.get(word.lemma_.lower())
                if m is not None:
                    return m
            if obj.lemma_.lower() in lex.previous_objects or obj.lower_ in lex.previous_objects:
                return PREVIOUS
            m = _governor_measure(obj) or lex.counted.get(obj.lemma_.lower())
            if m is not None:
                return m
    # "the death toll rose to 45": a figure reached by a measure noun
    verb = None
    if number.dep_ == "pobj" and number.head.lower_ in ("to", "at"):
        verb = number.head.head
    elif number.dep_ in ("dobj", "obj"):
        verb = number.head  # "the toll passed 40,000"
    if verb is not None and verb.lemma_.lower() in lex.level_verbs:
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            of_objects = [  # "the number of dead rose to 120"
                g
                for c in subject.children
                if c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for word in (subject, *of_objects):
                m = _governor_measure(word) or lex.counted.get(word.lemma_.lower())
                if m is not None:
                    return m
    # "left 11 dead": the verb's complement says what the figure is
    if number.dep_ in ("dobj", "obj") and number.head.lemma_.lower() == "leave":
        for c in number.head.children:
            if c.dep_ in ("oprd", "acomp", "xcomp") and (m := _governor_measure(c)):
                return m
    # a postposed adjective is the small clause's own ("left 32 people dead and 159
    # wounded"), whatever the parser hangs the noun on
    if noun is not None:
        for child in noun.rights:
            if child.dep_ == "amod" and (m := _governor_measure(child)) is not None:
                return m
    # 2. the verb or noun governing the counted noun (up to two steps)
    people = noun is None or noun.lemma_.lower() in lex.people or noun.ent_type_ == "NORP"
    node = anchor
    for _ in range(3):
        head = node.head
        if head == node:
            break
        if node == anchor and (verb := _misparsed_clause(node) or _hedged_main_verb(node)):
            head = verb  # "said six vessels and ten boats had shadowed the convoy"
        if head.dep_ in ("aux", "auxpass") and head.head != head:
            head = head.head  # a subject hung on the auxiliary: "12 pupils [were] missing"
        if head.dep_ == "prep" or head.pos_ == "ADP":
            node = head
            continue
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX"):  # "were shot dead", "remain unaccounted for"
            for c in head.children:  # "were reported killed"
                if c.dep_ in ("oprd", "acomp", "xcomp") and (m := _governor_measure(c)) is not None:
                    return m
        if (
            lemma == "life"
            and head.dep_ in ("dobj", "obj", "nsubjpass")
            and head.head.lemma_.lower() in lex.life_verbs
        ):
            return "killed"  # "claimed the lives of 153 people"
        if (
            people
            and any(k in lex.participation_verbs for k in verb_phrases(head))
            and (m := _participation(head)) is not None
        ):
            return m  # "50,000 people joined the march", "took part in the drills"
        if people and head.pos_ in ("VERB", "AUX") and _into_shelter(head):
            return "displaced"  # "40,000 people have moved into temporary shelters"
        if people and lemma in lex.home_leaving_verbs and _leaves_home(head):
            return "displaced"  # "1,500 people abandoned their homes"
        if (
            noun is not None
            and (noun.lemma_.lower() in lex.civilians or noun.ent_type_ == "NORP")
            and lemma in lex.crossing_verbs
            and _into_country(head) is not None
        ):
            return "displaced"  # "40,000 people crossed into Burundi"
        if lemma in ("return", "exchange") and _in_return(head):
            return "released"  # "in return for 180 prisoners"
        if (
            not people
            and (key := thing_governor(head)) is not None
            and lex.counted.get(noun.lemma_.lower() if noun is not None else "")
            in (None, "supplied")
        ):
            return lex.thing_governors[key]  # "fired 40 rockets", "set 40 homes on fire"
        if (
            noun is not None
            and noun.lemma_.lower() in lex.security_forces
            and noun.dep_ == "nsubj"
            and lemma in lex.presence_verbs
            and any(
                c.dep_ == "prep" and any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children)
                for c in head.children
            )
        ):
            return "deployed"  # "About 1,500 U.S. troops remain in Syria"
        if lemma == "be" and (m := _among(head)) is not None:
            return m  # "two children were among the dead"
        if lemma == "include" and node == anchor and (m := _included_by(head)) is not None:
            return m  # "the dead included 19 women and children"
        if (
            people
            and lemma in lex.holding_verbs
            and head.pos_ in ("VERB", "AUX")
            and noun is not None
            and noun.dep_ in ("dobj", "obj")
            and not any(  # "keeping 600,000 children out of class": not held captive
                c.dep_ in ("prep", "prt", "advmod") and c.lower_ in lex.release_particles
                for c in head.children
            )
        ):
            # "Azerbaijan still holds 19 Armenians", "Hamas is holding 59 hostages",
            # "rebels are holding 40 soldiers captive"
            held = [c.lemma_.lower() for c in head.children if c.dep_ in ("oprd", "acomp", "xcomp")]
            kinds = [lex.counted[w] for w in [*held, noun.lemma_.lower()] if w in lex.counted]
            return kinds[0] if kinds else "arrested"
        if people and lemma in lex.work_stop_verbs and _stops_work(head):
            return "protesters"  # "6,000 had stopped work"
        if people and lemma in lex.disarm_verbs and _gives_up_arms(head):
            return "other"  # "180 fighters handed over their weapons"
        if people and _governor_measure(head) is None and (m := _state_noun(head)) is not None:
            return m  # "taken to hospital", "remained in detention", "forced into exile"
        if (
            people
            and node == anchor
            and anchor.dep_ == "nsubjpass"
            and lemma in lex.holding_verbs
            and head.pos_ in ("VERB", "AUX")
        ):
            kind = lex.counted.get(anchor.lemma_.lower())
            return kind if kind in ("captured", "arrested") else HELD  # "four are still held"
        if (
            lemma in lex.remains_nouns
            and head.dep_ in ("dobj", "obj", "nsubjpass")
            and head.head.lemma_.lower() in lex.remains_verbs
        ):
            return "returned"  # "received the bodies of 1,000 soldiers": not a death toll
        if (
            lemma in lex.deport_verbs
            and noun is not None
            and (_foreigners(noun) or noun.ent_type_ == "NORP")
        ):
            return "returned"  # "deported 1,650 migrants", "deported 300 Venezuelans"
        if people and noun is not None and head.tag_ == "NN" and lemma in lex.singular_governors:
            return lex.singular_governors[lemma]  # "the loss of five soldiers": not "losses"
        if (m := _governor_measure(head)) is not None:
            if m in ("killed", "injured") and any(
                _governor_measure(c) in ("killed", "injured")
                and _governor_measure(c) != m
                and not any(t.like_num or t.lower_ in _VAGUE_WORDS for t in c.subtree)
                for c in head.children
                if c.dep_ == "conj"
            ):
                return "casualties"  # "4,000 of them have been killed or wounded"
            if m == "protesters" and not people:
                return None  # "struck two launchers": not a strike by workers
            counted = lex.counted.get(noun.lemma_.lower()) if noun is not None else None
            if counted not in (None, "supplied") and m in (
                "deployed",
                "protesters",
                "funding",
                "other",
                "supplied",
            ):
                return (
                    counted  # "suffered 3,000 casualties", "gave a figure of 480,000 demonstrators"
                )
            goods = _supplied_goods()
            if m == "supplied" and noun is not None and noun.lemma_.lower() not in goods:
                m = "deployed" if noun.lemma_.lower() in lex.people else None
            elif (
                m == "deployed"
                and noun is not None
                and noun.lemma_.lower() in goods
                and head.lemma_.lower() in lex.supply_verbs
                and not _with_troops(noun)
            ):
                m = "supplied"  # "will send 20 tanks"
            elif m == "deployed" and noun is not None and _aid_vehicles(noun):
                m = "supplied"  # "150 aid trucks entered Gaza"
            elif (
                m == "deployed"
                and not people
                and noun is not None
                and noun.lemma_.lower() not in lex.vehicles
                and noun.lemma_.lower() not in lex.formations
            ):
                m = "other"  # "detected seven launches": things that do not deploy
            if m is not None:
                return m
        if head.pos_ in ("VERB", "AUX"):
            break  # the next verb up is another clause's ("41 were wounded and ... missing")
        node = head
    if noun is not None and _aid_vehicles(noun):
        return "supplied"  # "Israel allowed 400 aid trucks into Gaza": whatever the verb
    # "took 70 villagers hostage", parsed as the compound "villagers hostage"
    if (
        noun is not None
        and noun.dep_ == "compound"
        and lex.counted.get(noun.head.lemma_.lower()) in ("captured", "arrested")
    ):
        return lex.counted[noun.head.lemma_.lower()]
    # 3. the counted noun itself where it names the measure: "protesters", "refugees"
    if noun is not None and noun.lemma_.lower() in lex.counted:
        counted = lex.counted[noun.lemma_.lower()]
        if counted != "supplied":
            return counted
    # 4. modifiers of the counted noun: "injured soldiers", "dead civilians"
    if noun is not None:
        for child in noun.children:
            if (
                child.dep_ == "acl"
                and child.lemma_.lower() in lex.disarm_verbs
                and _gives_up_arms(child)
            ):
                return "other"  # "250 militiamen handed over their weapons"
            if child.dep_ in ("amod", "acl", "acomp") and (m := _governor_measure(child)):
                return m
    # 5. the number's own head when it is a measure noun: "a death toll of 40", "a crowd of 2,000"
    head = number.head
    if head.lower_ == "of" and head.dep_ == "prep":
        head = head.head
    m = (
        (_governor_measure(head) or lex.counted.get(head.lemma_.lower()))
        if head != number
        else None
    )
    return m if m not in ("supplied", "funding") else None


@cache
def _speech_lemmas() -> frozenset[str]:
    return frozenset(lexicon("attribution")["speech"])


def _misparsed_clause(noun: Token) -> Token | None:
    """'X said at least six vessels and a dozen boats had shadowed the convoy': the
    parser makes the first subject the object of 'said' and hangs the clause's verb
    on it as a conjunct; that verb is the one that governs the figure."""
    speech = _speech_lemmas()
    if noun.dep_ == "pobj" and noun.head.lower_ == "between" and noun.head.head.lemma_ in speech:
        # "residents said between 300 and 400 families had fled": the clause's subject
        return _subjectless_clause(noun.head.head, noun)
    if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in speech:
        return None
    if (verb := _subjectless_clause(noun.head, noun)) is not None:
        return verb
    finite = ("VBD", "VBZ", "VBP")
    for child in noun.children:
        if (
            child.dep_ == "conj"
            and child.pos_ in ("VERB", "AUX")
            and child.i > noun.i
            and (any(c.dep_ in ("aux", "auxpass") for c in child.children) or child.tag_ in finite)
        ):
            return child
    if not any(c.dep_ == "cc" for c in noun.children):
        return None
    for verb in noun.head.children:  # "... vessels and [a dozen boats had entered]"
        if (
            verb.dep_ == "ccomp"
            and verb.i > noun.i
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > noun.i for c in verb.children)
        ):
            return verb
    return None


def _hedged_main_verb(noun: Token) -> Token | None:
    """'Three men believed to be members of a cartel were arrested': the parser makes
    the hedging participle the noun's verb and hangs the main verb on it as a
    complement; that verb is the one that governs the figure."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.tag_ not in ("VBN", "VBD") or not _hedged_infinitive(verb):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "conj") and c.i > verb.i and c.pos_ in ("VERB", "AUX")
        ),
        None,
    )


def _subjectless_clause(said: Token, noun: Token) -> Token | None:
    """The complement of a verb of saying, after the noun, that has no subject of its
    own (the noun the parser took away is its subject)."""
    for verb in said.children:
        if (
            verb.dep_ == "ccomp"
            and verb.i > noun.i
            and verb.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        ):
            return verb
    return None


def _misparsed_partner(noun: Token) -> Token | None:
    """The first conjunct of a subject the parser split off ('six Chinese vessels
    and a dozen boats had shadowed the convoy': boats -> vessels)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.dep_ == "conj" and verb.head.pos_ == "NOUN" and _misparsed_clause(verb.head) == verb:
        return verb.head
    if verb.dep_ == "ccomp":
        for first in verb.head.children:
            if first.i < noun.i and _misparsed_clause(first) == verb:
                return first
    return None


def _model_number(number: Span) -> bool:
    """'Leopard 1 tanks', 'Hwasong-11': a number that is part of a name."""
    doc = number.doc
    prev = doc[number.start - 1] if number.start > 0 else None
    return (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and number.text.isdigit()
        and number.root.sent.start != prev.i
    )


_PEOPLE_ONLY = frozenset({"captured", "released", "returned", "arrested", "missing", "displaced"})


def _thing(noun: Token) -> bool:
    """A counted noun that names weapons or things, not people ('140 rifles')."""
    lex = measures()
    lemma = noun.lemma_.lower()
    if lemma in lex.people or lemma in lex.counted and lex.counted[lemma] != "supplied":
        return False
    return lemma in lex.supply_items or lemma in lex.things


@cache
def _supplied_goods() -> frozenset[str]:
    """What a verb of supply counts as supplied: weapons and equipment, and other goods."""
    lex = measures()
    return lex.supply_items | lex.supply_goods


def _countable(noun: Token, mentions: list[Mention]) -> bool:
    lex = measures()
    lemma = noun.lemma_.lower()
    if lemma in lex.excluded:
        return False
    if lemma in lex.people or lemma in lex.counted or lemma in lex.supply_items:
        return True
    if lemma in lex.things or lemma in lex.formations or lemma in lex.supply_goods:
        return True
    return noun == noun.head or noun.ent_type_ == "NORP" or any(m.head == noun.i for m in mentions)


def _actor(m: Mention) -> Actor:
    return m.actor()


def _subject_mention(claim: Claim, analysis: Analysis) -> Mention | None:
    if claim.subject is None or claim.subject.span is None:
        return None
    return next((m for m in analysis.mentions if (m.start, m.end) == claim.subject.span), None)


def _giver(number: Token, mentions: list[Mention]) -> Actor | None:
    """Who gives the money: the doer of the verb governing the amount ('Japan has
    promised to provide $600m')."""
    node = number
    for _ in range(4):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            doer = _agent(node, mentions)
            return _actor(doer) if doer is not None else None
    return None


def _reported_clause(number: Token) -> Token:
    """The clause a figure is stated in, with the clauses it hangs from up to (not
    beyond) a verb of saying: 'X said [that Y shelled Z, killing 7]'."""
    node = clause_root(number)
    while node.dep_ in ("advcl", "xcomp", "conj", "acl", "relcl") and node.head != node:
        node = clause_root(node.head)
    return node


def _local_people(
    number: Token, noun: Token | None, place: str | None, analysis: Analysis
) -> Actor | None:
    """People counted without a nationality ("12 civilians", "more than 20 injured")
    are of the country where it happened."""
    lex = measures()
    if noun is not None and (
        (noun.lemma_.lower() not in lex.people and noun.lemma_.lower() not in lex.counted)
        or _foreigners(noun)
    ):
        return None
    country = None
    if place is not None:
        clause = _reported_clause(number)
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        named = [pm for pm in analysis.place_mentions if pm.text == place]
        # "Speaking in Geneva, X said 5,000 civilians had died": not Geneva's people
        here = [pm for pm in named if lo <= pm.start < hi]
        # a place outside the figure's clause (an earlier sentence, the speaker's
        # whereabouts) yields to the story's country
        country = here[0].place.country if here else None
    country = country or analysis.focus
    if country is None:
        return None
    from heron.pipeline.actors import sector_of_phrase

    if noun is None:
        return Actor(name="people", country=country, sector=None)
    sector = sector_of_phrase([noun]) or "CVL"
    return Actor(
        name=noun.text,
        country=country,
        sector=sector,
        evidence=noun.text,
        span=(noun.idx, noun.idx + len(noun)),
    )


_AUTHORITIES = frozenset({"GOV", "COP", "MED"})  # a health ministry counts the dead too
_STATE = frozenset({"GOV", "MIL", "COP"})
_POPULATION = frozenset({"killed", "injured", "displaced", "missing"})


def _own_forces(noun: Token | None, measure: str, attribution: Any) -> Actor | None:
    """'Turkish officials said 14 soldiers had been killed': a state counting unnamed
    soldiers killed or wounded counts its own (an enemy's dead are named as such)."""
    if noun is None or attribution is None or measure not in _HARM:
        return None
    source = attribution.actor()
    if source is None or len(source.country or "") != 3:
        return None
    if source.sector not in _STATE and not (source.sector is None and source.country.isupper()):
        return None  # a state speaks as a government, a military or a bare name ("Ukraine said")
    if source.country in NON_STATE or noun.lemma_.lower() not in measures().security_forces:
        return None
    return Actor(
        name=noun.text,
        country=source.country,
        sector=sector_of(noun),
        evidence=noun.text,
        span=(noun.idx, noun.idx + len(noun)),
    )


def _counted_by_authority(
    number: Token, noun: Token | None, measure: str, attribution: Any, analysis: Analysis
) -> Actor | None:
    """Civilians counted by a state's authorities, with no place in their own clause,
    are that state's people ('Lebanese authorities say about 90,000 people have fled')."""
    if measure not in _POPULATION or attribution is None or noun is None:
        return None
    lex = measures()
    lemma = noun.lemma_.lower()
    source = attribution.actor()
    if source is None or len(source.country or "") != 3:
        return None
    if (lemma not in lex.civilians and lemma != "other") or source.sector not in _AUTHORITIES:
        return None
    clause = clause_root(number)
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    if any(lo <= pm.start < hi for pm in analysis.place_mentions):
        return None
    return Actor(
        name=noun.text,
        country=source.country,
        sector="CVL",
        evidence=noun.text,
        span=(noun.idx, noun.idx + len(noun)),
    )


_COUNTERS = frozenset({"GOV", "COP", "MED", "MIL"})  # states that count their own dead


def _clause_place_country(number: Token, analysis: Analysis) -> str | None:
    """The country of a place named in the figure's own (reported) clause."""
    clause = _reported_clause(number)
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    here = [pm for pm in analysis.place_mentions if lo <= pm.start < hi and pm.place.country]
    if not here:
        return None
    nearest = min(here, key=lambda pm: abs(pm.head - number.i))
    return str(nearest.place.country)


def _unnamed_victims(
    number: Token, noun: Token | None, measure: str, attribution: Any, analysis: Analysis
) -> Actor | None:
    """Victims with no nationality word ('at least 11 civilians had been killed', 'the
    strikes had killed 14 civilians') are the people of the place named in their clause,
    else of the state whose authorities count them; not the side coreference guessed
    from the actors nearby (often the attacker)."""
    if noun is None or measure not in _POPULATION | _HARM | {"captured"}:
        return None
    lex = measures()
    if noun.lemma_.lower() not in lex.civilians or _foreigners(noun):
        return None
    if any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
        for c in noun.lefts
    ):
        return None
    country = _clause_place_country(number, analysis)
    if country is None and attribution is not None:
        source = attribution.actor()
        if (
            source is not None
            and source.sector in _COUNTERS
            and len(source.country or "") == 3
            and source.country not in NON_STATE
        ):
            country = source.country
    if country is None:
        return None
    return Actor(
        name=noun.text,
        country=country,
        sector=sector_of(noun) or "CVL",
        evidence=noun.text,
        span=(noun.idx, noun.idx + len(noun)),
    )


_INSURGENTS = frozenset({"REB", "PRM", "UAF"})


def _rebels_captives(noun: Token | None, attribution: Any, analysis: Analysis) -> Actor | None:
    """'The Arakan Army said it had taken 150 soldiers prisoner': soldiers with no
    nationality captured by an insurgent group are its own country's state forces."""
    if noun is None:
        return None
    forces = measures().security_forces
    if noun.lemma_.lower() not in forces and not any(  # "taken 150 soldiers prisoner"
        c.dep_ == "compound" and c.lemma_.lower() in forces for c in noun.children
    ):
        return None
    verb = _governing_verb(noun)
    doer = _agent(verb, analysis.mentions) if verb is not None else None
    said = attribution.source if attribution is not None else None
    captor = next(
        (
            m
            for m in (doer, said)
            if m is not None
            and m.sector in _INSURGENTS
            and len(m.country or "") == 3
            and m.country not in NON_STATE
        ),
        None,
    )
    if captor is None or (doer is not None and doer.sector in _STATE and doer is not captor):
        return None
    return Actor(
        name=noun.text,
        country=captor.country,
        sector=sector_of(noun) or "MIL",
        evidence=noun.text,
        span=(noun.idx, noun.idx + len(noun)),
    )


def subject_of(noun: Token | None, mentions: list[Mention]) -> Mention | None:
    if noun is None:
        return None
    for m in mentions:
        if m.head == noun.i and not m.locative:
            return m
    return None


MIXED = Actor(name="", country=None, sector=None)  # both sides' or mixed people: subject null


def _mention_at(token: Token, mentions: list[Mention]) -> Mention | None:
    for m in mentions:
        if m.head == token.i or m.start <= token.idx < m.end:
            return m
    return None


def _modifier_actor(noun: Token, mentions: list[Mention]) -> Mention | Actor | None:
    """A nationality or owner on the counted noun: 'four Houthi drones', 'two Indian
    bunkers', 'Russia's missiles'."""
    for child in noun.lefts:
        if child.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        m = _mention_at(child, mentions)
        if m is not None and m.kind != "noun" and m.country is not None and not m.locative:
            return m
        if child.ent_type_ in ("NORP", "GPE"):
            hit = country_index().lookup(child.text)
            if hit is not None:
                return Actor(name=child.text, country=hit.country.iso3, sector=None)
    return None


_POSSESSIVES = frozenset({"its", "their"})


def _compound_demonym(noun: Token) -> Actor | None:
    """'Kosovo Serbs', 'Bosnian Serbs', 'Iraqi Kurds': a people named by a place or
    nationality and a demonym are of the first word's country."""
    if noun.ent_type_ != "NORP" and country_index().lookup(noun.text) is None:
        return None
    for child in noun.lefts:
        if child.dep_ not in ("amod", "compound") or child.ent_type_ not in ("NORP", "GPE"):
            continue
        hit = country_index().lookup(child.text)
        if hit is not None:
            sector = sector_of(noun) or "CVL"
            return Actor(name=f"{child.text} {noun.text}", country=hit.country.iso3, sector=sector)
    return None


def _possessor(noun: Token, analysis: Analysis) -> Mention | None:
    """'its fighters': the organisation or state the sentence is about, i.e. the
    source of the clause or, else, the nearest actor named before in the sentence."""
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in noun.children):
        return None
    attribution = covering(analysis.attributions, noun.i)
    if attribution is not None and attribution.source is not None and not attribution.person:
        return attribution.source
    sent = noun.sent
    before = [
        m
        for m in analysis.mentions
        if sent.start_char <= m.start < noun.idx and not m.locative and not m.person
    ]
    return before[-1] if before else None


def _owner_actor(noun: Token, mentions: list[Mention]) -> Mention | None:
    """People 'of' an actor: 'four employees of a French charity', 'members of Hamas'."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                m = _mention_at(obj, mentions) if obj.dep_ == "pobj" else None
                if m is not None and m.country is not None and not m.locative:
                    return m
    return None


def _coordinated_actor(noun: Token, mentions: list[Mention]) -> Mention | Actor | None:
    """Counted nouns in coordination: a nationality on the first one carries to the
    next ('71 Chinese aircraft and 21 warships'); a number counting nouns of different
    nationalities has no single subject ('47 soldiers and Russian fighters')."""
    own = subject_of(noun, mentions)
    own_country = own.country if own is not None and own.kind != "noun" else None
    for later in noun.conjuncts:
        if later.i < noun.i or any(c.dep_ == "nummod" for c in later.children):
            continue
        m = subject_of(later, mentions)
        if m is not None and m.kind != "noun" and m.country != own_country:
            return MIXED
    partner = _misparsed_partner(noun) if own_country is None else None
    if partner is not None:
        m = subject_of(partner, mentions)
        if m is not None and m.kind != "noun" and m.country is not None:
            return m
        return _modifier_actor(partner, mentions)
    if own_country is None and noun.dep_ == "conj":
        first = noun.head
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        m = subject_of(first, mentions)
        if m is not None and m.kind != "noun":
            return m
        return _modifier_actor(first, mentions)
    return None


def _joint_doers(verb: Token | None, mentions: list[Mention]) -> bool:
    """The verb's subject is two or more coordinated actors of different countries
    ('Ukraine and Russia each freed ...'): the people are both sides'."""
    if verb is None:
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        countries = set()
        for token in (subject, *subject.conjuncts):
            found = _mention_at(token, mentions)
            if found is not None and found.country is not None:
                countries.add(found.country)
        if len(countries) >= 2:
            return True
    return False


def _governing_verb(noun: Token) -> Token | None:
    node = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num:
        node = noun.head.head  # "thousands of people fled"
    for _ in range(3):
        if node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
            continue
        if (
            node.dep_ == "pobj"
            and node.head.lower_ == "of"
            and node.head.head.pos_ == "NOUN"
            and node.head.head.dep_ in ("dobj", "obj", "nsubjpass")
            and not any(c.dep_ == "nummod" or c.like_num for c in node.head.head.children)
        ):
            node = node.head.head  # "launched a barrage of 40 rockets": the barrage's verb
            continue
        if node.dep_ in ("dobj", "obj", "nsubjpass", "nsubj") and node.head.pos_ in ("VERB", "AUX"):
            return node.head
        if (
            node.dep_ == "pobj"
            and node.head.lower_ in ("with", "by")
            and node.head.head.pos_ == "VERB"
        ):
            return node.head.head  # "supplied Russia with 10,000 containers"
        if (
            node.dep_ == "pobj"
            and node.head.lower_ == "to"
            and node.head.i > 0
            and node.doc[node.head.i - 1].lower_ == "up"
            and node.head.head.pos_ == "VERB"
        ):
            return node.head.head  # "will supply up to 180 tanks", parsed as "supply up [to tanks]"
        return None
    return None


def _agent(verb: Token, mentions: list[Mention]) -> Mention | None:
    """The doer of a verb: its subject, the 'by' agent of a passive, or the subject of
    the verb it is coordinated with or controlled by."""
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ == "nsubj":
                found = _mention_at(child, mentions)
                if (
                    found is None
                    and child.lower_ in ("it", "they", "we")
                    and node.lemma_.lower() not in measures().observer_verbs
                ):  # "Japan said it detected seven launches": the observer owns none
                    # "It appealed for $410m": outside a report, the body named last
                    found = _speaker(node, mentions) or _antecedent(child, mentions)
                if found is None:
                    found = _anaphoric_doer(child, mentions)  # "the bloc would send 15 ..."
                if found is None:
                    found = _national_doer(child, mentions)  # "Thai guns fired 300 shells"
                return found
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                return _mention_at(objs[0], mentions) if objs else None
        if node.dep_ in ("conj", "xcomp") and node.head != node:
            node = node.head
            continue
        return None
    return None


def launcher(number: Token, noun: Token | None, mentions: list[Mention]) -> Mention | None:
    """Whose intercepted projectiles these are, when no launch of them was counted: the
    doer of the nearest earlier attack or launch ('Russian forces struck Kharkiv with
    missiles and drones ... air defences shot down 43 of the 61 drones') of another
    country than the interceptor."""
    verb = _governing_verb(noun) if noun is not None else None
    if not intercepted(noun, verb):
        return None
    assert verb is not None
    interceptor = _agent(verb, mentions)
    own = interceptor.country if interceptor is not None else None
    sent = number.sent
    # the sentence's own launch first ('intercepted 12 rockets after Hezbollah attacked'),
    # then the nearest before it
    for token in [*sent, *reversed(number.doc[: sent.start])]:
        if token.pos_ != "VERB" or token.lemma_.lower() not in launch_verbs():
            continue
        doer = _agent(token, mentions)
        if doer is not None and doer.country and doer.country != own and not doer.locative:
            return doer
    return None


def _national_doer(subject: Token, mentions: list[Mention]) -> Mention | None:
    """A doer named by its nationality alone: 'Thai guns', 'Russian warplanes'."""
    if subject.pos_ not in ("NOUN", "PROPN"):
        return None
    found = _modifier_actor(subject, mentions)
    if found is None or found.country is None:
        return None
    if isinstance(found, Mention):
        return found
    phrase = subject.doc[subject.left_edge.i : subject.i + 1]
    return Mention(
        start=phrase.start_char,
        end=phrase.end_char,
        text=phrase.text,
        country=found.country,
        sector=sector_of(subject),
        head=subject.i,
        kind="adjective",
    )


def _anaphoric_doer(subject: Token, mentions: list[Mention]) -> Mention | None:
    """'the bloc', 'the alliance', 'the junta': the nearest earlier actor of that kind."""
    from heron.pipeline.events.mentions import MentionIndex

    return MentionIndex(mentions).anaphor(subject)


def _speaker(verb: Token, mentions: list[Mention]) -> Mention | None:
    """'Brazil's army said it had sent 600 soldiers': the pronoun doer of a reported
    clause is the one who says it."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _speech_lemmas():
        return None
    said = verb.head
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    return _mention_at(subjects[0], mentions) if subjects else None


def _exchange(noun: Token, verb: Token | None) -> bool:
    """'exchanged 206 prisoners', 'each side handed over 103 servicemen'."""
    lex = measures()
    if verb is None:
        return False
    if verb.lemma_.lower() in lex.exchange_verbs:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject_text(subject).lower() in lex.both_sides


def subject_text(token: Token) -> str:
    return " ".join(t.text for t in token.subtree)


_HARM = frozenset({"killed", "injured", "casualties"})


def _attacked_actor(number: Token, noun: Token | None, analysis: Analysis) -> Actor | None:
    """Victims of an attack are the attacked side's: 'bombed a Syrian battery, killing
    four soldiers', 'fired on villages in Syunik province, wounding five civilians'."""
    if noun is None:
        return None
    verb = noun.head if noun.dep_ in ("dobj", "obj") else None
    while verb is not None and verb.dep_ == "conj" and verb.head.tag_ == "VBG":
        verb = verb.head  # "killing two civilians and wounding four others"
    if verb is None or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.tag_ != "VBG":
        return None
    attack = verb.head
    targets = objects(attack, ("at", "on", "against"))
    for target in targets:
        lo, hi = target.left_edge.idx, target.right_edge.idx + len(target.right_edge)
        for m in analysis.mentions:
            if lo <= m.start < hi and m.country is not None and len(m.country) == 3:
                return Actor(name=noun.text, country=m.country, sector=sector_of(noun))
        for pm in analysis.place_mentions:
            if lo <= pm.start < hi and pm.place.country:
                return Actor(name=noun.text, country=pm.place.country, sector=sector_of(noun))
        for token in target.subtree:
            if token.ent_type_ in ("NORP", "GPE") and (hit := country_index().lookup(token.text)):
                return Actor(name=noun.text, country=hit.country.iso3, sector=sector_of(noun))
    return None


def _local_things(number: Token, noun: Token, analysis: Analysis) -> Actor | None:
    """Things struck, shot down or seized belong to the side where it happened."""
    place = claim_place(analysis, number)
    country = next((pm.place.country for pm in analysis.place_mentions if pm.text == place), None)
    return Actor(name=noun.text, country=country, sector=None) if country else None


def sector_of(noun: Token) -> str | None:
    from heron.pipeline.actors import sector_of_phrase

    return sector_of_phrase([noun]) or (
        "CVL" if noun.lemma_.lower() in ("civilian", "people", "person", "resident") else None
    )


def _foreigners(noun: Token) -> bool:
    """'migrants', 'crew members' (a compound's words too): people not of the place where
    they are counted."""
    lex = measures()
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    keys = [noun.lemma_.lower(), *(f"{c} {noun.lemma_.lower()}" for c in compounds)]
    return any(k in lex.foreigners for k in keys)


def claim_subject(
    number: Token, noun: Token | None, measure: str, analysis: Analysis
) -> Mention | Actor | None:
    """Whose people or things a figure counts, from the strongest cue: the counted
    noun's own nationality, its owner, its coordination, an exchange, the attacked
    side, the doer of the verb, else the actor coreference gave the noun. MIXED for a
    count of both sides; None when nothing is known (the caller falls back on the
    figure before it and on the place)."""
    mentions = analysis.mentions
    lex = measures()
    if noun is None:
        return None
    if (demonym := _compound_demonym(noun)) is not None:
        return demonym
    own = subject_of(noun, mentions)
    if own is not None and own.kind != "noun":
        return own
    if (possessor := _possessor(noun, analysis)) is not None:
        return possessor  # "eight of its fighters", "5,000 of its service members"
    if _foreigners(noun):
        own = None  # refugees and migrants are not of the country coreference guessed
    found: Mention | Actor | None = _modifier_actor(noun, mentions)
    if found is not None:
        return found
    at = _estimate_at(number, noun)
    if at is not None:  # "put Russian losses at 1,230 troops": the losses' nationality
        for obj in (c for c in at.head.children if c.dep_ in ("dobj", "obj")):
            if (found := _modifier_actor(obj, mentions)) is not None:
                return found
    if (owner := _owner_actor(noun, mentions)) is not None:
        return owner
    if (found := _coordinated_actor(noun, mentions)) is not None:
        return found
    verb = _governing_verb(noun)
    if measure in ("released", "returned", "captured") and (
        _exchange(noun, verb) or _joint_doers(verb, mentions)
    ):
        return MIXED  # a swap, or "Ukraine and Russia each freed 84 prisoners"
    if measure in _HARM and (found := _attacked_actor(number, noun, analysis)) is not None:
        return found
    if measure == "displaced" and verb is not None and verb.lemma_.lower() in lex.crossing_verbs:
        destination = _into_country(verb)
        if destination is not None:  # refugees are not of the country they flee into
            origin = analysis.focus if analysis.focus != destination else None
            return Actor(name=noun.text, country=origin, sector="CVL") if origin else MIXED
    if (found := launcher(number, noun, mentions)) is not None:
        return found  # drones shot down are the launcher's, not the interceptor's
    people = noun.lemma_.lower() in lex.people
    if (
        verb is not None
        and not people
        and any(k in lex.local_thing_verbs for k in verb_phrases(verb))
    ):
        return _local_things(number, noun, analysis)  # "struck two launchers near Hodeidah"
    if _aid_vehicles(noun) and (verb is None or verb.lemma_.lower() not in lex.supply_verbs):
        return own  # "Israel allowed 400 aid trucks in": who lets aid through gives none
    loses = verb is not None and verb.lemma_.lower() in lex.owner_verbs
    if verb is not None and (not people or loses or measure in ("deployed", "supplied")):
        doer = _agent(verb, mentions)
        if doer is not None and doer.country is not None and not doer.locative:
            return doer
    return own


def evidence_span(doc: Doc, number: Span, noun: Token | None) -> Span:
    start, end = number.start, number.end
    if noun is not None and noun.i >= end and noun.i - end <= 4:
        end = noun.i + 1
    # include the number's own measure word ("around 600 killed")
    for child in number.root.children:
        if child.dep_ in ("acl", "amod") and child.i == end:
            end = child.i + 1
    return doc[start:end]


_PRECISION = {"city": 0, "admin1": 1, "other": 2, "country": 3}


def funding_place(token: Token) -> str | None:
    """Money is for a place ('4.1 billion euros for Syria'), not where it was pledged."""
    for t in token.sent:
        if (
            t.dep_ == "pobj"
            and t.head.lower_ in ("for", "to")
            and t.ent_type_ == "GPE"
            and country_index().lookup(t.text) is not None
        ):
            return t.text
    return None


def claim_place(analysis: Analysis, token: Token) -> str | None:
    """The place a figure refers to: the nearest in its sentence; else the last
    town or region named earlier in its paragraph; else the story's first one."""
    sent = token.sent
    dateline = dateline_chars(analysis.doc)  # where the reporter is, not the figure's place
    mentions = [pm for pm in analysis.place_mentions if pm.start >= dateline]
    candidates = [pm for pm in mentions if sent.start_char <= pm.start < sent.end_char]
    if candidates:  # the most precise: a town, then a region, a feature, a country
        best = min(
            candidates,
            key=lambda pm: (_PRECISION.get(pm.place.level, 9), abs(pm.head - token.i)),
        )
        return best.within or best.text  # the town an avenue or a hospital is in
    local = [pm for pm in mentions if pm.place.level != "country"]
    paragraph_start = analysis.text.rfind("\n", 0, sent.start_char) + 1
    before = [pm for pm in local if paragraph_start <= pm.start < sent.start_char]
    if before:
        return before[-1].text
    return local[0].text if local and local[0].start < sent.start_char else None


@stage(
    "numbers.claims.v1",
    reads=("doc", "mentions", "place_mentions", "attributions", "published", "focus"),
    writes=("claims",),
)
def make_numbers(settings: Mapping[str, Any]):
    def run(analysis: Analysis) -> Analysis:
        doc = analysis.doc
        lex = measures()
        claims: list[Claim] = []
        last_subject: dict[int, Mention] = {}  # sentence start -> subject of its last claim
        named_subjects: dict[tuple[str, str], Actor] = {}  # (measure, kind) -> first named
        for raw in number_spans(doc):
            root = _number_root(raw)
            if root.like_num and root.i < raw.end - 1 and numparse.parse(raw.text) is None:
                raw = doc[raw.start : root.i + 1]  # "eighteen assailants" tagged as one QUANTITY
            span = with_qualifier(raw)
            if root.ent_type_ == "DATE" and not _count_tagged_date(raw):
                continue
            quantity = numparse.parse(span.text)
            if quantity is None or _model_number(raw):
                continue
            if quantity.currency is None and 0 < (quantity.value or quantity.low or 1) < 1:
                continue  # "half of whom": a share, not a count
            if quantity.vague and settings.get("drop_vague", False):
                continue  # "dozens", "several thousand": no number is stated
            if quantity.currency is not None:
                quantity = replace(
                    quantity, currency=national_currency(span, quantity.currency, analysis.focus)
                )
            noun = counted_noun(root)
            partitive = _partitive(root, claims)
            if partitive is not None and noun is not None and noun.pos_ == "PRON":
                noun = None  # "nine of them": the people of the figure before
            if (
                quantity.currency is None
                and noun is not None
                and partitive is None
                and not _countable(noun, analysis.mentions)
            ):
                continue  # "two waves", "five years": not people or things of an event
            if _speaker_phrase(noun or root) or _quote_speaker(root, analysis):
                continue  # '"They were waiting for us," said one wounded soldier'
            if quantity.currency is not None:
                measure: str | None = "other" if _economic_value(root) else "funding"
            else:
                measure = find_measure(root, noun)
            if measure in _PEOPLE_ONLY and noun is not None and _thing(noun):
                measure = "other"  # "surrendered 140 rifles", "handed over 300 rifles"
            if partitive is not None and measure in (None, "supplied", "other"):
                # "four protesters were killed, three of them ...", "gave a figure of
                # 480,000 demonstrators, 62,000 of them in the capital": people, not goods
                measure = partitive.measure
            if measure in (None, "deployed", "other", "supplied") and (
                earlier := _restated(root, noun, quantity.value, claims)
            ):
                measure = earlier.measure  # "Azerbaijan released four Armenians ... The
                # four were flown to Yerevan": the figure already given, restated
            if measure == HELD:
                measure = next(
                    (c.measure for c in reversed(claims) if c.measure in ("captured", "arrested")),
                    "arrested",
                )
            if measure == PREVIOUS and (asked := _asked_figure(root)) is not None:
                # "did not say how many soldiers had been deployed, but a diplomat put
                # the number at 400": the figure answers the question just asked
                measure, noun = asked
            if measure == PREVIOUS:
                if not claims:
                    continue
                measure = claims[-1].measure
                previous = _subject_mention(claims[-1], analysis)
                if previous is not None:  # the restated figure counts the same people
                    last_subject.setdefault(root.sent.start, previous)
            if measure is None or (measure == "funding" and quantity.currency is None):
                continue
            if measure == "deployed" and noun is not None and _airspace_incursion(noun):
                continue
            sent_key = root.sent.start
            attribution = covering(analysis.attributions, root.i)
            if attribution is None and noun is not None and (v := _misparsed_clause(noun)):
                attribution = covering(analysis.attributions, v.i)  # the said clause's
            if attribution is None:
                attribution = _conjunct_attribution(root, analysis)
            decided = claim_subject(root, noun, measure, analysis)
            if decided is None:
                decided = maker_of(noun, analysis.mentions)  # "45 drones launched by Russia"
            if (decided is None or (isinstance(decided, Mention) and decided.kind == "noun")) and (
                side := side_of(root, noun)
            ) is not None:
                decided = side  # "300 residents were evacuated on the Thai side"
            if isinstance(decided, Mention) and decided.kind == "noun":
                # a coreference guess yields to where the victims were hit
                decided = _unnamed_victims(root, noun, measure, attribution, analysis) or decided
            if decided is None or (isinstance(decided, Mention) and decided.kind == "noun"):
                # a state counting its unnamed soldiers beats a guess from the story
                decided = _own_forces(noun, measure, attribution) or decided
            if (decided is None or (isinstance(decided, Mention) and decided.kind == "noun")) and (
                rest := _rest_of(noun, claims, doc)
            ) is not None:
                decided = rest  # "one member of the PMF was killed ... four others were wounded"
            if decided is None and partitive is not None and partitive.subject is not None:
                decided = _subject_mention(partitive, analysis) or partitive.subject
            if (
                decided is None
                and noun is None
                and quantity.currency is None
                and last_subject.get(root.sent.start) is None
                and (before := _in_sentence(root, claims)) is not None
            ):  # "three fighters were killed and two were captured": the same fighters
                decided = before.subject
            named = _named(decided)
            kind = _kind_of(noun, measure)
            if named is not None and kind is not None:
                named_subjects.setdefault(kind, named)
            subject = decided if isinstance(decided, Mention) else None
            if (
                decided is None
                and quantity.currency is None  # money has its giver, not the people before it
                and _carries(noun, last_subject.get(sent_key), doc)
            ):
                subject = last_subject.get(sent_key)
            elif (
                (decided is None or (isinstance(decided, Mention) and decided.kind == "noun"))
                and kind in named_subjects
                and noun is not None
            ):
                # "1,500 fresh troops had been deployed" after "North Korean troops were
                # deployed": the story's force of that kind, named once
                decided = replace(
                    named_subjects[kind],
                    name=noun.text,
                    evidence=noun.text,
                    span=(noun.idx, noun.idx + len(noun)),
                    sector=sector_of(noun) or named_subjects[kind].sector,
                )
            if (decided is None or (isinstance(decided, Mention) and decided.kind == "noun")) and (
                own := own_deployment(noun, measure, attribution)
            ) is not None:
                decided = own  # "Kenya said 400 police officers would be deployed to Haiti"
            if subject is not None:
                last_subject[sent_key] = subject
            place = funding_place(root) if measure == "funding" else claim_place(analysis, root)
            by_currency: Actor | None = None
            if isinstance(decided, Actor):  # a nationality without a mention, or MIXED
                subject_actor: Actor | None = None if decided is MIXED else decided
            else:
                subject_actor = _actor(subject) if subject else None
            if isinstance(decided, Actor):
                pass
            elif subject_actor is None and measure == "funding":
                subject_actor = _giver(root, analysis.mentions)
                if subject_actor is None and attribution is not None:
                    subject_actor = attribution.actor()  # "Britain said it would provide £50m"
                if subject_actor is None:  # "200 billion ariary, about $44 million"; else
                    # the currency's country. Neither is a speaker of its own.
                    by_currency = _converted(span, claims) or _currency_owner(
                        span, quantity.currency
                    )
            elif subject_actor is None and measure == "other" and quantity.currency is not None:
                if analysis.focus is not None:  # "exports reached $16.6bn": the economy's
                    subject_actor = Actor(name="economy", country=analysis.focus, sector=None)
            elif subject_actor is None and measure == "captured":
                # abducted civilians are the people of the place: "took 70 villagers hostage"
                subject_actor = _unnamed_victims(
                    root, noun, measure, attribution, analysis
                ) or _rebels_captives(noun, attribution, analysis)
                if subject_actor is None and captured_insurgents(noun):
                    subject_actor = _local_people(root, noun, place, analysis)
            elif subject_actor is None and measure not in ("supplied", "other", "captured"):
                subject_actor = _counted_by_authority(
                    root, noun, measure, attribution, analysis
                ) or _local_people(root, noun, place, analysis)
                if subject_actor is None and measure == "returned" and noun is not None:
                    subject_actor = repatriated_to(noun, _governing_verb(noun))
            source = attribution.actor() if attribution else None
            if source is None and measure == "funding" and subject_actor is not None:
                source = subject_actor  # "Norway pledged $80m": the pledge is its own claim
            if subject_actor is None and by_currency is not None:
                subject_actor = by_currency
            sent_words = {t.lower_ for t in root.sent}
            hedges = sorted(w for w in lex.hedges if " " not in w and w in sent_words)
            factuality = "reported" if attribution else "asserted"
            if attribution and attribution.denial:
                factuality = "denied"
            elif any(h in lex.uncertain for h in hedges):
                factuality = "uncertain"
            evidence = evidence_span(doc, span, noun)
            claims.append(
                Claim(
                    measure=measure,
                    value=quantity.value,
                    low=quantity.low,
                    high=quantity.high,
                    qualifier=quantity.qualifier,
                    vague=quantity.vague,
                    currency=quantity.currency,
                    unit=quantity.currency or (noun.lemma_.lower() if noun is not None else None),
                    evidence=evidence.text,
                    span=(evidence.start_char, evidence.end_char),
                    subject=subject_actor,
                    place=place,
                    source=source,
                    source_text=attribution.source_text if attribution else None,
                    via=chain(analysis.attributions, root.i),
                    as_of=attribution.as_of if attribution else analysis.published,
                    hedges=hedges,
                    factuality=factuality,
                )
            )
        analysis.claims = _dedupe(claims)
        return analysis

    return run


@cache
def _currency_tables() -> tuple[dict[str, list[str]], dict[str, str]]:
    raw = lexicon("numbers")
    by_country = {
        country: code
        for code, countries in raw["national_currencies"].items()
        if not code.startswith("_")
        for country in countries
    }
    return raw["shared_currency_names"], by_country


def national_currency(span: Span, default: str, focus: str | None) -> str:
    """'dinars' in a Libyan story are LYD, 'CFA francs' in Bangui XAF: a currency name
    several countries share takes the story's country's code."""
    shared, by_country = _currency_tables()
    words = [t.lower_ for t in span if t.is_alpha]
    for n in (2, 1):
        name = " ".join(words[-n:])
        if name in shared and focus is not None and by_country.get(focus) in shared[name]:
            return by_country[focus]
    return default


def _currency_owner(span: Span, code: str | None) -> Actor | None:
    """Money in a currency only one country uses, moved by a verb ('Jirama would
    receive 200 billion ariary', 'seizing 2.3 million dinars'), is that country's when
    nothing else says whose it is; not an amount in a rule ('fines of up to ...')."""
    if code is None or span.root.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    raw = lexicon("numbers")
    countries = raw["national_currencies"].get(code) if not code.startswith("_") else None
    if countries is None and code in raw["currency_countries"]:
        countries = [raw["currency_countries"][code]]
    if not countries or len(countries) != 1:
        return None
    return Actor(name=code, country=countries[0], sector=None)


def _converted(span: Span, claims: list[Claim]) -> Actor | None:
    """'200 billion ariary, about $44 million', '2.2 billion naira ($1.4 million)': a
    conversion of the amount just before it is the same money, of the same subject."""
    if not claims or claims[-1].measure != "funding" or claims[-1].span is None:
        return None
    between = span.doc.text[claims[-1].span[1] : span.start_char]
    if len(between) > 3 or between.strip(" ,(") != "":
        return None
    return claims[-1].subject


def _partitive(number: Token, claims: list[Claim]) -> Claim | None:
    """'three of them', '62,000 of them in the capital': a part of the figure before it
    in the sentence, counting the same people."""
    if not claims:
        return None
    previous = claims[-1]
    sent = number.sent
    before = number.doc[sent.start - 1].sent if sent.start > 0 else sent
    if previous.span is None or not before.start_char <= previous.span[0] < sent.end_char:
        return None
    for child in number.children:
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.lower_ in ("them", "those", "whom") for g in child.children)
        ):
            return previous
    counted = number.head if number.dep_ == "nummod" else number  # "including three children"
    if (  # "killed 12 people, including three children"
        counted.dep_ == "pobj"
        and counted.head.lower_ in ("including", "among")
        and sent.start_char <= previous.span[0] < sent.end_char
    ):
        return previous
    return None


def _restated(
    number: Token, noun: Token | None, value: float | None, claims: list[Claim]
) -> Claim | None:
    """'the four', 'the 12 men': a definite figure with the value of one stated before
    refers back to it."""
    if value is None or not any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in (noun or number).children
    ):
        return None
    if noun is not None and noun.lemma_.lower() not in measures().people:
        return None
    return next((c for c in reversed(claims) if c.value == value), None)


def _speaker_phrase(token: Token) -> bool:
    """'said one wounded soldier', 'one of the freed teachers ... told reporters': a
    number in the subject of a verb of speech describes who speaks; it counts nothing."""
    node = token
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.like_num:
        node = node.head.head  # "one of the freed teachers"
    return (
        node.dep_ == "nsubj"
        and node.head.lemma_.lower() in _speech_lemmas()
        and not _hedged_infinitive(node.head)  # "three men believed to be members"
        and not any(  # not "at least 17 people injured ... said" (a misparse)
            c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "acl" and _governor_measure(c))
            for c in node.children
        )
    )


_QUOTE_MARKS = frozenset('"\u201c\u201d')


def _quote_speaker(number: Token, analysis: Analysis) -> bool:
    """'"I was beaten," one of the freed teachers told reporters': a number in the
    source of words quoted before it in its sentence names the speaker."""
    sent = number.sent
    if not any(t.text in _QUOTE_MARKS for t in sent if t.i < number.i):
        return False
    return any(a.source_span[0] <= number.idx < a.source_span[1] for a in analysis.attributions)


def _economic_value(number: Token) -> bool:
    """Money is funding (given, pledged, paid, fined, seized, lost, traded) unless it is
    the level of an economic indicator ('exports reached a record $16.6bn', 'a trade
    surplus of $9.5bn'), which is a value, not money that someone holds or moves."""
    lex = measures()
    node = number
    for _ in range(4):
        if node.lemma_.lower() in lex.value_words and node != number:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lex.value_words
                for c in node.children
            )
        if node.head == node:
            return False
        node = node.head
    return False


def _named(decided: Mention | Actor | None) -> Actor | None:
    """The subject a figure's own words name (a nationality, an owner), as an Actor."""
    if decided is None or decided is MIXED:
        return None
    if isinstance(decided, Mention):
        if decided.kind == "noun" or decided.locative or decided.country is None:
            return None
        return _actor(decided)
    return decided if decided.country is not None else None


def _kind_of(noun: Token | None, measure: str) -> tuple[str, str] | None:
    """What a figure counts, for carrying a named subject to later figures: soldiers,
    troops and servicemen are one kind."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = noun.lemma_.lower()
    if lemma in measures().security_forces:
        return (measure, "forces")
    if lemma in measures().civilians or lemma in ("other", "more"):
        return None  # civilians are the place's, told by place and source
    return ("", lemma)  # hostages, prisoners, migrants: whoever they are, in any measure


def _conjunct_attribution(number: Token, analysis: Analysis) -> Any:
    """A figure in a conjunct the reported clause leaves out ('put the toll at nine dead
    and 14 wounded', 'said two were killed and at least five people wounded') is
    reported by the source of the conjunct it joins."""
    node, joined = number, False
    for _ in range(6):
        if node.head == node:
            return None
        joined = joined or node.dep_ == "conj"
        node = node.head
        if joined and (found := covering(analysis.attributions, node.i)) is not None:
            return found
    return None


def _rest_of(noun: Token | None, claims: list[Claim], doc: Doc) -> Actor | None:
    """'four others', 'three more': the rest of the group the figure just before counts
    (in this sentence or the one before), so its subject."""
    if noun is None or noun.lemma_.lower() not in measures().remainder_words or not claims:
        return None
    previous = claims[-1]
    if previous.subject is None or previous.span is None:
        return None
    sent = noun.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    if previous.span[0] < before.start_char or previous.span[0] >= noun.idx:
        return None
    return previous.subject


def _in_sentence(number: Token, claims: list[Claim]) -> Claim | None:
    """The claim just before the number, if it is in the number's sentence."""
    if not claims or claims[-1].span is None:
        return None
    start = claims[-1].span[0]
    return claims[-1] if number.sent.start_char <= start < number.idx else None


def _carries(noun: Token | None, previous: Mention | None, doc: Doc) -> bool:
    """A figure without its own people takes the subject of the figure before it in
    the sentence ('around 600 killed and nearly 4,700 injured'); one that names the
    same people does too ('18,000 soldiers ... 600 soldiers'), other people do not."""
    if previous is None:
        return False
    if noun is None:
        return True
    lex = measures()
    lemma = noun.lemma_.lower()
    if lemma not in lex.people:
        return False
    return lemma == doc[previous.head].lemma_.lower() or lemma in ("other", "more")


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """The same figure stated twice is one claim (same measure, value and subject)."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for c in claims:
        # "at least seven civilians ... seven people": one figure, however qualified
        bounds = (c.value,) if c.value is not None else (c.low, c.high)
        key = (c.measure, *bounds, c.subject.country if c.subject else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
