"""Coding triggers into events: types and modes, implied parties, merging repeated mentions, and the stage."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from spacy.tokens import Token

from heron.knowledge import lexicon
from heron.pipeline.actors import Mention, section_country, sector_cues
from heron.pipeline.attribution import covering
from heron.pipeline.events.confidence import confident, mark_unnamed_doer
from heron.pipeline.events.counterpart import (
    appeal_for_funds,
    borne_blame,
    counterpart_recipients,
    trigger_token,
    vowed_threats,
)
from heron.pipeline.events.factuality import _clause, factuality, is_background
from heron.pipeline.events.implicit_roles import (
    drawn_reaction,
    handed_over,
    measure_doer,
    measure_onset,
    one_sided_call,
    vowed_response,
)
from heron.pipeline.events.lexicon import Trigger, _dependents_lemmas, match_triggers, triggers
from heron.pipeline.events.material import (
    adjust_material,
    distinct_acts,
    weapon_passive_doer,
    weapon_subject_doer,
)
from heron.pipeline.events.mentions import (
    _PERSON_PRONOUNS,
    MentionIndex,
    _actor,
    _children,
    _nationality_of,
    described,
    implied,
)
from heron.pipeline.events.roles import (
    _named_or_described,
    _preps,
    _subject,
    helped_actor,
    purpose_aid,
    retaliation_target,
    roles,
    scene_places,
)
from heron.pipeline.events.sides import mediated, reciprocal
from heron.pipeline.registry import stage
from heron.pipeline.syntax import dateline, subtree_span
from heron.records import Actor, Analysis, Event, country_codes


def referenced_actors(
    token: Token, earlier: list[Event], by_token: dict[int, Event], doc: Any
) -> list[Actor]:
    """'condemned the shelling', 'rejected the accusations': the object names an
    earlier event (by its trigger, its object or a generic noun for its type), whose
    actors are the recipients."""
    objects = _children(token, "dobj", "obj", "nsubjpass") + [
        p for prep in _children(token, "prep") for p in _children(prep, "pobj")
    ]
    objects += [s for c in _children(token, "ccomp") for s in _children(c, "nsubj")]
    if token.dep_ == "relcl" and any(o.tag_ in ("WDT", "WP") for o in objects):
        objects.append(token.head)  # "drills that North Korea denounced"
    generic = triggers().reference_nouns
    before = [
        (i, e) for i, e in sorted(by_token.items(), reverse=True) if i < token.i and e in earlier
    ]
    for obj in objects:
        if obj.i in by_token:
            return list(by_token[obj.i].actor)
        if obj.pos_ == "PRON":
            continue  # "accusing them": a person, not an earlier event
        lemma = obj.lemma_.lower()
        for i, event in reversed(before):  # the first named by its word ("condemned the drills")
            trigger = doc[i]
            words = {trigger.lemma_.lower()[:5]} | {
                c.lemma_.lower()[:5] for c in trigger.children if c.dep_ in ("dobj", "obj")
            }
            if lemma[:5] in words:
                return list(event.actor)
        named = generic.get(lemma) or {t.type for t in triggers().by_lemma.get(lemma, [])}
        for _, event in reversed(before):  # else the first of a type the noun names
            if event.type in named:
                return list(event.actor)
    return []


def place_recipient(token: Token, analysis: Analysis) -> Actor | None:
    """An attack on a place with no named actor hits that place's country."""
    objects = _children(token, "dobj", "obj", "nsubjpass") + [
        p
        for prep in _preps(token)
        if prep.lower_ in ("on", "at", "against", "into")
        for p in _children(prep, "pobj")
    ]
    spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for o in objects]
    for pm in analysis.place_mentions:
        if any(a <= pm.start < b for a, b in spans) and pm.place.country:
            return _place_actor(pm)
    return None


def event_place_actor(token: Token, analysis: Analysis) -> Actor | None:
    """The country of the place named in the clause of an attack ("struck a market in Gaza",
    "a strike hit a school in Gaza")."""
    clause = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    inside = [pm for pm in analysis.place_mentions if start <= pm.start < end and pm.place.country]
    if not inside:
        return None
    return _place_actor(min(inside, key=lambda pm: abs(pm.head - token.i)))


def _scene_country(event: Event, token: Token, analysis: Analysis) -> Actor | None:
    """The country of the town or region an attack happened in (its place, named in its
    sentence), when the doers are of another: the side that was hit."""
    if not event.place or not event.actor:
        return None
    doers = country_codes(event.actor)
    sent = token.sent
    for pm in analysis.place_mentions:
        if not sent.start_char <= pm.start < sent.end_char:
            continue
        if pm.text == event.place and pm.place.level in ("city", "admin1"):
            if pm.place.country and pm.place.country not in doers:
                return _place_actor(pm)
            return None
    return None


def _place_actor(pm: Any) -> Actor:
    """A place standing for its country as the target of an act."""
    return Actor(
        name=pm.text,
        country=pm.place.country,
        sector=None,
        evidence=pm.text,
        span=(pm.start, pm.end),
    )


def mode_of(token: Token, trig: Trigger) -> str | None:
    weapons = lexicon("event_clauses")["weapon_modes"]
    if trig.type == "ASSAULT" and (trig.mode is None or trig.mode in weapons):
        named = _named_weapon(token, weapons)
        if named is not None:  # "ambushed a convoy, detonating roadside bombs": explosives
            return named
    if trig.mode:
        return trig.mode
    if trig.type in triggers().complement_modes:
        mode = complement_mode(token, trig.type)
        if mode is not None:
            return mode
    cues = triggers().mode_cues.get(trig.type, {})
    for t in token.subtree:
        mode = cues.get(t.lemma_.lower())
        if mode:
            return mode
    return None


def _named_weapon(token: Token, weapons: list[str]) -> str | None:
    """The weapon mode named in the act's own clause and its participles (records.md
    Weapon modes), the most telling first (drone, aerial, heavy weapons, ..., firearms)."""
    data = lexicon("event_clauses")
    cues = {**triggers().mode_cues.get("ASSAULT", {}), **data["weapon_cues"]}
    words = [token, *_clause(token)]
    words += [  # "attacked the town, firing rockets": the participle's weapons too
        t for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG" for t in c.subtree
    ]
    found = {_weapon(t, cues, data["ground_bomb_marks"]) for t in words if t.lemma_.lower() in cues}
    ranked = [m for m in weapons if m in found]
    return ranked[0] if ranked else None


def _weapon(word: Token, cues: dict[str, str], ground: list[str]) -> str:
    """A word's weapon mode; a roadside or car bomb is explosives, not aerial."""
    if word.lemma_.lower() == "bomb" and any(c.lower_ in ground for c in word.children):
        return "explosives"
    return cues[word.lemma_.lower()]


def _complements(token: Token) -> list[Token]:
    """The act a request, refusal or threat is about: its infinitive or clause ("urged
    Bishkek to free", "warned that it would respond"), the means of a response ("respond
    by restricting"), else a nominal object ("called for talks", "rejected the ceasefire")."""
    verbs = [
        c
        for c in token.children
        if c.dep_ in ("xcomp", "ccomp")
        and c.pos_ in ("VERB", "AUX")
        or (c.dep_ == "acl" and token.pos_ in ("NOUN", "PROPN"))
    ]
    found = []
    for verb in verbs:
        means = [  # "would respond by restricting": the means names the act
            p for prep in _children(verb, "prep") if prep.lower_ == "by" for p in prep.children
        ]
        found += [*means, verb]
    found += [p for prep in _children(token, "prep") if prep.lower_ == "for" for p in prep.children]
    return found + _children(token, "dobj", "obj")


def complement_mode(token: Token, kind: str) -> str | None:
    """The mode of a request, refusal or threat from the kind of act it is about."""
    modes = triggers().complement_modes.get(kind, {})
    cues = triggers().mode_cues.get(kind, {})
    for act in _complements(token):
        if act.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
            continue
        for trig in match_triggers(act):
            inner = trig.mode or mode_of(act, trig)
            mode = modes.get(f"{trig.type} {inner}") or modes.get(trig.type)
            if mode is not None:
                return mode
        for t in act.subtree:  # "called for dialogue", "to speed up deliveries"
            if cues.get(t.lemma_.lower()):
                return cues[t.lemma_.lower()]
        if act.pos_ in ("VERB", "AUX") and "*" in modes:
            return modes["*"]  # "urged both sides to avoid unilateral steps": a change
    return None


def contexts_of(token: Token) -> list[str]:
    words = {t.lemma_.lower() for t in token.sent}
    return sorted(c for c, cues in triggers().contexts.items() if words & set(cues))


_LEVEL_RANK = {"other": 0, "city": 0, "admin1": 1, "country": 2}


def place_of(
    token: Token, analysis: Analysis, *, verbal: bool = False, planned: bool = False
) -> str | None:
    """Where it happened: the most specific place in the trigger's clause (nearest first
    among equals), else in its sentence; for a verbal act only a place said of the act
    itself ("lodged a protest in Beijing"), not of what it is about."""
    if verbal:
        heads = {p.i for prep in _children(token, "prep") for p in _children(prep, "pobj")}
        inside = [pm for pm in analysis.place_mentions if pm.head in heads]
    else:
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        inside = [pm for pm in analysis.place_mentions if start <= pm.start < end]
        if not inside:
            sent = token.sent
            inside = [
                pm for pm in analysis.place_mentions if sent.start_char <= pm.start < sent.end_char
            ]
    if not inside and not verbal and not planned:  # "Police detained 11 people." after the
        # town is named (a planned act's place is not yet known)
        inside = _context_places(token, analysis)
    if not inside:
        return None
    best = min(inside, key=lambda pm: (_LEVEL_RANK.get(pm.place.level, 1), abs(pm.head - token.i)))
    return best.text


def _context_places(token: Token, analysis: Analysis) -> list[Any]:
    """Where an act whose sentence names no place happened, as annotators read it: the
    last town, site or province named before it in its paragraph, else the first town or
    site of the lead."""
    sent_start = token.sent.start_char
    para_start = analysis.doc.text.rfind("\n", 0, sent_start) + 1
    line = dateline(analysis.doc)
    filed_from = line.end_char if line is not None else 0  # the reporter's city is no scene
    mentions = [pm for pm in analysis.place_mentions if pm.start >= filed_from]
    before = [
        pm for pm in mentions if para_start <= pm.start < sent_start and pm.place.level != "country"
    ]
    if before:
        return [max(before, key=lambda pm: pm.start)]
    lead = next(iter(analysis.doc.sents))
    return [
        pm for pm in mentions if pm.start < lead.end_char and pm.place.level in ("city", "other")
    ][:1]


def date_of(token: Token, analysis: Analysis) -> str | None:
    sent = token.sent
    for d in analysis.dates:
        if d.precision == "day" and sent.start_char <= d.start < sent.end_char:
            return str(d.date)
    return None


_REFUSAL_AUX = frozenset({"will", "would", "'ll", "wo", "shall", "did"})


def find_events(
    analysis: Analysis,
    drop_hypothetical: bool,
    background_days: int = 45,
    unnamed_doers: bool = True,
) -> list[Event]:
    index = MentionIndex(analysis.mentions)
    events: list[Event] = []
    by_token: dict[int, Event] = {}
    parties: list[list[Mention]] = []  # the doers of earlier acts of two countries
    pairs: list[list[Actor]] = []  # the two sides of earlier acts between two countries
    done: set[int] = set()  # acts already coded at the order that commands them
    candidates: list[Event] = []  # acts of no named doer, for the confidence model
    for token in analysis.doc:
        coded = None if token.i in done else code_trigger(token, index)
        if coded is None:
            continue
        _trig, kind, mode, actors, recipients = coded
        negated = (
            kind in triggers().negated_types
            and any(c.dep_ == "neg" for c in token.children)
            and any(c.dep_ == "aux" and c.lower_ in _REFUSAL_AUX for c in token.children)
        )  # "would not back", "will not sign", "did not accept" (not "does not recognise": a stance)
        if negated and _no_accord(token):
            continue  # "the two sides did not agree on a ceasefire": no act, not a refusal
        if negated:  # "Paris would not back ratification": a refusal
            kind, mode = triggers().negated_types[kind], None
        means = _means(token, kind, index)
        if means is not None:  # "retaliated by expelling diplomats": the expulsion
            kind, mode, recipients = means[1], means[2], means[4] or recipients
            done |= {t.i for t in _means_tokens(token)}
        if kind == "REQUEST" and (ordered := _ordered_act(token, index)) is not None:
            kind, mode, recipients, act = ordered  # "ordered the army to raise readiness"
            done |= act  # the orderer's own act, not a request
        called = _called_protest(token, index) if kind == "REQUEST" else None
        if called is not None:  # "called for a rally on Saturday": the protest, planned
            kind, mode, recipients = "PROTEST", called[0], []
            done |= called[1]
        if kind == "REQUEST" and _anonymity(token):
            continue  # "who asked not to be named": no request
        if _host_of_meeting(token):
            continue  # "talks hosted by the UAE": the talking parties consult, not the host
        if kind == "RETREAT" and _rescue(token, actors):
            kind, mode = "ASSAULT", None  # "troops freed the abducted girls": on the captors
            recipients = [implied(analysis.focus, None, "captors", token)] if analysis.focus else []
        if (
            token.pos_ in ("NOUN", "PROPN")
            and token.dep_ in ("dobj", "obj")
            and code_trigger(token.head, index) is not None
            and not _host_of_meeting(token.head)  # "hosted talks between X and Y": the talks
        ):
            continue  # "launched exercises": the verb's entry codes the pair
        if kind == "REQUEST" and token.tag_ == "VBG":
            if _protest_act(token.head, index):
                continue  # "protesters rallied, calling for ...": the demand is the protest's
            if token.dep_ == "acl" and token.head.lemma_.lower() in triggers().people:
                kind, mode = "PROTEST", "demo"  # "thousands of workers demanding higher wages"
        if kind == "MOBILIZE" and _joint_exercise(token, actors):
            kind, mode = "COOPERATE", None  # "South Korean and U.S. forces began an exercise"
        if _pair_reference(token, index):  # "the two leaders held talks": the pair named
            if parties:  # before, else (none named) two at home
                actors = parties[-1]
            elif analysis.focus:
                actors = [implied(analysis.focus, None, "both", token)]
        actors, recipients = _sides(token, kind, actors, recipients)
        actors, recipients = drawn_reaction(
            token, actors, recipients, analysis
        )  # "drew criticism from"
        if one_sided_call(token, kind, actors, recipients):
            continue  # "spoke by phone with Ali": one side of a known country only
        if kind == "MOBILIZE" and not recipients:
            recipients = _frontier(token, index)  # "sent units to the line with Kosovo"
        if kind == "COOPERATE" and not recipients:
            recipients = _acting_on(token, index)  # "acting on intelligence shared by the DEA"
        if kind in triggers().needs_recipient and not recipients:
            continue  # "a joint drill" of one side only: no exchange between parties
        if not actors and analysis.focus and (unnamed := _unnamed_doer(token, kind)):
            actors = [
                implied(analysis.focus, *unnamed, token)
            ]  # "gunmen abducted": the story's own
        if not actors and analysis.focus and kind != "SANCTION" and _authority_passive(token):
            actors = [
                implied(analysis.focus, "COP", "authorities", token)
            ]  # "112 people were arrested"
        if not actors and kind == "ASSAULT":
            actors = weapon_passive_doer(token, analysis) or weapon_subject_doer(
                token, analysis, events
            )  # "homes were hit by shells", "a missile hit a block": the story's attacker
        if not actors:  # "drones struck warehouses", "a night curfew will apply"
            actors = measure_doer(token, kind, analysis)
        if not actors and analysis.focus and kind == "ASSAULT" and _stoned(token):
            actors = [
                implied(analysis.focus, "CVL", "protesters", token)
            ]  # "officers were pelted with stones"
        if not actors and analysis.focus and kind in triggers().crowd_acts and _crowd(token):
            actors = [
                implied(analysis.focus, "CVL", "protesters", token)
            ]  # "50,000 people joined the march"
        if kind == "AGREE" and _hostile_offer(token):
            continue  # "prepared to fire": a readiness to fight is no agreement
        if _state(token):
            continue  # "while troops remained deployed": a state, not an act
        if _denies_an_act(token):
            continue  # "denied targeting civilians": the act inside is the event (denied)
        if _aim_of_other_act(token, kind, by_token):
            continue  # "adopted sanctions, targeting 117 tankers": the sanctions' target
        if kind not in triggers().verbal_types and _quoted_testimony(token, analysis):
            continue  # "They shot at us like we were criminals," a worker said: testimony
        if (
            _wanted_not_done(token)
            or _requested_not_done(token)
            or _refused_not_done(token)
            or _gapped_aim(token)
        ):
            continue  # "seeking to seize the city", "urged them to lift": aims, not acts
        no_doer = (
            not actors
            and unnamed_doers
            and analysis.focus is not None
            and token.lemma_.lower() not in lexicon("event_clauses")["reactions_drawn"]
            and not _trig.nominal_needs_actor
        )  # ("has drawn criticism": of no one named; "the detention of migrants": its doer
        # must be named)
        if no_doer and _subject_is_told_act(token, kind, events):
            continue  # "The bombardment killed five people": the strike told before
        if no_doer and analysis.focus:  # "the company agreed to raise wages": the confidence
            home = section_country(analysis.doc, token) or analysis.focus  # model judges it
            actors = [implied(home, None, "unnamed", token)]
        if not actors:
            continue
        if _descriptive_relative(token) or _allegiance_participle(token):
            continue  # "a base that hosts U.S. troops", "militias backed by Tehran": no news
        if _definite_reference(token) and any(e.type == kind for e in events):
            continue  # "dismissed the sanctions as ...": the sanctions told before
        emergency = _emergency_over(token, kind, by_token)
        if emergency is not None:  # "declared a state of emergency, suspending the right
            _merge_recipients(emergency, recipients)  # of assembly": part of the emergency
            by_token[token.i] = emergency
            continue
        head_event = by_token.get(token.head.i)
        if (
            head_event is not None
            and head_event.type == kind
            and token.dep_ in ("advcl", "conj", "xcomp")
            and not _children(token, "nsubj", "nsubjpass")
            and (
                kind in triggers().verbal_types
                or head_event.mode == mode
                or None in (head_event.mode, mode)
                or (token.dep_ == "conj" and not _children(token.head, "dobj", "obj"))
                or (kind == "ASSAULT" and token.dep_ == "advcl" and token.tag_ == "VBG")
            )
        ):  # "intercepted and destroyed 47 drones": one act on a shared object  # "shelled Kharkiv, killing 12": one happening (not "seized ..., detaining ...")
            _merge_recipients(
                head_event, recipients
            )  # "shelled Kharkiv, killing 12": one happening
            by_token[token.i] = head_event
            continue
        fact = factuality(token, analysis, kind, frozenset(m.country for m in actors if m.country))
        if negated and fact is None:
            fact = "asserted"  # the refusal is stated (the act it refuses is not done)
        if called is not None and fact in ("asserted", "reported"):
            fact = "future"  # the protest called is still to come
        if fact is None or (fact == "hypothetical" and drop_hypothetical):
            continue
        if fact != "future" and is_background(token, analysis, background_days):
            continue
        if (
            fact == "future"
            and kind in triggers().threat_modes
            and not measure_onset(token)  # "a curfew will apply": the measure, not a threat
            and _announced(token, analysis, actors, index)
        ):
            modes = triggers().threat_modes[kind]  # "the group would keep targeting ships"
            kind, mode, fact = "THREATEN", modes.get(mode or "", modes.get("*")), "asserted"
            cues = triggers().mode_cues.get("THREATEN", {})
            named = [
                cues[t.lemma_.lower()]
                for m in _means_tokens(token)
                for t in m.subtree
                if t.lemma_.lower() in cues
            ]
            mode = named[0] if named else mode  # "would retaliate by restricting imports"
            warning = _warning_over(token, by_token)
            if warning is not None:  # "warned that it would respond by ...": the warning's
                by_token[token.i] = warning
                continue
        claims_in = _claims_in(token, analysis)
        event = _event(
            token, analysis, kind=kind, mode=mode, actors=actors, fact=fact, claims=claims_in
        )
        referenced = (
            referenced_actors(token, events, by_token, analysis.doc)
            if kind in triggers().reactions
            else []
        )
        event.recipient = (
            [a for a in referenced if (a.country, a.sector) not in {m.key for m in actors}]
            or _unique(recipients)
            or (
                _pair(pairs, analysis)
                if _pair_addressed(token) or _buffer(token, kind) or mode == "third-party"
                else []
            )
            or (_offered_to(token, actors, index) if kind == "AGREE" else [])
            or _provoker(token, actors, index)
            or (_threatened(token, actors, index) if kind == "THREATEN" else [])
            or (
                retaliation_target(event, events, triggers().hostile_types)
                if kind == "THREATEN"
                else []
            )
            or (_news_doers(events, actors) if _trig.about_the_news else [])
            or implied_recipients(token, event, analysis, events, by_token)
        )
        host = _host_of_mission(actors, analysis) if kind in triggers().verbal_types else None
        if host is not None and not country_codes(event.recipient) - country_codes(event.actor):
            event.recipient = [
                host
            ]  # "the Russian embassy in Helsinki demanded access": of Finland
        if kind == "AID" and country_codes(event.recipient) <= country_codes(event.actor):
            moved = [t for t in match_triggers(token) if t.type == "MOBILIZE"]
            if moved:  # "will send 400 soldiers to Highland Papua": a move at home
                event.type, event.mode, event.recipient = "MOBILIZE", moved[0].mode, []
        if event.type == "MOBILIZE" and not event.recipient:
            event.recipient = _home_destination(token, analysis, event.actor)
        adjust_material(event, token, analysis, events)  # conventions of the material types
        if _strike_of_no_workers(event, token):
            continue  # "Syria said the strikes killed four soldiers": a war's, no walkout
        handed_over(event, token, analysis)  # "handed over 29 suspects to US authorities"
        vowed_response(event, token)  # "would respond with countermeasures": a threat
        if no_doer:  # judged after the loop; never the first mention others merge into
            candidates.append(event)
            continue
        same = next(
            (e for e in events if _same_happening(e, event) and not distinct_acts(e, event, token)),
            None,
        )
        if same is not None:  # a repeated mention of one happening
            same.claims = sorted(set(same.claims) | set(claims_in))
            first = trigger_token(same, analysis.doc)
            if not same.recipient and not (first is not None and _unnamed_addressee(first)):
                same.recipient = event.recipient  # (not onto "urged partners": no one named)
            by_token[token.i] = same
            continue
        by_token[token.i] = event
        events.append(event)
        if len({m.country for m in actors}) == 2:
            parties.append(actors)
        if len(country_codes(event.actor) | country_codes(event.recipient)) == 2:
            pairs.append(_unique_actors(event.actor + event.recipient))
    for event in candidates:  # not a repeat of an act told with its doer
        if not any(_same_happening(e, event) for e in events):
            mark_unnamed_doer(event, analysis)
            events.append(event)
    return events


def _no_accord(token: Token) -> bool:
    """'did not agree on a monitoring mechanism': an accord not reached (about something),
    unlike 'did not agree to the proposal', which refuses one."""
    return token.lemma_.lower() == "agree" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "over", "about") for c in token.children
    )


def _means_tokens(token: Token) -> list[Token]:
    return [
        p
        for prep in _children(token, "prep")
        if prep.lower_ == "by"
        for p in _children(prep, "pcomp", "pobj")
        if p.pos_ in ("VERB", "NOUN")
    ]


def _means(token: Token, kind: str, index: MentionIndex):
    """A response whose means names the act ("retaliated by expelling two diplomats",
    "would respond by restricting imports"): the act is the means', done by the responder."""
    if kind != "ASSAULT" or _children(token, "dobj", "obj"):
        return None
    for act in _means_tokens(token):
        coded = code_trigger(act, index)
        if coded is not None and coded[1] != "ASSAULT":
            return coded
    return None


def _definite_reference(token: Token) -> bool:
    """A bare definite noun naming an act ("the sanctions", "the attack"): a reference to
    the act already told, not a new one (no owner, doer or date of its own)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = list(token.children)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that") for c in kids)
    own = any(c.dep_ in ("poss", "amod", "compound", "nummod", "prep", "acl") for c in kids)
    return definite and not own


def _subject_is_told_act(token: Token, kind: str, events: list[Event]) -> bool:
    """The act's subject is a bare definite noun for an act of its type already told ("The
    bombardment killed five people", "The attack wounded 20"): a detail of that act."""
    return any(e.type == kind for e in events) and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and _definite_reference(c)
        and (
            c.lemma_.lower() in sector_cues().event_nouns
            or any(t.type == kind for t in match_triggers(c))
        )
        for c in token.children
    )


def _allegiance_participle(token: Token) -> bool:
    """'militias backed by Tehran', 'police units supported by the mission': a participle
    on a noun that says whose side a group is on describes it; it reports no act."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.lemma_.lower() in triggers().allegiance_participles
    )


def _descriptive_relative(token: Token) -> bool:
    """A relative clause that describes its noun rather than reports an act: a present
    state or habit ("a base that hosts U.S. troops", "which Moscow denies", "that the
    authorities have repeatedly criticised"), or an act before or after the news ("whose
    troops had fought", "which will destroy them"). A relative clause in the simple past
    ("protesters who blocked the bridge") stays an act."""
    if token.dep_ != "relcl":
        return False
    cues = lexicon("event_clauses")
    aux = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    adverbs = {c.lower_ for c in token.children if c.dep_ == "advmod"}
    present = token.tag_ in ("VBZ", "VBP") and not aux
    return bool(
        present
        or aux & set(cues["relative_background_aux"])
        or adverbs & set(cues["habitual_adverbs"])
    )


def denied_accusations(analysis: Analysis) -> None:
    """An accusation met by a denial of the accused ("Rwanda denied the charge") is
    uncertain (records.md Voice)."""
    deniers = [
        (a.sentence[0], a.source.country)
        for a in analysis.attributions
        if a.denial and a.source is not None and a.source.country
    ]
    doc = analysis.doc
    for event in analysis.events:
        if event.type != "ACCUSE" or event.factuality not in ("asserted", "reported"):
            continue
        accused = country_codes(event.recipient) - country_codes(event.actor)
        start = doc.char_span(*event.span, alignment_mode="expand") if event.span else None
        if start is None or not accused:
            continue
        if any(i >= start.sent.start and c in accused for i, c in deniers):
            event.factuality = "uncertain"


_ARMED_REBELS = frozenset({"REB", "PRM", "UAF", "CRM"})  # non-state armed sides
_STATE_FORCES = frozenset({"MIL", "COP", "GOV", "SPY"})


def _sectors_of(actors: list[Actor]) -> frozenset[str]:
    return frozenset(a.sector for a in actors if a.sector)


def _same_happening(a: Event, b: Event) -> bool:
    """Two mentions of one happening: same type and doers, targets that agree (or one
    unnamed), and no place, date or mode that tells them apart."""
    if a.type != b.type or not country_codes(a.actor) & country_codes(b.actor):
        return False
    ra, rb = country_codes(a.recipient), country_codes(b.recipient)
    if ra and rb and ra != rb:
        return False
    sides = [bool(_sectors_of(e.actor) & _ARMED_REBELS) for e in (a, b)]
    states = [bool(_sectors_of(e.actor) & _STATE_FORCES) for e in (a, b)]
    if (sides[0] and states[1] and not states[0]) or (sides[1] and states[0] and not states[1]):
        return False  # "rebels attacked a post" and "troops killed a rebel": two sides' acts
    return not any(
        x is not None and y is not None and x != y
        for x, y in ((a.place, b.place), (a.date, b.date), (a.mode, b.mode))
    )


def _announced(
    token: Token, analysis: Analysis, actors: list[Mention], index: MentionIndex
) -> bool:
    """The act is announced by its own actor: a warning, not a report of plans."""
    attribution = covering(analysis.attributions, token.i)
    if attribution is None:
        return False
    sources = [attribution.source] if attribution.source is not None else []
    if not sources:  # "the movement said ...": the speaker by reference
        cue = analysis.doc[attribution.cue]
        sources = [m for s in _children(cue, "nsubj") for m in index.of(s)]
    return any(s.country in {m.country for m in actors} for s in sources)


def _warning_over(token: Token, by_token: dict[int, Event]) -> Event | None:
    """The threat whose clause holds an announced act ("warned that it would respond")."""
    for depth, head in enumerate(token.ancestors):
        event = by_token.get(head.i)
        if event is not None and event.type == "THREATEN":
            return event
        if depth >= 3:
            break
    return None


def _home_destination(token: Token, analysis: Analysis, doers: list[Actor]) -> list[Actor]:
    """Forces sent to a place in their own country ("will deploy 150 soldiers to Hela
    province") are moved against someone at home: the country is the recipient."""
    own = country_codes(doers)
    heads = {
        p.i
        for prep in _children(token, "prep", "dative")
        if prep.lower_ in ("to", "into", "in")
        for p in _children(prep, "pobj")
    }
    heads |= {t.i for h in list(heads) for t in analysis.doc[h].subtree}
    for pm in analysis.place_mentions:
        if pm.head in heads and pm.place.country:
            if pm.place.country in own and pm.place.level in ("admin1", "city"):
                return [_place_actor(pm)]
            return []
    return []


def _authority_passive(token: Token) -> bool:
    """An arrest, detention or release in the passive with no agent: done by the state
    ("were questioned and released": the conjoined verb shares the passive)."""
    verb = token
    if token.dep_ == "conj" and not _children(token, "auxpass", "nsubjpass", "nsubj"):
        verb = token.head
    passive = bool(_children(verb, "auxpass", "nsubjpass"))
    owned = any(  # "Kigali's forces were deployed": the owner's act, not the story's state
        c.dep_ == "poss" or c.ent_type_ == "NORP"
        for s in _children(verb, "nsubjpass")
        if s.lemma_.lower() in triggers().own_forces
        for c in s.children
    )
    return (
        passive
        and not owned
        and not _children(token, "agent")
        and not _children(verb, "agent")
        and token.lemma_.lower() in triggers().authority_acts
    )


def _stoned(token: Token) -> bool:
    """An attack in the passive, with no agent, with a crowd's weapons ("officers had been
    attacked with stones", "after being pelted with stones"): a crowd's act."""
    if not _children(token, "auxpass", "nsubjpass") or _children(token, "agent"):
        return False
    weapons = triggers().crowd_weapons
    return any(
        t.lemma_.lower() in weapons
        for prep in _children(token, "prep")
        if prep.lower_ == "with"
        for p in _children(prep, "pobj")
        for t in [p, *p.conjuncts]
    )


def _crowd(token: Token) -> bool:
    """The doers are people the text gives no country ("thousands of workers marched")."""
    subject = _subject(token)
    if subject is None and token.dep_ == "acl":
        subject = token.head  # "workers demanding higher wages"
    if subject is None and token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB":
        subject = _subject(token.head)  # "60 people held a silent picket"
    if subject is None:
        return False
    lex = triggers()
    return any(t.lemma_.lower() in lex.people for t in subject.subtree)


def _wanted_not_done(token: Token) -> bool:
    """An infinitive that is what someone seeks or asks for, not an act that happened."""
    if token.dep_ not in ("xcomp", "ccomp", "acl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return False
    head = token.head
    lex = triggers()
    if head.pos_ in ("NOUN", "PROPN"):  # "rejected calls to hold talks"
        return head.lemma_.lower() in lex.request_nouns
    return head.lemma_.lower() in lex.desire_verbs or any(
        t.type == "REQUEST" for t in match_triggers(head)
    )


def _gapped_aim(token: Token) -> bool:
    """'urged Israel to open the crossings and Hamas to free the hostages': the second
    infinitive of a gapped coordination, which the parser hangs as a modifier, is also
    what the request asks for."""
    if (
        token.tag_ != "VB"
        or token.dep_ not in ("advcl", "conj", "relcl")
        or _children(token, "nsubj", "nsubjpass")
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    ):
        return False
    lex = triggers()

    def asks(verb: Token) -> bool:
        return verb.lemma_.lower() in lex.desire_verbs or any(
            t.type == "REQUEST" for t in match_triggers(verb)
        )

    head = token.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            if asks(head):
                return True
            if head.dep_ != "xcomp":
                return False
            head = head.head
        elif head.pos_ in ("NOUN", "PROPN") and head.dep_ == "ROOT":
            # "The envoy called on Pristina to ... and on Belgrade to pull back"
            return any(c.dep_ == "acl" and c.i < token.i and asks(c) for c in head.children)
        else:
            return False
    return False


def _refused_not_done(token: Token) -> bool:
    """An act a refusal names ("refused to send troops", "ruled out sending troops"): the
    refusal is the event, not the act (but "denied using force": the act, denied)."""
    head = token.head
    as_object = token.dep_ == "advcl" and token.tag_ == "VBG" and not _children(head, "dobj", "obj")
    return (
        (token.dep_ in ("xcomp", "ccomp") or as_object)  # "ruled out sending" (misparsed)
        and token.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() not in triggers().denial_verbs
        and any(t.type == "REJECT" for t in match_triggers(head))
    )


def _requested_not_done(token: Token) -> bool:
    """A nominal act that is what a request asks for ("calling for talks with Pyongyang",
    "rejected calls to return to talks"), not an act that happened."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    lex = triggers()
    for depth, head in enumerate(token.ancestors):
        lemma = head.lemma_.lower()
        if head.pos_ in ("NOUN", "PROPN") and lemma in lex.request_nouns:
            return True
        if head.pos_ in ("VERB", "AUX"):
            if lemma in lex.desire_verbs or any(t.type == "REQUEST" for t in match_triggers(head)):
                return True
            if head.dep_ not in ("xcomp", "conj", "advcl", "acl", "relcl") or depth >= 4:
                return False
    return False


def _ordered_act(
    token: Token, index: MentionIndex
) -> tuple[str, str | None, list[Mention], set[int]] | None:
    """An order to one's own forces ("ordered the army to raise its readiness", "ordered
    the defence ministry to deploy a force"): (type, mode, recipients, tokens coded) of the
    act ordered, done by the orderer; None for other orders ("ordered agencies to ensure")."""
    lex = triggers()
    if token.lemma_.lower() != "order":
        return None
    done = _ordered_done(token, index)
    if done is not None:
        return done
    forces = [o for o in _children(token, "dobj", "obj") if o.lemma_.lower() in lex.own_forces]
    moves = [o for o in _children(token, "dobj", "obj") if o.lemma_.lower() in lex.ordered_moves]
    if moves and not _children(token, "xcomp"):  # "ordered reinforcements to the border",
        return "MOBILIZE", "troops", [], set()  # "ordered the deployment of troops": a move
    if not forces:
        return None
    for act in _children(token, "xcomp"):
        coded = code_trigger(act, index)
        if coded is not None and coded[1] != "REQUEST":
            ours = {m.key for m in index.of(forces[0])}
            return coded[1], coded[2], [m for m in coded[4] if m.key not in ours], {act.i}
        if any(o.lemma_.lower() in lex.ordered_states for o in _children(act, "dobj", "obj")):
            return "MOBILIZE", None, [], set()  # "to raise its combat readiness"
    return None


def _ordered_done(
    token: Token, index: MentionIndex
) -> tuple[str, str | None, list[Mention], set[int]] | None:
    """'a court ordered eight of them held in detention', 'ordered the activist jailed':
    a participle of a coercive act on the object is done by the orderer."""
    cases = [
        (act, obj)
        for obj in _children(token, "dobj", "obj")
        for act in _children(obj, "acl")
        if act.tag_ == "VBN"
    ]
    cases += [
        (act, subject)
        for act in _children(token, "ccomp")
        if act.tag_ in ("VBN", "VBD") and not _children(act, "aux")
        for subject in _children(act, "nsubj")[:1]
    ]
    for act, patient in cases:
        for trig in match_triggers(act):
            if trig.type in triggers().ordered_acts:
                return trig.type, mode_of(act, trig), index.of(patient), {act.i}
    return None


def _emergency_over(token: Token, kind: str, by_token: dict[int, Event]) -> Event | None:
    """The state of emergency (COERCE martial-law) whose clause holds this COERCE act:
    what an emergency suspends or allows ('which allows forces to impose curfews')."""
    if kind != "COERCE":
        return None
    for depth, head in enumerate(token.ancestors):
        event = by_token.get(head.i)
        if event is not None and event.type == "COERCE" and event.mode == "martial-law":
            return event
        if depth >= 6 or head.dep_ == "ccomp":
            break
    return None


def _frontier(token: Token, index: MentionIndex) -> list[Mention]:
    """Forces moved to a border with a country ('to the administrative line with
    Kosovo', 'along the frontier with Eritrea') face that country."""
    found: list[Mention] = []
    for prep in _children(token, "prep"):
        if prep.lower_ not in ("to", "toward", "towards", "along", "near"):
            continue
        for place in _children(prep, "pobj"):
            for q in _children(place, "prep"):
                if q.lower_ == "with":
                    found += [
                        m for p in _children(q, "pobj") for m in _named_or_described(p, index)
                    ]
    return found


def _acting_on(token: Token, index: MentionIndex) -> list[Mention]:
    """'police acting on intelligence shared by the DEA': the sharing is with the
    doer of the act the shared thing serves."""
    if token.dep_ != "acl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return []
    verb = token.head.head
    while verb.dep_ == "prep" or verb.pos_ == "ADP":
        verb = verb.head
    while not _children(verb, "nsubj", "nsubjpass") and verb.dep_ in ("xcomp", "advcl", "conj"):
        verb = verb.head  # "police arrested him acting on ...": the police act
    subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    return (index.of(subject) or _nationality_of(subject)) if subject is not None else []


def _anonymity(token: Token) -> bool:
    """'asked not to be named': a source's wish for anonymity, no request."""
    return any(
        c.lemma_.lower() in triggers().anonymity_verbs and _children(c, "auxpass")
        for c in _children(token, "xcomp")
    )


def _host_of_mission(actors: list[Mention], analysis: Analysis) -> Actor | None:
    """The host country of a diplomatic mission that speaks ("the Iranian embassy in Baku",
    "China's ambassador in Canberra"): whom its words address when they name no one else."""
    doc = analysis.doc
    for m in actors:
        head = doc[m.head]
        if head.lemma_.lower() not in triggers().mission_nouns:
            continue
        for prep in _children(head, "prep"):
            if prep.lower_ not in ("in", "to"):
                continue
            for pobj in _children(prep, "pobj"):
                span = (pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge))
                for pm in analysis.place_mentions:
                    if span[0] <= pm.start < span[1] and pm.place.country not in (None, m.country):
                        return _place_actor(pm)
    return None


def _host_of_meeting(token: Token) -> bool:
    """'talks hosted by the UAE', 'which hosted the negotiations': the host of a meeting
    of others is no party to it."""
    if token.lemma_.lower() != "host":
        return False
    meetings = triggers().meeting_nouns
    if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in meetings:
        return True
    return any(o.lemma_.lower() in meetings for o in _children(token, "dobj", "obj"))


def _rescue(token: Token, actors: list[Mention]) -> bool:
    """'troops freed six of the abducted girls': forces freeing captives of others."""
    if not any(m.sector in ("MIL", "COP") for m in actors):
        return False
    marks = triggers().captive_marks
    freed = _children(token, "dobj", "obj", "nsubjpass")
    freed += [p for o in freed for q in _children(o, "prep") for p in _children(q, "pobj")]
    return any(c.lemma_.lower() in marks or c.lower_ in marks for o in freed for c in o.subtree)


def _denies_an_act(token: Token) -> bool:
    """A denial whose complement is itself an act ("denied using live ammunition")."""
    if token.lemma_.lower() not in triggers().denial_verbs:
        return False
    return any(
        match_triggers(t)
        for c in _children(token, "xcomp", "ccomp", "dobj")
        if c.tag_ == "VBG" or c.dep_ != "dobj"
        for t in [c]
    )


def _unnamed_doer(token: Token, kind: str) -> tuple[str, str] | None:
    """(sector, words) of a doer named by a sector noun the actors stage gave no country
    ("gunmen", "attackers", "the foreign ministry", "police")."""
    subject = _subject(token)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = subject.lemma_.lower()
    if subject.ent_type_ and not (
        subject.ent_type_ in ("ORG", "NORP") and lemma in triggers().unnamed_doers
    ):  # "Jihadists" tagged NORP: a kind of doer, no nationality
        return None  # a name; but "the National Guard", "the Border Police": the story's own
    named = ("GPE", "NORP") if subject.ent_type_ == "ORG" else ("GPE", "NORP", "ORG")
    if any(
        c.ent_type_ in named and c.lemma_.lower() not in triggers().unnamed_doers
        for c in subject.children
    ):
        return None  # a name the actors stage judged; not the story's own ("Army troops" is none)
    sector = triggers().unnamed_doers.get(lemma)
    if sector is None or (sector == "UAF" and kind not in triggers().armed_acts):
        return None
    return sector, subject.text


def _sides(token: Token, kind: str, actors: list[Mention], recipients: list[Mention]):
    """Both parties on both sides for meetings and exchanges; else no actor is its own recipient."""
    lex = triggers()
    if mediated(token) and recipients:  # "Turkey mediated between Russia and Ukraine"
        return actors, [r for r in recipients if r not in actors]
    two_sides = not recipients and len({m.country for m in actors}) == 2
    if (
        (kind in lex.symmetric and (recipients or two_sides))
        or (token.lemma_.lower() in lex.symmetric_lemmas and len(actors) > 1)
        or reciprocal(token, kind, actors, recipients)  # "clashed with", "fighting between"
    ):  # a meeting of two with no one else named is between them (of more: multilateral)
        parties = _unique_mentions(actors + recipients)
        return parties, list(parties)
    return actors, [r for r in recipients if r not in actors]


def _aim_of_other_act(token: Token, kind: str, by_token: dict[int, Event]) -> bool:
    if token.lemma_.lower() not in triggers().aim_verbs or token.dep_ not in ("advcl", "acl"):
        return False
    head = token.head
    own = {t.i for t in token.subtree}
    return any(
        t.i in by_token and by_token[t.i].type != kind for t in head.subtree if t.i not in own
    )


def _quoted_testimony(token: Token, analysis: Analysis) -> bool:
    """A physical act told inside a quoted sentence of a witness or speaker (not a short
    quoted label like 'repelled "a cowardly attack"')."""
    for quote in analysis.quotes:
        if quote.direct and quote.span and quote.span[0] <= token.idx < quote.span[1]:
            return len(quote.text.split()) >= triggers().testimony_words
    return False


def _pair_reference(token: Token, index: MentionIndex) -> bool:
    """The doers are a pair named by number ("the two leaders", "both sides", "they"
    after them)."""
    subject = _subject(token)
    if subject is None:
        return False
    if subject.lower_ in ("they", "them"):
        m = index.antecedent(subject)
        subject = subject.doc[m.head] if m is not None else subject
    return any(c.lower_ in ("two", "both") for c in subject.children)


def _called_protest(token: Token, index: MentionIndex) -> tuple[str | None, set[int]] | None:
    """A call for a protest ('called for a larger rally on Saturday', 'called on truckers
    to hold a stoppage', 'urged workers to join a general strike'): the callers' protest,
    still to come, not a request; (mode, the protest's tokens) or None ('called for the
    strike to end', 'called for an end to the strike': no protest asked for)."""
    if token.pos_ != "VERB":
        return None
    asked = [
        g
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    clauses = _children(token, "xcomp")
    lex = triggers()
    asked += [
        o
        for clause in clauses
        if clause.lemma_.lower() in lex.called_protest_verbs
        for o in _children(clause, "dobj", "obj")
    ]
    protests = lex.called_protests
    for act in asked:
        if act.pos_ == "NOUN" and act.lemma_.lower() in protests:
            if any(c.dep_ in ("acl", "relcl") for c in act.children):
                continue  # "called for the strike to end"
            return protests[act.lemma_.lower()], {act.i, act.head.i}
    for clause in clauses:  # "called on workers to strike", "urged them to march"
        coded = code_trigger(clause, index)
        if coded is not None and coded[1] == "PROTEST":
            return coded[2], {clause.i}
    return None


def _protest_act(token: Token, index: MentionIndex) -> bool:
    coded = code_trigger(token, index)
    return coded is not None and coded[1] == "PROTEST"


def _threatened(token: Token, actors: list[Mention], index: MentionIndex) -> list[Actor]:
    """The target of a threat is the target of the act threatened ("warned that Moscow
    would respond by restricting European companies", "would keep targeting ships bound
    for Israeli ports", "warned that U.S. warships were legitimate targets")."""
    doers = {m.country for m in actors}
    clauses = [token] if token.pos_ == "VERB" and not _children(token, "ccomp") else []
    clauses += _children(token, "ccomp")
    for clause in clauses:
        for verb in [clause, *clause.subtree]:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            targets = _children(verb, "dobj", "obj")
            if verb.lemma_.lower() == "be":
                targets = _children(verb, "nsubj")
            for obj in targets:
                found = [m for m in index.of(obj, deep=True) if m.country not in doers]
                found = found or [
                    m
                    for t in obj.subtree
                    for m in [described(t), *_nationality_of(t)]
                    if m is not None and m.country not in doers
                ]
                if found:
                    return _unique(found)
    return []


def _pair(pairs: list[list[Actor]], analysis: Analysis) -> list[Actor]:
    """The two sides addressed: those of the last act between two countries, else (a
    conflict at home) the story's country."""
    if pairs:
        return pairs[-1]
    focus = analysis.focus
    return [Actor.state(focus)] if focus else []


_STATE_VERBS = frozenset({"remain", "remained", "remains", "stay", "stayed", "stays"})


def _state(token: Token) -> bool:
    """'troops remained deployed', 'stayed detained': a participle of a state."""
    if token.dep_ in ("acomp", "oprd") and token.head.lower_ in _STATE_VERBS | {"remain", "stay"}:
        return True
    return token.tag_ == "VBN" and any(
        c.dep_ in ("auxpass", "aux") and c.lower_ in _STATE_VERBS for c in token.children
    )


def _hostile_offer(token: Token) -> bool:
    hostile = triggers().hostile_types
    return any(
        trig.type in hostile for act in _children(token, "xcomp") for trig in match_triggers(act)
    )


def _offered_to(token: Token, actors: list[Mention], index: MentionIndex) -> list[Actor]:
    """'ready to return them to North Korea', 'offered to send troops to Mali': an offer
    is made to the recipient of the act offered."""
    doers = {m.country for m in actors}
    for act in _children(token, "xcomp"):
        coded = code_trigger(act, index)
        named = coded[4] if coded is not None else []
        named = named or [  # "ready to return them to North Korea"
            m
            for prep in _children(act, "prep")
            if prep.lower_ in ("to", "with")
            for p in _children(prep, "pobj")
            for m in index.of(p)
        ]
        found = [m for m in named if m.country not in doers]
        if found:
            return _unique(found)
    return []


def _news_doers(events: list[Event], actors: list[Mention]) -> list[Actor]:
    """'Washington said it was deeply troubled': concern about the story's news, the
    doers of its first event (not the speaker)."""
    speakers = {m.country for m in actors}
    for event in events:
        doers = [a for a in event.actor if a.country not in speakers]
        if doers:
            return doers
    return []


def _provoker(token: Token, actors: list[Mention], index: MentionIndex) -> list[Actor]:
    """'China's drills prompted Taipei to put its forces on alert': a response is aimed at
    whoever provoked it."""
    head = token.head
    if token.dep_ != "xcomp" or head.lemma_.lower() not in triggers().causative_verbs:
        return []
    subject = _subject(head)
    doers = {m.country for m in actors}
    found = index.of(subject, deep=True) if subject is not None else []
    return _unique([m for m in found if m.country not in doers])


def _joint_exercise(token: Token, actors: list[Mention]) -> bool:
    """An exercise or drill held by the forces of more than one country together."""
    words = {token.lemma_.lower()} | _dependents_lemmas(token)
    return bool(words & triggers().exercise_nouns) and len({m.country for m in actors}) > 1


def _merge_recipients(event: Event, recipients: list[Mention]) -> None:
    known = {a.country for a in event.recipient}
    doers = {(a.country, a.sector) for a in event.actor}
    event.recipient += [
        _actor(r)
        for r in _unique_mentions(recipients)
        if r.country not in known and r.key not in doers
    ]


def _claims_in(token: Token, analysis: Analysis) -> list[int]:
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    return [i for i, c in enumerate(analysis.claims) if c.span and start <= c.span[0] < end]


def _event(
    token: Token,
    analysis: Analysis,
    *,
    kind: str,
    mode: str | None,
    actors: list[Mention],
    fact: str,
    claims: list[int],
) -> Event:
    doc = analysis.doc
    span = subtree_span(token)
    if span.end - span.start > 60:  # keep the evidence to the clause around the trigger
        span = doc[max(token.sent.start, token.i - 12) : min(token.sent.end, token.i + 20)]
    attribution = covering(analysis.attributions, token.i)
    return Event(
        type=kind,
        mode=mode,
        actor=_unique(actors),
        recipient=[],
        factuality=fact,
        evidence=span.text,
        span=(span.start_char, span.end_char),
        context=contexts_of(token),
        place=place_of(
            token, analysis, verbal=kind in triggers().verbal_types, planned=fact == "future"
        ),
        date=date_of(token, analysis),
        source=attribution.actor() if attribution else None,
        claims=claims,
        trigger=token.text,
    )


def implied_recipients(
    token: Token, event: Event, analysis: Analysis, earlier: list[Event], by_token: dict[int, Event]
) -> list[Actor]:
    """Recipients the parse does not name: the country of a place attacked or
    entered, the attacker of an event condemned, the story's country for aid."""
    kind = event.type
    if event.mode == "martial-law":
        return []  # "declared a state of emergency in three provinces": no one named
    if kind in ("ASSAULT", "COERCE", "RETREAT", "AID") and (
        found := place_recipient(token, analysis)
    ):
        return [found]
    if kind == "ASSAULT" and (found := event_place_actor(token, analysis)):
        return [found]  # "fired rockets at the city"
    if kind == "ASSAULT" and (found := _scene_country(event, token, analysis)):
        return [found]  # "In Kharkiv, four died when a missile struck a block": Kharkiv's
    focus, lex = analysis.focus, triggers()
    if kind == "ASSAULT" and event.mode == "crowd-control" and focus:
        return [Actor.state(focus)]  # "used tear gas": on a crowd
    if event.mode in ("withdraw", "resign"):
        return []  # "would withdraw 2,000 soldiers": its own
    if kind == "COERCE" and event.mode in lex_seizures() and focus:
        return [Actor.state(focus)]  # "seized 48 rifles": at home
    if kind in lex.people_recipient and _unnamed_people(token):
        country = focus or next((a.country for a in event.actor if a.country), None)
        return [Actor.state(country)] if country else []
    doers = {a.country for a in event.actor}
    if (
        kind in lex.people_recipient
        and kind not in lex.recipient_from_focus
        and event.mode not in ("censor", "curfew", "restrict")
        and focus
        and doers == {focus}
        and _unnamed_object(token)
    ):  # "the army killed two fishermen", "police seized 48 rifles": done at home
        return [Actor.state(focus)]
    if kind in lex.recipient_from_focus:  # "Berlin would send tanks": to whom the others give
        given = [e for e in earlier if e.type == kind and e.recipient]
        if given and not doers & country_codes(given[-1].recipient):
            return list(given[-1].recipient)
    if focus is None or _unnamed_addressee(token):
        return []  # "called on partners": someone unnamed, not the story's country
    critics = bool(event.actor) and all(
        a.country == focus and a.sector in lex.home_critics for a in event.actor
    )  # "opposition lawmakers criticised it": aimed at their own government
    if kind == "ACCUSE" and not critics and _names_unknown_act(token, by_token):
        return []  # "condemned the drone strike" of no known doer: aimed at no one named
    domestic = kind in lex.domestic_recipient and (
        kind in lex.crowd_acts or focus not in doers or critics or _domestic_story(analysis)
    )
    if domestic or (kind in lex.recipient_from_focus and focus not in doers):
        return [Actor.state(focus)]  # a protest at home, aid to it
    return []


def _strike_of_no_workers(event: Event, token: Token) -> bool:
    """A bare 'strike' left a walkout (no armed doer made it an attack) in a story that
    names no workers, unions or pay: the air strikes of a war told again."""
    if event.type != "PROTEST" or event.mode != "strike" or token.pos_ != "NOUN":
        return False
    cues = triggers().labour_cues
    if token.lemma_.lower() != "strike" or any(
        c.dep_ in ("amod", "compound", "poss") and c.lemma_.lower() in cues for c in token.children
    ):
        return False  # "a general strike", "a hunger strike", "the doctors' strike"
    return not any(t.lemma_.lower() in cues for t in token.doc)


def _names_unknown_act(token: Token, by_token: dict[int, Event]) -> bool:
    """The reaction's object is an act ("condemned the killings") that no earlier
    event of a known doer stands for."""
    lex = triggers()
    for obj in _children(token, "dobj", "obj"):
        if obj.i in by_token or obj.pos_ != "NOUN":
            continue
        lemma = obj.lemma_.lower()
        types = set(lex.reference_nouns.get(lemma, ())) | {
            t.type for t in lex.by_lemma.get(lemma, []) if t.pos in (None, "NOUN")
        }
        if types and not types & lex.verbal_types:  # an act, not words ("the accusations")
            return True
    return False


def _unnamed_object(token: Token) -> bool:
    """The act has a common-noun object of no named country ("killed two fishermen")."""
    return any(
        o.pos_ == "NOUN" and not any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in o.subtree)
        for o in _children(token, "dobj", "obj", "nsubjpass")
    )


@cache
def lex_seizures() -> frozenset[str]:
    """COERCE modes whose unnamed targets (goods, suspects) are the story's own."""
    return frozenset(lexicon("event_clauses")["home_coercion_modes"])


def _domestic_story(analysis: Analysis) -> bool:
    """Most actors named belong to the story's country: a government's words are
    aimed at home (not so in a story between states)."""
    countries = [m.country for m in analysis.mentions if m.country and not m.locative]
    share = countries.count(analysis.focus) / len(countries) if countries else 0.0
    return share >= triggers().domestic_share


def _unnamed_addressee(token: Token) -> bool:
    """A request or reproach addressed to parties of no country ("urged donors",
    "appealed to the international community")."""
    objects = _children(token, "dobj", "obj") + [
        p
        for prep in _children(token, "prep")
        if prep.lower_ in ("on", "to")
        for p in _children(prep, "pobj")
    ]
    return appeal_for_funds(token) or any(
        o.lemma_.lower() in triggers().unnamed_addressees and not _definite_state(o)
        for o in objects
    )


def _definite_state(token: Token) -> bool:
    """'the government', 'the authorities': the story's own state, not parties unnamed."""
    return token.lemma_.lower() in triggers().definite_states and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )


def _pair_addressed(token: Token) -> bool:
    """Addressed to a pair named by number ("urged both sides", "invited the two leaders")."""
    objects = _children(token, "dobj", "obj", "nsubjpass") + [
        p
        for prep in _children(token, "prep")
        if prep.lower_ in ("on", "to", "with")
        for p in _children(prep, "pobj")
    ]
    return any(  # not a count: "two hospitals were hit"
        c.lower_ == "both"
        or (c.lower_ == "two" and any(d.dep_ in ("det", "poss") for d in o.children))
        for o in objects
        for c in o.children
    )


def _buffer(token: Token, kind: str) -> bool:
    """Forces sent 'to separate the two sides' stand between the pair."""
    return kind == "MOBILIZE" and any(
        t.lemma_.lower() == "separate" and _pair_addressed(t) for t in token.subtree
    )


def _unnamed_people(token: Token) -> bool:
    """The act is done to people the text names by no country ("112 people were arrested",
    "released them", "nine of them", "members of an opposition coalition")."""
    people = triggers().people | triggers().unnamed_targets
    verbs = [token, *_children(token, "xcomp", "advcl")]  # "used batons to clear activists"
    if token.dep_ == "conj" and not _children(token, "nsubj", "nsubjpass", "dobj", "obj"):
        verbs.append(token.head)  # "were questioned and released"
    objects = [o for v in verbs for o in _children(v, "dobj", "obj", "nsubjpass", "dative")]
    objects += [  # "released 12 prisoners", "imposed a curfew on three villages"
        p
        for o in [token, *objects]
        for prep in _children(o, "prep")
        for p in _children(prep, "pobj")
    ]
    objects += [  # "nine of them": the people counted
        p
        for o in objects
        if o.like_num or o.pos_ == "NUM" or o.lemma_.lower() in people
        for prep in _children(o, "prep")
        if prep.lower_ == "of"
        for p in _children(prep, "pobj")
    ]
    places = triggers().unnamed_places  # "a curfew on three villages" (not "the town of X")
    return any(
        o.lemma_.lower() in people
        or o.lower_ in _PERSON_PRONOUNS | {"them"}
        or (  # "Sagimbayev was released", "arrested Mendoza": a person of no country named
            o.pos_ == "PROPN"
            and o.ent_type_ in ("PERSON", "GPE", "")
            and o.dep_ in ("dobj", "obj", "nsubjpass")
        )
        or (o.lemma_.lower() in places and not any(t.pos_ == "PROPN" for t in o.subtree))
        for o in objects
    )


def code_trigger(token: Token, index: MentionIndex):
    """(trigger, type, mode, actors, recipients) for a trigger token, or None."""
    sent = triggers().by_lemma.get(token.lemma_.lower(), [])
    if sent and token.lemma_.lower() in ("send", "deploy", "dispatch") and token.pos_ == "VERB":
        aid = purpose_aid(token, index)  # "dispatched rescue teams to assist Syria": any force
        if aid is not None:
            return sent[0], "AID", None, aid[0], aid[1]
    for trig in match_triggers(token):
        if trig.purpose_only:
            continue
        actors, recipients = roles(token, trig, index)
        if trig.type == "AID" and recipients and _home(actors, recipients):
            continue  # "send soldiers to Highland Papua": a move at home, not aid
        if trig.requires_recipient and not recipients:
            continue
        if trig.requires_target and not (recipients or is_targeted(token)):
            continue
        if trig.untargeted_only and (recipients or is_targeted(token)):
            continue  # a launch aimed at someone is an attack, not a test
        helpers = helped_actor(token, index)
        actors = helpers + [a for a in actors if a not in helpers]
        return trig, trig.type, mode_of(token, trig), actors, recipients
    return None


def _home(actors: list[Mention], recipients: list[Mention]) -> bool:
    doers = {m.country for m in actors}
    return bool(doers) and all(m.locative and m.country in doers for m in recipients)


def is_targeted(token: Token) -> bool:
    """Aimed at someone or somewhere: 'at the city', 'on Kharkiv', 'into Israel' (not 'into the sea')."""
    lex = triggers()
    objects_of = _children(token, "dobj", "obj")
    preps = _children(token, "prep") + [p for o in objects_of for p in _children(o, "prep")]
    preps += [
        p
        for o in objects_of
        for q in _children(o, "prep")
        for g in _children(q, "pobj")
        for p in _children(g, "prep")
    ]
    for prep in preps:
        objects = [o for o in _children(prep, "pobj") if o.ent_type_ not in ("DATE", "TIME")]
        aimed = prep.lower_ in ("at", "on", "against", "into", "toward", "towards")
        if aimed and objects and not any(o.lemma_.lower() in lex.untargeted for o in objects):
            return True
    if any(  # "launched a retaliatory operation": a response is aimed at its provoker
        w.lemma_.lower() in lex.response_marks or w.lower_ in lex.response_marks
        for o in objects_of
        for w in [o, *_children(o, "amod", "compound")]
    ):
        return True
    return bool(objects_of) and token.lemma_.lower() not in ("fire", "launch")


def _unique_mentions(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for m in mentions:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return out


def _unique_actors(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for a in actors:
        if (a.country, a.sector) not in seen:
            seen.add((a.country, a.sector))
            out.append(a)
    return out


def _unique(mentions: list[Mention]) -> list[Actor]:
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for m in mentions:
        if m.key in seen:
            continue
        seen.add(m.key)
        out.append(_actor(m))
    return out


def local_police(analysis: Analysis) -> None:
    """Police named by no nationality belong to the state where they act: "Police used water
    cannon near the Berlaymont" in a Malaysian story's Brussels scene are Belgian."""
    where = {pm.text: pm.place.country for pm in analysis.place_mentions if pm.place.country}
    bare = {(m.start, m.end) for m in analysis.mentions if m.kind == "noun"}
    for event in analysis.events:
        country = where.get(event.place or "")
        if country is None or event.factuality in ("future", "hypothetical"):
            continue
        for actor in event.actor:
            if actor.sector == "COP" and actor.country != country and actor.span in bare:
                actor.country = country


@stage(
    "events.lexicon.v1",
    reads=("doc", "mentions", "place_mentions", "dates", "attributions", "claims", "quotes"),
    writes=("events",),
)
def make_events(settings: Mapping[str, Any]):
    drop_hypothetical = bool(settings.get("drop_hypothetical", True))
    background_days = int(settings.get("background_days", 45))
    use_model = bool(settings.get("confidence", True))

    def run(analysis: Analysis) -> Analysis:
        analysis.events = find_events(
            analysis, drop_hypothetical, background_days, unnamed_doers=True
        )
        scene_places(analysis.events, triggers().verbal_types)
        local_police(analysis)
        denied_accusations(analysis)
        vowed_threats(analysis)
        borne_blame(analysis)
        counterpart_recipients(analysis)
        if use_model:
            analysis.events = confident(analysis, trigger_token)
        return analysis

    return run
