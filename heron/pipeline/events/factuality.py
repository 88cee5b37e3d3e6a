"""Factuality of a trigger (asserted, reported, uncertain, denied, future, hypothetical) and background acts."""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from heron.knowledge import lexicon
from heron.pipeline.attribution import covering
from heron.pipeline.events import irrealis
from heron.pipeline.events.lexicon import _FUTURE_AUX, _MODAL_HYPOTHETICAL, triggers
from heron.pipeline.events.mentions import _children
from heron.pipeline.events.roles import _container
from heron.records import Analysis


def factuality(
    token: Token, analysis: Analysis, kind: str | None = None, doers: frozenset[str] = frozenset()
) -> str | None:
    """Factuality of a trigger, or None for a negated one or a label (no event). A denial is no
    denial of itself, nor of its speaker's own words ("denied the charge, calling it a
    lie": both asserted), nor is a reporting verb or a speaker's own verbal act reported
    ("Hamas accused Israel", "said it was ready to talk"); hedges count in the trigger's
    own clause, not its sentence."""
    lex = triggers()
    kids = {c.lower_ for c in token.children if c.dep_ in ("aux", "neg", "advmod", "auxpass")}
    if (
        any(c.dep_ == "neg" for c in token.children)
        or (_hosted(token) and any(c.dep_ == "neg" for c in token.head.children))
        or _no_one(token)
        or irrealis.failed(token)
        or irrealis.labelled(token)
    ):
        return None  # "did not attack", "No group claimed", "failed to reach a deal"
    verb = token
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "obj") and _hosted(token):
        kids |= {c.lower_ for c in token.head.children if c.dep_ in ("aux", "neg")}
        verb = token.head  # "will host talks between X and Y": the talks' tense is the host's
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head  # "would keep targeting": the modal of the governing verb
        kids |= {c.lower_ for c in verb.children if c.dep_ == "aux"}
    chain = [token, *list(token.ancestors)[:3]]
    words = {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "advmod", "neg")}
    words |= {t.lemma_.lower() for t in chain}
    attribution = covering(analysis.attributions, token.i)
    if attribution is not None and _own_words(token, attribution, kind, doers):
        attribution = None  # "Hamas accused Israel", "X said it was ready to": X's own act
    if attribution is not None and attribution.denial:
        return "denied"
    claim = irrealis.claimed(token)
    if claim is not None:  # "rejected claims that its drones struck": denied
        return claim
    if any(
        f(token) for f in (irrealis.asked, irrealis.deliberated, irrealis.hoped, irrealis.expected)
    ):
        return "hypothetical"  # "Did Rwanda send troops?", "is considering sanctions"
    conditional = any(c.lower_ == "if" for c in token.children if c.dep_ == "mark")
    if kids & _MODAL_HYPOTHETICAL == {"would"} and not conditional and _reported(token):
        return "future"  # "Britain said it would provide": a future in reported speech
    if kids & _MODAL_HYPOTHETICAL or conditional:
        return "hypothetical"
    if kids & _FUTURE_AUX or words & {"plan", "pledge", "vow", "promise", "intend", "threaten"} - {
        token.lemma_.lower()
    }:
        return "future"
    if token.lemma_.lower() in lex.promise_verbs and kind not in lex.verbal_types:
        return "future"  # "pledged 40 million euros": the aid promised is not yet given
    if _prospective(token):
        return "future"  # "is expected to visit Japan", "is due to sign": not yet done
    if _dated_ahead(token, analysis):
        return "future"  # "announced a new day of strikes on June 9"
    clause_words = {t.lower_ for t in _clause(token)} | {
        c.lower_ for t in chain for c in t.children if c.i != token.i and c.dep_ not in _CLAUSES
    }
    if clause_words & lex.uncertain:
        return "uncertain"
    if attribution is not None:
        return "reported"
    return "asserted"


_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "parataxis"})


def _clause(token: Token) -> list[Token]:
    """The words of a trigger's own clause: its subtree without the clauses it holds
    ("signed a pact, weeks after X accused Y": not the accusation's words)."""
    found, todo = [], list(token.children)
    while todo:
        t = todo.pop()
        if t.dep_ in _CLAUSES or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")):
            continue
        found.append(t)
        todo += list(t.children)
    return found


def _prospective(token: Token) -> bool:
    """The act is the complement of an expectation or a schedule ("is expected to visit",
    "is scheduled to meet", "is due to sign", "is set to impose")."""
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "obj"):
        token = token.head  # "is due to host talks": the talks are the hosting's
    head = token.head
    return token.dep_ == "xcomp" and head != token and head.lemma_.lower() in _prospective_heads()


@cache
def _prospective_heads() -> frozenset[str]:
    return frozenset(lexicon("event_clauses")["prospective_heads"])


def _dated_ahead(token: Token, analysis: Analysis) -> bool:
    """A day after publication named in the trigger's own phrase: a planned act."""
    if not analysis.published:
        return False
    words = [token, *_clause(token)]
    proxy = _container(token)
    if token.pos_ in ("NOUN", "PROPN") and proxy.dep_ in ("dobj", "obj"):
        words += [proxy.head, *_clause(proxy.head)]  # "announced strikes on June 9"
    spans = [(t.idx, t.idx + len(t)) for t in words]
    return any(
        d.precision == "day"
        and d.date > analysis.published
        and any(a <= d.start < b for a, b in spans)
        for d in analysis.dates
    )


def _own_words(token: Token, attribution: Any, kind: str | None, doers: frozenset[str]) -> bool:
    """The trigger is the reporting verb itself ("accused", "denied", "announced aid"), or
    a verbal act of the speaker: a verbal act stated in the article's voice, asserted."""
    if token.i == attribution.cue:
        return True
    source = attribution.source
    return (
        kind in triggers().verbal_types
        and source is not None
        and source.country is not None
        and source.country in doers
    )


def _hosted(token: Token) -> bool:
    """A meeting that is the object of its host's verb (the host's verb codes no event)."""
    return token.head.lemma_.lower() == "host" and token.lemma_.lower() in triggers().meeting_nouns


def _no_one(token: Token) -> bool:
    """The doers are no one ("No group claimed", "Not all commanders have accepted")."""
    subject = _children(token, "nsubj")
    return bool(subject) and any(
        c.lower_ in ("no", "not")
        or (c.lower_ == "all" and any(g.dep_ == "neg" for g in c.children))
        for c in subject[0].children
        if c.dep_ in ("det", "neg", "predet")
    )


def _reported(token: Token) -> bool:
    """The clause is what a reporting verb reports ("said it would ...")."""
    node = token
    while node.dep_ in ("xcomp", "conj") and node.head != node:
        node = node.head
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in triggers().reporting_verbs


def is_background(token: Token, analysis: Analysis, max_days: int) -> bool:
    """Background, not news: a date in the clause well before publication, or a
    present perfect running 'since' or 'for' a period ("has besieged the city since May")."""
    if analysis.published:
        from datetime import date

        published = date.fromisoformat(analysis.published)
        clause = token.head if token.dep_ in ("advcl", "xcomp", "acl") else token
        own = [token, *_clause(token)]  # not the dates of a conjoined clause's act
        if clause.i != token.i:  # "signed a deal in 2022": the governing verb's words too
            own += [clause, *_clause(clause)]
        spans = [(t.idx, t.idx + len(t)) for t in own]
        for d in analysis.dates:
            if (
                any(a <= d.start < b for a, b in spans)
                and (published - _period_end(d)).days > max_days
                and not _dates_a_noun(analysis.doc, d.start, clause)
            ):
                return True
    perfect = any(c.lower_ in ("has", "have", "had") and c.dep_ == "aux" for c in token.children)
    durative = any(c.dep_ == "prep" and c.lower_ in ("since", "for") for c in token.children)
    return (
        perfect
        and durative
        and token.tag_ == "VBG"
        or (perfect and durative and any(c.lower_ == "since" for c in token.children))
    )


def _period_end(d: Any) -> Any:
    """The last day of a date's period ("last month": its last day, not its first)."""
    from datetime import date, timedelta

    day = date.fromisoformat(d.date)
    if d.precision == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if d.precision == "year":
        return day.replace(month=12, day=31)
    if d.precision == "week":
        return day + timedelta(days=6)
    return day


def _dates_a_noun(doc: Any, char: int, clause: Token) -> bool:
    """A date inside a noun's modifier ("laws in force since 2005", "fighters who had
    attacked since March") dates that thing, not the act."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    node = span[0]
    while node.i != clause.i and node.head.i != node.i:
        node = node.head
        if node.i == clause.i:
            return False
        if node.pos_ in ("NOUN", "PROPN") and node.ent_type_ not in ("DATE", "TIME"):
            return True
    return False
