"""Stage events: PLOVER 0.8 events from a trigger lexicon and the dependency parse.

A trigger (lexicon triggers.json) opens an event; its actor is the subject
(or the agent of a passive), its recipient the object, the passive subject or
a prepositional object; "send X to assist Y" is AID from the sender to Y;
"helping X reclaim Y" makes the helper and X actors of the reclaiming.
Negated triggers yield no event; hypothetical ones are dropped (background
speculation is not an event), as are aims ("seeking to seize") and the content of
requests; "would" in reported speech is a future, and an attack its own actor
announces is a threat. An act inside a denial is the event, denied. Pronouns and
descriptions ("the group", "its fighters") resolve to earlier actors; a reaction
("condemned the shelling") is aimed at the earlier event's doers (the first one
named). Unnamed groups take a code from their words or owner ("employees of an
aid group": NGO); a pair named by number ("the two leaders") is the pair named
before; an exercise of two countries' forces is COOPERATE; a response is aimed at
its provoker, a threat at the target of the act threatened. What a request asks
for, quoted testimony and aims of other acts are no events. Repeated mentions of
one happening are merged; a participle of another mode is its own act.

Round 3 (generalising): doers the actors stage gave no country ("gunmen", "police",
"the foreign ministry") and unnamed targets ("released them", "nine of them", "a
curfew on three villages", "a patrol") belong to the story's country; a pair addressed
by number ("urged both sides") is the two sides of the last act between two countries,
else the story's country; an offer ("ready to send engineers to Vietnam") goes to the
recipient of the act offered, and what is agreed or offered is no act of its own;
dates in a noun's modifier ("laws in force since 2005") do not make an act background,
nor does any date make a future act background; states ("remained deployed"), doers
that are no one ("Not all commanders"), readiness to fight and aid to one's own places
are no such events.

Round 4: an order to one's own forces ("ordered the army to raise its readiness", "to
deploy a force") is the act ordered, done by the orderer (other orders stay REQUEST);
forces sent to a border with a country face it, and forces sent to separate two sides
stand between them; forces freeing captives ("freed the abducted girls") assault the
captors; the host of others' talks is no party to them; "asked not to be named" is no
request; intelligence shared serves the doer of the act it is used for; gunfights,
firefights and shootouts are nominal triggers; a bare "appeal" is a legal one (ACCUSE);
a state of emergency names no recipient of itself and holds the acts it suspends or
allows; two verbs sharing one object ("intercepted and destroyed") are one act.

Round 5 (voice and modes): a request, refusal or threat takes its mode from the act it
is about ("urged X to free": yield; "warned it would respond by restricting": restrict),
and an announced act inside a warning is that warning; a reporting verb that is itself
the act ("accused", "denied") and a speaker's own verbal act are asserted, not reported
or denied; hedges count in the trigger's own clause; an accusation met by the accused's
denial is uncertain; forces sent to a province of their own country act at home. A
light verb's crowd holds its nominal act ("60 people held a picket"); searches of homes
are seizures; releases and summonses in the passive with no agent are the state's; a
court's order of a participle ("ordered them held in detention") is the court's act;
only the trigger's own clause dates it (a month runs to its end); critics at home
(opposition, unions, lawmakers) with no target reproach their own state. Attacks in
the passive with a crowd's weapons are the crowd's; an act dated after publication is a
future; a meeting named as where an act happened ("signed a text at talks") is held by
that act's doers; coordinated nationality adjectives ("Armenian and Azerbaijani
leaders") name both parties.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Token

from heron.knowledge import countries, lexicon
from heron.pipeline.actors import Mention
from heron.pipeline.attribution import covering
from heron.pipeline.registry import stage
from heron.pipeline.syntax import subtree_span
from heron.records import Actor, Analysis, Event

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
    home_critics: frozenset[str]
    crowd_weapons: frozenset[str]
    meeting_types: frozenset[str]
    captive_marks: frozenset[str]
    anonymity_verbs: frozenset[str]
    meeting_nouns: frozenset[str]


@cache
def triggers() -> TriggerLexicon:
    raw = lexicon("triggers")
    hedges = lexicon("hedges")
    by_lemma: dict[str, list[Trigger]] = {}
    defaults = raw.get("default_recipient_preps", {})
    for t in raw["triggers"]:
        t = {**t, "recipient_preps": [*t.get("recipient_preps", []), *defaults.get(t["type"], [])]}
        trig = Trigger(
            lemma=t["lemma"],
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
        by_lemma.setdefault(t["lemma"], []).append(trig)
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
        home_critics=frozenset(raw.get("home_critics", [])),
        crowd_weapons=frozenset(raw.get("crowd_weapons", [])),
        meeting_types=frozenset(raw.get("meeting_types", [])),
        captive_marks=frozenset(raw.get("captive_marks", [])),
        anonymity_verbs=frozenset(raw.get("anonymity_verbs", [])),
        meeting_nouns=frozenset(raw.get("meeting_nouns", [])),
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
        possessive_pronouns=frozenset(raw["possessive_pronouns"]),
        descriptions=descriptions,
        owned_heads=frozenset(sectors["heads"])
        | frozenset(sectors["people"])
        | frozenset(h for d in descriptions for h in d.heads)
        | frozenset(lexicon("triggers").get("crowd_nouns", [])),
    )


def _dependents_lemmas(token: Token) -> set[str]:
    out = set()
    for child in token.children:
        out.add(child.lemma_.lower())
        if child.dep_ in ("amod", "compound") and child.ent_type_ == "NORP":
            out.add("$nationality")
        if (
            child.ent_type_ == "MONEY"
            or any(t.ent_type_ == "MONEY" for t in child.subtree if t.dep_ != "relcl")
        ) and child.dep_ in ("dobj", "obj", "attr", "npadvmod"):
            out.add("$money")
        if child.dep_ in ("dobj", "obj"):  # "fired a volley of missiles"
            out.update(
                g.lemma_.lower() for p in child.children if p.dep_ == "prep" for g in p.children
            )
        if child.dep_ == "ccomp":  # "warned that its forces would respond"
            out.update(c.lower_ for c in child.children if c.dep_ == "aux")
            # "said it was deeply concerned", "said the sanctions were illegal"
            out.update(c.lemma_.lower() for c in child.children if c.dep_ in ("acomp", "attr"))
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


_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "them", "it", "its", "their"})


class MentionIndex:
    def __init__(self, mentions: list[Mention]) -> None:
        self.by_head = {m.head: m for m in mentions}
        self.mentions = sorted(mentions, key=lambda m: m.start)

    def of(self, token: Token, *, deep: bool = False) -> list[Mention]:
        """Actors a phrase names: its head's mention, a pronoun's antecedent, else
        mentions inside its noun phrase (or, `deep`, anywhere in its subtree)."""
        found = []
        for t in [token, *token.conjuncts]:
            m = self.by_head.get(t.i)
            if m is None and t.lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
                m = self.governing_object(t) or self.antecedent(t)
            if m is None:
                m = self.anaphor(t)
            if m is None or m.kind == "noun":
                owners = self.owners(t)
                if owners:  # "the envoys of South Korea and Japan", "employees of an aid group"
                    found += owners
                    continue
            if m is None:
                m = described(t)
            if m is None:
                m = self._inside(t)
            if m is None and deep:
                inner = self.in_subtree(t)
                m = inner[0] if inner else None
            if m is not None and m.country is not None:
                found.append(m)
                found += self.conjoined(m, token.doc)  # "envoys of South Korea, the US and Japan"
                if m.kind == "adjective":  # "Armenian and Azerbaijani leaders": both
                    known = {f.country for f in found}
                    found += [a for a in _nationality_of(t) if a.country not in known]
        return found

    def owners(self, token: Token) -> list[Mention]:
        """People or a body described by whom they belong to ("employees of X")."""
        if token.lemma_.lower() not in anaphors().owned_heads:
            return []
        return [
            m
            for prep in _children(token, "prep")
            if prep.lower_ == "of"
            for p in _children(prep, "pobj")
            for m in self.of(p)
        ]

    def governing_object(self, pronoun: Token) -> Mention | None:
        """'detained four aid workers, accusing them of espionage': an object pronoun of a
        participle is the object of the verb it hangs on."""
        verb = pronoun.head
        if not (
            pronoun.dep_ in ("dobj", "obj")
            and pronoun.lower_ in ("them", "him", "her")
            and verb.tag_ == "VBG"
            and verb.dep_ in ("advcl", "conj", "xcomp")
        ):
            return None
        for obj in _children(verb.head, "dobj", "obj"):
            found = self.of(obj)
            if found:
                return found[0]
        return None

    def conjoined(self, mention: Mention, doc: Any) -> list[Mention]:
        """Mentions coordinated with one ("South Korea, the US and Japan"), or inside it
        ("South Korean and U.S. forces")."""
        found = []
        for t in doc[mention.head].conjuncts:
            m = self.by_head.get(t.i)
            if m is not None and m.country is not None and m is not mention:
                found.append(m)
        nested = self.nested(mention)
        for m in nested:
            if doc[m.head].dep_ == "conj" and m.country is not None:
                found.append(m)
        taken = {m.head for m in nested}
        for t in doc.char_span(mention.start, mention.end, alignment_mode="expand") or []:
            if t.dep_ == "conj" and t.i not in taken and t.head.i != mention.head:
                adjective = _adjective_mention(t)  # "Indian and French troops"
                if adjective is not None and adjective.country != mention.country:
                    found.append(adjective)
        return found

    def nested(self, mention: Mention) -> list[Mention]:
        return [
            m
            for m in self.mentions
            if m is not mention and mention.start <= m.start and m.end <= mention.end
        ]

    def _outermost(self, mention: Mention) -> bool:
        return not any(
            m is not mention
            and m.start <= mention.start
            and mention.end <= m.end
            and (m.start, m.end) != (mention.start, mention.end)
            for m in self.mentions
        )

    def antecedent(self, pronoun: Token) -> Mention | None:
        """The last mention before a pronoun: a person for he/she, else a group or state."""
        wants_person = pronoun.lower_ in _PERSON_PRONOUNS
        agents = {  # "Ukrainian strikes on their positions": not the strikers' own
            c.i
            for a in pronoun.ancestors
            if a.pos_ in ("NOUN", "PROPN")
            for c in a.children
            if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < pronoun.i
        }
        for m in reversed(self.mentions):
            if m.start >= pronoun.idx or m.locative or m.country is None or m.head in agents:
                continue
            if m.person == wants_person and self._outermost(m):
                return m
        return None

    def anaphor(self, token: Token) -> Mention | None:
        """'the group', 'the junta': the nearest earlier mention of a fitting kind;
        'its fighters': the antecedent of 'its'."""
        lex = anaphors()
        kinds = lex.nouns.get(token.lemma_.lower()) or lex.nouns.get(token.lower_)
        if kinds and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
            for m in reversed(self.mentions):
                if m.start < token.idx and not m.locative and kinds & {m.sector, m.country}:
                    return m
            return None
        for poss in _children(token, "poss"):
            if poss.lower_ in lex.possessive_pronouns:
                return self.antecedent(poss)
        return None

    def _inside(self, token: Token) -> Mention | None:
        left = token.left_edge.idx
        right = token.idx + len(token)
        best = None
        for m in self.mentions:
            if left <= m.start and m.end <= right:
                best = m
        return best

    def in_subtree(self, token: Token, *, shallow: bool = False) -> list[Mention]:
        """Mentions in a phrase; `shallow`: not inside its clauses ("a package agreed with X")."""
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        found = [m for m in self.mentions if start <= m.start and m.end <= end and m.country]
        if shallow:
            doc = token.doc
            found = [
                m
                for m in found
                if not any(
                    a.dep_ in ("acl", "relcl", "advcl", "appos")
                    for a in doc[m.head].ancestors
                    if a.i != token.i and token in a.ancestors
                )
            ]
        return found


def described(token: Token) -> Mention | None:
    """An unnamed group whose words give its code ("a French humanitarian organisation")."""
    lemma = token.lemma_.lower()
    words = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound")}
    for d in anaphors().descriptions:
        if lemma in d.heads and words & d.modifiers:
            start = min(
                [token.idx] + [c.idx for c in token.lefts if c.dep_ in ("amod", "compound")]
            )
            end = token.idx + len(token)
            return Mention(
                start=start,
                end=end,
                text=token.doc.text[start:end],
                country=d.code,
                sector=None,
                head=token.i,
                kind="description",
            )
    return None


def _actor(m: Mention) -> Actor:
    if m.kind == "implied":  # named by no words of the text: no evidence to point at
        return Actor(name=m.text, country=m.country, sector=m.sector)
    return Actor(
        name=m.text,
        country=m.country,
        sector=m.sector,
        canonical=m.canonical,
        evidence=m.text,
        span=(m.start, m.end),
    )


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _subject(token: Token) -> Token | None:
    """The doer: subject, passive agent, or the subject inherited by a conjoined or
    participial verb ("..., helping Moscow")."""
    agents = [p for p in _children(token, "agent") for p in _children(p, "pobj")]
    if agents:
        return agents[0]
    subjects = _children(token, "nsubj")
    if subjects and subjects[0].tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        return token.head  # "the miners, who have blocked roads": the miners
    if subjects:
        return subjects[0]
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head  # "defence ministers meeting at Ramstein"
    if token.dep_ in ("conj", "advcl", "xcomp", "acl", "acomp", "oprd") and token.head != token:
        head = token.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        controller = _children(head, "dobj", "obj")
        if token.dep_ == "xcomp" and controller and token.i > controller[0].i:
            return controller[0]  # "prompting Taipei to put its forces on alert"
        if (
            token.dep_ == "advcl" and token.tag_ == "VBG"
        ):  # "were deployed, helping ...": the deployed help
            passive = _children(head, "nsubjpass")
            if passive:
                return passive[0]
        return _subject(head)
    return None


def _speaker_of_comment(token: Token, trig: Trigger) -> Token | None:
    """'Hamas denied that its commanders were there, calling the account a lie': a verbal
    participle after a reported clause is the speaker's."""
    head = token.head
    if (
        trig.type in triggers().verbal_types
        and token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in triggers().reporting_verbs | triggers().denial_verbs
    ):
        return _subject(head.head)
    return None


def roles(token: Token, trig: Trigger, index: MentionIndex) -> tuple[list[Mention], list[Mention]]:
    actors: list[Mention] = []
    recipients: list[Mention] = []
    subject = _speaker_of_comment(token, trig) or _subject(token)
    passive = bool(_children(token, "nsubjpass", "auxpass"))
    if (
        subject is not None
    ):  # "shells fired by the RSF struck ..."; not into the trigger's own clause
        actors = index.of(subject) or _nationality_of(subject)  # "by Guatemalan police"
        if not actors and subject != token.head:
            actors = index.of(subject, deep=True)
    for other in _children(token, "nsubj")[1:]:  # a misparse splits the subject in two
        actors = actors or index.of(other, deep=True)

    objects = _children(token, "dobj", "obj", "attr")
    if trig.type in triggers().theme_objects:
        for obj in objects:  # "launched exercises around Taiwan": where they are aimed
            for prep in _children(obj, "prep"):
                if prep.lower_ in trig.recipient_preps:
                    recipients += [m for p in _children(prep, "pobj") for m in index.of(p)]
        objects = []  # "deployed soldiers": the soldiers are the force, not its target
    elif passive:
        objects += _children(token, "nsubjpass")
    for obj in objects:
        recipients += index.of(obj)
        for prep in _children(obj, "prep"):  # "fired tear gas at protesters"
            if prep.lower_ in trig.recipient_preps:
                recipients += [m for p in _children(prep, "pobj") for m in index.of(p)]
    for prep in _children(token, "prep", "dative"):
        if prep.lower_ in trig.recipient_preps or (prep.dep_ == "dative"):
            for pobj in _children(prep, "pobj") or [prep]:
                recipients += _named_or_described(pobj, index)
    if token.pos_ in ("NOUN", "PROPN"):
        for poss in _children(token, "poss", "compound", "amod"):
            actors += index.of(poss)
        for prep in _preps(token):
            targets = [m for p in _children(prep, "pobj") for m in _named_or_described(p, index)]
            if prep.lower_ == "by":
                actors += targets
            elif prep.lower_ == "between":  # "fighting between X and Y"
                actors += targets[:1]
                recipients += targets[1:]
            elif prep.lower_ in ("of", "on", "against", "in", "with", "to", *trig.recipient_preps):
                if prep.lower_ == "in":  # "announced sanctions in Washington": where, not whom
                    targets = [m for m in targets if not m.locative]
                recipients += targets
        if not actors and trig.type in triggers().meeting_types and token.dep_ == "pobj":
            actors = _participants(token, index)  # "signed an accord at talks in Abu Dhabi"
        proxy = _container(token)  # "adopted a package of sanctions"
        if (
            not actors
            and (
                trig.type in triggers().actor_from_governing_verb
                or proxy.head.lemma_.lower() in triggers().light_verbs
            )
            and proxy.dep_ in ("dobj", "obj")
            and proxy.head.pos_ == "VERB"
        ):
            # "the EU announced new aid": the announcer gives it
            head_subject = _subject(proxy.head)
            if head_subject is not None:
                actors = index.of(head_subject)
            for other in _children(proxy.head, "nsubj")[1:]:  # a subject split in two
                actors = actors or index.of(other, deep=True)
    if not recipients:  # weak evidence: a country named somewhere in the object
        doers = {m.country for m in actors}
        for obj in objects:
            recipients += [
                m
                for m in index.in_subtree(obj, shallow=True)
                if m.country not in doers and not m.locative
            ]
            recipients += [m for m in _nationality_of(obj) if m.country not in doers]
    return actors, recipients


def _participants(token: Token, index: MentionIndex) -> list[Mention]:
    """The parties at a meeting named as where an act happened ("leaders signed a text at
    talks in Abu Dhabi", "pledged aid at a conference"): the act's doers."""
    prep = token.head
    verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "obj"):
        verb = verb.head  # "initialled a peace text at talks": the verb's
    if prep.lower_ not in ("at", "during") or verb.pos_ not in ("VERB", "AUX"):
        return []
    subject = _subject(verb)
    return index.of(subject) if subject is not None else []


def _named_or_described(token: Token, index: MentionIndex) -> list[Mention]:
    """Actors a phrase names, else its nationality or description ("on Russian banks")."""
    found = index.of(token)
    if not found:
        found = _nationality_of(token) or [m for m in [described(token)] if m is not None]
    return found


def _preps(token: Token) -> list[Token]:
    """Prepositions of a trigger, and of the light verb a nominal trigger is the object
    of ("carried out an airstrike on militants")."""
    preps = _children(token, "prep")
    proxy = _container(token)
    head = proxy.head
    if proxy.dep_ in ("dobj", "obj") and head.lemma_.lower() in triggers().light_verbs:
        preps += _children(head, "prep")
    return preps


def _container(token: Token) -> Token:
    """The noun that holds a nominal act ("a new package of sanctions", "a wave of strikes"),
    else the act itself."""
    prep = token.head
    if (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in triggers().container_nouns
    ):
        return prep.head
    return token


def _nationality_of(token: Token) -> list[Mention]:
    """A nationality on the object stands for its country ("shelled Indian posts")."""
    found = []
    for child in _children(token, "amod", "compound"):
        for adjective in [child, *child.conjuncts]:  # "Indian and French troops"
            m = _adjective_mention(adjective)
            if m is not None:
                found.append(m)
    return found


def _adjective_mention(token: Token) -> Mention | None:
    hit = countries.index().lookup(token.text) if token.ent_type_ in ("NORP", "GPE") else None
    if hit is None or hit.kind != "adjective":
        return None
    return Mention(
        start=token.idx,
        end=token.idx + len(token),
        text=token.text,
        country=hit.country.iso3,
        sector=None,
        head=token.i,
        kind="adjective",
    )


def purpose_aid(token: Token, index: MentionIndex) -> tuple[list[Mention], list[Mention]] | None:
    """'X sent troops to assist Y' / 'troops were deployed to help Y': AID X -> Y."""
    for child in token.children:
        if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in (
            "assist",
            "help",
            "support",
            "aid",
            "reinforce",
            "back",
        ):
            if not any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children):
                continue
            recipients = [m for o in _children(child, "dobj") for m in index.of(o)]
            subject = _subject(token)
            senders = index.of(subject) if subject is not None else []
            if not senders:
                sent = _children(token, "nsubjpass", "dobj")
                senders = [m for s in sent for m in index.of(s)]
            if recipients and senders:
                return senders, recipients
    return None


def helped_actor(token: Token, index: MentionIndex) -> list[Mention]:
    """In 'helping Moscow reclaim territory', Moscow (and the helper) act."""
    head = token.head
    if token.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in ("help", "assist"):
        found = [m for o in _children(head, "dobj", "nsubj") for m in index.of(o) if o.i < token.i]
        helper = _subject(head)
        if helper is not None:
            found += index.of(helper)
        return found
    for child in token.children:
        if child.dep_ == "nsubj":
            return []
    return []


def factuality(
    token: Token, analysis: Analysis, kind: str | None = None, doers: frozenset[str] = frozenset()
) -> str | None:
    """Factuality of a trigger, or None for a negated one (no event). A denial is no
    denial of itself, nor of its speaker's own words ("denied the charge, calling it a
    lie": both asserted), nor is a reporting verb or a speaker's own verbal act reported
    ("Hamas accused Israel", "said it was ready to talk"); hedges count in the trigger's
    own clause, not its sentence."""
    lex = triggers()
    kids = {c.lower_ for c in token.children if c.dep_ in ("aux", "neg", "advmod", "auxpass")}
    if any(c.dep_ == "neg" for c in token.children) or _no_one(token):
        return None
    verb = token
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
    conditional = any(c.lower_ == "if" for c in token.children if c.dep_ == "mark")
    if kids & _MODAL_HYPOTHETICAL == {"would"} and not conditional and _reported(token):
        return "future"  # "Britain said it would provide": a future in reported speech
    if kids & _MODAL_HYPOTHETICAL or conditional:
        return "hypothetical"
    if kids & _FUTURE_AUX or words & {"plan", "pledge", "vow", "promise", "intend", "threaten"} - {
        token.lemma_.lower()
    }:
        return "future"
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


def place_of(token: Token, analysis: Analysis, *, verbal: bool = False) -> str | None:
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
    if not inside:
        return None
    best = min(inside, key=lambda pm: (_LEVEL_RANK.get(pm.place.level, 1), abs(pm.head - token.i)))
    return best.text


def date_of(token: Token, analysis: Analysis) -> str | None:
    sent = token.sent
    for d in analysis.dates:
        if d.precision == "day" and sent.start_char <= d.start < sent.end_char:
            return str(d.date)
    return None


def find_events(
    analysis: Analysis, drop_hypothetical: bool, background_days: int = 45
) -> list[Event]:
    index = MentionIndex(analysis.mentions)
    events: list[Event] = []
    by_token: dict[int, Event] = {}
    parties: list[list[Mention]] = []  # the doers of earlier acts of two countries
    pairs: list[list[Actor]] = []  # the two sides of earlier acts between two countries
    done: set[int] = set()  # acts already coded at the order that commands them
    for token in analysis.doc:
        coded = None if token.i in done else code_trigger(token, index)
        if coded is None:
            continue
        _trig, kind, mode, actors, recipients = coded
        if kind == "REQUEST" and (ordered := _ordered_act(token, index)) is not None:
            kind, mode, recipients, act = ordered  # "ordered the army to raise readiness"
            done |= act  # the orderer's own act, not a request
        if kind == "REQUEST" and _anonymity(token):
            continue  # "who asked not to be named": no request
        if _host_of_meeting(token):
            continue  # "talks hosted by the UAE": the talking parties consult, not the host
        if kind == "RETREAT" and _rescue(token, actors):
            kind, mode = "ASSAULT", None  # "troops freed the abducted girls": on the captors
            recipients = (
                [_implied(analysis.focus, None, "captors", token)] if analysis.focus else []
            )
        if (
            token.pos_ in ("NOUN", "PROPN")
            and token.dep_ in ("dobj", "obj")
            and code_trigger(token.head, index) is not None
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
                actors = [_implied(analysis.focus, None, "both", token)]
        actors, recipients = _sides(token, kind, actors, recipients)
        if kind == "MOBILIZE" and not recipients:
            recipients = _frontier(token, index)  # "sent units to the line with Kosovo"
        if kind == "COOPERATE" and not recipients:
            recipients = _acting_on(token, index)  # "acting on intelligence shared by the DEA"
        if kind in triggers().needs_recipient and not recipients:
            continue  # "a joint drill" of one side only: no exchange between parties
        if not actors and analysis.focus and (unnamed := _unnamed_doer(token, kind)):
            actors = [
                _implied(analysis.focus, *unnamed, token)
            ]  # "gunmen abducted": the story's own
        if not actors and analysis.focus and _authority_passive(token):
            actors = [
                _implied(analysis.focus, "COP", "authorities", token)
            ]  # "112 people were arrested"
        if not actors and analysis.focus and kind == "ASSAULT" and _stoned(token):
            actors = [
                _implied(analysis.focus, "CVL", "protesters", token)
            ]  # "officers were pelted with stones"
        if not actors and analysis.focus and kind in triggers().crowd_acts and _crowd(token):
            actors = [
                _implied(analysis.focus, "CVL", "protesters", token)
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
        if _wanted_not_done(token) or _requested_not_done(token):
            continue  # "seeking to seize the city", "urged them to lift": aims, not acts
        if not actors:
            continue
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
            )
        ):  # "intercepted and destroyed 47 drones": one act on a shared object  # "shelled Kharkiv, killing 12": one happening (not "seized ..., detaining ...")
            _merge_recipients(
                head_event, recipients
            )  # "shelled Kharkiv, killing 12": one happening
            by_token[token.i] = head_event
            continue
        fact = factuality(token, analysis, kind, frozenset(m.country for m in actors if m.country))
        if fact is None or (fact == "hypothetical" and drop_hypothetical):
            continue
        if fact != "future" and is_background(token, analysis, background_days):
            continue
        if (
            fact == "future"
            and kind in triggers().threat_modes
            and _announced(token, analysis, actors, index)
        ):
            modes = triggers().threat_modes[kind]  # "the group would keep targeting ships"
            kind, mode, fact = "THREATEN", modes.get(mode or "", modes.get("*")), "asserted"
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
            or (_pair(pairs, analysis) if _pair_addressed(token) or _buffer(token, kind) else [])
            or (_offered_to(token, actors, index) if kind == "AGREE" else [])
            or _provoker(token, actors, index)
            or (_threatened(token, actors, index) if kind == "THREATEN" else [])
            or (_news_doers(events, actors) if _trig.about_the_news else [])
            or implied_recipients(token, event, analysis, events, by_token)
        )
        if kind == "AID" and _countries_of(event.recipient) <= _countries_of(event.actor):
            moved = [t for t in match_triggers(token) if t.type == "MOBILIZE"]
            if moved:  # "will send 400 soldiers to Highland Papua": a move at home
                event.type, event.mode, event.recipient = "MOBILIZE", moved[0].mode, []
        if event.type == "MOBILIZE" and not event.recipient:
            event.recipient = _home_destination(token, analysis, event.actor)
        same = next((e for e in events if _same_happening(e, event)), None)
        if same is not None:  # a repeated mention of one happening
            same.claims = sorted(set(same.claims) | set(claims_in))
            if not same.recipient:
                same.recipient = event.recipient
            by_token[token.i] = same
            continue
        by_token[token.i] = event
        events.append(event)
        if len({m.country for m in actors}) == 2:
            parties.append(actors)
        if len(_countries_of(event.actor) | _countries_of(event.recipient)) == 2:
            pairs.append(_unique_actors(event.actor + event.recipient))
    return events


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
        accused = _countries_of(event.recipient) - _countries_of(event.actor)
        start = doc.char_span(*event.span, alignment_mode="expand") if event.span else None
        if start is None or not accused:
            continue
        if any(i >= start.sent.start and c in accused for i, c in deniers):
            event.factuality = "uncertain"


def _countries_of(actors: list[Actor]) -> frozenset[str]:
    return frozenset(a.country for a in actors if a.country)


def _same_happening(a: Event, b: Event) -> bool:
    """Two mentions of one happening: same type and doers, targets that agree (or one
    unnamed), and no place, date or mode that tells them apart."""
    if a.type != b.type or not _countries_of(a.actor) & _countries_of(b.actor):
        return False
    ra, rb = _countries_of(a.recipient), _countries_of(b.recipient)
    if ra and rb and ra != rb:
        return False
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
    own = _countries_of(doers)
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
    return (
        passive
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
    if subject.ent_type_ and not (subject.ent_type_ == "ORG" and lemma in triggers().unnamed_doers):
        return None  # a name; but "the National Guard", "the Border Police": the story's own
    named = ("GPE", "NORP") if subject.ent_type_ == "ORG" else ("GPE", "NORP", "ORG")
    if any(c.ent_type_ in named for c in subject.children):
        return None  # a name the actors stage judged; not the story's own
    sector = triggers().unnamed_doers.get(lemma)
    if sector is None or (sector == "UAF" and kind not in triggers().armed_acts):
        return None
    return sector, subject.text


def _implied(country: str, sector: str | None, text: str, token: Token) -> Mention:
    return Mention(
        start=token.idx,
        end=token.idx + len(token),
        text=text,
        country=country,
        sector=sector,
        head=token.i,
        kind="implied",
    )


def _sides(token: Token, kind: str, actors: list[Mention], recipients: list[Mention]):
    """Both parties on both sides for meetings and exchanges; else no actor is its own recipient."""
    lex = triggers()
    two_sides = not recipients and len({m.country for m in actors}) == 2
    if (kind in lex.symmetric and (recipients or two_sides)) or (
        token.lemma_.lower() in lex.symmetric_lemmas and len(actors) > 1
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
    return [Actor(name=focus, country=focus, sector=None)] if focus else []


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
        place=place_of(token, analysis, verbal=kind in triggers().verbal_types),
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
    focus, lex = analysis.focus, triggers()
    if kind == "ASSAULT" and event.mode == "crowd-control" and focus:
        return [Actor(name=focus, country=focus, sector=None)]  # "used tear gas": on a crowd
    if event.mode in ("withdraw", "resign"):
        return []  # "would withdraw 2,000 soldiers": its own
    if kind in lex.people_recipient and _unnamed_people(token):
        country = focus or next((a.country for a in event.actor if a.country), None)
        return [Actor(name=country, country=country, sector=None)] if country else []
    doers = {a.country for a in event.actor}
    if kind in lex.recipient_from_focus:  # "Berlin would send tanks": to whom the others give
        given = [e for e in earlier if e.type == kind and e.recipient]
        if given and not doers & _countries_of(given[-1].recipient):
            return list(given[-1].recipient)
    if focus is None or _unnamed_addressee(token):
        return []  # "called on partners": someone unnamed, not the story's country
    critics = bool(event.actor) and all(
        a.country == focus and a.sector in lex.home_critics for a in event.actor
    )  # "opposition lawmakers criticised it": aimed at their own government
    domestic = kind in lex.domestic_recipient and (
        kind in lex.crowd_acts or focus not in doers or critics or _domestic_story(analysis)
    )
    if domestic or (kind in lex.recipient_from_focus and focus not in doers):
        return [Actor(name=focus, country=focus, sector=None)]  # a protest at home, aid to it
    return []


def _domestic_story(analysis: Analysis) -> bool:
    """Most actors named belong to the story's country: a government's words are
    aimed at home (not so in a story between states)."""
    countries = [m.country for m in analysis.mentions if m.country and not m.locative]
    share = countries.count(analysis.focus) / len(countries) if countries else 0.0
    return share >= triggers().domestic_share


def _unnamed_addressee(token: Token) -> bool:
    """A request or reproach addressed to parties of no country ("urged donors")."""
    objects = _children(token, "dobj", "obj") + [
        p
        for prep in _children(token, "prep")
        if prep.lower_ == "on"
        for p in _children(prep, "pobj")
    ]
    return any(
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
    return any(c.lower_ in ("both", "two") for o in objects for c in o.children)


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
    for trig in match_triggers(token):
        if token.lemma_.lower() in ("send", "deploy", "dispatch"):
            aid = purpose_aid(token, index)
            if aid is not None:
                return trig, "AID", None, aid[0], aid[1]
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


@stage(
    "events.lexicon.v1",
    reads=("doc", "mentions", "place_mentions", "dates", "attributions", "claims", "quotes"),
    writes=("events",),
)
def make_events(settings: Mapping[str, Any]):
    drop_hypothetical = bool(settings.get("drop_hypothetical", True))
    background_days = int(settings.get("background_days", 45))

    def run(analysis: Analysis) -> Analysis:
        analysis.events = find_events(analysis, drop_hypothetical, background_days)
        denied_accusations(analysis)
        return analysis

    return run
