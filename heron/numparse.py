"""heron's number parser: counts, number words, ranges, money and qualifiers.

    >>> parse("nearly 4,700").value, parse("nearly 4,700").qualifier
    (4700.0, 'approximate')
    >>> q = parse("between 40 and 60"); (q.low, q.high, q.qualifier)
    (40.0, 60.0, 'range')
    >>> parse("$1.2bn").value, parse("$1.2bn").currency
    (1200000000.0, 'USD')

Vague amounts ("dozens", "hundreds of") follow ACLED's conservative reading:
the lowest value they can mean, `qualifier="at_least"`, `vague=True`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from heron.knowledge import lexicon


@dataclass(frozen=True)
class Quantity:
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    vague: bool = False
    currency: str | None = None


@dataclass(frozen=True)
class Words:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    suffixes: dict[str, int]
    vague: dict[str, int]
    fractions: dict[str, float]
    currencies: dict[str, str]
    qualifiers: list[tuple[str, str]]  # (phrase, qualifier), longest first
    ignored: tuple[str, ...]  # words before a number that do not qualify it, longest first


@cache
def words() -> Words:
    raw = lexicon("numbers")
    quals = lexicon("qualifiers")
    pairs = [(p.lower(), q) for q in ("approximate", "at_least", "at_most") for p in quals[q]]
    pairs.sort(key=lambda p: -len(p[0]))
    return Words(
        units=raw["units"],
        tens=raw["tens"],
        scales=raw["scales"],
        suffixes=raw["suffixes"],
        vague=raw["vague"],
        fractions=raw["fractions"],
        currencies=raw["currencies"],
        qualifiers=pairs,
        ignored=tuple(sorted((p.lower() for p in quals.get("ignored", [])), key=len, reverse=True)),
    )


_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
_RANGE = re.compile(
    r"^(?:between\s+)?(?P<a>.+?)\s*(?:\band\b|\bto\b|-|\u2013|\u2014)\s*(?P<b>.+)$", re.I
)


def _split_currency(text: str) -> tuple[str, str | None]:
    w = words()
    lowered = text.lower()
    for symbol in sorted((s for s in w.currencies if not s.isalpha()), key=len, reverse=True):
        if lowered.startswith(symbol):
            return text[len(symbol) :].strip(), w.currencies[symbol]
    tokens = text.split()
    for n in (3, 2, 1):  # "2 million Australian dollars", "150,000 CFA francs", "5bn euros"
        phrase = " ".join(tokens[-n:]).lower().strip(".")
        if len(tokens) > n and phrase in w.currencies:
            return " ".join(tokens[:-n]), w.currencies[phrase]
    if tokens and tokens[0].lower() in w.currencies and tokens[0].isupper():
        return " ".join(tokens[1:]), w.currencies[tokens[0].lower()]
    return text, None


def number_value(text: str) -> float | None:
    """The value of a plain number: digits, number words or both ("1.2 million")."""
    w = words()
    text = text.strip().lower().replace("\u2009", "").replace("\u00a0", " ")
    text = re.sub(r"(?<=\d)\s*(bn|mn|m|k|tn|b)$", r" \1", text)
    tokens = [t for t in re.split(r"[\s-]+", text) if t and t != "and"]
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, token in enumerate(tokens):
        match = _DIGITS.match(token)
        if match:
            current += float(
                match.group(1).replace(",", "") + ("." + match.group(2) if match.group(2) else "")
            )
            seen = True
        elif token in ("a", "an"):
            if i == len(tokens) - 1:
                return None
            current = current or 1  # "a dozen", "half a million"
        elif token in w.units:
            current += w.units[token]
            seen = seen or token not in ("a", "an")
        elif token in w.tens:
            current += w.tens[token]
            seen = True
        elif token in w.fractions:
            current += w.fractions[token]
            seen = True
        elif token in w.scales or (token in w.suffixes and i == len(tokens) - 1 and i > 0):
            if i == 0:
                return None  # a scale word needs a number before it ("two million", "a dozen")
            scale = w.scales.get(token) or w.suffixes[token]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return round(total + current, 6) if seen else None


def _strip_qualifier(text: str) -> tuple[str, str | None]:
    for phrase in words().ignored:
        if text.lower().startswith(phrase + " "):
            text = text[len(phrase) + 1 :].strip()
            break
    lowered = text.lower()
    for phrase, qualifier in words().qualifiers:
        if lowered.startswith(phrase + " "):
            return text[len(phrase) + 1 :].strip(), qualifier
    return text, None


def parse(text: str) -> Quantity | None:
    """Parse a number phrase as written; None if it holds no number."""
    w = words()
    raw = " ".join(text.split())
    raw = re.sub(r"\s+(of|or so)$", "", raw, flags=re.I)
    body, qualifier = _strip_qualifier(raw)
    body, currency = _split_currency(body)
    lowered = body.lower()
    if lowered.endswith(" of"):
        lowered = lowered[:-3]
    if lowered in w.vague:
        return Quantity(
            float(w.vague[lowered]), float(w.vague[lowered]), None, "at_least", True, currency
        )
    is_range = lowered.startswith(("between ", "from "))
    range_match = _RANGE.match(lowered)
    if range_match and (
        is_range or re.search(r"\d\s*(-|\u2013|to)\s*\d", lowered) or " to " in lowered
    ):
        a_text = re.sub(r"^(between|from)\s+", "", range_match.group("a"))
        b_text = range_match.group("b")
        a_text, a_cur = _split_currency(a_text)
        b_text, b_cur = _split_currency(b_text)
        b = number_value(b_text)
        a = number_value(a_text)
        if a is not None and b is not None:
            scale_tail = b_text.split()[-1] if b_text.split() else ""
            if a < b / 100 and (scale_tail in w.scales or scale_tail in w.suffixes):
                a = number_value(f"{a_text} {scale_tail}")  # "1 to 2 million"
            if a is not None:
                low, high = min(a, b), max(a, b)
                return Quantity(None, low, high, "range", False, currency or a_cur or b_cur)
    value = number_value(lowered)
    if value is None:
        return None
    qualifier = qualifier or "exact"
    return Quantity(
        value,
        value if qualifier == "at_least" else None,
        value if qualifier == "at_most" else None,
        qualifier,
        False,
        currency,
    )


def render(value: float) -> str:
    """A number as news text writes it: 18000 -> '18,000', 1.5 -> '1.5'."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
