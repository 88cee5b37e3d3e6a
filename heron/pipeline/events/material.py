"""Recipient and mode conventions of the material types (records.md, gold by type).

Applied to a coded event once its recipient is found:
- forces moved inside their own country ("deployed riot police to Maputo") are aimed
  at no one: MOBILIZE at home has no recipient (gold: 17 of 21 such moves);
- a closure of flights, traffic or airspace with no country it is aimed at ("suspended
  all flights at Mitiga airport", "closed their airspace to civilian flights") is a
  restriction (COERCE) with no recipient;
- "to each other's aircraft": the parties act on each other;
- a SANCTION names whom it is against: with no other party found, the counterpart is
  the other main country of the story ("closed the Lebombo border crossing");
- police moved are MOBILIZE police, armed groups moved are MOBILIZE militia.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from heron.knowledge import lexicon
from heron.records import Actor, Analysis, Event


def _conventions() -> dict:
    return lexicon("material")


def _countries(actors: list[Actor]) -> set[str]:
    return {a.country for a in actors if a.country}


def _objects(token: Token) -> list[Token]:
    """The trigger's objects: direct object, the passive subject, or what a noun
    trigger's preposition names."""
    out = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return out


def _each_other(token: Token) -> bool:
    """'closed their airspace to each other's aircraft', 'fired on each other'."""
    words = [t.lower_ for t in token.subtree]
    return any(a == "each" and b == "other" for a, b in zip(words, words[1:], strict=False))


def counterpart(analysis: Analysis, own: set[str]) -> list[Actor]:
    """The other main party of the story: the most frequent country among the actor
    mentions that is not one of the doers' (no international body)."""
    skip = set(_conventions()["not_counterparts"])
    counts = Counter(
        m.country
        for m in analysis.mentions
        if m.country and m.country not in own and m.country not in skip
    )
    if not counts:
        return []
    (country, n), *rest = counts.most_common(2)
    if rest and rest[0][1] == n:
        return []  # no one main other party
    return [Actor(name=country, country=country, sector=None)]


def adjust_material(event: Event, token: Token, analysis: Analysis) -> None:
    conv = _conventions()
    own = _countries(event.actor)
    lemmas = {o.lemma_.lower() for o in _objects(token)}
    if event.type in ("SANCTION", "ASSAULT") and len(own) >= 2 and _each_other(token):
        event.recipient = list(event.actor)  # "closed their airspace to each other's aircraft"
        return
    if event.type == "SANCTION" and lemmas & set(conv["unaimed_closures"]):
        if not _countries(event.recipient) - own:
            event.type, event.mode, event.recipient = "COERCE", "restrict", []
            return  # "closed their airspace to civilian flights"
    if event.type == "COERCE" and event.mode == "restrict" and lemmas & set(conv["unaimed_closures"]):
        if not _countries(event.recipient) - own:
            event.recipient = []  # "flights at Mitiga airport were suspended"
    if event.type == "MOBILIZE":
        if event.recipient and _countries(event.recipient) <= own:
            event.recipient = []  # "deployed riot police to Maputo": a move at home
        moved = {t.lemma_.lower() for o in _objects(token) for t in o.subtree}
        if event.mode == "troops" and moved & set(conv["police_words"]):
            event.mode = "police"
        elif event.mode == "troops" and any(a.sector == "REB" for a in event.actor):
            event.mode = "militia"
    if event.type == "SANCTION" and not _countries(event.recipient) - own and own:
        found = counterpart(analysis, own)
        if found:
            event.recipient = found  # "shut both crossings": against the neighbour
