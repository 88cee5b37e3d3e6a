"""Store round trip: what is stored comes back as it was analyzed."""

from __future__ import annotations

from heron.store import open_store
from heron.store.db import Filters


def test_round_trip(analyze, seed, tmp_path):
    import heron

    store = open_store(str(tmp_path / "s.db"))
    analysis = heron.analyze(seed["text"], id=seed["id"])
    with store.session() as session:
        assert store.add(session, analysis) is True
        assert store.add(session, analysis) is False  # same content: not stored twice
        session.commit()
    docs = list(store.documents())
    assert docs == [analysis.to_dict()]
    events = store.events(Filters(type="AID"))
    assert events and events[0]["type"] == "AID" and events[0]["document"] == seed["id"]
    claims = store.claims(Filters(actor="PRK", measure="deployed"))
    assert [c["value"] for c in claims] == [18000]
