"""Small helpers over spaCy's dependency parse, shared by the stages."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from heron.knowledge import lexicon

LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "to",
        "into",
        "from",
        "near",
        "inside",
        "within",
        "across",
        "throughout",
        "outside",
        "around",
        "towards",
        "toward",
        "through",
        "via",
        "onto",
        "off",
        "over",
        "along",
        "beyond",
        "on",
    }
)
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd"})


def governing_prep(token: Token) -> Token | None:
    """The preposition whose object this token (or its phrase head) is, if any."""
    head = token
    while head.dep_ in ("compound", "amod", "poss", "nmod", "conj", "appos") and head.head != head:
        head = head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        return head.head
    prep = head.head
    if (
        head.dep_ == "pobj"
        and prep.dep_ == "conj"
        and prep.pos_ == "ADP"
        and prep.head.dep_ == "prep"
    ):
        return prep  # "flights to and from Algeria": the second of two coordinated prepositions
    return None


@cache
def _of_heads() -> frozenset[str]:
    return frozenset(lexicon("places")["of_heads"])


def is_locative(token: Token) -> bool:
    """Named as a location: after a locative preposition ("in Russia"), or the object
    of "of" after a direction ("north of Dhaka", "the outskirts of Kyiv")."""
    prep = governing_prep(token)
    if prep is None:
        return False
    if prep.lower_ == "of":
        return prep.head.lower_ in _of_heads()
    return prep.lower_ in LOCATIVE_PREPS


def phrase_head(span: Span) -> Token:
    return span.root


def noun_phrase(token: Token) -> Span:
    """The noun phrase headed by `token`: its left dependents and itself (no clauses)."""
    doc = token.doc
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("punct", "cc", "preconj"):
            continue
        start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "nummod") or (
            child.dep_ == "prep" and child.lower_ == "of" and child.i == end
        ):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    while start < token.i and doc[start].dep_ == "det":
        start += 1
    return doc[start:end]


def conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def clause_root(token: Token) -> Token:
    """The verb whose clause holds the token."""
    node = token
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node


def ancestors_and_self(token: Token) -> Iterator[Token]:
    yield token
    yield from token.ancestors


def tokens_of(doc: Doc, start_char: int, end_char: int) -> Span | None:
    return doc.char_span(start_char, end_char, alignment_mode="expand")


def within(token: Token, root: Token) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i and (
        token == root or root in token.ancestors
    )


def subtree_span(token: Token, *, exclude: Iterable[Token] = ()) -> Span:
    """The contiguous span of a token's subtree, trimmed of edge punctuation."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    excluded = set(exclude)
    while start < end and (doc[start].is_punct or doc[start] in excluded):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1] in excluded):
        end -= 1
    return doc[start:end]


_DASHES = ("-", "\u2013", "\u2014", "--")


def dateline(doc: Doc) -> Span | None:
    """A dateline opening the text ("BRUSSELS, Sept 4 (Wire) -", "KYIV, Ukraine \u2014",
    "ADDIS ABABA, Feb 2 (AFP) -", "BAMAKO (Reuters) -"): a place in capitals, then a
    comma or a bracketed agency, before a dash, no verb. It says where the reporter
    files from, not where the story happens. None if the text has none."""
    city = dateline_city(doc)
    if city is None:
        return None
    for token in doc[city.end + 1 : city.end + 12]:
        if token.text in _DASHES:
            return doc[: token.i]
        if token.pos_ in ("VERB", "AUX") or token.text in (".", "\n"):
            return None
    return None


def dateline_city(doc: Doc) -> Span | None:
    """The capitalised place a dateline opens with ("ADDIS ABABA" in "ADDIS ABABA, Feb 2
    (AFP) -"), up to four words before a comma or a bracket; None if the text opens
    otherwise (whether a dash follows is `dateline`'s test)."""
    end = 0
    while end < min(len(doc), 6) and (
        (doc[end].is_upper and doc[end].is_alpha)
        or (end > 0 and doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].is_upper)
    ):
        end += 1  # "PORT-AU-PRINCE" is five tokens
    if end == 0 or end + 1 >= len(doc) or doc[end].text not in (",", "("):
        return None
    return doc[:end]
    return None
