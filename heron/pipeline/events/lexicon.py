"""The trigger lexicon (triggers.json) and the anaphor lexicon, and matching a token to its entries."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Token

from heron.knowledge import lexicon

_MODAL_HYPOTHETICAL = frozenset({"could", "would", "might", "may", "should"})


_FUTURE_AUX = frozenset({"will", "shall", "'ll"})


@dataclass(frozen=True)
class Trigger:
    lemma: str
    type: str
    mode: str | None
    pos: str | None
    with_: frozenset[str]
    unless: frozenset[str]
    recipient_preps: frozenset[str]
    purpose_only: bool
    nominal_needs_actor: bool
    requires_recipient: bool
    requires_target: bool
    untargeted_only: bool
    about_the_news: bool


@dataclass(frozen=True)
class TriggerLexicon:
    by_lemma: dict[str, list[Trigger]]
    mode_cues: dict[str, dict[str, str]]
    contexts: dict[str, list[str]]
    future: frozenset[str]
    uncertain: frozenset[str]
    symmetric: frozenset[str]
    symmetric_lemmas: frozenset[str]
    desire_verbs: frozenset[str]
    actor_from_governing_verb: frozenset[str]
    recipient_from_focus: frozenset[str]
    untargeted: frozenset[str]
    domestic_recipient: frozenset[str]
    called_protests: dict[str, str]
    called_protest_verbs: frozenset[str]
    authority_acts: frozenset[str]
    reporting_verbs: frozenset[str]
    threat_modes: dict[str, dict[str, str]]
    complement_modes: dict[str, dict[str, str]]
    people_recipient: frozenset[str]
    reactions: frozenset[str]
    people: frozenset[str]
    crowd_acts: frozenset[str]
    denial_verbs: frozenset[str]
    light_verbs: frozenset[str]
    unnamed_addressees: frozenset[str]
    fund_nouns: frozenset[str]
    definite_states: frozenset[str]
    unnamed_doers: dict[str, str]
    armed_acts: frozenset[str]
    unnamed_places: frozenset[str]
    unnamed_targets: frozenset[str]
    hostile_types: frozenset[str]
    domestic_share: float
    theme_objects: frozenset[str]
    verbal_types: frozenset[str]
    reference_nouns: dict[str, frozenset[str]]
    request_nouns: frozenset[str]
    exercise_nouns: frozenset[str]
    causative_verbs: frozenset[str]
    testimony_words: int
    container_nouns: frozenset[str]
    aim_verbs: frozenset[str]
    needs_recipient: frozenset[str]
    own_forces: frozenset[str]
    ordered_states: frozenset[str]
    ordered_acts: frozenset[str]
    ordered_moves: frozenset[str]
    negated_types: dict[str, str]
    home_critics: frozenset[str]
    crowd_weapons: frozenset[str]
    meeting_types: frozenset[str]
    captive_marks: frozenset[str]
    anonymity_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    mission_nouns: frozenset[str]
    response_marks: frozenset[str]
    promise_verbs: frozenset[str]
    allegiance_participles: frozenset[str]
    labour_cues: frozenset[str]
    relief_goods: frozenset[str]
    stance_objects: frozenset[str]


def _add_trigger(by_lemma: dict[str, list[Trigger]], lemma: str, t: dict[str, Any]) -> None:
    by_lemma.setdefault(lemma, []).append(
        Trigger(
            lemma=lemma,
            type=t["type"],
            mode=t.get("mode"),
            pos=t.get("pos"),
            with_=frozenset(t.get("with", [])),
            unless=frozenset(t.get("unless", [])),
            recipient_preps=frozenset(t.get("recipient_preps", [])),
            purpose_only=bool(t.get("purpose_only", False)),
            nominal_needs_actor=bool(t.get("nominal_needs_actor", False)),
            requires_recipient=bool(t.get("requires_recipient", False)),
            requires_target=bool(t.get("requires_target", False)),
            untargeted_only=bool(t.get("untargeted_only", False)),
            about_the_news=bool(t.get("about_the_news", False)),
        )
    )


@cache
def triggers() -> TriggerLexicon:
    raw = lexicon("triggers")
    hedges = lexicon("hedges")
    by_lemma: dict[str, list[Trigger]] = {}
    defaults = raw.get("default_recipient_preps", {})
    for t in raw["triggers"]:
        t = {**t, "recipient_preps": [*t.get("recipient_preps", []), *defaults.get(t["type"], [])]}
        for lemma in t.get("lemmas") or [t["lemma"]]:  # one entry for several verbs
            _add_trigger(by_lemma, lemma, t)
    for entries in by_lemma.values():
        entries.sort(key=lambda t: -len(t.with_))  # specific multiword entries first
    return TriggerLexicon(
        by_lemma=by_lemma,
        mode_cues=raw["mode_cues"],
        contexts=raw["contexts"],
        future=frozenset(hedges["future"]),
        uncertain=frozenset(hedges["uncertain"]),
        symmetric=frozenset(raw.get("symmetric", [])),
        symmetric_lemmas=frozenset(raw.get("symmetric_lemmas", [])),
        desire_verbs=frozenset(raw.get("desire_verbs", [])),
        actor_from_governing_verb=frozenset(raw.get("actor_from_governing_verb", [])),
        recipient_from_focus=frozenset(raw.get("recipient_from_focus", [])),
        untargeted=frozenset(raw.get("untargeted_objects", [])),
        domestic_recipient=frozenset(raw.get("domestic_recipient", [])),
        called_protests=raw.get("called_protests", {}),
        called_protest_verbs=frozenset(raw.get("called_protest_verbs", [])),
        authority_acts=frozenset(raw.get("authority_acts", [])),
        reporting_verbs=frozenset(lexicon("attribution")["verbs"])
        | frozenset(raw.get("commitment_verbs", [])),
        threat_modes=raw.get("threat_modes", {}),
        complement_modes=raw.get("complement_modes", {}),
        people_recipient=frozenset(raw.get("people_recipient", [])),
        reactions=frozenset(raw.get("reactions", [])),
        people=frozenset(lexicon("sectors")["people"]) | frozenset(raw.get("crowd_nouns", [])),
        crowd_acts=frozenset(raw.get("crowd_acts", [])),
        denial_verbs=frozenset(raw.get("denial_verbs", [])),
        light_verbs=frozenset(raw.get("light_verbs", [])),
        unnamed_addressees=frozenset(raw.get("unnamed_addressees", [])),
        fund_nouns=frozenset(raw["fund_nouns"]),
        definite_states=frozenset(raw.get("definite_states", [])),
        unnamed_doers=dict(raw.get("unnamed_doers", {})),
        armed_acts=frozenset(raw.get("armed_acts", [])),
        unnamed_places=frozenset(raw.get("unnamed_places", [])),
        hostile_types=frozenset(raw.get("hostile_types", [])),
        unnamed_targets=frozenset(lexicon("sectors")["heads"])
        | frozenset(lexicon("sectors")["proxy_heads"]),
        domestic_share=float(raw.get("domestic_share", 0.7)),
        theme_objects=frozenset(raw.get("theme_objects", [])),
        verbal_types=frozenset(raw.get("verbal_types", [])),
        reference_nouns={k: frozenset(v) for k, v in raw.get("reference_nouns", {}).items()},
        request_nouns=frozenset(raw.get("request_nouns", [])),
        exercise_nouns=frozenset(raw.get("exercise_nouns", [])),
        causative_verbs=frozenset(raw.get("causative_verbs", [])),
        testimony_words=int(raw.get("testimony_words", 5)),
        container_nouns=frozenset(raw.get("container_nouns", [])),
        aim_verbs=frozenset(raw.get("aim_verbs", [])),
        needs_recipient=frozenset(raw.get("needs_recipient", [])),
        own_forces=frozenset(raw.get("own_forces", [])),
        ordered_states=frozenset(raw.get("ordered_states", [])),
        ordered_acts=frozenset(raw.get("ordered_acts", [])),
        ordered_moves=frozenset(raw.get("ordered_moves", [])),
        negated_types=dict(raw.get("negated_types", {})),
        home_critics=frozenset(raw.get("home_critics", [])),
        crowd_weapons=frozenset(raw.get("crowd_weapons", [])),
        meeting_types=frozenset(raw.get("meeting_types", [])),
        captive_marks=frozenset(raw.get("captive_marks", [])),
        anonymity_verbs=frozenset(raw.get("anonymity_verbs", [])),
        meeting_nouns=frozenset(raw.get("meeting_nouns", [])),
        mission_nouns=frozenset(raw.get("mission_nouns", [])),
        response_marks=frozenset(raw.get("response_marks", [])),
        promise_verbs=frozenset(raw.get("promise_verbs", [])),
        allegiance_participles=frozenset(raw.get("allegiance_participles", [])),
        labour_cues=frozenset(raw.get("labour_cues", [])),
        relief_goods=frozenset(raw.get("relief_goods", [])),
        stance_objects=frozenset(raw.get("stance_objects", [])),
    )


@dataclass(frozen=True)
class Description:
    """An unnamed group with a code of its own ("a humanitarian organisation": NGO)."""

    code: str
    heads: frozenset[str]
    modifiers: frozenset[str]


@dataclass(frozen=True)
class Anaphors:
    nouns: dict[str, frozenset[str]]
    narrowing: dict[str, frozenset[str]]
    possessive_pronouns: frozenset[str]
    descriptions: tuple[Description, ...]
    owned_heads: frozenset[str]


@cache
def anaphors() -> Anaphors:
    raw = lexicon("anaphors")
    sectors = lexicon("sectors")
    descriptions = tuple(
        Description(code=code, heads=frozenset(d["heads"]), modifiers=frozenset(d["modifiers"]))
        for code, d in raw.get("descriptions", {}).items()
    )
    return Anaphors(
        nouns={noun: frozenset(kinds) for noun, kinds in raw["nouns"].items()},
        narrowing={w: frozenset(kinds) for w, kinds in raw["narrowing_modifiers"].items()},
        possessive_pronouns=frozenset(raw["possessive_pronouns"]),
        descriptions=descriptions,
        owned_heads=frozenset(sectors["heads"])
        | frozenset(sectors["people"])
        | frozenset(h for d in descriptions for h in d.heads)
        | frozenset(lexicon("triggers").get("crowd_nouns", [])),
    )


@cache
def _currency_words() -> frozenset[str]:
    return frozenset(w for w in lexicon("numbers")["currencies"] if w.isalpha())


def _counted_currency(token: Token) -> bool:
    """'1.2 billion euros' that the parser did not tag as money: a counted currency noun."""
    return token.lower_ in _currency_words() and any(
        c.pos_ == "NUM" and c.dep_ in ("nummod", "compound") for c in token.children
    )


def _relief(obj: Token) -> bool:
    """Goods of humanitarian relief: the object, its compounds, or what it is 'of'."""
    goods = triggers().relief_goods
    words = [obj, *(c for c in obj.children if c.dep_ in ("compound", "conj"))]
    words += [g for p in obj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in goods for w in words)


def _dated(prep: Token) -> bool:
    """A preposition whose objects are all dates or times ('for Friday', 'on Monday')."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.dep_ == "prep" and bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _dependents_lemmas(token: Token) -> set[str]:
    out = set()
    for child in token.children:
        if not _dated(child):  # "called a rally for Friday": no call for anything
            out.add(child.lemma_.lower())
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in child.children
        ):
            out.add("for")  # "appealed for donors to fund the camps": a for-to clause
        if child.dep_ in ("amod", "compound") and child.ent_type_ == "NORP":
            out.add("$nationality")
        if child.dep_ in ("dobj", "obj", "attr", "npadvmod") and (
            child.ent_type_ == "MONEY"
            or any(t.ent_type_ == "MONEY" for t in child.subtree if t.dep_ != "relcl")
            or _counted_currency(child)
        ):
            out.add("$money")
        if child.dep_ in ("dobj", "obj", "nsubjpass") and _relief(child):
            out.add("$relief")  # "flew in 4,000 blankets", "80 tonnes of flour were trucked in"
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(_relief(g) for g in child.children if g.dep_ == "pobj")
        ):
            out.add("$relief")  # "had flown in 4,000 blankets": the particle parsed as 'in'
        if child.dep_ in ("dobj", "obj"):  # "fired a volley of missiles"
            out.update(
                g.lemma_.lower() for p in child.children if p.dep_ == "prep" for g in p.children
            )
            # 'called the seizure "a violation"', the label parsed as the object's apposition
            out.update(c.lemma_.lower() for c in child.children if c.dep_ == "appos")
        if child.dep_ == "ccomp":  # "warned that its forces would respond"
            out.update(c.lower_ for c in child.children if c.dep_ == "aux")
            # "said it was deeply concerned", "said the sanctions were illegal"
            out.update(c.lemma_.lower() for c in child.children if c.dep_ in ("acomp", "attr"))
            # "said it had conveyed serious concern to Beijing"
            out.update(
                c.lemma_.lower()
                for c in child.children
                if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in triggers().stance_objects
            )
        if child.dep_ in ("prep", "prt", "agent"):
            out.update(c.lemma_.lower() for c in child.children)
            out.update(  # "added to its sanctions list"
                g.lemma_.lower()
                for c in child.children
                if c.dep_ == "pobj"
                for g in c.children
                if g.dep_ == "compound"
            )
        if child.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            out.add("$infinitive")  # "ready to send"
        if child.dep_ == "nsubjpass":  # "2,000 soldiers would be sent": the passive's object
            out.add(child.lemma_.lower())
        if child.dep_ == "nsubj":  # "its jets hit the ministry": 'nsubj:jet' in 'with'
            out.add("nsubj:" + child.lemma_.lower())
        if child.dep_ in ("dobj", "pobj", "attr", "nsubjpass", "nsubj"):
            out.update(c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "amod"))
    if token.dep_ in ("dobj", "pobj") or (token.dep_ == "acl" and token.tag_ == "VBN"):
        out.add(token.head.lemma_.lower())  # "intelligence shared by the DEA"
    return out


def match_triggers(token: Token) -> list[Trigger]:
    """Lexicon entries that fit the token, the most specific first."""
    lex = triggers()
    entries = lex.by_lemma.get(token.lemma_.lower()) or lex.by_lemma.get(token.lower_)
    if not entries:
        return []
    pos = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}.get(
        token.pos_
    )
    if pos is None:
        return []
    deps = _dependents_lemmas(token)
    found = []
    for trig in entries:
        if trig.pos and trig.pos != pos:
            continue
        if trig.pos is None and pos != "VERB" and not trig.with_:
            continue  # bare verb triggers need a verb; nominal triggers say pos NOUN
        if pos == "ADJ" and trig.pos != "ADJ":
            continue  # "ready to send": adjectives only by entries that say so
        if trig.with_ and not (trig.with_ & deps):
            continue
        if trig.unless & deps:
            continue  # "released a statement": not a release of captives
        found.append(trig)
    return found
