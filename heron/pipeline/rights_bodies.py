"""Rights bodies the registry lacks, by the shape of their names.

"The Permanent Committee for Human Rights" is a non-governmental body (NGO);
"the Ethiopian Human Rights Commission", a commission or council named for a
country, is that country's national institution (GOV); a centre or league named
for a country ("the Bahrain Centre for Human Rights") is still an NGO. spaCy's
small model often tags such names only in part ("Ethiopian" NORP), so the name is
read from the capitalised words around "Rights".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from heron.knowledge import lexicon
from heron.knowledge.countries import index as country_index

_LINKS = frozenset({"for", "of", "on", "and", "the"})


@cache
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    raw = lexicon("sectors")["rights_bodies"]
    return frozenset(raw["markers"]), frozenset(raw["state_heads"])


def rights_bodies(doc: Doc, named: list[tuple[int, int]]) -> list[tuple[Span, str, str | None]]:
    """(name span, country code, sector) of each rights body named in `doc` outside the
    (start, end) character spans of the registry's names and people (`named`)."""
    markers, state_heads = _cues()
    out: list[tuple[Span, str, str | None]] = []
    for token in doc:
        if token.lower_ not in markers or not token.is_title:
            continue
        start = token.i
        while start > 0 and not doc[start].is_sent_start:
            before = doc[start - 1]
            name = before.is_title and before.pos_ in ("PROPN", "NOUN", "ADJ")
            link = before.lower_ in _LINKS and start > 1 and doc[start - 2].is_title
            if not (name or link):
                break
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"):
            end += 1
        while doc[start].lower_ in _LINKS and start < token.i:
            start += 1
        span = doc[start:end]
        if len(span) < 2 or any(s < span.end_char and span.start_char < e for s, e in named):
            continue
        countries = [
            hit.country.iso3
            for t in span
            if (hit := country_index().lookup(t.text)) is not None
            and hit.kind in ("name", "adjective")
        ]
        words = {t.lower_ for t in span}
        if countries and words & state_heads:
            out.append((span, countries[0], "GOV"))
        else:
            out.append((span, "NGO", None))
    return out
