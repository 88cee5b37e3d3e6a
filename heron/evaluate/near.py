"""Near misses: a missed gold item and a leftover prediction about the same words.

The scorer counts such a pair as one miss and one false positive. Naming the one field
they disagree on (an event's recipient, a claim's subject, a place's distance) turns an
error listing into classes of error, which is what a rule should be written against.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from heron.evaluate.scorer import (
    Record,
    _countries,
    _country,
    _same_value,
    _sets_agree,
    distance_km,
    match_claim,
    norm,
)


@dataclass(frozen=True)
class NearMiss:
    kind: str
    reason: str
    gold: Record
    pred: Record


def _words(text: str | None) -> set[str]:
    return {w for w in norm(text).split() if len(w) > 2}


def _same_words(gold: Record, pred: Record, key: str = "evidence") -> bool:
    a, b = norm(gold.get(key)), norm(pred.get(key))
    if not a or not b:
        return False
    return a in b or b in a or len(_words(a) & _words(b)) >= 3


def _event_reason(gold: Record, pred: Record) -> str | None:
    actors = _sets_agree(_countries(gold.get("actor")), _countries(pred.get("actor")))
    recipients = _sets_agree(_countries(gold.get("recipient")), _countries(pred.get("recipient")))
    if gold.get("type") == pred.get("type"):
        if actors and not recipients:
            return "recipient"
        if recipients and not actors:
            return "actor"
        return "actor and recipient" if _same_words(gold, pred) else None
    if _same_words(gold, pred):
        return "type" if actors and recipients else "type and roles"
    return None


def _claim_reason(gold: Record, pred: Record) -> str | None:
    if not _same_words(gold, pred) and not _same_value(gold, pred):
        return None
    measure = gold.get("measure") == pred.get("measure")
    subject = _country(gold.get("subject")) == _country(pred.get("subject"))
    value = match_claim(
        {**gold, "measure": pred.get("measure"), "subject": pred.get("subject")}, pred
    )
    wrong = [
        name
        for name, right in (("measure", measure), ("subject", subject), ("value", value))
        if not right
    ]
    if not wrong or len(wrong) == 3:
        return None
    return " and ".join(wrong)


def _place_reason(gold: Record, pred: Record) -> str | None:
    names = norm(gold.get("name")), norm(pred.get("name"))
    if not all(names) or not (names[0] in names[1] or names[1] in names[0]):
        return None
    if gold.get("country") != pred.get("country"):
        return "country"
    if gold.get("level") != pred.get("level"):
        return "level"
    if None in (gold.get("lat"), gold.get("lon"), pred.get("lat"), pred.get("lon")):
        return "coordinates"
    km = distance_km(gold["lat"], gold["lon"], pred["lat"], pred["lon"])
    return "distance over 150 km" if km > 150 else "distance over 30 km"


REASONS: dict[str, Callable[[Record, Record], str | None]] = {
    "events": _event_reason,
    "claims": _claim_reason,
    "places": _place_reason,
}


def near_misses(kind: str, missed: list[Record], spurious: list[Record]) -> list[NearMiss]:
    """Pair each missed item with the first free leftover prediction it nearly matches."""
    rule = REASONS.get(kind)
    if rule is None:
        return []
    free = list(spurious)
    found = []
    for gold in missed:
        for pred in free:
            reason = rule(gold, pred)
            if reason:
                found.append(NearMiss(kind, reason, gold, pred))
                free.remove(pred)
                break
    return found


def summary(near: list[NearMiss]) -> dict[str, dict[str, int]]:
    """Counts of near misses per kind and reason, most frequent first."""
    counts: dict[str, Counter[str]] = {}
    for item in near:
        counts.setdefault(item.kind, Counter())[item.reason] += 1
    return {kind: dict(c.most_common()) for kind, c in sorted(counts.items())}
