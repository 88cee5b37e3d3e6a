"""Claim subjects that numbers.py leaves open: small rules kept apart from its
main loop.

- Insurgents captured with no nationality word ("34 rebels had been captured in the
  Amhara region") are of the country where they were taken, like the insurgents
  killed there (lexicons/measures.json 'insurgents').
- Security forces with no nationality whose deployment a state announces are its own.
- People repatriated to a country are of that country.
- Things a participle gives an agent ('drones launched by Russia') are the agent's.
- Projectiles brought down ('shot down 43 of the 61 drones') are the launcher's, not
  the interceptor's nor the place's.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from heron.knowledge import lexicon
from heron.knowledge.countries import index as country_index
from heron.pipeline.actors import NON_STATE, Mention
from heron.pipeline.syntax import clause_root
from heron.records import Actor


@cache
def insurgent_nouns() -> frozenset[str]:
    return frozenset(lexicon("measures")["insurgents"])


def captured_insurgents(noun: Token | None) -> bool:
    """A count of insurgents with no nationality or owner of their own."""
    if noun is None or noun.lemma_.lower() not in insurgent_nouns():
        return False
    return not any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ or c.pos_ == "PRON")
        for c in noun.lefts
    )


_STATE_SPEAKERS = frozenset({"GOV", "MIL", "COP"})


def own_deployment(noun: Token | None, measure: str, attribution: Any) -> Actor | None:
    """'Kenya's interior ministry said 400 police officers would be deployed to Haiti':
    security forces with no nationality whose deployment a state's government, military
    or police announces are its own, not the people of where they go."""
    if noun is None or attribution is None or measure != "deployed":
        return None
    lemma = noun.lemma_.lower()
    compounds = {c.lemma_.lower() for c in noun.lefts if c.dep_ == "compound"}
    forces = frozenset(lexicon("measures")["security_forces"])
    if lemma not in forces and not compounds & forces:
        return None
    if any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ for c in noun.lefts):
        return None  # a nationality or owner of their own
    source = attribution.actor()
    if source is None or len(source.country or "") != 3 or source.country in NON_STATE:
        return None
    if source.sector not in _STATE_SPEAKERS:
        return None
    return Actor(
        name=noun.text,
        country=source.country,
        sector="COP" if "police" in (lemma, *compounds) else "MIL",
        evidence=noun.text,
        span=(noun.idx, noun.idx + len(noun)),
    )


def _people_of(words: Token, iso3: str) -> Actor:
    """The counted people as civilians of a country."""
    return Actor(
        name=words.text,
        country=iso3,
        sector="CVL",
        evidence=words.text,
        span=(words.idx, words.idx + len(words)),
    )


def repatriated_to(noun: Token | None, verb: Token | None) -> Actor | None:
    """'repatriated 150 Rohingya refugees to Myanmar': people sent back to a country are
    of that country, when they carry no nationality of a state."""
    if noun is None or verb is None:
        return None
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ == "GPE" for c in noun.lefts):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.ent_type_ == "GPE" and (hit := country_index().lookup(obj.text)) is not None:
                return _people_of(noun, str(hit.country.iso3))
    return None


def maker_of(noun: Token | None, mentions: list[Mention]) -> Mention | None:
    """'37 of the 45 drones launched by Russia': things a participle gives an agent
    ('launched by', 'fired by', 'sent by') are that agent's."""
    if noun is None:
        return None
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            for obj in (g for g in agent.children if g.dep_ == "pobj"):
                lo, hi = obj.left_edge.idx, obj.idx + len(obj)
                found = [
                    m
                    for m in mentions
                    if lo <= m.start and m.end <= hi and m.country is not None and not m.locative
                ]
                if found:
                    return found[-1]
    return None


def side_of(number: Token, noun: Token | None) -> Actor | None:
    """'displaced over 100,000 on the Kyrgyz side', 'wounded on the Ethiopian side of the
    border': people counted on one party's side of a frontier are that party's."""
    clause = clause_root(number)
    for token in clause.subtree:
        if token.lemma_.lower() != "side" or token.head.lower_ != "on":
            continue
        for c in token.children:
            if c.dep_ in ("amod", "compound") and (hit := country_index().lookup(c.text)):
                return _people_of(noun if noun is not None else number, str(hit.country.iso3))
    return None


@cache
def _interception() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = lexicon("measures")
    return (
        frozenset(raw["projectiles"]),
        frozenset(raw["interception_verbs"]),
        frozenset(raw["launch_verbs"]),
    )


def intercepted(noun: Token | None, verb: Token | None) -> bool:
    """'air defences shot down 43 of the 61 drones', 'two rockets were intercepted':
    projectiles an interceptor brought down."""
    if noun is None or verb is None:
        return False
    projectiles, verbs, _ = _interception()
    if noun.lemma_.lower() not in projectiles:
        return False
    lemma = verb.lemma_.lower()
    particles = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod")]
    return any(k in verbs for k in (*particles, lemma))


def launch_verbs() -> frozenset[str]:
    return _interception()[2]
