"""The scorer of shared/spec/records.md.

Micro-averaged precision, recall and F1 per record kind over all documents.
Matching is one-to-one and greedy within a document: required gold items are
matched first, then optional ones; an optional gold item that is missed is not
a false negative, and a prediction that matches one is not a false positive.
Attribute accuracies are computed over matched pairs of required items.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Record = Mapping[str, Any]
KINDS = ("actors_country", "actors_sector", "places", "claims", "events", "quotes")
_RADIUS_KM = {"city": 30.0, "other": 30.0, "admin1": 150.0}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _country(actor: Record | None) -> str | None:
    return actor.get("country") if actor else None


def _sector(actor: Record | None) -> str | None:
    return actor.get("sector") if actor else None


def norm(text: str | None) -> str:
    text = (text or "").lower().replace("\u2019", "'")
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    return re.sub(r"[^\w\s]", "", text).strip()


# --- match rules, one per kind (gold, prediction) -> bool ---------------------------------


def match_actor_country(gold: Record, pred: Record) -> bool:
    return gold.get("country") == pred.get("country")


def match_actor_sector(gold: Record, pred: Record) -> bool:
    return gold.get("country") == pred.get("country") and gold.get("sector") == pred.get("sector")


def match_place(gold: Record, pred: Record) -> bool:
    if gold.get("country") != pred.get("country"):
        return False
    level = gold.get("level") or "city"
    if level == "country":
        return True
    if None in (gold.get("lat"), gold.get("lon"), pred.get("lat"), pred.get("lon")):
        return False
    km = distance_km(gold["lat"], gold["lon"], pred["lat"], pred["lon"])
    return km <= _RADIUS_KM.get(level, 30.0)


def _bounds(record: Record) -> tuple[float, float] | None:
    """The interval a figure states: its value, or [low, high] with open ends unbounded."""
    value, low, high = record.get("value"), record.get("low"), record.get("high")
    if low is None and high is None:
        return None if value is None else (float(value), float(value))
    return (
        float(low) if low is not None else -math.inf,
        float(high) if high is not None else math.inf,
    )


def _same_value(gold: Record, pred: Record) -> bool:
    """The two state the same figure (within 2%), not merely a range that holds it."""
    a, b = gold.get("value"), pred.get("value")
    return a is not None and b is not None and abs(b - a) <= 0.02 * abs(a)


def match_claim(gold: Record, pred: Record) -> bool:
    if gold.get("measure") != pred.get("measure"):
        return False
    if _country(gold.get("subject")) != _country(pred.get("subject")):
        return False
    gold_value, pred_value = gold.get("value"), pred.get("value")
    if gold_value is not None:
        if pred_value is not None and abs(pred_value - gold_value) <= 0.02 * abs(gold_value):
            return True
        if pred.get("low") is None and pred.get("high") is None:
            return False
        bounds = _bounds(pred)
        return bounds is not None and bounds[0] <= gold_value <= bounds[1]
    gold_bounds, pred_bounds = _bounds(gold), _bounds(pred)
    if gold_bounds is None or pred_bounds is None:
        return False
    return gold_bounds[0] <= pred_bounds[1] and pred_bounds[0] <= gold_bounds[1]


def _countries(actors: Iterable[Record] | None) -> set[str | None]:
    return {a.get("country") for a in actors or []}


def _sets_agree(a: set[str | None], b: set[str | None]) -> bool:
    return bool(a & b) or (not a and not b)


def match_event(gold: Record, pred: Record) -> bool:
    return (
        gold.get("type") == pred.get("type")
        and _sets_agree(_countries(gold.get("actor")), _countries(pred.get("actor")))
        and _sets_agree(_countries(gold.get("recipient")), _countries(pred.get("recipient")))
    )


def claim_agreement(gold: Record, pred: Record) -> float:
    """Among matching predictions, the one to pair: the same figure, then the same source."""
    return 2.0 * float(_same_value(gold, pred)) + float(
        _country(gold.get("source")) == _country(pred.get("source"))
    )


def event_agreement(gold: Record, pred: Record) -> float:
    """Among matching predictions, the one to pair: the same mode and factuality."""
    return float(gold.get("mode") == pred.get("mode")) + float(
        gold.get("factuality") == pred.get("factuality")
    )


def text_interval(
    doc_text: str, quote: str, near: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """Where a quote's text stands in the document (the occurrence nearest `near`)."""
    if not quote:
        return None
    starts = [m.start() for m in re.finditer(re.escape(quote), doc_text)]
    if not starts:
        return None
    start = min(starts, key=lambda s: abs(s - near[0])) if near is not None else starts[0]
    return start, start + len(quote)


def quote_overlap(doc_text: str, gold: Record, pred: Record) -> float:
    """Share of the gold quote's characters that the predicted quote covers."""
    pred_span = pred.get("span")
    pred_iv = None
    if pred_span:
        # the prediction's span may include the quote marks; find its text inside it
        inner = text_interval(doc_text, pred.get("text") or "", tuple(pred_span))
        pred_iv = inner or (pred_span[0], pred_span[1])
    else:
        pred_iv = text_interval(doc_text, pred.get("text") or "")
    gold_iv = text_interval(doc_text, gold.get("text") or "", pred_iv)
    gold_len = len(gold.get("text") or "")
    if gold_iv is None or pred_iv is None or gold_len == 0:
        a, b = gold.get("text") or "", pred.get("text") or ""
        if not a or not b:
            return 0.0
        return len(a) / gold_len if a in b else (len(b) / gold_len if b in a else 0.0)
    overlap = min(gold_iv[1], pred_iv[1]) - max(gold_iv[0], pred_iv[0])
    return max(0, overlap) / gold_len


# --- counting -------------------------------------------------------------------------------


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    def attribute(self, name: str, right: bool) -> None:
        cell = self.attributes.setdefault(name, [0, 0])
        cell[0] += int(right)
        cell[1] += 1

    def result(self) -> dict[str, Any]:
        precision = (
            self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        )
        recall = (
            self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)
        )
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out: dict[str, Any] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }
        for name, (right, total) in sorted(self.attributes.items()):
            out[name] = round(right / total, 4) if total else None
            out[f"{name}_n"] = total
        return out


@dataclass
class Matching:
    pairs: list[tuple[Record, Record]]  # (gold, prediction) for required gold items
    missed: list[Record]
    spurious: list[Record]


def greedy_match(
    gold: list[Record],
    predicted: list[Record],
    matches: Callable[[Record, Record], bool],
    score: Callable[[Record, Record], float] | None = None,
) -> Matching:
    """One-to-one greedy matching, required gold items first."""
    free = list(range(len(predicted)))
    pairs: list[tuple[Record, Record]] = []
    missed: list[Record] = []
    ordered = [g for g in gold if not g.get("optional")] + [g for g in gold if g.get("optional")]
    for item in ordered:
        candidates = [i for i in free if matches(item, predicted[i])]
        if not candidates:
            if not item.get("optional"):
                missed.append(item)
            continue
        best = max(candidates, key=lambda i: score(item, predicted[i])) if score else candidates[0]
        free.remove(best)
        if not item.get("optional"):
            pairs.append((item, predicted[best]))
    return Matching(pairs=pairs, missed=missed, spurious=[predicted[i] for i in free])


def _place_name_agrees(gold: str | None, pred: str | None) -> bool:
    a, b = norm(gold), norm(pred)
    if not a and not b:
        return True
    return bool(a and b and (a in b or b in a))


def _speaker_agrees(gold: Record, pred: Record) -> bool:
    a, b = norm(gold.get("speaker")), norm(pred.get("speaker"))
    if a and b and (a in b or b in a):
        return True
    ga, pa = gold.get("speaker_actor"), pred.get("speaker_actor")
    return bool(
        ga
        and pa
        and ga.get("country") == pa.get("country")
        and ga.get("sector") == pa.get("sector")
    )


def score_document(gold: Record, pred: Record, tallies: dict[str, Tally]) -> dict[str, Matching]:
    """Score one document into the running tallies; returns the matchings (for --errors)."""
    text = gold.get("text") or ""
    annotations = gold.get("annotations") or {}
    matchings: dict[str, Matching] = {}

    def run(kind: str, g: list[Record], p: list[Record], rule, score=None) -> Matching:
        m = greedy_match(g, p, rule, score)
        t = tallies[kind]
        t.tp += len(m.pairs)
        t.fn += len(m.missed)
        t.fp += len(m.spurious)
        matchings[kind] = m
        return m

    gold_actors = list(annotations.get("actors") or [])
    pred_actors = list(pred.get("actors") or [])
    run(
        "actors_country",
        gold_actors,
        pred_actors,
        match_actor_country,
        lambda g, p: float(g.get("sector") == p.get("sector")),
    )
    run("actors_sector", gold_actors, pred_actors, match_actor_sector)

    def place_score(g: Record, p: Record) -> float:
        if None in (g.get("lat"), g.get("lon"), p.get("lat"), p.get("lon")):
            return 0.0
        return -distance_km(g["lat"], g["lon"], p["lat"], p["lon"])

    run(
        "places",
        list(annotations.get("places") or []),
        list(pred.get("places") or []),
        match_place,
        place_score,
    )

    m = run(
        "claims",
        list(annotations.get("claims") or []),
        list(pred.get("claims") or []),
        match_claim,
        claim_agreement,
    )
    t = tallies["claims"]
    for g, p in m.pairs:
        t.attribute("source_country", _country(g.get("source")) == _country(p.get("source")))
        t.attribute(
            "source_country_sector",
            (_country(g.get("source")), _sector(g.get("source")))
            == (_country(p.get("source")), _sector(p.get("source"))),
        )
        t.attribute("qualifier", g.get("qualifier") == p.get("qualifier"))
        t.attribute("place", _place_name_agrees(g.get("place"), p.get("place")))

    m = run(
        "events",
        list(annotations.get("events") or []),
        list(pred.get("events") or []),
        match_event,
        event_agreement,
    )
    t = tallies["events"]
    for g, p in m.pairs:
        t.attribute("mode", g.get("mode") == p.get("mode"))
        t.attribute("factuality", g.get("factuality") == p.get("factuality"))
        t.attribute("place", _place_name_agrees(g.get("place"), p.get("place")))

    m = run(
        "quotes",
        list(annotations.get("quotes") or []),
        list(pred.get("quotes") or []),
        lambda g, p: quote_overlap(text, g, p) >= 0.5,
        lambda g, p: quote_overlap(text, g, p),
    )
    t = tallies["quotes"]
    for g, p in m.pairs:
        t.attribute("speaker", _speaker_agrees(g, p))
    return matchings


@dataclass
class Report:
    scores: dict[str, dict[str, Any]]
    documents: int
    errors: list[dict[str, Any]]
    near_misses: dict[str, dict[str, int]] = field(default_factory=dict)  # kind -> reason -> n


def score(
    gold_docs: Iterable[Record], predictions: Mapping[str, Record], *, keep_errors: bool = False
) -> Report:
    """Score predictions (output documents keyed by id) against gold documents."""
    from heron.evaluate.near import NearMiss, near_misses, summary  # near builds on this module

    tallies = {kind: Tally() for kind in KINDS}
    errors: list[dict[str, Any]] = []
    near: list[NearMiss] = []
    n = 0
    for gold in gold_docs:
        n += 1
        pred = predictions.get(str(gold.get("id")), {})
        matchings = score_document(gold, pred, tallies)
        if keep_errors:
            entry: dict[str, Any] = {"id": gold.get("id"), "missed": {}, "spurious": {}, "near": []}
            for kind, m in matchings.items():
                if kind == "actors_country":
                    continue
                if m.missed:
                    entry["missed"][kind] = [describe(kind, r) for r in m.missed]
                if m.spurious:
                    entry["spurious"][kind] = [describe(kind, r) for r in m.spurious]
                for item in near_misses(kind, m.missed, m.spurious):
                    near.append(item)
                    entry["near"].append(
                        f"{kind} {item.reason}: {describe(kind, item.gold)} | heron: {describe(kind, item.pred)}"
                    )
            if entry["missed"] or entry["spurious"]:
                errors.append(entry)
    return Report({kind: tallies[kind].result() for kind in KINDS}, n, errors, summary(near))


def describe(kind: str, record: Record) -> str:
    """One line for a record in an error listing, with its evidence."""
    if kind.startswith("actors"):
        return f"{record.get('name')!r} {record.get('country')} {record.get('sector')}"
    if kind == "places":
        return f"{record.get('name')!r} {record.get('country')} {record.get('level')}"
    if kind == "claims":
        subject = _country(record.get("subject"))
        figure = (
            record.get("value")
            if record.get("value") is not None
            else f"{record.get('low')}-{record.get('high')}"
        )
        return f"{record.get('measure')} {figure} subject={subject} source={_country(record.get('source'))}: {record.get('evidence')!r}"
    if kind == "events":
        actors = ",".join(sorted(str(c) for c in _countries(record.get("actor"))))
        recipients = ",".join(sorted(str(c) for c in _countries(record.get("recipient"))))
        return f"{record.get('type')} {actors}->{recipients} {record.get('factuality')}: {record.get('evidence')!r}"
    return f"{record.get('speaker')!r}: {(record.get('text') or '')[:80]!r}"
