"""Claim subjects that numbers.py leaves open: small rules kept apart from its
main loop.

- Insurgents captured with no nationality word ("34 rebels had been captured in the
  Amhara region") are of the country where they were taken, like the insurgents
  killed there (lexicons/measures.json 'insurgents').
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from heron.knowledge import lexicon


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
