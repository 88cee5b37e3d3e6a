"""Two-sided acts: every party is both actor and recipient (roles.json)."""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from heron.knowledge import lexicon
from heron.pipeline.actors import Mention
from heron.pipeline.events.lexicon import match_triggers
from heron.pipeline.events.mentions import MentionIndex, _children, _nationality_of, described


@cache
def _lex() -> dict[str, Any]:
    return lexicon("roles")


def between_parties(token: Token, index: MentionIndex) -> list[Mention]:
    """The parties of 'fighting between X and Y', 'talks between the Serbian and Kosovo
    leaders': each conjunct of the phrase after 'between', named or by its nationality."""
    found: list[Mention] = []
    for prep in _children(token, "prep"):
        if prep.lower_ not in _lex()["between_preps"]:
            continue
        for obj in _children(prep, "pobj"):
            for part in [obj, *obj.conjuncts]:
                named = index.of(part)
                # "Thai and Cambodian ministers": one head with two nationalities
                named += [m for m in index.mentions if m.head == part.i and m not in named]
                known = {m.country for m in named}  # "the Serbian and Kosovo leaders": both
                named += [m for m in _nationality_of(part) if m.country not in known]
                if not named and (d := described(part)) is not None:
                    named = [d]
                found += [m for m in named if m not in found and not m.locative]
    return found


def reciprocal(token: Token, kind: str, actors: list[Mention], recipients: list[Mention]) -> bool:
    """An act two parties do to each other, with two parties named: 'clashed with',
    'Indian and Chinese troops clashed', 'fighting between X and Y'."""
    if any(p.lower_ in _lex()["between_preps"] for p in _children(token, "prep")):
        return bool(recipients) and all(r in actors for r in recipients)
    if not reciprocal_lemma(token, kind):
        return False
    return bool(recipients) or len({m.country for m in actors}) > 1


def reciprocal_lemma(token: Token, kind: str) -> bool:
    """A trigger of an act two parties do to each other ('clash', 'exchange fire')."""
    return token.lemma_.lower() in _lex()["reciprocal"].get(kind, ())


def mediated(token: Token) -> bool:
    """A third party's act between two others ('mediated between Russia and Ukraine'): the
    mediator acts, the two sides are its recipients (PLOVER CONSULT third-party)."""
    return any(t.mode == "third-party" for t in match_triggers(token))
