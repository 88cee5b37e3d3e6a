"""Doers and targets a sentence leaves implicit, found from the story around it.

- A measure as the subject of its own onset ('a night curfew will apply in X'), or a
  diplomatic mission closed in the passive with no agent ('the consulate will be closed'):
  imposed by the story's state (the speaker's, when a state says so).
- A reaction drawn from someone ('the plan drew criticism from Moscow'): the critics named
  after 'from' are the doers, the subject's side is the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from heron.knowledge import lexicon
from heron.pipeline.actors import Mention
from heron.pipeline.attribution import covering
from heron.pipeline.events.lexicon import match_triggers, triggers
from heron.pipeline.events.mentions import implied
from heron.records import Actor, Analysis, Event


def _subjects(token: Token, deps: tuple[str, ...]) -> list[Token]:
    subj = [c for c in token.children if c.dep_ in deps]
    return subj + [c for s in subj for c in s.conjuncts]


def _mission_closed(token: Token) -> bool:
    """'the consulate will be closed': a mission shut in the passive, no agent named."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False
    missions = set(triggers().mission_nouns)
    return any(s.lemma_.lower() in missions for s in _subjects(token, ("nsubjpass",)))


def measure_onset(token: Token) -> bool:
    """'a night curfew will apply': the measure is the subject of its own onset (an entry
    that asks for that subject, 'nsubj:curfew')."""
    subjects = {"nsubj:" + s.lemma_.lower() for s in _subjects(token, ("nsubj",))}
    return any(
        trig.type in ("COERCE", "SANCTION") and trig.with_ & subjects
        for trig in match_triggers(token)
    )


def measure_doer(token: Token, kind: str, analysis: Analysis) -> list[Mention]:
    """A measure with no one named imposing it: the story's state (or the speaker's)."""
    if kind not in ("COERCE", "SANCTION"):
        return []
    if not (measure_onset(token) or (kind == "SANCTION" and _mission_closed(token))):
        return []
    attribution = covering(analysis.attributions, token.i)
    speaker = attribution.actor() if attribution else None
    if speaker is not None and speaker.country:
        return [implied(speaker.country, speaker.sector, speaker.name, token)]
    if analysis.focus:
        return [implied(analysis.focus, "GOV", "authorities", token)]
    return []


def drawn_reaction(
    token: Token, actors: list[Mention], recipients: list[Mention], analysis: Analysis
) -> tuple[list[Mention], list[Mention]]:
    """'the decision drew criticism from Moscow', 'sparked condemnation from Kyiv': the
    side after 'from' reacts to the decision's side."""
    if token.lemma_.lower() not in lexicon("event_clauses")["reactions_drawn"]:
        return actors, recipients
    heads = _after(token, "from").union(  # "sparked condemnation from Washington"
        *(_after(c, "from") for c in token.children if c.dep_ in ("dobj", "obj"))
    )
    critics = [m for m in analysis.mentions if m.head in heads and m.country]
    return critics, [m for m in actors if m.head not in heads]


def _after(token: Token, prep_word: str) -> set[int]:
    return {
        t.i
        for prep in token.children
        if prep.dep_ in ("prep", "dative") and prep.lower_ == prep_word
        for p in prep.children
        for t in p.subtree
    }


def handed_over(event: Event, token: Token, analysis: Analysis) -> None:
    """'handed over 29 suspects to US authorities': one way, from the doer to the country
    after 'to' (as an extradition), not an exchange between the two."""
    if event.type != "COOPERATE" or token.lemma_.lower() != "hand":
        return
    heads = _after(token, "to")
    dest = [m for m in analysis.mentions if m.head in heads and m.country]
    if not dest:
        return
    doers = [a for a in event.actor if a.country != dest[0].country]
    if doers:
        event.actor = doers
        event.recipient = [Actor(name=dest[0].text, country=dest[0].country, sector=dest[0].sector)]


def vowed_response(event: Event, token: Token) -> None:
    """'would respond with countermeasures', 'would respond in a mirror manner': a future
    answer in kind announced by its own doer is a threat (of restrictions)."""
    if (
        event.type == "SANCTION"
        and event.factuality == "future"
        and token.lemma_.lower() in ("respond", "retaliate", "reciprocate")
        and not any(c.dep_ == "prep" and c.lower_ == "by" for c in token.children)
    ):  # not "vowed to respond by suspending talks": that act itself, vowed
        event.type, event.mode, event.factuality = "THREATEN", "restrict", "asserted"


def one_sided_call(
    token: Token, kind: str, actors: list[Mention], recipients: list[Mention]
) -> bool:
    """'spoke by phone' with only one side of a known country: no consultation coded (the
    other side is someone of no country, or not named)."""
    if kind != "CONSULT" or token.lemma_.lower() != "speak":
        return False
    return len({m.country for m in actors + recipients if m.country}) < 2
