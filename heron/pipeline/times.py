"""Stage times: date expressions resolved against the published date.

dateparser does the parsing; heron adds the newsroom rule for weekdays: a bare
"Wednesday" is the most recent Wednesday on or before the publication day.
Each resolved date keeps its precision (day, month, year); only day dates
become event dates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from dateparser.date import DateDataParser

from heron.pipeline.registry import stage
from heron.records import Analysis

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    r"^(?:(last|this|on|early|late)\s+)?("
    + "|".join(WEEKDAYS)
    + r")(?:\s+(morning|afternoon|evening|night))?$",
    re.I,
)
# relative expressions dateparser would anchor on today's clock rather than the story
_VAGUE = re.compile(
    r"\b(decade|decades|years|recent|since|past|ago\b.*\bthan|earlier|later|once|now)\b", re.I
)
_LOWER_MAY = re.compile(r"\bmay\b")  # the verb, not the month (which is capitalised)
# a length of time ("for a year", "three months", "a week"), not a date ("a year ago")
_DURATION = re.compile(
    r"^(?:for\s+|over\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|"
    r"several|\d+)\s+(?:day|week|month|year)s?$",
    re.I,
)


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    date: str  # YYYY-MM-DD (first day of the period for month and year precision)
    precision: str  # day | week | month | year
    head: int  # token index


def weekday_date(text: str, anchor: date) -> date | None:
    match = _WEEKDAY.match(text.strip())
    if not match:
        return None
    target = WEEKDAYS.index(match.group(2).lower())
    back = (anchor.weekday() - target) % 7
    if match.group(1) and match.group(1).lower() == "last" and back == 0:
        back = 7
    return anchor - timedelta(days=back)


@lru_cache(maxsize=64)
def _parser(anchor: date | None) -> DateDataParser:
    """One dateparser per anchor day: building its settings costs more than a parse."""
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def resolve(text: str, anchor: date | None) -> tuple[date, str] | None:
    """(date, precision) for a date expression, or None if it fixes no date."""
    if anchor is not None:
        day = weekday_date(text, anchor)
        if day is not None:
            return day, "day"
    elif _WEEKDAY.match(text.strip()):
        return None
    if (_VAGUE.search(text) and not re.search(r"\d", text)) or _LOWER_MAY.search(text):
        return None
    if _DURATION.match(text.strip()):
        return None
    cleaned = re.sub(
        r"^(on|in|since|by|until|from|during|early|late|mid-?)\s+", "", text.strip(), flags=re.I
    )
    has_year = re.search(r"\b(1[89]|20)\d\d\b", cleaned) is not None
    if anchor is None and not has_year:
        return None
    data = _parser(anchor).get_date_data(cleaned)
    if data.date_obj is None:
        return None
    day, period = data.date_obj.date(), data.period or "day"
    if anchor is not None and not has_year and period == "day" and day < anchor:
        ahead = day.replace(year=day.year + 1) if (day.month, day.day) != (2, 29) else day
        day = ahead if (ahead - anchor).days <= 60 else day  # "a strike on June 9": ahead
    if period == "month":
        day = day.replace(day=1)
    elif period == "year":
        day = day.replace(month=1, day=1)
    return day, period


@stage("times.dateparser.v1", reads=("doc", "published"), writes=("dates",))
def make_times(settings: Mapping[str, Any]):
    def run(analysis: Analysis) -> Analysis:
        anchor = date.fromisoformat(analysis.published) if analysis.published else None
        found: list[DateMention] = []
        for ent in analysis.doc.ents:
            if ent.label_ != "DATE":
                continue
            resolved = resolve(ent.text, anchor)
            if resolved is None:
                continue
            day, precision = resolved
            found.append(
                DateMention(
                    ent.start_char, ent.end_char, ent.text, day.isoformat(), precision, ent.root.i
                )
            )
        analysis.dates = found
        return analysis

    return run
