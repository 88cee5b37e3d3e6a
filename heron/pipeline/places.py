"""Stage places: toponyms used as locations, resolved in the gazetteer.

A name is a place when it is a location entity, or a country or capital
named in a locative phrase ("in Russia", "to Pyongyang"); nationality
adjectives and governments are actors, not places. Candidates are ranked by
the document's country context, then by population (a town named by its own
name before one named by an alternate spelling). A name the gazetteer does not
hold is looked for, in the countries the story is about, among GeoNames'
smaller places, under a region's other spellings ("Mangystau" for
"Mangghystau"), and as a part of a town ("North Mitrovica"). A region's name on
an organisation ("Papua police") is no place. Named features (seas,
straits, crossings) come from the gazetteer's feature table; facilities and
streets ("Ofer prison", "Kenyatta Avenue") are located at the place the text
puts them in.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Span

from heron.knowledge import lexicon
from heron.knowledge.countries import index as country_index
from heron.knowledge.gazetteer import REGION_WORDS, Entry, Gazetteer, gazetteer, normalise
from heron.knowledge.registry import registry
from heron.pipeline.registry import stage
from heron.pipeline.syntax import (
    dateline,
    dateline_city,
    governing_prep,
    is_locative,
    title_words,
)
from heron.records import Analysis, Place

NOT_PLACES = frozenset(lexicon("places")["not_places"])
RELATIONAL_NOUNS = frozenset(lexicon("places")["relational_nouns"])
ORGANISATION_NOUNS = frozenset(lexicon("places")["organisation_nouns"])


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place
    head: int  # token index
    first: int = 0  # token span
    last: int = 0
    within: str | None = None  # a facility's anchor place ("Rustaveli Avenue" -> "Tbilisi")
    by_class_word: bool = False  # "Kware village": a settlement found by its class word


def choose(
    candidates: list[Entry],
    context: set[str],
    min_population: int,
    explicit_region: bool,
    name: str = "",
    weights: Mapping[str, int] | None = None,
) -> Entry | None:
    """The entry a name most likely is: a country's, region's or big town's, and one of a
    country in the context (a country the story names more often a little more so:
    "San Jose" in a Costa Rica story that once names the US State Department)."""
    if not candidates:
        return None
    key = normalise(name)
    # a town of a context country a fiftieth the size of a namesake elsewhere needs
    # more than its country being named ("Vienna" in a story naming the United States)
    biggest = max((e.population for e in candidates if e.level == "city"), default=0)

    def score(e: Entry) -> float:
        # its own name, not an alias ("Pokrovsk" in Donetsk, not Engels, once Pokrovsk)
        s = 1.0 if key and normalise(e.name) == key else 0.0
        if e.country in context and not (e.level == "city" and e.population * 50 < biggest):
            s += 10.0
            if weights and e.level in ("city", "admin1"):  # towns of one name
                s += min(2.0, 0.75 * (weights.get(e.country, 1) - 1))
        if e.level == "country":
            s += 20.0
        if e.level == "admin1":
            s += 8.0 if explicit_region else 4.5  # beats a town under ~30,000 of the same name
        if e.level == "city":
            s += math.log10(max(e.population, 1))
        if e.level == "other":
            s += 15.0  # a named feature: the curated table knows the exact name
        return s

    best = max(candidates, key=score)
    if best.level == "city" and best.country not in context and best.population < min_population:
        return None
    if best.level == "admin1" and context and best.country not in context and _common_word(key):
        return None  # "the Plateau district" of a Senegal story: not Benin's Plateau
    return best


def _common_word(key: str) -> bool:
    """A region named by a common English word ("Plateau", "Centre", "Lakes", "Coast"),
    with or without its region word ("the Plateau district")."""
    words = key.split()
    while len(words) > 1 and words[-1] in REGION_WORDS:
        words = words[:-1]
    return " ".join(words) in _COMMON_WORDS


_COMMON_WORDS = frozenset(lexicon("places")["common_word_regions"])


_SETTLEMENTS = frozenset(
    {"city", "town", "village", "region", "province", "district", "camp", "area", "port"}
)


_MODIFIED_NOUNS = frozenset(
    {*REGION_WORDS, *_SETTLEMENTS, "highway", "road", "railway", "corridor", "airport"}
)


def place_noun(ent: Any) -> Any:
    """The place noun a name modifies, alone or coordinated ("the Kherson and
    Zaporizhzhia regions", "the Kabul-Kandahar highway", "the Jenin camp"), else None."""
    token = ent.root
    for _ in range(4):  # up a coordination, or a name compounded with the next name
        coordinated = token.dep_ == "conj" and token.head.i < token.i
        compounded = (
            token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i
        )
        if not (coordinated or compounded):
            break
        token = token.head
    head = token.head
    if (
        token.dep_ in ("compound", "nmod", "amod")
        and token.pos_ == "PROPN"
        and ent.end <= head.i <= ent.end + 4
        and head.lemma_.lower() in _MODIFIED_NOUNS
        and not head.text[:1].isupper()
    ):
        return head
    return None


def located_name(ent: Any) -> bool:
    """A name NER took for a person or thing, standing where a place stands
    ("near Ber", "the city of Khan Younis", "the Kherson and Zaporizhzhia regions")."""
    if ent.label_ not in ("PERSON", "ORG", "PRODUCT", "NORP"):
        return False
    if place_noun(ent) is not None and (
        ent.label_ != "NORP" or country_index().lookup(ent.text) is None
    ):
        return True  # "the Sindh and Punjab provinces": no nationality, whatever NER says
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _SETTLEMENTS:
        return True
    return is_locative(ent.root) and head.lower_ in (
        "in",
        "near",
        "at",
        "outside",
        "around",
        "into",
        "from",
        "towards",
        "toward",
    )


def _qualifying_country(doc: Any, ent: Any, gaz: Any) -> str | None:
    """'Paris, Texas' / 'Kharkiv, Ukraine': the region or country named right after."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    for other in doc.ents:
        if other.start == ent.end + 1 and other.label_ in ("GPE", "LOC"):
            found = [c for c in gaz.candidates(other.text) if c.level in ("country", "admin1")]
            return found[0].country if found else None
    return None


def _context_name(ent: Any, gaz: Gazetteer, context: set[str]) -> bool:
    """A name NER took for a person or organisation that the gazetteer knows as a
    region or town of a country the story is about ("covering Cotopaxi and four
    other provinces", "two landed near Kiryat Shmona"), or for a people ("Malian
    soldiers entered Kidal")."""
    if ent.label_ not in ("PERSON", "ORG", "PRODUCT", "NORP") or not ent.text[:1].isupper():
        return False
    if registry().lookup(ent.text) is not None or country_index().lookup(ent.text):
        return False
    if ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound", "nmod"):
        return False  # "Amhara fighters": a people's name on a noun ("entered Kidal" is a town)
    if ent.root.dep_ in ("nsubj", "nsubjpass") and ent.label_ == "PERSON":
        return False  # people act and speak
    return any(
        c.country in context and c.level in ("admin1", "city") for c in gaz.candidates(ent.text)
    )


_PART_WORDS = ("north", "south", "east", "west", "upper", "lower", "old", "new", "central")


def _unlisted(gaz: Gazetteer, name: str, context: set[str], *, small: bool) -> Entry | None:
    """A place of a country the story is about that the main tables lack: a region's
    other spelling, a part of a town ("North Mitrovica" at Mitrovica), or, for a name
    in a locative phrase (`small`), one of GeoNames' smaller places ("the town of Isa",
    "near Rueso")."""
    if not context or not name[:1].isupper():
        return None
    regions = [e for e in gaz.admin1_spelled(name) if e.country in context]
    if regions:
        return regions[0]
    words = name.split()
    if len(words) > 1 and words[0].lower() in _PART_WORDS:
        rest = " ".join(words[1:])
        towns = [e for e in gaz.candidates(rest) if e.level == "city" and e.country in context]
        if towns:
            return towns[0]
    if not small:
        return None
    towns = [e for e in gaz.small_towns(name) if e.country in context]
    if not towns and len(name) >= 5:  # "Tal Tamr": GeoNames' "Tall Tamr"
        towns = [e for e in gaz.respelled(name) if e.country in context]
    return towns[0] if towns else None


_CLASS_WORDS = frozenset({"village", "town", "township", "hamlet", "settlement"})


def _named_with_class_word(gaz: Gazetteer, words: list[str], context: set[str]) -> Entry | None:
    """ "Kware village", "Baidoa town": a settlement its class word names, at the town
    of that name in a country the story is about (GeoNames' smaller places too); the
    class word makes it a settlement, so no population floor applies."""
    if words[-1].lower() not in _CLASS_WORDS:
        return None
    stem = " ".join(words[:-1])
    towns = [e for e in gaz.candidates(stem) if e.level == "city" and e.country in context]
    if towns:
        return max(towns, key=lambda e: e.population)
    return _unlisted(gaz, stem, context, small=True)


_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du", "des", "la", "el"})


def longer_name(ent: Any) -> Any:
    """ "Mocimboa da Praia", "Sao Jose dos Campos": the name a tagged town ends (after a
    particle and a capitalised name) when the gazetteer knows the whole, else None."""
    doc = ent.doc
    i = ent.start
    if i < 2 or doc[i - 1].lower_ not in _PARTICLES or not doc[i - 2].text[:1].isupper():
        return None
    start = i - 2
    while start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start:
        start -= 1
    for first in range(start, i - 1):
        span = doc[first : ent.end]
        if gazetteer().candidates(span.text):
            return Span(doc, first, ent.end, label="GPE")
    return None


def hyphenated_name(ent: Any) -> Any:
    """ "Mazar-e Sharif", "Dar es-Salaam": the name a tagged last word ends when the words
    before it are joined to it by hyphens and the gazetteer knows the whole, else None."""
    doc = ent.doc
    i = ent.start
    if i < 2 or doc[i - 1].text != "-" and not (i > 2 and doc[i - 2].text == "-"):
        return None
    for first in range(max(0, i - 4), i - 1):
        words = doc[first:i]
        if not doc[first].text[:1].isupper() or any(t.is_space or t.pos_ == "ADP" for t in words):
            continue
        span = doc[first : ent.end]
        if any(t.whitespace_ and t.text == "-" for t in words):
            continue  # "Kabul - Kandahar": two names
        if gazetteer().candidates(span.text):
            return Span(doc, first, ent.end, label="GPE")
    return None


def _with_region_word(doc: Any, ent: Any) -> Any:
    """ "Deir ez-Zor province", "Sokoto state": a name NER tagged without the region
    word right after it; the whole names the region, not its namesake town, when the
    gazetteer knows the region."""
    if ent.end >= len(doc) or ent.label_ not in ("GPE", "LOC"):
        return ent
    after = doc[ent.end]
    if after.lower_ not in REGION_WORDS or ent.root.head.i != after.i:
        return ent
    whole = Span(doc, ent.start, ent.end + 1, label=ent.label_)
    # a district the region table lacks ("the Kotli district") stays its town
    return whole if gazetteer().candidates(whole.text) else ent


def _inside_a_name(ent: Any) -> bool:
    """ "the African Union Support and Stabilisation Mission in Somalia (AUSSOM)": a
    place after "in", "of" or "for" ending a capitalised name that its acronym follows
    names the body, not a location ("the Coast Guard Headquarters in Naha" is in
    Naha)."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "of", "for") or prep.i == 0:
        return False
    noun = prep.head
    if noun.i != prep.i - 1 or noun.pos_ not in ("PROPN", "NOUN") or not noun.is_title:
        return False
    if (
        noun.lower_ in _PLACE_HEADS
        or noun.lower_ in _PART_WORDS
        or noun.ent_type_ in ("GPE", "LOC")
    ):
        return False  # "the Gulf of Aden", "the City of London", "North of Kyiv"
    doc = ent.doc
    before = doc[noun.i - 1]
    if not before.is_title or before.is_sent_start or noun.is_sent_start:
        return False
    # the name's acronym follows: "... Mission in Somalia (AUSSOM)"
    return (
        ent.end + 2 < len(doc)
        and doc[ent.end].text == "("
        and doc[ent.end + 1].is_upper
        and doc[ent.end + 2].text == ")"
    )


def _describes_a_named_place(ent: Any, entry: Entry) -> bool:
    """ "the Red Sea port of Assab", "the Black Sea city of Odesa": a sea or other
    feature before a settlement noun that its "of" names describes where the named one
    lies; the named one is the place (a region there contains it: "the Gaza Strip city
    of Khan Younis" names both)."""
    if entry.level != "other":
        return False
    root = ent.root
    noun = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or noun.i != ent.end:
        return False
    if noun.lemma_.lower() not in _SETTLEMENTS:
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(obj.dep_ == "pobj" and obj.text[:1].isupper() for obj in child.children)
        for child in noun.rights
    )


def _trim_tail(doc: Any, ent: Any) -> Any:
    """ "Isa in" -> "Isa": an entity span that ran over a preposition or punctuation."""
    end = ent.end
    while end - 1 > ent.start and doc[end - 1].pos_ in ("ADP", "PUNCT", "CCONJ"):
        end -= 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _first_name(ent: Any, entry: Entry) -> bool:
    """ "Rosario Murillo": a one-word town name that begins a person's name (the next
    word a capitalised name outside any entity, no region or facility word)."""
    doc = ent.doc
    if entry.level != "city" or len(ent) != 1 or ent.end >= len(doc):
        return False
    after = doc[ent.end]
    word = after.lower_
    return (
        after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and not after.ent_type_
        and ent.root.head.i == after.i
        and word not in REGION_WORDS
        and word not in _SETTLEMENTS
        and word not in facility_cues().heads
    )


_PLACE_HEADS = frozenset({*REGION_WORDS, *_SETTLEMENTS, "city", "oblast", "krai", "kray"})


def name_goes_on(ent: Any) -> Any:
    """The capitalised word a town or region name is part of when the name goes on
    past it ("the Kyiv School of Economics", "the Toyota Camry", "the Kathmandu Post",
    "the Sinaloa Cartel"), else None. A region, settlement or facility word ends a
    place's own name ("Kharkiv Oblast", "Gaza City", "Mosul Airport"); a facility word
    followed by "of" and a name is an institution ("School of Economics")."""
    doc = ent.doc
    root = ent.root
    if ent.end >= len(doc) or root.dep_ not in ("compound", "nmod", "amod"):
        return None
    head = root.head
    if head.i < ent.end or head.i > ent.end + 3:
        return None
    words = doc[ent.end : head.i + 1]
    if not all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") for t in words):
        return None
    if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in words):
        return None  # "Kherson Zaporizhzhia": two places
    if doc[ent.start].is_sent_start and all(t.is_title for t in doc[ent.start : ent.start + 8]):
        return None  # a title-case headline
    word = head.lower_
    if word in _PLACE_HEADS or head.lemma_.lower() in _PLACE_HEADS:
        return None
    if word in facility_cues().heads or word in facility_cues().plural_heads:
        after = doc[head.i + 1] if head.i + 1 < len(doc) else None
        named = (
            after is not None
            and after.lower_ == "of"
            and head.i + 2 < len(doc)
            and doc[head.i + 2].text[:1].isupper()
        )
        return head if named else None
    return head


def _surnames(doc: Any, gaz: Gazetteer) -> set[str]:
    """Names the document uses as people's surnames: the last word of a person entity,
    and a town's name right after a given name outside any entity ("Ramiro Valenzuela",
    "Carlos Mendoza": the ruler tagged the surname as a town)."""
    out = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    cues = facility_cues()
    for ent in doc.ents:
        if ent.label_ != "GPE" or len(ent) != 1 or ent.start == 0:
            continue
        before = doc[ent.start - 1]
        word = before.lower_
        if (
            before.pos_ == "PROPN"
            and before.text[:1].isupper()
            and before.text.isalpha()
            and not before.ent_type_
            and before.head.i == ent.root.i
            and before.dep_ in ("compound", "flat", "nmod")
            and word not in REGION_WORDS
            and word not in _SETTLEMENTS
            and word not in _PART_WORDS
            and word not in cues.heads
            and word not in title_words()
            and (not gaz.candidates(before.text) or _acts_as_a_person(ent.root))
            and country_index().lookup(before.text) is None
        ):
            out.add(ent.text)
    return out


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(lexicon("attribution")["verbs"])


def _acts_as_a_person(token: Any) -> bool:
    """ "said Maria Santos, the group's coordinator": a name that speaks or has an
    appositive noun that is no place word is a person's ("Kharkiv, the second city",
    "Kano, the state capital" stay places)."""
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in _speech_verbs():
        return True
    return any(
        child.dep_ == "appos"
        and child.pos_ == "NOUN"
        and child.lemma_.lower() not in _PLACE_HEADS
        and child.lemma_.lower() not in ("capital", "hub", "home", "stronghold", "seat")
        for child in token.children
    )


def _names_an_organisation(ent: Any, entry: Entry) -> bool:
    """ "Papua police spokesman", "Hela police": a region's name on an organisation
    or its people (a city's court or a country's name is handled elsewhere)."""
    if entry.level != "admin1" or ent.root.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = ent.root.head
    return head.i >= ent.end and head.lemma_.lower() in ORGANISATION_NOUNS


def _hyphen_modifier(ent: Any) -> bool:
    """A name hyphened to a lowercase word ("London-based", "Tehran-backed") is part
    of an adjective, not a place named by the text."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "-" or doc[ent.end].whitespace_:
        return False
    after = doc[ent.end + 1]
    return after.is_lower and after.is_alpha and not ent[-1].whitespace_


def _possessor_of_a_thing(ent: Any) -> bool:
    """ "Shipments to China, South Korea's largest market", "at Japan's embassy": a
    possessor in a locative phrase whose head is no place word owns the thing named;
    the thing (or the phrase's object) is where, not the possessor."""
    root = ent.root
    if root.dep_ != "poss":
        return False
    head = root.head
    word = head.lemma_.lower()
    if word in _PLACE_HEADS or head.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return word not in ("capital", "north", "south", "east", "west", "border", "coast")


def _partner_object(ent: Any) -> bool:
    """ "links to Israel", "ties with Russia": a partner, not a location."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "with"):
        return False
    if prep.head.lemma_.lower() in RELATIONAL_NOUNS:
        return True
    # "making concessions to Baku": the preposition hangs on the verb of the noun
    return prep.head.pos_ == "VERB" and any(
        child.dep_ == "dobj" and child.lemma_.lower() in RELATIONAL_NOUNS
        for child in prep.head.children
    )


def _km(lat1: float, lon1: float, lat2: float | None, lon2: float | None) -> float:
    if lat2 is None or lon2 is None:
        return 0.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(a))


DIRECTIONS: dict[str, str] = lexicon("places")["direction_adjectives"]


_COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def direction_start(doc: Any, start: int) -> int | None:
    """The first token of a direction word before token `start` ("northern", "north-
    eastern", "north-east", "northeast" before "Syria"), None if there is none."""
    if start == 0:
        return None
    word = doc[start - 1].lower_
    if word not in DIRECTIONS and word not in _COMPASS:
        return None
    first = start - 1
    if first >= 2 and doc[first - 1].text == "-" and doc[first - 2].lower_ in ("north", "south"):
        first -= 2  # "north-eastern", "south-west"
    return first


def _part_of_country(doc: Any, ent: Any, entry: Entry) -> Any:
    """ "northern Syria", "across southern Peru", "in north-east Nigeria": a part of a
    country named by a direction word is a location in that country (a country-level
    place, named as written)."""
    if entry.level != "country":
        return None
    first = direction_start(doc, ent.start)
    return None if first is None else doc[first : ent.end]


def _trim_article(doc: Any, ent: Any) -> Any:
    """ "the Red Sea" -> "Red Sea"."""
    if len(ent) > 1 and ent[0].lower_ == "the":
        return doc[ent.start + 1 : ent.end]
    return ent


@dataclass(frozen=True)
class FacilityCues:
    heads: frozenset[str]
    plural_heads: dict[str, str]
    modifiers: frozenset[str]


@cache
def facility_cues() -> FacilityCues:
    raw = lexicon("facilities")
    return FacilityCues(
        heads=frozenset(raw["heads"]),
        plural_heads=dict(raw["plural_heads"]),
        modifiers=frozenset(raw["modifiers"]),
    )


def _name_before(doc: Any, end: int) -> int:
    """Start of the capitalised name ending right before token `end` ("Al-Shifa")."""
    start = end
    while start > 0:
        tok = doc[start - 1]
        if (
            tok.text[:1].isupper()
            and tok.pos_ in ("PROPN", "NOUN", "ADJ", "X")
            or (
                tok.text in ("-", "'", "\u2019")
                and start - 2 >= 0
                and doc[start - 2].text[:1].isupper()
            )
        ):
            start -= 1
        else:
            break
    while start < end and doc[start].is_sent_start and doc[start].pos_ != "PROPN":
        start += 1
    return start


def facility_spans(doc: Any) -> list[tuple[int, int, int]]:
    """(start, end, head) token spans of named facilities: a capitalised name, optional
    modifier words, and a facility head ("Saudi Hospital", "Adre border crossing");
    before a plural head each coordinated name is one ("Domodedovo and Zhukovsky airports")."""
    cues = facility_cues()
    countries = country_index()
    out: list[tuple[int, int, int]] = []
    for tok in doc:
        word = tok.lower_
        plural = word in cues.plural_heads
        if word not in cues.heads and not plural:
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN":
            continue  # the name goes on: "Lawmaker Park Sun-won", "Israel Prison Service"
        if (
            after is not None
            and after.lower_ == "of"
            and tok.lemma_.lower() in _SETTLEMENTS
            and tok.i + 2 < len(doc)
            and doc[tok.i + 2].text[:1].isupper()
        ):
            continue  # "the Black Sea port of Novorossiysk": the port is the town named
        end = tok.i
        while end > 0 and doc[end - 1].lower_ in cues.modifiers:
            end -= 1
        start = _name_before(doc, end)
        if start == end:
            continue
        name = doc[start:end].text
        if registry().lookup(name) is not None:
            continue
        hit = countries.lookup(name)
        if hit is not None and not tok.text[:1].isupper():
            continue  # "an Israeli checkpoint", "the Russian embassy"
        if all(t.ent_type_ == "NORP" for t in doc[start:end]):
            continue  # "Asian and European ports"
        if plural:
            out.append((start, end, tok.i))
            before = start - 1
            while before > 0 and doc[before].lower_ in ("and", ","):
                first = _name_before(doc, before)
                if first == before:
                    break
                out.append((first, before, tok.i))
                before = first - 1
        else:
            out.append((start, tok.i + 1, tok.i))
    return out


def _settlement_names(doc: Any) -> list[Span]:
    """'the town of Kupiansk': a name NER left untagged after a settlement noun."""
    in_entity = {t.i for ent in doc.ents for t in ent}
    spans = []
    for token in doc:
        settlement = token.lower_ == "of" and token.head.lemma_.lower() in _SETTLEMENTS
        if not settlement and (token.lower_ not in _PLACE_PREPS or token.dep_ != "prep"):
            continue
        start = token.i + 1
        end = start
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].i not in in_entity:
            end += 1
        if end == start:
            continue
        # "fled toward Rafah", "from Timbuktu towards Gao": an untagged name as the
        # object of a place preposition (the gazetteer still has to know it)
        if settlement or (doc[end - 1].dep_ == "pobj" and doc[end - 1].head.i == token.i):
            spans.append(Span(doc, start, end, label="GPE"))
    for token in doc:  # "the Kabul-Kandahar highway": an untagged name modifying a place noun
        if (
            token.pos_ != "PROPN"
            or token.i in in_entity
            or not token.text[:1].isupper()
            or token.is_sent_start
            or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")
        ):
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in in_entity:
            start -= 1
        span = Span(doc, start, token.i + 1, label="GPE")
        if place_noun(span) is not None and doc[start - 1].lower_ in ("-", "and", ",", "the"):
            spans.append(span)
    for token in doc:  # "raided Mafa village": an untagged name before a class word
        if token.lower_ not in _CLASS_WORDS or token.i == 0 or token.i - 1 in in_entity:
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].i not in in_entity
            and doc[start - 1].head.i == token.i
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        if start < token.i:
            spans.append(Span(doc, start, token.i + 1, label="GPE"))
    return spans


def _where_people_are(ent: Any) -> bool:
    """ "residents of Lviv and Ternopil", "farmers from Kayes": a town or region inside
    an actor's phrase, the object of its "of" or "from", is still a place (a country's
    name there is the actor's country: "the government of Chad")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in ("of", "from")
        and prep.i < ent.start
        and prep.head.lemma_.lower() in _PEOPLE
        and getattr(country_index().lookup(ent.text), "kind", "government") == "government"
    )


_PEOPLE = frozenset(lexicon("sectors")["people"]) | frozenset(
    {"resident", "inhabitant", "villager", "farmer", "trader", "fisherman", "family"}
)


def _partner_country(ent: Any, found: list[PlaceMention], candidates: list[Entry]) -> str | None:
    """ "the Sindh and Punjab provinces", "in Kherson and Mykolaiv": a name coordinated
    with a place already found lies in that place's country when a place of the same
    level has the name there (Kursk and Donetsk regions lie in two countries)."""
    root = ent.root
    if root.dep_ != "conj":
        return None
    partner = root.head.i
    for pm in found:
        if pm.first <= partner < pm.last and pm.place.level in ("admin1", "city"):
            place = pm.place
            if any(c.country == place.country and c.level == place.level for c in candidates):
                return place.country  # of its kind there: "the Kursk and Donetsk regions"
            return None
    return None


def _in_dateline_agency(doc: Any, ent: Any) -> bool:
    """A name inside the brackets of a dateline ("(Nile Wire)", "(Sahel Press)")."""
    line = dateline(doc, after_headline=True)
    if line is None or ent.end > line.end or ent.start < line.start:
        return False
    opened = [t.i for t in doc[line.start : ent.start] if t.text == "("]
    return bool(opened) and not any(t.text == ")" for t in doc[opened[-1] : ent.start])


def _dateline_place(doc: Any) -> list[Span]:
    """ "KHARTOUM, May 3 (Wire) -": the city a dateline names is a place, whatever NER
    took it for (capitals often read as an organisation). The entity there is then
    skipped (`_resolve` sees the dateline's span first, and one span per token)."""
    line = dateline(doc, after_headline=True)
    city = dateline_city(doc, after_headline=True) if line is not None else None
    if city is None:
        return []
    cuts = [city.start, *(t.i for t in city if t.text == "/"), city.end]
    spans = []  # "SANTO DOMINGO / CAP-HAITIEN -": two cities
    for a, b in zip(cuts, cuts[1:], strict=False):
        a = a if a == city.start else a + 1
        if b > a and not any(
            e.label_ in ("GPE", "LOC") and e.start == a and e.end == b for e in doc.ents
        ):
            spans.append(Span(doc, a, b, label="GPE"))
    return spans


_PLACE_PREPS = frozenset({"in", "near", "outside", "into", "from", "towards", "toward"})


_WHERE_PREPS = frozenset({"in", "at", "near", "outside"})


def _anchor(doc: Any, head: int, found: list[PlaceMention]) -> PlaceMention | None:
    """The place a facility is in: "... in Gaza City" after it, else the nearest place
    named before it ("Moscow's Domodedovo"; in the sentence, then the document)."""
    by_token = {doc[i].i: pm for pm in found for i in range(pm.first, pm.last)}
    for child in doc[head].rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "outside", "on", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    for i in range(obj.left_edge.i, obj.i + 1):
                        if i in by_token:
                            return by_token[i]
    sent = doc[head].sent
    before = [pm for pm in found if pm.last <= head]
    in_sentence = [pm for pm in before if pm.first >= sent.start]
    if in_sentence:
        return in_sentence[-1]
    after = [  # "taken to Kankesanthurai harbour and handed to officials in Jaffna" (not
        # "met at the Palais Coburg before flying to Tehran": where they went next)
        pm
        for pm in found
        if head < pm.first
        and pm.last <= sent.end
        and (prep := governing_prep(doc[pm.head])) is not None
        and prep.lower_ in _WHERE_PREPS
    ]
    if after:
        return after[0]
    earlier = [pm for pm in before if pm.place.level != "country"]
    return earlier[-1] if earlier else None


def _anchored_by_preposition(doc: Any, head: int, anchor: PlaceMention) -> bool:
    """ "the Zaatari camp in Mafraq": the anchor is the place a preposition puts it in."""
    return any(
        child.dep_ == "prep" and anchor.first <= obj.i < anchor.last
        for child in doc[head].rights
        for obj in child.children
        if obj.dep_ == "pobj"
    )


def _facilities(doc: Any, gaz: Gazetteer, found: list[PlaceMention]) -> list[PlaceMention]:
    """Facility mentions located at their anchor place; a facility replaces a town
    mention inside its name ("Naivasha market" is in El Fasher, not Naivasha)."""
    located: list[PlaceMention] = []
    spans = facility_spans(doc)
    for start, end, head in spans:
        group = min(s for s, _, h in spans if h == head)  # "Sheremetyevo and Vnukovo airports"
        if any(pm.first < end and start < pm.last and pm.place.level == "other" for pm in found):
            continue  # a named feature already ("Ramstein Air Base", "Erez crossing")
        inside = [pm for pm in found if start <= pm.first and pm.last <= end]
        rest = [pm for pm in found if not (group <= pm.first and pm.last <= head + 1)]
        anchor = _anchor(doc, head, rest)
        named_for = [  # of a country the story has places in ("Naivasha market" in
            # a Darfur story is no Kenyan market)
            pm
            for pm in inside
            if pm.place.level in ("city", "admin1")
            and (
                anchor is None
                or any(o.place.country == pm.place.country for o in rest if o not in inside)
            )
        ]
        if named_for and (anchor is None or not _anchored_by_preposition(doc, head, anchor)):
            anchor = named_for[0]  # "the Dajabon border crossing": at Dajabon, wherever
            # the sentence before was
        if anchor is None:
            continue
        country = anchor.place.country
        if len(inside) > 1 and not doc[head].text[:1].isupper():
            continue  # "the Kabul-Kandahar highway": a route between the towns named
        span = doc[start:end]
        point: Any = anchor.place
        name = doc[start : min(end, head)].text
        towns = [c for c in gaz.candidates(name) if c.level == "city" and c.country == country]
        if towns:  # "Munster training grounds": at the town of Munster nearest the anchor
            point = min(towns, key=lambda c: _km(c.lat, c.lon, anchor.place.lat, anchor.place.lon))
        place = Place(
            name=span.text,
            country=anchor.place.country,
            level="other",
            lat=round(point.lat, 4),
            lon=round(point.lon, 4),
            geonameid=None,
            evidence=span.text,
            span=(span.start_char, span.end_char),
        )
        for pm in inside:
            found.remove(pm)
        located.append(
            PlaceMention(
                span.start_char, span.end_char, span.text, place, head, start, end, anchor.text
            )
        )
    return located


@stage("places.gazetteer.v1", reads=("doc", "mentions"), writes=("place_mentions", "places"))
def make_places(settings: Mapping[str, Any]):
    min_population = int(settings.get("min_population_without_context", 100_000))
    min_locative = int(settings.get("min_population_locative", min_population))

    def run(analysis: Analysis) -> Analysis:
        doc = analysis.doc
        gaz = gazetteer()
        context = {m.country for m in analysis.mentions if m.country}
        weights = Counter(m.country for m in analysis.mentions if m.country)
        found = _resolve(analysis, gaz, context, min_population, min_locative, weights)
        # a second pass knows the countries of the places found ("Kupiansk in the
        # Kharkiv region": a small town of a country the story is in)
        countries = {pm.place.country for pm in found if pm.place.country} - context
        if countries:
            found = _resolve(
                analysis, gaz, context | countries, min_population, min_locative, weights
            )
        found.extend(_facilities(doc, gaz, found))
        found.sort(key=lambda pm: pm.start)
        analysis.place_mentions = found
        seen: dict[tuple[str, str | None, str], Place] = {}
        for pm in found:
            place = pm.place
            # a country is one place however it is named ("Syria", "northern Syria")
            name = "" if place.level == "country" else normalise(place.name)
            key = (name, place.country, place.level)
            if key not in seen and not _same_place(place, seen.values()):
                seen[key] = place
        analysis.places = list(seen.values())
        return analysis

    return run


_SAME_PLACE_KM = {"city": 3.0, "admin1": 30.0}


def _same_place(place: Place, earlier: Any) -> bool:
    """One town or region named two ways ("Cabo Delgado province" ... "Cabo Delgado")."""
    radius = _SAME_PLACE_KM.get(place.level)
    if radius is None or place.lat is None or place.lon is None:
        return False
    return any(
        p.level == place.level
        and p.lat is not None
        and p.country == place.country
        and _km(p.lat, p.lon, place.lat, place.lon) <= radius
        for p in earlier
    )


def _drop_stray_namesakes(
    doc: Any, found: list[PlaceMention], context: set[str]
) -> list[PlaceMention]:
    """ "fled towards Palma and Mueda" in a Mozambique story: a town coordinated with a
    small town of a country the story is about, resolved to a namesake in a country the
    story never names (Palma, Spain), is the local town the gazetteer lacks: no place
    (a capital coordinated so stays: "talks in Khartoum and Cairo")."""
    if not context:
        return found
    by_token = {pm.head: pm for pm in found}
    drop = []
    for pm in found:
        place = pm.place
        if place.level != "city" or place.country in context:
            continue
        if country_index().lookup(pm.text) is not None:
            continue  # a capital
        token = doc[pm.head]
        partners = [c for c in token.children if c.dep_ == "conj"]
        if token.dep_ == "conj":
            partners.append(token.head)
        if any(
            (other := by_token.get(t.i)) is not None
            and other.place.level == "city"
            and other.place.country in context
            and _small_town(other.place)
            for t in partners
        ):
            drop.append(pm)
    return [pm for pm in found if pm not in drop]


def _small_town(place: Place) -> bool:
    """A town below the entity ruler's city floor ("Mueda", not "London": two world
    cities coordinated are both real: "traded in London and New York")."""
    floor = int(lexicon("cities")["min_population"])
    return not any(
        c.geonameid == place.geonameid and c.population >= floor
        for c in gazetteer().candidates(place.name)
    )


def _resolve(
    analysis: Analysis,
    gaz: Gazetteer,
    base_context: set[str],
    min_population: int,
    min_locative: int,
    weights: Mapping[str, int] | None = None,
) -> list[PlaceMention]:
    """Place mentions of the entities (and untagged settlement names) of a document."""
    doc = analysis.doc
    actor_spans = [
        (m.start, m.end) for m in analysis.mentions if not m.locative and not m.also_place
    ]
    found: list[PlaceMention] = []
    surnames = _surnames(doc, gaz)
    # a name is no context for itself: "Tripoli" read as Libya's capital by the
    # actors stage must not make Libya the context that picks Libya's Tripoli
    own: dict[str, list[tuple[int, int]]] = {}
    for m in analysis.mentions:
        if m.country:
            own.setdefault(m.country, []).append((m.start, m.end))
    for ent in [*_dateline_place(doc), *doc.ents, *_settlement_names(doc)]:
        ent = _with_region_word(doc, _trim_tail(doc, ent))
        ent = longer_name(ent) or hyphenated_name(ent) or ent
        context = {
            c
            for c in base_context
            if c not in own
            or any(not (ent.start_char <= s and e <= ent.end_char) for s, e in own[c])
        }
        located = located_name(ent)
        if (
            ent.label_ not in ("GPE", "LOC", "FAC")
            and not located
            and not _context_name(ent, gaz, context)
        ):
            continue
        if ent.text.lower() in NOT_PLACES or (
            any(s <= ent.start_char and ent.end_char <= e for s, e in actor_spans)
            and not _where_people_are(ent)
        ):
            continue
        if _partner_object(ent):
            continue
        if _in_dateline_agency(doc, ent):
            continue  # "JUBA, Feb 3 (Nile Wire) -": the wire's name, not the Nile
        if _inside_a_name(ent):
            continue
        if _hyphen_modifier(ent):
            continue  # "the Britain-based monitor", "Iran-backed militias": an adjective
        if _possessor_of_a_thing(ent) and is_locative(ent.root) and ent.root.head.dep_ != "pobj":
            continue
        words = ent.text.split()
        explicit = len(words) > 1 and words[-1].lower() in REGION_WORDS
        noun = place_noun(ent)
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        if (noun is not None and noun.lemma_.lower() in REGION_WORDS) or (
            after.endswith("s") and after[:-1] in REGION_WORDS  # a parse may take it for a verb
        ):
            explicit = True  # "Zamfara and Katsina states": regions, not their towns
        candidates = gaz.candidates(ent.text)
        within = _qualifying_country(doc, ent, gaz) or _partner_country(ent, found, candidates)
        if within is not None:
            candidates = [c for c in candidates if c.country == within] or candidates
        floor = min_locative if is_locative(ent.root) else min_population
        near = context | ({within} if within else set())
        entry = choose(candidates, near, floor, explicit, ent.text, weights)
        if entry is None and context != base_context:  # a capital of a small town
            entry = choose(candidates, base_context | near, floor, explicit, ent.text, weights)
        if entry is None and (ent.label_ in ("GPE", "LOC") or located):
            entry = _unlisted(gaz, ent.text, near, small=located or is_locative(ent.root))
        by_class_word = False
        if entry is None and ent.label_ in ("GPE", "LOC"):
            if ent.end < len(doc) and ent.root.head.i == ent.end:
                words = [*words, doc[ent.end].lower_]  # "Tillia town": the word after it
            if len(words) > 1:
                entry = _named_with_class_word(gaz, words, near)
                by_class_word = entry is not None
        if entry is None or _names_an_organisation(ent, entry) or _first_name(ent, entry):
            continue
        if _describes_a_named_place(ent, entry):
            continue
        if (
            entry.level == "city"
            and ent.text in surnames
            and (
                ent.root.dep_ != "pobj"
                or not is_locative(ent.root)
                or (ent.start > 0 and doc[ent.start - 1].pos_ == "PROPN")
            )
        ):
            continue  # "Ramiro Valenzuela ... Valenzuela's capture": a person
        if entry.level in ("city", "admin1") and name_goes_on(ent) is not None:
            continue  # "the Kyiv School of Economics": a name, not the place
        span = _trim_article(doc, ent)
        part = _part_of_country(doc, ent, entry)
        if part is not None:
            span = part
        place = Place(
            name=span.text,
            country=entry.country,
            level=entry.level,
            lat=round(entry.lat, 4),
            lon=round(entry.lon, 4),
            geonameid=entry.geonameid,
            evidence=span.text,
            span=(span.start_char, span.end_char),
        )
        found.append(
            PlaceMention(
                span.start_char,
                span.end_char,
                span.text,
                place,
                ent.root.i,
                ent.start,
                ent.end,
                by_class_word=by_class_word,
            )
        )
    return _drop_stray_namesakes(doc, _drop_far_namesakes(doc, found), base_context)


@cache
def _regions_of(country: str) -> tuple[Entry, ...]:
    return tuple(
        {
            e.name: e
            for entries in gazetteer().admin1.values()
            for e in entries
            if e.country == country
        }.values()
    )


def _drop_far_namesakes(doc: Any, found: list[PlaceMention]) -> list[PlaceMention]:
    """ "Kware village in Zamfara state": a settlement found by its class word that
    lies nearer another region of its country than the one named in the same
    sentence is a namesake elsewhere (GeoNames' Kware in Sokoto): no place."""
    drop = []
    for pm in found:
        if not pm.by_class_word:
            continue
        sent = doc[pm.head].sent
        regions = [
            other.place
            for other in found
            if other.place.level == "admin1"
            and other.place.country == pm.place.country
            and sent.start <= other.head < sent.end
        ]
        if not regions:
            continue
        lat, lon = pm.place.lat or 0.0, pm.place.lon or 0.0
        nearest = min(
            (_km(e.lat, e.lon, lat, lon) for e in _regions_of(pm.place.country)), default=0.0
        )
        if all(_km(r.lat or 0.0, r.lon or 0.0, lat, lon) > nearest + 25.0 for r in regions):
            drop.append(pm)
    return [pm for pm in found if pm not in drop]
