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
    cuts = [  # a spaced dash, not "Pro-Russian"; or a colon ("Region in brief: ... envoys")
        t.i
        for t in doc[start : token.i]
        if (t.text in DASHES and doc[t.i - 1].whitespace_) or t.text == ":"
    ]
    if cuts:  # "YANGON - Aid agencies": a dateline is no part of the phrase
        start = cuts[-1] + 1
    while start < token.i and doc[start].dep_ == "det":
        start += 1
    return doc[start:end]


def conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def objects(token: Token, preps: Iterable[str] = ()) -> list[Token]:
    """A verb's direct objects, then the objects of its prepositions among `preps`
    ("fired on villages", "called on all parties")."""
    out = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    out += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return out


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


DASHES = ("-", "\u2013", "\u2014", "--")  # that end a dateline


def dateline(doc: Doc, *, after_headline: bool = False) -> Span | None:
    """A dateline opening the text ("BRUSSELS, Sept 4 (Wire) -", "KYIV, Ukraine \u2014",
    "ADDIS ABABA, Feb 2 (AFP) -", "BAMAKO (Reuters) -", "LA PAZ -"): a place in capitals,
    then a comma, a bracketed agency or (for a known place) the dash itself, no verb. It
    says where the reporter files from, not where the story happens. With
    `after_headline` it may open one of the first lines instead ("Port strike enters
    third week\n\nMOMBASA, Jan 9 -"). The span runs from the city to the dash; None if
    the text has none (cached per document)."""
    key = "heron_dateline_h" if after_headline else "heron_dateline"
    if key not in doc.user_data:
        doc.user_data[key] = _find_dateline(doc, after_headline)
    return doc.user_data[key]


def _find_dateline(doc: Doc, after_headline: bool) -> Span | None:
    city = dateline_city(doc, after_headline=after_headline)
    if city is None:
        return None
    for token in doc[city.end : city.end + 12]:
        if token.text in DASHES:
            return doc[city.start : token.i]
        if token.pos_ in ("VERB", "AUX") or token.text in (".", "\n"):
            return None
    return None


_HEADLINE_LINES = 3  # a headline, a standfirst or an "updated" line may come first


def _line_starts(doc: Doc) -> list[int]:
    """The first tokens of the text's first lines (0 and after each line break)."""
    starts = [0]
    for token in doc[: min(len(doc), 80)]:
        if "\n" in token.text_with_ws and token.i + 1 < len(doc):
            nxt = token.i + 1
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1
            if nxt < len(doc) and nxt != starts[-1]:
                starts.append(nxt)
            if len(starts) > _HEADLINE_LINES:
                break
    return starts


def dateline_city(doc: Doc, *, after_headline: bool = False) -> Span | None:
    """The capitalised place a dateline opens with ("ADDIS ABABA" in "ADDIS ABABA, Feb 2
    (AFP) -"), up to four words before a comma or a bracket, or before a dash when the
    gazetteer knows the words ("PANAMA CITY - ..."; "SANTO DOMINGO / CAP-HAITIEN -" is
    both); None if the text opens otherwise (whether a dash follows is `dateline`'s
    test). With `after_headline` the first lines are tried in turn."""
    for start in _line_starts(doc) if after_headline else [0]:
        city = _caps_place(doc, start)
        if city is not None:
            return city
    return None


def _caps_place(doc: Doc, start: int) -> Span | None:
    end = start
    while end < min(len(doc), start + 8) and (
        (doc[end].is_upper and doc[end].is_alpha)
        or (
            end > start
            and doc[end].text in ("-", "/")
            and (doc[end].text == "/" or not doc[end - 1].whitespace_)  # not "KAMPALA - UN"
            and end + 1 < len(doc)
            and doc[end + 1].is_upper
            and doc[end + 1].is_alpha
        )
    ):
        end += 1  # "PORT-AU-PRINCE" is five tokens
    if end == start or end - start > 8 or end + 1 >= len(doc):
        return None
    if doc[end].text in (",", "("):
        return doc[start:end]
    if doc[end].text in DASHES and (doc[end + 1].is_title or doc[end + 1].is_upper):
        from heron.knowledge.gazetteer import gazetteer

        parts = [[]]  # type: list[list[str]]
        for token in doc[start:end]:
            if token.text == "/":
                parts.append([])
            else:
                parts[-1].append(token.text_with_ws if token.text != "-" else "-")
        if all(p and gazetteer().candidates("".join(p).strip()) for p in parts):
            return doc[start:end]
    return None


@cache
def title_words() -> frozenset[str]:
    """The words of the titles of sectors.json ("foreign", "minister", "general")."""
    return frozenset(w for title in lexicon("sectors")["titles"] for w in title.split())
