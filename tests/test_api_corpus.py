"""A small hand-written ledger for the API and dashboard tests, stored with Store.add.

Four analysed documents: two reports of North Korean troops in Kursk (figures
by two sources), one on Khartoum, and one whose text, title and URL carry
script, an onerror image and javascript: links (the XSS test). Spans are
found in the text, so every record slices back to its evidence.
"""

from __future__ import annotations

from pathlib import Path

from heron.records import Actor, Analysis, Claim, Event, Place, Quote
from heron.store import Store, open_store

KURSK = {"name": "Kursk", "country": "RUS", "level": "admin1", "lat": 51.73, "lon": 36.19}
KHARTOUM = {"name": "Khartoum", "country": "SDN", "level": "city", "lat": 15.55, "lon": 32.53}
XSS_TEXT = (
    "Officials met in Paris on Monday. "
    "<script>window.__xss = 'script'</script> "
    'Protesters gathered <img src="x" onerror="window.__xss = \'img\'"> outside the embassy. '
    "<a href=\"javascript:window.__xss = 'link'\">Read more</a>"
)
XSS_TITLE = "<script>window.__xss = 'title'</script>Paris talks"


def _span(text: str, evidence: str) -> tuple[int, int]:
    start = text.index(evidence)
    return (start, start + len(evidence))


def _actor(text: str, words: str, country: str, sector: str | None = None) -> Actor:
    return Actor(
        name=words, country=country, sector=sector, evidence=words, span=_span(text, words)
    )


def _place(text: str, words: str, place: dict) -> Place:
    return Place(
        name=place["name"],
        country=place["country"],
        level=place["level"],
        lat=place["lat"],
        lon=place["lon"],
        evidence=words,
        span=_span(text, words),
    )


def _event(
    text: str, evidence: str, kind: str, actors: list[Actor], recipients: list[Actor], **kw
) -> Event:
    return Event(
        type=kind,
        mode=kw.pop("mode", None),
        actor=actors,
        recipient=recipients,
        factuality=kw.pop("factuality", "reported"),
        evidence=evidence,
        span=_span(text, evidence),
        **kw,
    )


def _claim(text: str, evidence: str, measure: str, value: float, **kw) -> Claim:
    return Claim(
        measure=measure,
        value=value,
        low=None,
        high=None,
        qualifier=kw.pop("qualifier", "approximate"),
        evidence=evidence,
        span=_span(text, evidence),
        factuality=kw.pop("factuality", "reported"),
        **kw,
    )


def kursk_january() -> Analysis:
    text = (
        "About 11,000 North Korean soldiers were sent to Russia's Kursk region, South Korea's "
        "spy agency said. North Korean troops attacked Ukrainian positions in Kursk, and about "
        "600 were killed."
    )
    prk = _actor(text, "North Korean soldiers", "PRK", "MIL")
    rus = _actor(text, "Russia", "RUS")
    spy = Actor(name="South Korea's spy agency", country="KOR", sector="SPY")
    doc = Analysis(id="kursk-jan", text=text, published="2025-01-07", title="Troops in Kursk")
    doc.outlet, doc.url = "Meridian Wire", "https://example.test/kursk-jan"
    doc.actors = [prk, rus]
    doc.places = [_place(text, "Kursk region", KURSK)]
    doc.events = [
        _event(
            text,
            "North Korean soldiers were sent to Russia's Kursk region",
            "AID",
            [prk],
            [rus],
            mode="military",
            place="Kursk",
            source=spy,
        ),
        _event(
            text,
            "North Korean troops attacked Ukrainian positions in Kursk",
            "ASSAULT",
            [Actor(name="North Korean troops", country="PRK", sector="MIL")],
            [Actor(name="Ukrainian", country="UKR", sector="MIL")],
            place="Kursk",
        ),
    ]
    doc.claims = [
        _claim(
            text,
            "About 11,000 North Korean soldiers",
            "deployed",
            11000,
            subject=Actor(name="North Korean soldiers", country="PRK", sector="MIL"),
            source=spy,
            source_text="South Korea's spy agency",
            place="Kursk",
        ),
        _claim(
            text,
            "about 600 were killed",
            "killed",
            600,
            subject=Actor(name="North Korean troops", country="PRK", sector="MIL"),
            source=spy,
            source_text="South Korea's spy agency",
        ),
    ]
    doc.quotes = []
    return doc


def kursk_march() -> Analysis:
    text = (
        "Some 12,000 North Korean troops are in Kursk, the Pentagon said on Monday. "
        "North Korean forces shelled Ukrainian units near Kursk."
    )
    doc = Analysis(
        id="kursk-mar", text=text, published="2025-03-10", title="Pentagon raises estimate"
    )
    doc.outlet = "Harbor Times"
    doc.places = [_place(text, "Kursk", KURSK)]
    doc.actors = [_actor(text, "North Korean troops", "PRK", "MIL")]
    doc.events = [
        _event(
            text,
            "North Korean forces shelled Ukrainian units near Kursk",
            "ASSAULT",
            [Actor(name="North Korean forces", country="PRK", sector="MIL")],
            [Actor(name="Ukrainian units", country="UKR", sector="MIL")],
            place="Kursk",
            date="2025-03-09",
        ),
    ]
    doc.claims = [
        _claim(
            text,
            "Some 12,000 North Korean troops",
            "deployed",
            12000,
            subject=Actor(name="North Korean troops", country="PRK", sector="MIL"),
            source=Actor(name="the Pentagon", country="USA", sector="MIL"),
            source_text="the Pentagon",
            as_of="2025-03-10",
        ),
    ]
    doc.quotes = [
        Quote(
            text="are in Kursk",
            speaker="the Pentagon",
            direct=False,
            evidence="are in Kursk",
            span=_span(text, "are in Kursk"),
        ),
    ]
    return doc


def khartoum() -> Analysis:
    text = "Paramilitary fighters attacked a market in Khartoum on Sunday, killing 40 people, medics said."
    doc = Analysis(id="khartoum", text=text, published="2025-02-03", title="Market attack")
    doc.outlet = "Continental Post"
    doc.places = [_place(text, "Khartoum", KHARTOUM)]
    doc.actors = [_actor(text, "Paramilitary fighters", "SDN", "REB")]
    doc.events = [
        _event(
            text,
            "Paramilitary fighters attacked a market in Khartoum",
            "ASSAULT",
            [Actor(name="Paramilitary fighters", country="SDN", sector="REB")],
            [Actor(name="people", country="SDN", sector="CVL")],
            place="Khartoum",
            date="2025-02-02",
        ),
    ]
    doc.claims = [
        _claim(
            text,
            "killing 40 people",
            "killed",
            40,
            qualifier="exact",
            subject=Actor(name="people", country="SDN", sector="CVL"),
            source_text="medics",
        ),
    ]
    return doc


def hostile() -> Analysis:
    text = XSS_TEXT
    doc = Analysis(id="hostile", text=text, published="2025-02-10", title=XSS_TITLE)
    doc.outlet = "<b>Evil</b> Times"
    doc.url = "javascript:window.__xss = 'url'"
    doc.places = [
        Place(
            name="Paris",
            country="FRA",
            level="city",
            lat=48.85,
            lon=2.35,
            evidence="Paris",
            span=_span(text, "Paris"),
        ),
    ]
    doc.events = [
        _event(
            text,
            "Officials met in Paris",
            "CONSULT",
            [Actor(name="Officials", country="FRA", sector="GOV")],
            [],
            place="Paris",
        ),
        _event(
            text,
            'Protesters gathered <img src="x" onerror="window.__xss = \'img\'"> outside the embassy',
            "PROTEST",
            [Actor(name="Protesters", country="FRA", sector="CVL")],
            [],
            place="Paris",
            factuality="asserted",
        ),
    ]
    return doc


DOCUMENTS = (kursk_january, kursk_march, khartoum, hostile)


def build_store(path: Path) -> Store:
    store = open_store(str(path))
    with store.session() as session:
        for make in DOCUMENTS:
            assert store.add(session, make())
        session.commit()
    return store


def test_corpus_spans_slice_back(tmp_path):
    for make in DOCUMENTS:
        doc = make()
        for record in [*doc.events, *doc.claims, *doc.quotes, *doc.places]:
            assert record.span is not None
            assert doc.text[record.span[0] : record.span[1]] == record.evidence
    store = build_store(tmp_path / "corpus.db")
    assert store.counts()["documents"] == len(DOCUMENTS)
