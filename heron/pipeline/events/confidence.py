"""A learned judgement on the acts the rules code.

The rules of the events stage find a trigger and its parties. Some acts they code have no
party the parse can name ("a curfew was imposed in Gazipur", "the company agreed to raise
wages"); annotators mostly give those to the story's own state, but not always (background,
another act's detail, a doer the rules missed). The events stage gives each such act the
story's country as actor, and a logistic regression over parse features of its trigger
decides whether it is kept. A second regression over the same features, with weights of its
own, judges the acts of a named doer: it drops only those it finds unlikely (a low
threshold), the wordings that dev shows are mostly not events (background, a detail of
another act).

The weights are data (`knowledge/data/models/event_confidence.json`, the named-doer model
under "named"), trained on the dev gold by `scripts/train_event_confidence.py`, never on
the held-out split.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from spacy.tokens import Token

from heron.knowledge import load_json
from heron.pipeline.logistic import probability
from heron.records import Actor, Analysis, Event

_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "must"})
_REPORTING = frozenset({"say", "tell", "accord", "report", "claim", "add", "state"})
_FALLBACK = "heron.unnamed_doer_events"


@cache
def model() -> dict[str, Any]:
    return load_json("models/event_confidence.json")


def _bucket(n: int, edges: Iterable[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return "more"


def _in_quote(token: Token, analysis: Analysis) -> bool:
    return any(
        q.direct and q.span is not None and q.span[0] <= token.idx < q.span[1]
        for q in analysis.quotes
    )


def features(
    token: Token,
    kind: str,
    factuality: str,
    actors: list[Actor],
    recipients: list[Actor],
    analysis: Analysis,
    *,
    unnamed_doer: bool,
    earlier_of_type: int,
) -> list[str]:
    """The parse features of one coded act, as strings."""
    lemma = token.lemma_.lower()
    source = "unnamed" if unnamed_doer else "named"
    sent = token.sent
    sent_index = sum(1 for t in analysis.doc[: sent.start] if t.is_sent_start)
    kids = list(token.children)
    deps = {c.dep_ for c in kids}
    aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    doers = {a.country for a in actors if a.country}
    targets = {a.country for a in recipients if a.country}
    words = {t.lemma_.lower() for t in sent}
    out = [
        f"type={kind}",
        f"src={source}",
        f"type_src={kind}|{source}",
        f"lemma={lemma}",
        f"type_lemma={kind}|{lemma}",
        f"lemma_src={lemma}|{source}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"type_dep={kind}|{token.dep_}",
        f"dep_head={token.dep_}|{token.head.dep_}",
        f"src_dep={source}|{token.dep_}",
        f"fact={factuality}",
        f"type_fact={kind}|{factuality}",
        f"src_fact={source}|{factuality}",
        f"sub={token.dep_ in _SUBORDINATE}",
        f"passive={'auxpass' in deps or 'nsubjpass' in deps}",
        f"src_passive={source}|{'auxpass' in deps or 'nsubjpass' in deps}",
        f"agent={'agent' in deps}",
        f"subject={bool(subjects)}",
        f"src_subject={source}|{bool(subjects)}",
        f"modal={bool(aux & _MODALS)}",
        f"n_actor={_bucket(len(actors), (0, 1, 2))}",
        f"n_recip={_bucket(len(recipients), (0, 1, 2))}",
        f"self={bool(doers) and doers == targets}",
        f"focus_actor={analysis.focus in doers}",
        f"focus_recip={analysis.focus in targets}",
        f"sent={_bucket(sent_index, (0, 1, 2, 4, 7, 11))}",
        f"src_sent={source}|{_bucket(sent_index, (0, 2, 6))}",
        f"quote={_in_quote(token, analysis)}",
        f"reporting={bool(words & _REPORTING)}",
        f"earlier={_bucket(earlier_of_type, (0, 1, 3))}",
        f"type_earlier={kind}|{_bucket(earlier_of_type, (0, 1))}",
    ]
    out += [f"sector={a.sector}" for a in actors[:2]]
    out += [f"src_subj={source}|{s.lemma_.lower()}" for s in subjects[:1]]
    out += [f"subj_ent={s.ent_type_ or s.pos_}" for s in subjects[:1]]
    return out


def mark_unnamed_doer(event: Event, analysis: Analysis) -> None:
    """Note that the event's doer is the story's state for want of a named one."""
    analysis.doc.user_data.setdefault(_FALLBACK, set()).add(id(event))


def event_features(event: Event, token: Token, analysis: Analysis, earlier: int) -> list[str]:
    unnamed = id(event) in analysis.doc.user_data.get(_FALLBACK, set())
    return features(
        token,
        event.type,
        event.factuality,
        event.actor,
        event.recipient,
        analysis,
        unnamed_doer=unnamed,
        earlier_of_type=earlier,
    )


def confident(analysis: Analysis, trigger_of: Any) -> list[Event]:
    """The events kept: an act of no named doer when the model judges it the story's
    state's, an act of a named doer unless the named-doer model finds it unlikely (each a
    probability at least its trained threshold; without a "named" model every named act
    is kept)."""
    m = model()
    named = m.get("named")
    kept: list[Event] = []
    seen: dict[str, int] = {}
    unnamed_ids = analysis.doc.user_data.get(_FALLBACK, set())
    for event in analysis.events:
        earlier = seen.get(event.type, 0)
        seen[event.type] = earlier + 1
        unnamed = id(event) in unnamed_ids
        judge = m if unnamed else named
        if judge is None:
            kept.append(event)
            continue
        token = trigger_of(event, analysis.doc)
        if token is None:
            if not unnamed:
                kept.append(event)
            continue
        feats = event_features(event, token, analysis, earlier)
        if probability(feats, judge["weights"], judge["bias"]) >= judge["threshold"]:
            kept.append(event)
    return kept
