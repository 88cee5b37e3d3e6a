"""Recipients by convention: the counterpart of an act that names no one it is aimed
at (counterparts.json), the subject warned of in 'warned that Tokyo would ...', and
'all parties' addressed by a request."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

from spacy.tokens import Token

from heron.knowledge import lexicon
from heron.pipeline.actors import NON_STATE
from heron.pipeline.events.lexicon import triggers
from heron.pipeline.syntax import objects as syntax_objects
from heron.records import Actor, Analysis, Event, country_codes


@cache
def _lex() -> dict[str, Any]:
    return lexicon("counterparts")


def trigger_token(event: Event, doc: Any) -> Token | None:
    """The event's trigger word inside its evidence span."""
    if event.span is None or event.trigger is None or doc is None:
        return None
    span = doc.char_span(*event.span, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.text == event.trigger), None)


def _objects(token: Token) -> list[Token]:
    out = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    out += [p for c in token.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return out


def _responds(token: Token | None, event: Event) -> bool:
    """A response to an earlier act or word: 'rejected the criticism', 'denied that ...'."""
    lex = _lex()
    if event.type in lex["response_types"]:
        return True
    if token is None:
        return False
    if token.lemma_.lower() in lex["response_verbs"] or any(
        f"{token.lemma_.lower()} {c.lower_}" in lex["response_verbs"] for c in token.children
    ):
        return True
    return any(o.lemma_.lower() in lex["response_nouns"] for o in _objects(token))


def _aimed_at(doers: frozenset[str], earlier: list[Event]) -> list[str]:
    """The other-country authors (a UN body too) of the last earlier act aimed at the doers."""
    for event in reversed(earlier):
        if country_codes(event.recipient) & doers:
            others = sorted(country_codes(event.actor) - doers)
            if others:
                return others
    return []


def _home_critics(actors: list[Actor], focus: str | None) -> bool:
    """An opposition, a union, rebels of the story's country: aimed at their own state."""
    doers = country_codes(actors)
    return (
        bool(focus) and doers == {focus} and all(a.sector in _lex()["home_sectors"] for a in actors)
    )


def main_counterpart(
    doers: frozenset[str], events: list[Event], analysis: Analysis, *, bodies: bool = True
) -> str | None:
    """The story's other main party for acts of the doers: the country most often a party
    of the story's events besides the doers, above all as doers; with no such event, the
    country most often named among the actor mentions (none on a tie); a non-state body
    (actors.NON_STATE) only when no state is found, and only if `bodies`."""
    counts: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for event in events:  # the doers of acts weigh more than those acted on
        for weight, side in ((2, event.actor), (1, event.recipient)):
            for country in sorted(country_codes(side) - doers):  # ties: not by hash order
                (others if country in NON_STATE else counts)[country] += weight
    if counts:
        return counts.most_common(1)[0][0]
    named = Counter(
        m.country
        for m in analysis.mentions
        if m.country and m.country not in doers and m.country not in NON_STATE
    )
    if named:
        (country, n), *rest = named.most_common(2)
        if not rest or rest[0][1] != n:
            return country
    if bodies and others:
        return others.most_common(1)[0][0]
    return None


def answered_request(token: Token | None, event: Event, earlier: list[Event]) -> list[Actor]:
    """'The rebels rejected the demand', 'the ministry turned down that request': an answer
    to a request told before, named by a definite reference with no one on it, is aimed at
    whoever made the request (the last earlier REQUEST of other doers), not at the
    story's other country."""
    lex = _lex()
    if token is None or event.type in lex["request_types"]:
        return []
    refs, marks = set(lex["request_references"]), set(lex["reference_marks"])
    for obj in _objects(token):
        if obj.lemma_.lower() not in refs and obj.lower_ not in refs:
            continue
        dets = [c for c in obj.children if c.dep_ in ("det", "poss")]
        if not dets or any(d.dep_ == "poss" or d.lower_ not in marks for d in dets):
            continue  # "Kenya's demand", "a call": not a reference to one told
        if any(c.ent_type_ for c in obj.subtree if c != obj):
            continue  # "the Russian demand", "the call by Hungary": its maker named
        doers = {(a.name or "").lower() for a in event.actor}
        for prev in reversed(earlier):
            if prev.type in lex["request_types"] and prev.actor:
                if {(a.name or "").lower() for a in prev.actor} == doers:
                    continue  # the answerer's own request
                return list(prev.actor)
        return []
    return []


def referred_people(token: Token | None, event: Event, earlier: list[Event]) -> list[Actor]:
    """'Police arrested two Belarusian men. Prosecutors charged the men with espionage':
    people named again by a pronoun or 'the men' are those the act told just before
    (within a sentence or two) was done to, named by their country."""
    lex = _lex()
    if token is None or event.span is None:
        return []
    if country_codes(event.recipient) - country_codes(event.actor):
        return []  # a recipient of another country named
    pronouns, nouns = set(lex["people_pronouns"]), set(lex["people_references"])
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not any(
        o.lower_ in pronouns
        or (
            o.lemma_.lower() in nouns
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in o.children)
            and not any(c.ent_type_ for c in o.subtree)
        )
        for o in objects
    ):
        return []
    for prev in reversed(earlier):
        if prev.span is None or event.span[0] - prev.span[1] > 300:
            return []
        named = [a for a in prev.recipient if a.span is not None and a.country]
        if named:
            return named
    return []


def enabled_act_doers(token: Token | None, event: Event, mentions: Any) -> list[Actor]:
    """'EU ministers approved the package after Slovakia dropped its objections': a
    concession that lets another's act go ahead is made to the doer of that act (the
    subject of the clause it is an 'after' or 'once' clause of)."""
    if token is None or event.type != "CONCEDE" or token.dep_ != "advcl":
        return []
    if not any(c.dep_ == "mark" and c.lower_ in _lex()["enabling_marks"] for c in token.children):
        return []
    doers = country_codes(event.actor)
    subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "agent")]
    subjects += [p for c in subjects if c.dep_ == "agent" for p in c.children]
    return [
        m.actor()
        for s in subjects
        for m in mentions
        if m.head == s.i and m.country and m.country not in doers
    ]


def _warned_subject(token: Token, doers: frozenset[str], mentions: Any) -> list[Actor]:
    """'warned that Tokyo would bear the consequences': Tokyo is warned."""
    if token.lemma_.lower() not in _lex()["warning_verbs"]:
        return []
    out: list[Actor] = []
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            for m in mentions:
                if m.country and m.country not in doers and m.head == subj.i:
                    out.append(m.actor())
    return out


def _unnamed_addressee(token: Token) -> bool:
    """'thanked the allies', 'urged donors': addressed to no one named."""
    unnamed = triggers().unnamed_addressees
    return any(o.lemma_.lower() in unnamed for o in _objects(token)) or appeal_for_funds(token)


def appeal_for_funds(token: Token) -> bool:
    """'appealed for $4.1bn', 'appealing for funds', 'appealed for donors to fill the gap':
    a call on donors at large, not on the country the money is for."""
    lex = triggers()
    unnamed = lex.unnamed_addressees
    for child in token.children:
        if (
            child.dep_ == "prep"
            and child.lower_ == "for"
            and any(
                p.ent_type_ == "MONEY"
                or p.lemma_.lower() in lex.fund_nouns
                or p.lemma_.lower() in unnamed
                for p in child.children
                if p.dep_ == "pobj"
            )
        ):
            return True
        if child.dep_ in ("advcl", "xcomp") and any(
            s.dep_ == "nsubj" and s.lemma_.lower() in unnamed for s in child.children
        ):
            return True
    return False


def _forum_only(token: Token, event: Event) -> bool:
    """The only recipients are the forum a complaint is lodged with ('lodged a complaint
    with the UN Security Council', 'filed a case at the ICJ'), not whom it is against."""
    lex = _lex()
    bodies = country_codes(event.recipient)
    if not bodies or not bodies <= NON_STATE:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")] + [token]
    return any(
        prep.lower_ in lex["forum_preps"]
        for o in objects
        for prep in o.children
        if prep.dep_ == "prep"
    )


def _all_parties(token: Token) -> bool:
    """'urged all parties', 'called on the warring sides', 'pressed both sides'."""
    words = _lex()["all_parties"]
    objects = syntax_objects(token, ("on", "to", "with"))
    return any(
        o.lemma_.lower() in words["nouns"]
        and any(
            c.lower_ in words["marks"] or c.lemma_.lower() in words["marks"] for c in o.children
        )
        for o in objects
    )


def _conflict_parties(events: list[Event], before: int, focus: str | None) -> list[Actor]:
    """The two sides of the last act between two countries, else the story's country."""
    for event in reversed(events[:before]):
        sides = (country_codes(event.actor) | country_codes(event.recipient)) - NON_STATE
        if len(sides) == 2:
            return [Actor.state(c) for c in sorted(sides)]
    return [Actor.state(focus)] if focus else []


def counterpart_recipients(analysis: Analysis) -> None:
    """Fill the recipients the parse left empty by the conventions above."""
    lex = _lex()
    events = sorted(analysis.events, key=lambda e: e.span[0] if e.span else 0)
    for i, event in enumerate(events):
        doers = country_codes(event.actor)
        if not doers:
            continue
        token = trigger_token(event, analysis.doc)
        requesters = answered_request(token, event, events[:i])
        if requesters:  # "rejected the demand": of the party that made it
            event.recipient = requesters
            continue
        enabled = enabled_act_doers(token, event, analysis.mentions)
        if enabled:  # "approved the package after Slovakia dropped its objections"
            event.recipient = enabled
            continue
        referred = referred_people(token, event, events[:i])
        if referred:  # "charged the men": the men arrested just before
            event.recipient = referred
            continue
        if event.type == "THREATEN" and token is not None:
            warned = _warned_subject(token, doers, analysis.mentions)
            if warned and not (country_codes(event.recipient) - doers):
                event.recipient = warned
                continue
        if event.type == "ACCUSE" and token is not None and _forum_only(token, event):
            event.recipient = []  # "lodged a complaint with the UN Security Council"
        if (
            event.recipient
            and event.type in lex["response_types"]
            and not (country_codes(event.recipient) - doers)
        ):  # "denied that Serbian officers had crossed": its own people named, not the accuser
            accusers = [c for c in _aimed_at(doers, events[:i]) if c not in NON_STATE]
            if accusers and not _home_critics(event.actor, analysis.focus):
                event.recipient = [Actor.state(c) for c in accusers]  # another state's charge
            continue
        if event.type in lex["request_types"]:
            if (
                token is not None
                and not (country_codes(event.recipient) - doers)
                and _all_parties(token)
            ):  # "urged all parties", "called on both governments": not the speaker's own
                event.recipient = _conflict_parties(events, i, analysis.focus)
            continue
        if event.recipient:
            continue
        if event.type not in lex["types"] and event.type not in lex["response_only"]:
            continue
        if event.mode in lex["no_counterpart_modes"] or (
            token is not None and _unnamed_addressee(token)
        ):
            continue
        responds = _responds(token, event)
        if event.type in lex["response_only"] and not responds:
            continue
        if _home_critics(event.actor, analysis.focus):
            event.recipient = [Actor.state(analysis.focus)]  # type: ignore[arg-type]
            continue
        others = _aimed_at(doers, events[:i]) if responds else []
        if not others:
            other = main_counterpart(doers, events, analysis)
            others = [other] if other else []
        event.recipient = [Actor.state(c) for c in others]


def vowed_threats(analysis: Analysis) -> None:
    """A future act of a 'threat_modes' type under a vow of its own doer ("the Houthis
    vowed to keep attacking ships") is a THREATEN event (records.md: a threat)."""
    lex, modes = _lex(), triggers().threat_modes
    for event in analysis.events:
        if event.type not in modes or event.factuality != "future":
            continue
        token = trigger_token(event, analysis.doc)
        if token is None:
            continue
        head = token
        while head.dep_ in ("xcomp",) and head.head.i != head.i:
            head = head.head
            if head.lemma_.lower() in lex["vow_verbs"]:
                kind = modes[event.type]
                event.type, event.mode = "THREATEN", kind.get(event.mode or "", kind.get("*"))
                event.factuality = "asserted"
                break


def borne_blame(analysis: Analysis) -> None:
    """'Belgrade bears full responsibility for his safety', said the Kosovo minister: the
    speaker accuses, the bearer is accused ('blame_bearers' of counterparts.json)."""
    for event in analysis.events:
        if event.type != "ACCUSE" or event.source is None or not event.source.country:
            continue
        token = trigger_token(event, analysis.doc)
        if token is None or token.lemma_.lower() not in _lex()["blame_bearers"]:
            continue
        if event.source.country in country_codes(event.actor):
            continue
        event.recipient, event.actor = event.actor, [event.source]
        event.factuality = "asserted"  # the speaker's charge is stated
