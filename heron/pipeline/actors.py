"""Stage actors: who is named in the text, as (country, sector) with the words.

Sources, most specific first: the actor registry (agencies, armed groups,
IGOs, office holders, resolved against the published date), country names,
nationality adjectives and demonyms expanded to their noun phrase ("North
Korean soldiers" -> PRK MIL), capitals used for governments ("Pyongyang" ->
PRK GOV), people with titles ("MP Lee Seong-kweun"), and bare sector nouns
("the soldiers", "police") resolved to an earlier mention or the story's
country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from heron.knowledge import lexicon
from heron.knowledge.countries import index as country_index
from heron.knowledge.gazetteer import gazetteer
from heron.knowledge.registry import registry
from heron.pipeline.places import (
    choose,
    direction_start,
    located_name,
    longer_name,
    name_goes_on,
    place_noun,
)
from heron.pipeline.registry import stage
from heron.pipeline.rights_bodies import rights_bodies
from heron.pipeline.syntax import (
    LOCATIVE_PREPS,
    dateline,
    dateline_city,
    is_locative,
    noun_phrase,
)
from heron.records import Actor, Analysis

# bare sector nouns with no antecedent ("the army", "police") are of the story's country
DOMESTIC_SECTORS = frozenset(
    {"COP", "CVL", "GOV", "LEG", "JUD", "OPP", "LAB", "EDU", "MED", "MIL", "CRM", "REF", "REL"}
    | {"SOC"}
)


@dataclass
class Mention:
    """A span of text that names an actor (working state of the actors stage)."""

    start: int  # char offsets into the text
    end: int
    text: str
    country: str | None
    sector: str | None
    head: int  # token index of the phrase head
    kind: str  # registry | country | adjective | demonym | government | person | noun
    canonical: str | None = None
    locative: bool = False  # named as a location ("in Russia"), not as an actor
    incidental: bool = False  # a name inside another's words ("Sudan's North Darfur state")
    also_place: bool = False  # an actor named where something happens ("aid reached Sudan")
    person: bool = False

    @property
    def key(self) -> tuple[str | None, str | None]:
        return (self.country, self.sector)

    def actor(self) -> Actor:
        """The output record of this mention, with the words it rests on."""
        return Actor(
            name=self.text,
            country=self.country,
            sector=self.sector,
            canonical=self.canonical,
            evidence=self.text,
            span=(self.start, self.end),
        )


@dataclass(frozen=True)
class SectorCues:
    modifiers: dict[str, str]
    heads: dict[str, str]
    titles: dict[str, str]
    people: frozenset[str]
    proxies: dict[str, str | None]
    event_nouns: frozenset[str]
    spokes: frozenset[str]
    non_state: dict[str, str]
    mass: frozenset[str]
    vessels: dict[str, str]
    things: frozenset[str]
    acts: frozenset[str]
    local: frozenset[str]


@cache
def sector_cues() -> SectorCues:
    raw = lexicon("sectors")
    return SectorCues(
        modifiers=raw["modifiers"],
        heads=raw["heads"],
        titles=raw["titles"],
        people=frozenset(raw["people"]),
        proxies=raw.get("proxy_heads", {}),
        event_nouns=frozenset(raw.get("event_nouns", [])),
        spokes=frozenset(raw.get("spokes_titles", [])),
        non_state=raw.get("non_state_heads", {}),
        mass=frozenset(raw.get("mass_heads", [])),
        vessels=raw.get("vessel_prefixes", {}),
        things=frozenset(raw.get("thing_heads", [])),
        acts=frozenset(raw.get("possessed_acts", [])),
        local=frozenset(raw.get("local_titles", [])),
    )


# a military model designation: "F-16s", "Su-35", "J-20", "MiG-29", "Tu-95MS"
_MODEL = re.compile(r"^(?:[A-Z][A-Za-z]{0,2})-\d{1,3}[A-Z]{0,3}s?$")
_CRAFT = frozenset({"fighter", "bomber", "jet", "helicopter", "plane", "aircraft", "drone"})


def sector_of_phrase(tokens: list[Token]) -> str | None:
    """Sector from a noun phrase's words: a modifier cue beats the head's cue."""
    cues = sector_cues()
    if not tokens:
        return None
    head = tokens[-1]
    words = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    if len(tokens) > 1 and " ".join(words[-2:]) in cues.heads:
        return cues.heads[" ".join(words[-2:])]  # "health ministry", "prosecutor general"
    if len(tokens) > 1 and f"{words[-2]} {lemmas[-1]}" in cues.heads:
        return cues.heads[f"{words[-2]} {lemmas[-1]}"]  # "border guards", "coast guards"
    if _MODEL.match(head.text) or (
        len(tokens) > 1 and _MODEL.match(tokens[-2].text) and head.lemma_.lower() in _CRAFT
    ):
        return "MIL"  # "Dutch F-16s", "two Chinese J-16 fighters": warplanes, no rebels
    if cues.heads.get(head.lemma_.lower()) == "SPY":
        return "SPY"  # "Russian military intelligence": an intelligence body, army's or not
    # the modifier nearest the head decides: "defence intelligence service" is an
    # intelligence service, "riot police units" police
    for i in reversed(range(len(tokens) - 1)):
        pair = " ".join(words[i : i + 2])
        if pair in cues.modifiers:
            return cues.modifiers[pair]
        if words[i] in cues.modifiers and tokens[i].pos_ in ("NOUN", "ADJ", "PROPN"):
            return cues.modifiers[words[i]]
    return (
        cues.heads.get(head.lemma_.lower())
        or cues.heads.get(lemmas[-1])
        or cues.heads.get(head.lower_)
    )


def _whole_words(span: Span) -> Span:
    """A phrase's span without a leading dash or stray punctuation ("18:05 - Police" in a
    live blog gives "Police"), and grown back over a hyphenated word it starts inside
    ("-year-old student" is "23-year-old student")."""
    doc, start, end = span.doc, span.start, span.end
    if doc[start].text in _JOINERS and start > 0 and not doc[start - 1].whitespace_:
        while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
            start -= 1
    while start < end - 1 and doc[start].is_punct and doc[start].text not in ('"', "(", "'"):
        start += 1
    return span if start == span.start else doc[start:end]


_JOINERS = frozenset({"-", "\u2013"})


def _mention(doc: Doc, span: Span, **fields: Any) -> Mention:
    span = _whole_words(span)
    return Mention(
        start=span.start_char, end=span.end_char, text=span.text, head=span.root.i, **fields
    )


_RULING = frozenset(lexicon("sectors")["ruling_words"])


def _expand_modifier(ent: Span) -> tuple[Span, Token] | None:
    """For an adjective or possessor entity, the noun phrase it modifies and its head
    ("North Korean soldiers", "Ukraine's military"): only over modifiers, never
    across punctuation or numbers."""
    root = ent.root
    head = root.head
    if (
        root.dep_ == "conj"
        and head.dep_ in ("amod", "compound", "nmod", "poss")
        and head.i < root.i
    ):
        root, head = head, head.head  # "South Korean and U.S. forces": the second conjunct
    if root.dep_ not in ("amod", "compound", "nmod", "poss", "nummod") or head.pos_ not in (
        "NOUN",
        "PROPN",
    ):
        return None
    if head.i < ent.start:
        return None
    between = ent.doc[ent.end : head.i]
    if any(
        t.is_punct
        and t.text not in ("'s", "\u2019s", "-")
        or t.like_num
        or t.pos_ in ("ADP", "DET")
        or (t.pos_ == "VERB" and t.lower_ not in _RULING)  # "Senegal's ruling party"
        for t in between
    ):
        return None
    return ent.doc[ent.start : head.i + 1], head


def _person_title(ent: Span) -> tuple[str | None, Span]:
    """A title cue inside or right before a person entity ("MP Lee", "President Ruto")."""
    cues = sector_cues().titles
    doc = ent.doc
    start = ent.start
    sector = None
    for n in (3, 2, 1):
        if start - n < 0:
            continue
        words = " ".join(t.lower_ for t in doc[start - n : start])
        if words in cues:
            sector, start = cues[words], start - n
            break
    first = doc[ent.start].lower_
    if sector is None and first in cues:
        sector = cues[first]
    return sector, doc[start : ent.end]


@dataclass
class PersonRole:
    """What the words around a person's name say about them (working state)."""

    country: str | None = None
    sector: str | None = None
    decided: bool = False  # country and sector both come from a named organisation
    taken: tuple[int, ...] = ()  # token indices of role words ("a doctor" in an appositive)


def _title_sector(doc: Doc, start: int, end: int) -> str | None:
    """Sector of a title with its own modifiers ("foreign ministry spokeswoman")."""
    first = start
    while first > max(0, start - 3) and doc[first - 1].pos_ in ("NOUN", "ADJ", "PROPN"):
        if doc[first - 1].ent_type_:
            break
        first -= 1
    words = [t for t in doc[first:end] if not t.is_punct]
    return sector_of_phrase(words) if len(words) > 1 else None


def _adjacent_mention(span: Span, mentions: list[Mention]) -> Mention | None:
    """A mention ending right before a title, or covering it ("Houthi spokesman X",
    "Kremlin spokesman X", "South Korean MP X")."""
    doc = span.doc
    limit = doc[max(0, span.start - 3)].idx
    name_start = span.end_char
    best = None
    for m in mentions:
        if m.country is None or m.person or m.end > name_start or m.end < limit:
            continue
        if m.kind in ("noun",) or m.start > doc[span.start].idx:
            continue
        if m.end < doc[span.start].idx:
            between = doc.char_span(m.end, doc[span.start].idx, alignment_mode="expand")
            if between is not None and any(
                t.is_punct or t.pos_ in ("VERB", "ADP") for t in between
            ):
                continue
        if best is None or m.end > best.end:
            best = m
    return best


def _of_organisation(token: Token, mentions: list[Mention]) -> Mention | None:
    """The organisation a role word is of or for ("a spokeswoman for China's Taiwan
    Affairs Office", "Khalid al-Mansouri of Qatar's foreign ministry")."""
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "from", "with"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            inside = [
                m
                for m in mentions
                if m.country is not None
                and not m.person
                and obj.left_edge.idx <= m.start
                and m.end <= obj.idx + len(obj)
            ]
            if inside:
                return max(inside, key=lambda m: (m.sector is not None, m.end - m.start))
    return None


def _own_nationality(token: Token, mentions: list[Mention]) -> Mention | None:
    """A nationality or organisation modifying a role word ("a Sudanese doctor")."""
    for child in token.lefts:
        if child.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        for m in mentions:
            if m.country is not None and not m.person and m.start <= child.idx < m.end:
                return m
    return None


def _appositive_role(ent: Span, mentions: list[Mention]) -> PersonRole:
    """A role in an appositive after the name ("X, a doctor at ...") or a noun phrase
    the name stands in apposition to ("Ukraine's deputy defence minister, X")."""
    root = ent.root
    cues = sector_cues()
    if root.dep_ == "appos" and root.head.i < ent.start:
        for m in mentions:
            if m.head == root.head.i and m.country is not None:
                return PersonRole(m.country, m.sector, decided=True)
        if (office := _office_of_a_place(root.head, mentions)) is not None:
            return office
    for child in root.rights:
        if child.dep_ != "appos" or child.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = child.lemma_.lower()
        sector = sector_of_phrase([child]) or cues.titles.get(lemma) or _member_of(child)
        if sector is None and lemma not in cues.people:
            continue
        org = _of_organisation(child, mentions)
        own = _own_nationality(child, mentions)
        if own is not None and org is not None and org.kind == "name":
            # "the UN deputy special envoy for Syria", "the US envoy for Sudan": the body
            # or nationality before the title employs the person; "for X" is the brief
            if own.country in NON_STATE:
                return PersonRole(own.country, own.sector, decided=True, taken=(child.i,))
            return PersonRole(own.country, sector, decided=True, taken=(child.i,))
        if org is not None:
            if lemma in cues.spokes or sector in (None, "GOV"):
                return PersonRole(org.country, org.sector, decided=True, taken=(child.i,))
            return PersonRole(org.country, sector, decided=True, taken=(child.i,))
        return PersonRole(own.country if own else None, sector, taken=(child.i,))
    return PersonRole()


def _office_of_a_place(title: Token, mentions: list[Mention]) -> PersonRole | None:
    """ "The mayor of Kharkiv, Ihor Terekhov", "the governor of Nigeria's Borno state,
    Babagana Zulum": a title whose "of" names a town or region, in apposition to the
    person, gives the person the place's country and the title's sector."""
    if title.dep_ == "pobj" and title.head.lower_ == "of":
        title = title.head.head  # the parse may hang the name on the place
    for m in mentions:  # "the Russian-installed governor of Zaporizhzhia": the installer's
        if m.head == title.i and m.country is not None:
            return PersonRole(m.country, m.sector, decided=True)
    sector = sector_cues().titles.get(title.lemma_.lower())
    if sector is None:
        return None
    for prep in title.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (country := _place_country(obj, mentions)) is not None:
                return PersonRole(country, sector, decided=True)
    return None


def _member_of(token: Token) -> str | None:
    """ "a member of parliament": the sector of the body a member belongs to."""
    if token.lemma_.lower() not in lexicon("sectors")["membership_heads"]:
        return None
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return sector_of_phrase([obj])
    return None


def _antecedent(
    doc: Doc, start: int, mentions: list[Mention], *, subjects_only: bool = False
) -> Mention | None:
    """The last actor named in this sentence or the one before, before token `start`;
    the last one that is a subject if any ("Kinshasa accused Rwanda ... Government
    spokesman X": Kinshasa's)."""
    sent = doc[start].sent
    window = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lo, hi = doc[window].idx, doc[start].idx
    found = [
        m
        for m in mentions
        if lo <= m.start
        and m.end <= hi
        and m.country is not None
        and not (m.locative or m.incidental or m.person)
    ]
    subjects = [m for m in found if doc[m.head].dep_ in ("nsubj", "nsubjpass")]
    if subjects_only:
        found = subjects
    return max(subjects or found, key=lambda m: m.end) if found else None


NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC", "ISM"})

# sectors of people who belong to the story's country more than to the last actor named
CIVIL_SECTORS = frozenset({"JRN", "MED", "CVL", "EDU", "LAB", "AGR", "BUS", "REF"})


def _person_role(ent: Span, mentions: list[Mention], focus: str | None) -> tuple[PersonRole, Span]:
    """Country and sector of a named person not in the registry: from a title and the
    organisation or nationality before it, an appositive, or, for a titled person,
    the organisation named last (a spokesman speaks for it) or the story's country."""
    doc = ent.doc
    cues = sector_cues()
    sector, span = _person_title(ent)
    title_words = {t.lower_ for t in doc[span.start : ent.start]}
    spokes = bool(title_words & cues.spokes)
    own = _title_sector(doc, span.start, ent.start) if span.start < ent.start else None
    if own is not None and sector in (None, "GOV"):
        sector, spokes = own, False  # "foreign ministry spokeswoman": the ministry's
    adjacent = _adjacent_mention(span, mentions)
    if adjacent is not None:
        if adjacent.kind == "registry" and adjacent.sector is not None:
            return PersonRole(adjacent.country, adjacent.sector, decided=True), span
        return PersonRole(adjacent.country, sector or adjacent.sector, decided=True), span
    role = _appositive_role(ent, mentions)
    if role.decided:
        return role, span
    if sector is None:
        sector = role.sector
    if role.country is not None:
        return PersonRole(role.country, sector, taken=role.taken), span
    if sector is None and not spokes:
        return PersonRole(taken=role.taken), span  # no title, no role: no country
    office = {t.lower_ for t in doc[max(0, span.start - 2) : ent.start] if not t.ent_type_}
    if focus is not None and (sector in CIVIL_SECTORS or office & cues.local):
        # "regional governor X", "police spokesman X": an office of the story's country
        return PersonRole(focus, sector, taken=role.taken), span
    # a spokesman speaks for the body named last; another official belongs to the
    # state that last acted, else to the story's country, not to a country named
    # last in passing ("... warned the Chinese ships to leave. Chief Cabinet Secretary X")
    last = _antecedent(doc, span.start, mentions, subjects_only=not spokes and focus is not None)
    if last is not None:
        if spokes or last.country in NON_STATE:  # a spokesman, a UN official: the body's
            return PersonRole(last.country, last.sector, taken=role.taken), span
        return PersonRole(last.country, sector, taken=role.taken), span
    return PersonRole(focus, sector, taken=role.taken), span


def _wire_tokens(doc: Doc) -> set[int]:
    """The tokens of a dateline after its city: the date and the wire's name in
    brackets ("Dec 6 (Istmo News Agency)"), which name the reporter, not an actor."""
    line = dateline(doc, after_headline=True)
    city = dateline_city(doc, after_headline=True) if line is not None else None
    if line is None or city is None:
        return set()
    return set(range(city.end, line.end))


def _security_body(ent: Span) -> Span | None:
    """An organisation's name made of a security word and an institution head ("the
    Internal Security Agency", "State Security Service of", "State Committee for
    National Security"): its span without "the" and a dangling "of"; else None. A
    council ("National Security Council") is the government's, not a service."""
    raw = lexicon("sectors")
    words = {t.lower_ for t in ent}
    if not words & set(raw["security_body_words"]):
        return None
    if not words & set(raw["security_body_heads"]):
        return None
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].pos_ == "DET":
        start += 1
    while end > start and doc[end - 1].pos_ in ("ADP", "PUNCT", "CCONJ"):
        end -= 1
    return doc[start:end] if end > start else None


def _of_name_country(body: Span) -> str | None:
    """ "the State Security Service of Uzbekistan": the country named right after it."""
    doc = body.doc
    i = body.end
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
    if i == body.end or i >= len(doc):
        return None
    name = next((e for e in doc.ents if e.start == i), None)
    hit = country_index().lookup(name.text) if name is not None else None
    return hit.country.iso3 if hit is not None and hit.kind == "name" else None


# sectors of a state's own bodies, which another state may have under the same name
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _named_owner(ent: Span) -> str | None:
    """The country a body's name is given to by a possessive or a nationality right
    before it ("Pakistan's National Security Council", "the Kenyan National Security
    Council", "Iran's Supreme National Security Council"), else None."""
    doc = ent.doc
    i = ent.start
    while i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].ent_type_:
        i -= 1  # "Supreme"
    if i == 0:
        return None
    before = doc[i - 1]
    if before.tag_ == "POS" and i >= 2:
        before = doc[i - 2]
    elif before.ent_type_ != "NORP":
        return None
    if not before.ent_type_:
        return None
    name = next((e for e in doc.ents if e.start <= before.i < e.end), None)
    hit = country_index().lookup(name.text) if name is not None else None
    if hit is None or hit.kind not in ("name", "adjective"):
        return None
    return hit.country.iso3


def find_mentions(doc: Doc, published: str | None) -> list[Mention]:
    reg = registry()
    countries = country_index()
    mentions: list[Mention] = []
    taken: set[int] = set()

    def add(m: Mention, span: Span) -> None:
        mentions.append(m)
        taken.update(range(span.start, span.end))

    persons: list[Span] = []
    unowned: list[Span] = []
    wire = _wire_tokens(doc)
    taken.update(wire)
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"):
            continue
        if ent.start in wire:
            continue  # "PANAMA CITY, Dec 6 (Istmo News Agency) -": the wire, no actor
        if (navy := _vessel_navy(ent)) is not None:  # "the destroyer USS Carney"
            span = doc[ent.start - 1 : ent.end]
            add(_mention(doc, span, country=navy, sector="MIL", kind="vessel"), span)
            continue
        if _backer_only(ent) or _favoured_only(doc, ent.start):
            continue  # "an Iran-aligned militia", "a UN-backed vote": a patron, no actor
        if (installed := _installed_body(ent)) is not None:
            body, body_sector = installed  # "Russian-installed officials": Russia's own
            installer = countries.lookup(ent.text)
            if installer is not None:
                iso = installer.country.iso3
                add(_mention(doc, body, country=iso, sector=body_sector, kind="adjective"), body)
                continue
        entry = reg.lookup(ent.text)
        if (
            entry is not None
            and entry.kind == "organisation"
            and _inside_a_longer_name(ent)
            and _named_owner(ent) is None  # "Iran's Supreme National Security Council": Iran's
        ):
            continue  # "the Karen National Liberation Army": not the National Liberation Army
        seat = countries.lookup(ent.text) if entry is not None else None
        if seat is not None and seat.kind == "government" and is_locative(ent.root):
            entry = None  # "a conference in Brussels": the city, not the EU
        if entry is not None:
            country, sector = entry.resolve(published)
            canonical: str | None = entry.canonical
            owner = _named_owner(ent)
            if (
                owner not in (None, country)
                and country not in NON_STATE
                and sector in _STATE_SECTORS
            ):
                country, canonical = owner, None  # "Iran's Supreme National Security Council"
            span = ent
            if entry.kind == "organisation" and (expanded := _expand_modifier(ent)) is not None:
                phrase, head = expanded
                if (
                    sector_of_phrase([head]) is not None
                    or head.lemma_.lower() in sector_cues().people
                ):
                    span = phrase  # "Pentagon officials": the organisation's people
            mention = _mention(
                doc,
                span,
                country=country,
                sector=sector,
                kind="registry",
                canonical=canonical,
                person=entry.kind == "person",
            )
            mention.incidental = span is ent and _names_a_thing(ent)
            add(mention, span)
            continue
        hit = countries.lookup(ent.text)
        if hit is None and ent.label_ == "ORG" and (service := _security_body(ent)) is not None:
            # "the Internal Security Agency", "the State Committee for National
            # Security": a state's security service by its generic name
            owner = _named_owner(ent) or _of_name_country(service)
            if owner is not None:
                add(_mention(doc, service, country=owner, sector="SPY", kind="noun"), service)
            else:
                unowned.append(service)
            continue
        if hit is None:
            if (
                ent.label_ == "PERSON"
                and not _coordinated_with_a_place(ent)
                and place_noun(ent) is None  # "Congo's Lubero territory": a place's name
            ):
                persons.append(ent)
            continue
        iso3 = hit.country.iso3
        if _origin_only(ent):
            continue  # "Chinese-made drones", "an American-born journalist"
        if hit.kind == "demonym" and (home := _home_of_a_people(ent, iso3)):
            iso3, ent = home  # "Kosovo Serbs": the people of that country
        incidental = _in_a_name(ent)
        if hit.kind in ("adjective", "demonym", "name"):
            expanded = _expand_modifier(ent) if hit.kind != "demonym" else None
            if expanded is not None:
                phrase, head = expanded
                tokens = list(phrase)
                sector = sector_of_phrase(tokens[len(ent) :])
                cues = sector_cues()
                lemma = head.lemma_.lower()
                is_people = lemma in cues.people
                if sector is None and lemma in cues.proxies:
                    sector, is_people = cues.proxies[lemma], True  # "a Philippine supply boat"
                if sector is not None or is_people:
                    add(_mention(doc, phrase, country=iso3, sector=sector, kind=hit.kind), phrase)
                    continue
                if hit.kind == "adjective" and lemma in cues.event_nouns:
                    add(_mention(doc, ent, country=iso3, sector=None, kind="adjective"), ent)
                    continue  # "an Israeli strike": the nationality of an act is its doer
                if hit.kind == "adjective":
                    continue  # "Russian territory": an adjective on a thing names no actor
                # "Sudan's North Darfur state", "Russia's Africa Corps": the country's
                # name on a place, a thing or an organisation is no actor of its own
                incidental = lemma not in cues.event_nouns and lemma not in cues.acts
            if hit.kind == "adjective":
                if ent.root.pos_ in ("NOUN", "PROPN") and ent.root.dep_ not in ("amod", "compound"):
                    add(_mention(doc, ent, country=iso3, sector=None, kind="demonym"), ent)
                continue
            mention = _mention(
                doc,
                ent,
                country=iso3,
                sector=None,
                kind=hit.kind,
                locative=hit.kind == "name" and _named_as_place(ent),
                incidental=incidental,
            )
            mention.also_place = hit.kind == "name" and (
                _motion_object(ent.root) or _diplomats_posted(ent.root)
            )
            add(mention, ent)
        else:  # a capital or seat of government
            expanded = _expand_modifier(ent)
            if expanded is not None and (sector := sector_of_phrase([expanded[1]])) is not None:
                mention = _mention(doc, expanded[0], country=iso3, sector=sector, kind="government")
                # "a Tunis court": a court sits in its city, which is a place as well
                mention.also_place = expanded[1].lemma_.lower() in ("court", "tribunal")
                add(mention, expanded[0])
                continue  # "Paris police", "Moscow officials"
            if longer_name(ent) is not None:
                continue  # "Mocimboa da Praia": a town of another name, not a capital
            if (name_head := name_goes_on(ent)) is not None:
                # "the Moscow Institute of Physics", "the Kathmandu Post": a capital's
                # name on an organisation of its country, not its government acting
                name = doc[ent.start : name_head.i + 1]
                mention = _mention(doc, name, country=iso3, sector=None, kind="government")
                mention.incidental = True
                add(mention, name)
                continue
            locative = _named_as_place(ent) and not _receives_a_transfer(ent)
            mention = _mention(
                doc,
                ent,
                country=iso3,
                sector=None if locative else "GOV",
                kind="government",
                locative=locative,
            )
            # "recalled its ambassadors to Bamako", "will visit Naypyitaw": the host
            # government, and its city
            mention.also_place = not locative and (
                _diplomats_posted(ent.root) or _motion_object(ent.root)
            )
            add(mention, ent)
    for m in mentions:
        if m.kind in ("registry", "name") and _patron_only(doc, m):
            m.incidental = True
    focus = _focus_country(doc, mentions)
    for service in unowned:
        if focus is not None and focus not in NON_STATE:
            add(_mention(doc, service, country=focus, sector="SPY", kind="noun"), service)
    # "the group known locally as al-Shabaab": a local group, wherever it is named
    local = {
        m.canonical
        for m in mentions
        if m.kind == "registry" and focus and m.sector == "REB" and _local_name(doc, m)
    }
    for m in mentions:
        if m.kind == "registry" and m.canonical in local:
            m.country, m.canonical = focus, None
    for ent in persons:
        role, span = _person_role(ent, mentions, focus)
        if role.country is not None:
            mention = _mention(
                doc, span, country=role.country, sector=role.sector, kind="person", person=True
            )
            add(mention, span)
            taken.update(role.taken)
    named = [(m.start, m.end) for m in mentions if m.kind in ("registry", "person")]
    for span, country, sector in rights_bodies(doc, named):
        # "the Ethiopian Human Rights Commission": the country's name is part of the body's
        mentions[:] = [m for m in mentions if not span.start <= m.head < span.end]
        add(_mention(doc, span, country=country, sector=sector, kind="noun"), span)
    _add_sector_nouns(doc, mentions, taken)
    if not _labour_story(doc):
        heads = _worker_heads()
        for m in mentions:
            if m.sector == "LAB" and doc[m.head].lemma_.lower() in heads:
                m.sector = "CVL"  # "port workers among the victims": civilians
    mentions.sort(key=lambda m: m.start)
    return mentions


@cache
def _worker_heads() -> frozenset[str]:
    return frozenset(lexicon("sectors")["worker_heads"])


@cache
def _labour_cues() -> re.Pattern[str]:
    words = sorted(lexicon("sectors")["labour_story_cues"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _labour_story(doc: Doc) -> bool:
    """A story of labour action (a union, wages, a strike): its workers are the labour
    sector; elsewhere workers named are civilians (sectors.json 'worker_heads')."""
    return _labour_cues().search(doc.text) is not None


@cache
def _origin_words() -> frozenset[str]:
    return frozenset(lexicon("places")["origin_words"])


def _inside_a_longer_name(ent: Span) -> bool:
    """A known organisation's name that another capitalised word, of no country, begins
    ("Karen" in "the Karen National Liberation Army"): the name of another body."""
    doc = ent.doc
    if ent.start == 0:
        return False
    before = doc[ent.start - 1]
    return (
        before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and not before.is_sent_start
        and before.ent_type_ not in ("GPE", "NORP", "PERSON")
        and country_index().lookup(before.text) is None
        and before.dep_ in ("compound", "amod", "nmod")
        and before.head.i in range(ent.start, ent.end)
    )


def _home_of_a_people(ent: Span, iso3: str) -> tuple[str, Span] | None:
    """A demonym under another country's name ("Kosovo Serbs", "Kosovo Albanians"): a
    people of that country, and the whole phrase its name. Not under an adjective, which
    may be the people's origin instead ("Chinese Americans" are Americans)."""
    doc = ent.doc
    if ent.start == 0:
        return None
    before = doc[ent.start - 1]
    if before.dep_ not in ("compound", "amod") or before.head.i not in range(ent.start, ent.end):
        return None
    hit = country_index().lookup(before.text)
    if hit is None or hit.kind != "name" or hit.country.iso3 == iso3:
        return None
    return hit.country.iso3, doc[before.i : ent.end]


def _origin_only(ent: Span) -> bool:
    """A nationality naming where a thing was made or a person born ("Chinese-made",
    "American-born", "Russian-speaking"): no actor."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text == "-"
        and doc[ent.end + 1].lower_ in _origin_words()
    )


@cache
def _backer_words() -> frozenset[str]:
    return frozenset(lexicon("places")["backer_words"])


def _backer_only(ent: Span) -> bool:
    """A name before "-backed", "-aligned", "-funded" ... marks a patron of the thing
    named after it, background to the story, not one of its actors."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text == "-"
        and doc[ent.end + 1].lower_ in _backer_words()
    )


def _favoured_only(doc: Doc, start: int) -> bool:
    """ "pro-Russian separatists", "a pro-Iran militia": the name after "pro-" is the
    side the group favours, not its country (the group's is where it is)."""
    if start == 0:
        return False
    before = doc[start - 1]
    if before.lower_ == "pro-":
        return True
    return before.text == "-" and start > 1 and doc[start - 2].lower_ == "pro"


def _installed_body(ent: Span) -> tuple[Span, str] | None:
    """ "Russian-installed officials", "the Moscow-appointed governor": the span from the
    name to the sector noun the hyphened participle modifies, and its sector."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "-":
        return None
    word = doc[ent.end + 1]
    if word.lower_ not in lexicon("sectors")["installer_words"]:
        return None
    noun = word.head
    if noun.i <= word.i or noun.i > word.i + 3 or noun.pos_ != "NOUN":
        return None
    sector = sector_of_phrase([noun]) or sector_cues().titles.get(noun.lemma_.lower())
    return (doc[ent.start : noun.i + 1], sector) if sector is not None else None


def _patron_only(doc: Doc, m: Mention) -> bool:
    """A name that is only a patron or affiliate of something else ("affiliated with
    Islamic State", "linked to al-Qaeda")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    words = lexicon("places")
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("with", "to"):
        return False
    return prep.head.lower_ in words["affiliation_words"]


def _vessel_navy(ent: Span) -> str | None:
    """The navy of a ship named with its prefix ("USS Carney")."""
    if ent.start == 0:
        return None
    return sector_cues().vessels.get(ent.doc[ent.start - 1].text)


def _named_as_place(ent: Span) -> bool:
    """A location: after a locative preposition, "the border with X", "X-based"."""
    root = ent.root
    if is_locative(root):
        return True
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if (
        before is not None
        and before.pos_ == "ADP"
        and before.dep_ == "conj"
        and before.lower_ in LOCATIVE_PREPS
    ):
        return True  # "in and around Port-au-Prince", misparsed: a place
    if (
        line := dateline(doc, after_headline=True)
    ) is not None and line.start <= ent.start < line.end:
        return True
    if direction_start(doc, ent.start) is not None:
        return True  # "mainland Azerbaijan", "northern Mali": a part of the country
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ == "based":
        return True
    if _route_end(ent):
        return True
    prep = root.head
    if root.dep_ != "pobj":
        return False
    return prep.lower_ == "with" and prep.head.lemma_.lower() in (
        "border",
        "frontier",
        "boundary",
        "crossing",
    )


@cache
def _diplomat_nouns() -> frozenset[str]:
    return frozenset(lexicon("places")["diplomat_nouns"])


def _diplomats_posted(root: Token) -> bool:
    """ "recalled its ambassadors to Bamako and Niamey", "sent an envoy to Kinshasa": the
    place a diplomat is posted to, the object of "to" on a verb whose object is a
    diplomat (spaCy's dative), is a location as well as the host government."""
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "dative":
        return False
    return any(
        child.dep_ in ("dobj", "obj") and child.lemma_.lower() in _diplomat_nouns()
        for child in prep.head.children
    )


def _coordinated_with_a_place(ent: Span) -> bool:
    """ "raids in Chisinau and Balti", "between Goma, Bukavu and Uvira": a name the
    tagger took for a person, coordinated with a place name, that the gazetteer
    knows as a town is the town."""
    root = ent.root
    partners = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head)
    if not any(t.ent_type_ in ("GPE", "LOC") for t in partners):
        return False
    return any(c.level in ("city", "admin1") for c in gazetteer().candidates(ent.text))


def _route_end(ent: Span) -> bool:
    """ "the highway between La Paz and Caranavi", "a cable between Finland and
    Estonia", "rail traffic between Vienna and Budapest", "the Nairobi-Mombasa
    highway": an end of something that runs between two places."""
    noun = place_noun(ent)
    if noun is not None and noun.lemma_.lower() in _ROUTE_NOUNS:
        return True  # "the Nairobi-Mombasa highway"
    root, prep = ent.root, ent.root.head
    if root.dep_ == "conj" and prep.dep_ == "pobj":
        root, prep = prep, prep.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "between"
        and prep.head.lemma_.lower() in _ROUTE_NOUNS
    )


@cache
def _transfer_words() -> frozenset[str]:
    return frozenset(lexicon("places")["transfer_words"])


def _receives_a_transfer(ent: Span) -> bool:
    """ "sent $60bn in military aid to Kyiv", "arms sales to Damascus": a capital to
    which something is given is its government receiving, not a place."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "to":
        return False
    words = _transfer_words()
    head = prep.head
    if head.pos_ != "VERB":
        return head.lower_ in words or head.lemma_.lower() in words
    # the verb's object, or a phrase on it: "sent $60bn in military aid to Kyiv"
    for child in head.children:
        if child.dep_ in ("dobj", "obj", "prep", "nsubjpass") and child.i != prep.i:
            for t in child.subtree:
                if t.lower_ in words or t.ent_type_ == "MONEY":
                    return True
    return False


_ROUTE_NOUNS = frozenset(lexicon("places")["route_nouns"])


def _in_a_name(ent: Span) -> bool:
    """A country inside an organisation's name: "the Law Society of Kenya",
    "the Bangladesh Garment Manufacturers and Exporters Association"."""
    root = ent.root
    cues = sector_cues()
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        owner = root.head.head
        return (
            owner.pos_ == "PROPN"
            and owner.text[:1].isupper()
            and owner.lemma_.lower() not in cues.heads
            and owner.lower_ not in cues.titles
            and owner.ent_type_ not in ("GPE", "NORP")
        )
    return False


def _names_a_thing(ent: Span) -> bool:
    """An organisation's name on one of its things ("U.N. Security Council
    resolutions", "the European Union's limit"): not the organisation acting."""
    root = ent.root
    return root.dep_ in ("compound", "poss", "nmod") and root.head.lemma_.lower() in (
        sector_cues().things
    )


@cache
def _motion_verbs() -> frozenset[str]:
    return frozenset(lexicon("places")["motion_verbs"])


@cache
def _place_of_heads() -> frozenset[str]:
    return frozenset(lexicon("places")["place_of_heads"])


def _motion_object(token: Token) -> bool:
    """A direct object of a verb of motion or attack, or the object of "the border
    with", "the invasion of": a place as well as an actor."""
    if token.dep_ in ("dobj", "obj"):
        return token.head.lemma_.lower() in _motion_verbs()
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("of", "with")
        and prep.head.lower_ in _place_of_heads()
    )


_FOCUS_MIN_POPULATION = 100_000


def _local_name(doc: Doc, m: Mention) -> bool:
    """ "insurgents known locally as al-Shabaab", "locally called Boko Haram": a name the
    story's people give a group of their own country, not the group abroad of that name."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 3:
        return False
    before = [t.lower_ for t in doc[span.start - 3 : span.start]]
    return (
        before[-1] == "as" and "locally" in before[:2] and ("known" in before or "called" in before)
    )


def _focus_country(doc: Doc, mentions: list[Mention]) -> str | None:
    """The country the story happens in: towns and regions count twice (three times in
    the lead sentence, not more: a lead's background clause names places too), country
    names and actors once."""
    # weights doubled to stay whole numbers: actors and countries 2, towns 4 (6 in the
    # lead sentence), a dateline's city 1
    counts = Counter(m.country for m in mentions if m.country and len(m.country) == 3)
    counts = Counter({k: 2 * v for k, v in counts.items()})
    counts.update(_place_weights(doc))
    counts = Counter({k: v for k, v in counts.items() if k not in NON_STATE})
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    return top if n > rest[0][1] else None


def _place_weights(doc: Doc) -> Counter[str]:
    """The place names' part of `_focus_country`, once per document (it is asked thrice)."""
    cached = doc.user_data.get("heron_place_weights")
    if cached is not None:
        return cached
    counts: Counter[str] = Counter()
    # the lead sentence says where the story happens
    lead = next(iter(doc.sents)).end_char if len(doc) else 0
    line = dateline(doc, after_headline=True)
    # where the reporter is: weak evidence
    filed_from = range(line.start, line.end) if line is not None else range(0)
    gaz = gazetteer()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") or (
            located_name(ent) and country_index().lookup(ent.text) is None
        ):
            # the place the name most likely is with no context: a region or a large
            # town, not a small town of another country spelled alike ("Borno", Borna)
            found = gaz.candidates(ent.text)
            if len({e.country for e in found if e.level == "other"}) > 1:
                continue  # "the Sahel", "the Red Sea": of several countries, no story's own
            best = choose(found, set(), _FOCUS_MIN_POPULATION, False, ent.text)
            if best is None and len({e.country for e in found}) == 1:
                best = found[0]  # a small town no other country has
            if best is not None:
                if ent.start in filed_from:
                    counts[best.country] += 1  # decides only when nothing else does
                    continue
                if best.level == "country":
                    counts[best.country] += 2  # often an actor ("North Korea denounced")
                    continue
                counts[best.country] += 6 if ent.start_char < lead else 4
    doc.user_data["heron_place_weights"] = counts
    return counts


def _non_state_body(token: Token) -> str | None:
    """The code of a non-state body named by a noun and its modifiers ("aid agencies",
    "human rights groups", "a French humanitarian organisation" -> NGO)."""
    table = sector_cues().non_state
    words = [token.lemma_.lower()]
    for child in reversed(list(token.lefts)):
        if child.dep_ not in ("compound", "amod", "nmod") or child.ent_type_ in ("GPE", "NORP"):
            break
        words.insert(0, child.lower_)
    for n in range(len(words), 0, -1):
        if (code := table.get(" ".join(words[-n:]))) is not None:
            return code
    return None


def _mass_use(token: Token) -> bool:
    """A sector noun used as a mass noun ("excessive force"): no determiner, number,
    possessor, and not plural."""
    if token.lemma_.lower() not in sector_cues().mass or token.tag_ in ("NNS", "NNPS"):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in token.lefts)


def _speaks_for(token: Token, mentions: list[Mention]) -> tuple[bool, Mention | None]:
    """For "a spokesman for X", "an official of X": (True, X's mention), or (True,
    None) when X is no actor heron knows; (False, None) without such a phrase."""
    cues = sector_cues()
    if token.lemma_.lower() not in cues.spokes | {"official", "leader", "member"}:
        return False, None
    org = _of_organisation(token, mentions)
    if org is not None:
        return True, org
    has_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in token.rights)
    return has_for, None


def _add_sector_nouns(doc: Doc, mentions: list[Mention], taken: set[int]) -> None:
    """Bare sector nouns ("the soldiers", "police", "the president"): an earlier
    mention with the same head or title word, else the story's country for domestic
    sectors; non-state bodies ("aid agencies") by their code."""
    cues = sector_cues()
    countries = country_index()
    focus = _focus_country(doc, mentions)
    by_lemma: dict[str, Mention] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    pos = 0
    for token in doc:
        while pos < len(ordered) and ordered[pos].start <= token.idx:
            m = ordered[pos]
            if m.person:  # "President William Ruto" ... "the president"
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                for word in span or ():
                    if word.lower_ in cues.titles:
                        by_lemma[word.lower_] = m
            by_lemma[doc[m.head].lemma_.lower()] = m
            pos += 1
        if token.i in taken or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.dep_ not in ("compound", "amod") and (code := _non_state_body(token)):
            _add_noun(doc, token, mentions, taken, country=code, sector=None)
            continue
        paired = _compound_head(token)
        sector = paired or cues.heads.get(token.lemma_.lower())
        if (
            sector is None
            and token.lemma_.lower() == "party"
            and any(child.lower_ in _RULING for child in token.lefts)
        ):
            sector = "PTY"  # "the ruling Zanu-PF party": a governing party, named or not
        if sector is None and token.is_sent_start and token.pos_ == "PROPN":
            # "Rebels in Mali seized ...": a plural noun opening a sentence, tagged a name
            plural = token.lower_
            sector = cues.heads.get(plural[:-1] if plural.endswith("s") else plural)
        if (
            sector is None
            or token.dep_ in ("compound", "amod")
            or (not paired and _mass_use(token))
        ):
            continue
        if any(
            child.i in taken
            or child.dep_ == "poss"
            or (
                child.ent_type_ in ("GPE", "NORP")
                and (sector != "REL" or countries.lookup(child.text) is not None)
                and not _favoured_only(doc, child.i)
                and child.lower_ not in ("pro", "pro-", "-")
            )
            for child in token.lefts
        ):
            continue  # a nationality or possessor was handled by the entity pass
            # (a religion is no nationality: "Catholic priests" are the story's)
        if _describes_a_name(token, mentions):
            continue  # "the state news agency TASS", "the state-run KCNA news agency"
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lemma_.lower() in lexicon("sectors")["membership_heads"]
            and token.head.head.dep_ == "appos"
        ):
            continue  # "X, a former member of parliament": the person's role
        if any(child.lower_ in _UNPLACED for child in token.lefts):
            continue  # "Western diplomats", "foreign journalists": no one country
        if sector != "REL" and any(_unknown_group(child) for child in token.lefts):
            continue  # "Tigrayan forces": a group heron does not know, of no country
            # (a religion is no group: "Catholic priests" are the story's)
        if token.dep_ == "appos" and any(
            m.person and m.start <= token.head.idx < m.end for m in mentions
        ):
            continue  # "Sviatlana Tsikhanouskaya, the exiled opposition leader, in
            # Brussels": the person's role, not a second actor placed where she is
        speaks, org = _speaks_for(token, mentions)
        if speaks:
            if org is not None:  # "a spokesman for the RSF": the RSF
                _add_noun(doc, token, mentions, taken, country=org.country, sector=org.sector)
            continue  # "a spokesman for the company": an actor heron does not know
        if (named := _of_country(token, mentions)) is not None:
            # "the government of the Central African Republic", "the army of Chad": the
            # country's body acting; the country's name is no second actor of its own
            named.incidental = True
            _add_noun(doc, token, mentions, taken, country=named.country, sector=sector)
            continue
        if (owner := _holding_subject(token, mentions)) is not None:
            # "The United States still has several hundred troops in the area"
            _add_noun(doc, token, mentions, taken, country=owner.country, sector=sector)
            continue
        antecedent = by_lemma.get(token.lemma_.lower())
        section = section_country(doc, token)
        if antecedent is not None and section not in (None, antecedent.country):
            antecedent = None  # "KUWAIT: The foreign ministry": not the ministry told before
        country = antecedent.country if antecedent else None
        if sector == "REF" and country is None:
            # "migrants", "asylum seekers": of the country they come from, which a bare
            # noun does not say (the country they are in is no origin)
            _add_noun(doc, token, mentions, taken, country=None, sector=sector)
            continue
        if country is None and (sector in DOMESTIC_SECTORS or (paired and sector == "JRN")):
            country = _located_in(token, mentions) or section or focus  # domestic
        if country is None and sector in ("REB", "PRM", "PTY"):
            country = _located_in(token, mentions)  # "militias in Sudan", not the focus
        if country is None:
            continue
        sector = antecedent.sector if antecedent else sector
        _add_noun(doc, token, mentions, taken, country=country, sector=sector)


_UNPLACED = frozenset(lexicon("attribution")["unplaced_modifiers"])


def _describes_a_name(token: Token, mentions: list[Mention]) -> bool:
    """A sector noun whose phrase holds the name of an organisation heron knows, or that
    the name follows ("the state-run KCNA news agency", "the state news agency TASS"):
    a description of the named actor, not a second one."""
    doc = token.doc
    names = _registry_tokens(doc, mentions)
    if token.i + 1 < len(doc) and token.i + 1 in names:
        return True
    return any(i in names for i in range(token.left_edge.i, token.i))


def _registry_tokens(doc: Doc, mentions: list[Mention]) -> set[int]:
    """Tokens of the organisations heron knows by name (not people, places)."""
    out: set[int] = set()
    for m in mentions:
        if m.kind == "registry" and not m.person:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
    return out


@cache
def _holding_verbs() -> frozenset[str]:
    return frozenset(lexicon("sectors")["holding_verbs"])


def _holding_subject(token: Token, mentions: list[Mention]) -> Mention | None:
    """The country (or its government) that is the subject of a verb of holding whose
    object is the sector noun ("Russia keeps about 1,500 soldiers in Transnistria")."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in _holding_verbs():
        return None
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        for m in mentions:
            if (
                m.kind in ("name", "government")
                and m.country is not None
                and m.country not in NON_STATE
                and m.start <= subject.idx < m.end
            ):
                return m
    return None


def _of_country(token: Token, mentions: list[Mention]) -> Mention | None:
    """A bare country name as the 'of' object of a sector noun ("the government of
    Chad"), the mention of that country."""
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or any(c.dep_ == "conj" for c in obj.children):
                continue  # "the envoys of South Korea, the United States and Japan"
            for m in mentions:
                if (
                    m.kind == "name"
                    and m.sector is None
                    and m.country is not None
                    and m.country not in NON_STATE
                    and m.start <= obj.idx < m.end
                ):
                    return m
    return None


def _unknown_group(child: Token) -> bool:
    """A one-word name of a group or people that is no country, capital or registry
    name, modifying a sector noun ("Tigrayan forces", "Amhara militias")."""
    if child.dep_ not in ("compound", "amod") or child.ent_type_ not in ("ORG", "NORP"):
        return False
    doc = child.doc
    ent = next((e for e in doc.ents if e.start <= child.i < e.end), None)
    if ent is None or len(ent) != 1 or not child.text[:1].isupper():
        return False
    return country_index().lookup(ent.text) is None and registry().lookup(ent.text) is None


def _compound_head(token: Token) -> str | None:
    """The sector of a two-word head ("opposition parties", "state media") or of a
    modifier cue right before a generic government head ("hospital officials")."""
    if token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.head.i != token.i or before.dep_ not in ("compound", "amod", "nmod"):
        return None
    cues = sector_cues()
    return (
        cues.heads.get(f"{before.lower_} {token.lower_}")
        or cues.heads.get(f"{before.lower_} {token.lemma_.lower()}")
        or (
            cues.modifiers.get(before.lower_)
            if cues.heads.get(token.lemma_.lower()) == "GOV"
            else None
        )
    )


def _located_in(token: Token, mentions: list[Mention]) -> str | None:
    """The country of the place a domestic body is in ("a federal court in Texas",
    "police in Zawiya"): a country or capital named there, else a place the gazetteer
    knows of one country; else the scene a sentence opens with, in this sentence or the
    one before in the paragraph ("In Brussels, farmers drove tractors ... Police used
    water cannon")."""
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (country := _place_country(obj, mentions)) is not None:
                return country
    doc = token.doc
    sent = token.sent
    sents = [sent]
    if sent.start > 0:
        before = doc[sent.start - 1].sent
        if "\n" not in doc[before.start : sent.start].text:
            sents.append(before)
    for s in sents:
        first = s[0]
        if first.lower_ != "in" or first.dep_ != "prep" or first.head.dep_ != "ROOT":
            continue
        for obj in first.children:
            if obj.dep_ == "pobj" and (country := _place_country(obj, mentions)) is not None:
                return country
    return None


_SECTION_HEAD = re.compile(r"(?m)^(?:[-\u2022*]\s*)?([A-Z][A-Z .'-]{2,30}?)\s*[:\u2014\u2013-]\s")


def section_country(doc: Doc, token: Token) -> str | None:
    """In a regional brief whose sections open with a country in capitals ("ANGOLA:
    Police in Luanda detained ..."), the country of the section a word is in; None in a
    text of fewer than two such sections (a dateline opens one)."""
    heads = doc.user_data.get("heron_section_heads")
    if heads is None:
        heads = []
        for m in _SECTION_HEAD.finditer(doc.text):
            hit = country_index().lookup(m.group(1).strip().title())
            if hit is not None and hit.kind == "name":
                heads.append((m.start(), hit.country.iso3))
        doc.user_data["heron_section_heads"] = heads = heads if len(heads) >= 2 else []
    before = [iso for start, iso in heads if start <= token.idx]
    return before[-1] if before else None


def _place_country(obj: Token, mentions: list[Mention]) -> str | None:
    for m in mentions:
        if m.country and len(m.country) == 3 and m.start <= obj.idx < m.end:
            return m.country if m.country not in NON_STATE else None
    if obj.ent_type_ in ("GPE", "LOC"):
        ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
        found = gazetteer().candidates(ent.text) if ent is not None else []
        if found and len({e.country for e in found}) == 1:
            return found[0].country
    for child in obj.children:  # "in Cameroon's North-West region": the possessor's
        if child.dep_ == "poss" and child.i < obj.i:
            return _place_country(child, mentions)
    return None


def _add_noun(
    doc: Doc,
    token: Token,
    mentions: list[Mention],
    taken: set[int],
    *,
    country: str | None,
    sector: str | None,
) -> None:
    span = noun_phrase(token)
    while span.start < token.i and (
        span[0].like_num or span[0].pos_ in ("NUM", "ADV", "ADP", "DET")
    ):
        span = doc[span.start + 1 : span.end]
    mention = _mention(doc, span, country=country, sector=sector, kind="noun")
    mention.head = token.i
    mentions.append(mention)
    taken.update(range(span.start, span.end))


def actors_of(mentions: list[Mention]) -> list[Mention]:
    """One mention per distinct (country, sector) named as an actor (first mention wins)."""
    seen: dict[tuple[str | None, str | None], Mention] = {}
    for m in mentions:
        if m.locative or m.incidental or (m.country is None and m.sector != "REF"):
            continue
        seen.setdefault(m.key, m)
    return list(seen.values())


@stage("actors.registry.v1", reads=("doc", "published"), writes=("mentions", "focus"))
def make_actors(settings: Mapping[str, Any]):
    def run(analysis: Analysis) -> Analysis:
        analysis.mentions = find_mentions(analysis.doc, analysis.published)
        analysis.focus = _focus_country(analysis.doc, analysis.mentions)
        return analysis

    return run
