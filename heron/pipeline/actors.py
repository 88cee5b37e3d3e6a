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
from heron.pipeline.registry import stage
from heron.pipeline.syntax import is_locative, noun_phrase
from heron.records import Analysis

# bare sector nouns with no antecedent ("the army", "police") are of the story's country
DOMESTIC_SECTORS = frozenset(
    {"COP", "CVL", "GOV", "LEG", "JUD", "OPP", "LAB", "EDU", "MED", "MIL", "CRM", "REF"}
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
    also_place: bool = False  # an actor named where something happens ("aid reached Sudan")
    person: bool = False

    @property
    def key(self) -> tuple[str | None, str | None]:
        return (self.country, self.sector)


@dataclass(frozen=True)
class SectorCues:
    modifiers: dict[str, str]
    heads: dict[str, str]
    titles: dict[str, str]
    people: frozenset[str]
    proxies: dict[str, str | None]
    event_nouns: frozenset[str]


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
    )


def sector_of_phrase(tokens: list[Token]) -> str | None:
    """Sector from a noun phrase's words: a modifier cue beats the head's cue."""
    cues = sector_cues()
    if not tokens:
        return None
    head = tokens[-1]
    words = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    for i in range(len(tokens) - 1):
        pair = " ".join(words[i : i + 2])
        if pair in cues.heads and i + 2 == len(tokens):
            return cues.heads[pair]
        if pair in cues.modifiers:
            return cues.modifiers[pair]
        if words[i] in cues.modifiers and tokens[i].pos_ in ("NOUN", "ADJ", "PROPN"):
            return cues.modifiers[words[i]]
    return (
        cues.heads.get(head.lemma_.lower())
        or cues.heads.get(lemmas[-1])
        or cues.heads.get(head.lower_)
    )


def _mention(doc: Doc, span: Span, **fields: Any) -> Mention:
    return Mention(
        start=span.start_char, end=span.end_char, text=span.text, head=span.root.i, **fields
    )


def _expand_modifier(ent: Span) -> tuple[Span, Token] | None:
    """For an adjective or possessor entity, the noun phrase it modifies and its head
    ("North Korean soldiers", "Ukraine's military"): only over modifiers, never
    across punctuation or numbers."""
    root = ent.root
    head = root.head
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
        or t.pos_ in ("VERB", "ADP", "DET")
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


def _person_country(ent: Span, start: int, mentions: list[Mention]) -> str | None:
    """A person's country from a nationality word before the title, or an appositive."""
    doc = ent.doc
    for m in mentions:
        tok = doc[m.head] if m.head < len(doc) else None
        if tok is None or m.country is None:
            continue
        # "South Korean MP Lee": an adjective or country right before the title
        if (
            m.kind in ("adjective", "country")
            and 0 <= start - doc[m.head].i <= 3
            and m.end <= doc[start].idx
        ):
            return m.country
    root = ent.root
    for child in root.rights:
        if child.dep_ != "appos":
            continue
        end = child.right_edge.idx + len(child.right_edge)
        for m in mentions:
            if m.country and child.left_edge.idx <= m.start and m.end <= end:
                return m.country
    return None


def find_mentions(doc: Doc, published: str | None) -> list[Mention]:
    reg = registry()
    countries = country_index()
    mentions: list[Mention] = []
    taken: set[int] = set()

    def add(m: Mention, span: Span) -> None:
        mentions.append(m)
        taken.update(range(span.start, span.end))

    persons: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"):
            continue
        entry = reg.lookup(ent.text)
        seat = countries.lookup(ent.text) if entry is not None else None
        if seat is not None and seat.kind == "government" and is_locative(ent.root):
            entry = None  # "a conference in Brussels": the city, not the EU
        if entry is not None:
            country, sector = entry.resolve(published)
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
                canonical=entry.canonical,
                person=entry.kind == "person",
            )
            add(mention, span)
            continue
        hit = countries.lookup(ent.text)
        if hit is None:
            if ent.label_ == "PERSON":
                persons.append(ent)
            continue
        iso3 = hit.country.iso3
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
                locative=hit.kind == "name" and is_locative(ent.root),
            )
            mention.also_place = hit.kind == "name" and _motion_object(ent.root)
            add(mention, ent)
        else:  # a capital or seat of government
            expanded = _expand_modifier(ent)
            if expanded is not None and (sector := sector_of_phrase([expanded[1]])) is not None:
                add(
                    _mention(doc, expanded[0], country=iso3, sector=sector, kind="government"),
                    expanded[0],
                )
                continue  # "Paris police", "Moscow officials"
            locative = is_locative(ent.root)
            add(
                _mention(
                    doc,
                    ent,
                    country=iso3,
                    sector=None if locative else "GOV",
                    kind="government",
                    locative=locative,
                ),
                ent,
            )
    for ent in persons:
        sector, span = _person_title(ent)
        country = _person_country(ent, span.start, mentions)
        if country is not None:
            add(
                _mention(doc, span, country=country, sector=sector, kind="person", person=True),
                span,
            )
    _add_sector_nouns(doc, mentions, taken)
    mentions.sort(key=lambda m: m.start)
    return mentions


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


def _focus_country(doc: Doc, mentions: list[Mention]) -> str | None:
    """The country the story happens in: places count twice, actors once."""
    counts = Counter(m.country for m in mentions if m.country and len(m.country) == 3)
    gaz = gazetteer()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC"):
            found = gaz.candidates(ent.text)
            if found:
                counts[found[0].country] += 1 if found[0].level == "country" else 2
    counts = Counter(
        {k: v for k, v in counts.items() if k not in ("IGO", "UNO", "EUR", "NGO", "IMG")}
    )
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    return top if n > rest[0][1] else None


def _add_sector_nouns(doc: Doc, mentions: list[Mention], taken: set[int]) -> None:
    """Bare sector nouns ("the soldiers", "police"): an earlier mention with the
    same head word, else the story's country for domestic sectors."""
    cues = sector_cues()
    focus = _focus_country(doc, mentions)
    by_lemma: dict[str, Mention] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    pos = 0
    for token in doc:
        while pos < len(ordered) and ordered[pos].start <= token.idx:
            m = ordered[pos]
            by_lemma[doc[m.head].lemma_.lower()] = m
            pos += 1
        if token.i in taken or token.pos_ not in ("NOUN", "PROPN"):
            continue
        sector = cues.heads.get(token.lemma_.lower())
        if sector is None or token.dep_ in ("compound", "amod"):
            continue
        if any(
            child.i in taken or child.dep_ == "poss" or child.ent_type_ in ("GPE", "NORP")
            for child in token.lefts
        ):
            continue  # a nationality or possessor was handled by the entity pass
        antecedent = by_lemma.get(token.lemma_.lower())
        country = antecedent.country if antecedent else None
        if country is None and sector in DOMESTIC_SECTORS:
            country = focus
        if country is None:
            continue
        span = noun_phrase(token)
        while span.start < token.i and (
            span[0].like_num or span[0].pos_ in ("NUM", "ADV", "ADP", "DET")
        ):
            span = doc[span.start + 1 : span.end]
        mention = _mention(
            doc,
            span,
            country=country,
            sector=antecedent.sector if antecedent else sector,
            kind="noun",
        )
        mention.head = token.i
        mentions.append(mention)
        taken.update(range(span.start, span.end))


def actors_of(mentions: list[Mention]) -> list[Mention]:
    """One mention per distinct (country, sector) named as an actor (first mention wins)."""
    seen: dict[tuple[str | None, str | None], Mention] = {}
    for m in mentions:
        if m.locative or m.country is None:
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
