"""Acts that are talked about rather than done: asked about ("Did Rwanda send troops?"),
weighed ("is considering sanctions"), failed ("failed to reach a deal"), expected
("expected the hostages to be freed") or only claimed ("rejected claims that its drones
struck"). Cues are in lexicon event_clauses.json."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from heron.knowledge import lexicon
from heron.pipeline.events.lexicon import match_triggers

_COMPLEMENTS = frozenset({"xcomp", "ccomp", "pcomp"})
_OBJECTS = frozenset({"dobj", "obj", "pobj", "nsubjpass"})


@cache
def _cues(name: str) -> frozenset[str]:
    return frozenset(lexicon("event_clauses")[name])


def governors(token: Token, depth: int = 3) -> list[Token]:
    """The verbs an act hangs on as object or complement, nearest first ("resume talks"
    under "hopes to": resume, hopes; "sanctions" under "is considering": considering)."""
    found: list[Token] = []
    node = token
    for _ in range(depth):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in _OBJECTS and node.pos_ in ("NOUN", "PROPN"):
            if node.dep_ == "pobj":  # "debated on sanctions": the preposition's verb
                head = head.head if head.pos_ == "ADP" else head
        elif node.dep_ not in _COMPLEMENTS:
            break
        elif node.dep_ == "pcomp" and head.pos_ == "ADP" and head.dep_ == "prep":
            head = head.head  # "refrained from firing": the verb the preposition hangs on
        if head.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        found.append(head)
        node = head
    return found


def _lemma(token: Token) -> str:
    """A verb's lemma ("hopes" is lemmatised "hop" by the tagger's lookup)."""
    return "hope" if token.lower_ in ("hopes", "hoped") else token.lemma_.lower()


def asked(token: Token) -> bool:
    """A yes-no question ("Will China invade Taiwan?", "Did Rwanda send troops?"): an
    auxiliary before the subject of the act's clause, the sentence ending in '?'. A
    wh-question presupposes its act ("Why did India expel them?") and is not one."""
    sent = token.sent
    last = [t for t in sent if not t.is_space]
    if not last or last[-1].text != "?":
        return False
    for verb in [token, *governors(token)]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
        if any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.subtree if t.i < verb.i):
            return False
        if subjects and aux and aux[0].i < subjects[0].i:
            return True
        if verb.lemma_ == "be" and subjects and verb.i < subjects[0].i:
            return True
    return False


def deliberated(token: Token) -> bool:
    """An option weighed ("is considering sanctions on", "debated sending troops")."""
    heads = governors(token)
    return bool(heads) and _lemma(heads[0]) in _cues("deliberation_heads")


def failed(token: Token) -> bool:
    """An act that did not happen ("failed to reach a deal", "refrained from striking")."""
    return any(_lemma(h) in _cues("negating_heads") for h in governors(token)[:2])


def labelled(token: Token) -> bool:
    """A naming verb in a free relative under another act ("denounced what it called U.S.
    aggression"), or the label it gives ("what it called incursions"): the label names
    the object of that act, in the speaker's words; it is no act of its own."""
    if token.dep_ in ("oprd", "attr", "dobj") and token.pos_ in ("NOUN", "PROPN"):
        namer = token.head  # "what it called Burkinabe incursions": the label itself
        return namer.lemma_.lower() in _cues("naming_verbs") and any(
            c.lower_ == "what" for c in namer.children
        )
    return (
        token.lemma_.lower() in _cues("naming_verbs")
        and any(c.lower_ == "what" for c in token.children)
        and token.head.i != token.i
        and bool(match_triggers(token.head))
    )


def hoped(token: Token) -> bool:
    """The complement of a hope ("hopes to resume talks"): a wish, not an act."""
    return any(_lemma(h) == "hope" for h in governors(token)[:2])


def expected(token: Token) -> bool:
    """The complement of an active expectation ("Qatar expected the hostages to be
    freed", "expects Rwanda to withdraw"): a forecast, not a plan ("is expected to
    visit", a schedule, stays future)."""
    heads = governors(token)
    return (
        bool(heads)
        and heads[0].lemma_.lower() in _cues("forecast_heads")
        and heads[0].tag_ != "VBN"
    )


def claimed(token: Token) -> str | None:
    """An act that a claim noun's clause states ("reports that it had moved troops"):
    'denied' when that noun is rejected ("rejected claims that"), else 'uncertain'."""
    node = token
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if (
            node.dep_ in ("acl", "ccomp", "relcl", "appos")
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in _cues("claim_nouns")
            and any(c.lower_ == "that" for c in node.children if c.dep_ == "mark")
        ):
            verb = head.head
            rejected = head.dep_ in ("dobj", "obj", "pobj") and (
                verb.lemma_.lower() in _cues("rejection_verbs")
                or (verb.pos_ == "ADP" and verb.head.lemma_.lower() in _cues("rejection_verbs"))
            )
            return "denied" if rejected else "uncertain"
        if node.dep_ not in ("conj", "xcomp", "ccomp", "dobj", "obj", "nsubj", "nsubjpass"):
            return None
        node = head
    return None
