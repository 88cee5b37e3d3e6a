"""The ledger over a store: what `heron estimates`, `dyads`, `network` and `export` call."""

from __future__ import annotations

from heron.ledger import export
from heron.ledger.clusters import LedgerEvent, cluster_events
from heron.ledger.corpus import Source, load
from heron.ledger.dyads import DyadPeriod, dyad_series, happenings
from heron.ledger.estimates import Series, estimate_series
from heron.ledger.network import Network, network


def ledger_events(store: Source) -> list[LedgerEvent]:
    corpus = load(store)
    return cluster_events(corpus.events, places=corpus.places)


def estimate_timelines(
    store: Source,
    *,
    subject: str | None = None,
    measure: str | None = None,
    place: str | None = None,
    by_place: bool = True,
) -> list[Series]:
    return estimate_series(
        store.claims(), subject=subject, measure=measure, place=place, by_place=by_place
    )


def dyad_table(store: Source, actor: str, recipient: str, *, by: str = "month") -> list[DyadPeriod]:
    """The actor -> recipient series, counting each ledger event once."""
    corpus = load(store)
    counted = happenings(corpus.events, places=corpus.places)
    return dyad_series(counted, by=by, actor=actor, recipient=recipient)


def actor_network(store: Source, *, since: str | None = None, until: str | None = None) -> Network:
    """The network of ledger events in [since, until], and its change."""
    corpus = load(store)
    return network(happenings(corpus.events, places=corpus.places), since=since, until=until)


def export_file(store: Source, *, kind: str, fmt: str, by: str = "month") -> bytes:
    return export.render(load(store), kind=kind, fmt=fmt, by=by)
