"""Actors a phrase names: mentions, pronouns, descriptions and nationalities."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from heron.knowledge import countries, lexicon
from heron.pipeline.actors import Mention
from heron.pipeline.events.lexicon import anaphors
from heron.records import Actor

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


_GROUP_PRONOUNS = frozenset({"they", "them", "it", "its", "their"})
_SINGULAR_PRONOUNS = frozenset({"it", "its"})
_DESCRIBED = frozenset({"noun", "adjective", "demonym"})  # mentions by a common noun


class MentionIndex:
    def __init__(self, mentions: list[Mention]) -> None:
        self.by_head: dict[int, Mention] = {}
        for m in mentions:  # of two on one head, the outer ("Thai and Cambodian commanders")
            other = self.by_head.get(m.head)
            if other is None or m.end - m.start >= other.end - other.start:
                self.by_head[m.head] = m
        self.mentions = sorted(mentions, key=lambda m: m.start)

    def of(self, token: Token, *, deep: bool = False) -> list[Mention]:
        """Actors a phrase names: its head's mention, a pronoun's antecedent, else
        mentions inside its noun phrase (or, `deep`, anywhere in its subtree)."""
        found = []
        for t in [token, *token.conjuncts]:
            m = self.owned(t, self.by_head.get(t.i))
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

    def owned(self, token: Token, mention: Mention | None) -> Mention | None:
        """A body the registry knows by a name another country's also uses is that of its
        possessor ("Iran's Supreme National Security Council" is Iran's, not the US one)."""
        if mention is None or mention.kind != "registry":
            return mention
        owners = [self.by_head.get(p.i) for p in _children(token, "poss")]
        owners += _nationality_of(token)  # "the Iranian National Security Council"
        for owner in owners:
            if owner and owner.country and not owner.person and owner.country != mention.country:
                return replace(mention, country=owner.country, canonical=None)
        return mention

    def owners(self, token: Token) -> list[Mention]:
        """People or a body described by whom they belong to ("employees of X",
        "delegations from Niger and Benin")."""
        if token.lemma_.lower() not in anaphors().owned_heads:
            return []
        return [
            m
            for prep in _children(token, "prep")
            if prep.lower_ in ("of", "from")
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
        singular = pronoun.lower_ in _SINGULAR_PRONOUNS
        doc = pronoun.doc
        for m in reversed(self.mentions):
            if m.start >= pronoun.idx or m.locative or m.country is None or m.head in agents:
                continue
            if singular and doc[m.head].tag_ == "NNS" and m.kind in _DESCRIBED:
                continue  # 'it' is not 'the refugees' named before it (but 'Doctors Without Borders')
            if m.person == wants_person and self._outermost(m):
                return m
        return None

    def anaphor(self, token: Token) -> Mention | None:
        """'the group', 'the junta': the nearest earlier mention of a fitting kind;
        'its fighters': the antecedent of 'its'."""
        lex = anaphors()
        kinds = lex.nouns.get(token.lemma_.lower()) or lex.nouns.get(token.lower_)
        if kinds and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
            for c in token.children:  # "the armed group": not the aid group named before
                if c.dep_ in ("amod", "compound") and c.lower_ in lex.narrowing:
                    kinds = kinds & lex.narrowing[c.lower_]
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


def pronoun_antecedent(pronoun: Token, mentions: list[Mention]) -> Mention | None:
    """The mention a pronoun stands for ('The Philippines protested. It said ...', 'It
    appealed for $410m'): the last fitting one before it (MentionIndex.antecedent)."""
    return MentionIndex(mentions).antecedent(pronoun)


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


def implied(country: str, sector: str | None, text: str, token: Token) -> Mention:
    """A party the text implies at a trigger (the story's state, its attacker), not named."""
    return Mention(
        start=token.idx,
        end=token.idx + len(token),
        text=text,
        country=country,
        sector=sector,
        head=token.i,
        kind="implied",
    )


def _actor(m: Mention) -> Actor:
    if m.kind == "implied":  # named by no words of the text: no evidence to point at
        return Actor(name=m.text, country=m.country, sector=m.sector)
    return m.actor()


def _children(token: Token, *deps: str) -> list[Token]:
    found = [c for c in token.children if c.dep_ in deps]
    if "nsubjpass" in deps:
        found += _reduced_relative_subjects(token)
    return found


def _reduced_relative_subjects(token: Token) -> list[Token]:
    """'the nine guards taken hostage at dawn have been freed': the parser may take the
    participle for a clausal passive subject ('taken', csubjpass) with the noun as its
    subject; the noun is then the passive verb's subject."""
    return [
        s
        for c in token.children
        if c.dep_ == "csubjpass"
        and c.tag_ in ("VBN", "VBD")
        and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
        for s in c.children
        if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") and s.i < c.i
    ]


def _nationality_of(token: Token) -> list[Mention]:
    """A nationality on the object stands for its country ("shelled Indian posts")."""
    found = []
    for child in _children(token, "amod", "compound"):
        for adjective in [child, *child.conjuncts]:  # "Indian and French troops"
            m = _adjective_mention(adjective)
            if m is not None:
                found.append(m)
        if child.lemma_.lower() in lexicon("event_clauses")["owner_participles"]:
            for owner in _children(child, "amod", "npadvmod", "compound"):
                m = _adjective_mention(owner)  # "Serbian-run post offices": Serbia's
                if m is not None:
                    found.append(m)
    return found


def _adjective_mention(token: Token) -> Mention | None:
    if token.ent_type_ not in ("NORP", "GPE"):
        return None
    span = _entity_of(token)  # "South Korean airspace": the whole name, not "Korean"
    hit = countries.index().lookup(span.text) if span is not None else None
    if hit is None:
        span, hit = None, countries.index().lookup(token.text)
    if hit is None or hit.kind != "adjective":
        return None
    start = span.start_char if span is not None else token.idx
    end = span.end_char if span is not None else token.idx + len(token)
    return Mention(
        start=start,
        end=end,
        text=token.doc.text[start:end],
        country=hit.country.iso3,
        sector=None,
        head=token.i,
        kind="adjective",
    )


def _entity_of(token: Token) -> Any:
    """The named entity a token ends, when it spans more than the token."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent if len(ent) > 1 and ent.end - 1 == token.i else None
    return None
