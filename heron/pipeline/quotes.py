"""Stage quotes: who said what, in their words or reported.

Direct quotes are the spans between paired quotation marks (straight or
curly); the speaker comes from a cue after the quote (", says one analyst"),
before it ("Lee said: ..."), or, with no cue, from the quote just before it
when the speaker keeps talking. Pronoun speakers resolve to the last named
speaker. Reported speech of people ("according to X, ...", "X said that
...") becomes a quote with direct=false, from the attributions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Token

from heron.pipeline.actors import Mention, sector_cues
from heron.pipeline.attribution import Attribution, covering
from heron.pipeline.registry import stage
from heron.pipeline.syntax import noun_phrase
from heron.records import Actor, Analysis, Quote

SPEECH = r"(?:said|says|say|added|adds|told\s+\w+(?:\s+\w+)?|stated|explained|warned|noted|wrote|insisted|argued|asked|declared|remarked|continued|stressed)"
_AFTER_VERB_FIRST = re.compile(
    r"^[ ,]*" + SPEECH + r"\s+(?P<who>[^.,;:\u201c\"\n]{2,80}?)\s*(?:[.,;]|$)"
)
_AFTER_WHO_FIRST = re.compile(r"^[ ,]*(?P<who>[^.,;:\u201c\"\n]{2,60}?)\s+" + SPEECH + r"\b")
_BEFORE = re.compile(
    r"(?P<who>[A-Z][^.;:\u201d\"]{1,60}?)\s+" + SPEECH + r"[^.;\u201c\"]{0,40}?[:,]\s*$"
)
PRONOUNS = {"he", "she", "they", "we", "i"}
PERSONAL = {"he", "she"}  # pronouns only a person can be


@dataclass
class Raw:
    start: int  # content offsets (without the marks)
    end: int


def find_quoted(text: str) -> list[Raw]:
    """Spans between paired quotation marks."""
    found: list[Raw] = []
    for match in re.finditer(r"\u201c([^\u201c\u201d]{2,2000}?)\u201d", text):
        found.append(Raw(match.start(1), match.end(1)))
    for match in re.finditer(r"(?<![\w])\"([^\"\n]{2,2000}?)\"", text):
        found.append(Raw(match.start(1), match.end(1)))
    found.sort(key=lambda r: r.start)
    return found


def _clean_speaker(who: str) -> str:
    who = re.sub(r"\s+(in|on|at|during|from)\s+.*$", "", who.strip())
    who = re.sub(r",.*$", "", who)
    return who.strip()


def _mention_for(mentions: list[Mention], start: int, end: int) -> Mention | None:
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if not inside:
        return None
    return max(inside, key=lambda m: (m.person, m.end - m.start))


def _actor(m: Mention | None) -> Actor | None:
    if m is None or m.country is None:
        return None
    return m.actor()


def clause_speaker(analysis: Analysis, start: int) -> tuple[str, Actor | None] | None:
    """For a quote inside a sentence with no speech cue ('X rejected the claims as
    "baseless"'): the attribution that covers it, else the subject of its clause."""
    doc = analysis.doc
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    token = span[0]
    attribution = covering(analysis.attributions, token.i)
    if attribution is not None:
        return attribution.source_text, attribution.actor()
    node = token
    while node.head != node:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                continue
            subject = subjects[0]
            phrase = noun_phrase(subject)
            mention = _mention_for(analysis.mentions, phrase.start_char, phrase.end_char)
            if mention is None and not _can_speak(subject):
                return None
            return phrase.text, _actor(mention)
    return None


def _can_speak(subject: Token) -> bool:
    """A named or described speaker ('Dbeibah', 'the foreign ministry', 'critics'),
    not a pronoun or a thing."""
    if subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if subject.pos_ == "PROPN":
        return True
    lemma = subject.lemma_.lower()
    return lemma in sector_cues().people or lemma in sector_cues().heads


def _is_person(analysis: Analysis, start: int, end: int) -> bool:
    m = _mention_for(analysis.mentions, start, end)
    if m is not None and m.person:
        return True
    return any(
        e.label_ == "PERSON" and start <= e.start_char and e.end_char <= end
        for e in analysis.doc.ents
    )


def _main_subject_persons(analysis: Analysis, before: int) -> list[tuple[int, str, Actor | None]]:
    """Named people who are the subject of a sentence's main verb before offset `before`
    ('Governor Caleb Mutfwang ordered a curfew'), as (offset, name, actor)."""
    found: list[tuple[int, str, Actor | None]] = []
    for ent in analysis.doc.ents:
        if ent.label_ != "PERSON" or ent.end_char > before:
            continue
        root = ent.root
        node = root
        while node.dep_ in ("compound", "appos", "conj") and node.head != node:
            node = node.head  # "Governor Caleb Mutfwang", "its chief, John Doe"
        if node.dep_ not in ("nsubj", "nsubjpass") or node.head.dep_ != "ROOT":
            continue
        phrase = noun_phrase(node)
        mention = _mention_for(analysis.mentions, phrase.start_char, phrase.end_char)
        found.append((ent.start_char, phrase.text if node != root else ent.text, _actor(mention)))
    return found


def direct_quotes(analysis: Analysis) -> list[Quote]:
    text, mentions = analysis.text, analysis.mentions
    quotes: list[Quote] = []
    last: tuple[str, Actor | None, int] | None = None  # speaker, actor, end offset
    last_named: tuple[str, Actor | None] | None = None
    last_person: tuple[int, str, Actor | None] | None = None  # a named person speaker
    for raw in find_quoted(text):
        inner = text[raw.start : raw.end]
        after = text[raw.end + 1 : raw.end + 160]
        before = text[max(0, raw.start - 161) : raw.start - 1]
        who: str | None = None
        who_start = who_end = -1
        # a cue after the quote belongs to it only when the quote does not end its sentence
        open_end = inner.rstrip()[-1:] in (",", "?", "!", "-", "\u2014") or after.startswith(",")
        for pattern, base in ((_AFTER_VERB_FIRST, raw.end + 1), (_AFTER_WHO_FIRST, raw.end + 1)):
            if not open_end:
                break
            match = pattern.match(after)
            if match and len(match.group("who").split()) <= 8:
                who = _clean_speaker(match.group("who"))
                who_start = base + match.start("who")
                who_end = who_start + len(who)
                break
        if who is None:
            match = _BEFORE.search(before)
            if match:
                who = _clean_speaker(match.group("who"))
                who_start = max(0, raw.start - 161) + match.start("who")
                who_end = who_start + len(who)
        actor: Actor | None = None
        if who is not None and who.lower() in PERSONAL:
            # "she told reporters": the last named person, speaker or subject of a sentence,
            # never an institution
            people = _main_subject_persons(analysis, raw.start)
            if last_person is not None:
                people.append(last_person)
            if people:
                _, who, actor = max(people, key=lambda p: p[0])
            elif last_named is not None:
                who, actor = last_named
        elif who is not None and who.lower() in PRONOUNS and last_named is not None:
            who, actor = last_named
        elif who is not None:
            actor = _actor(_mention_for(mentions, who_start, who_end))
        elif last is not None and raw.start - last[2] < 200 and _starts_sentence(text, raw.start):
            who, actor = last[0], last[1]
        if who is None:
            found = clause_speaker(analysis, raw.start)
            if found is None:
                continue
            who, actor = found
        end_mark = raw.end + 1
        quotes.append(
            Quote(
                text=inner,
                speaker=who,
                direct=True,
                speaker_actor=actor,
                evidence=text[raw.start - 1 : end_mark],
                span=(raw.start - 1, end_mark),
            )
        )
        last = (who, actor, end_mark)
        if who.lower() not in PRONOUNS:
            last_named = (who, actor)
            if who_start >= 0 and _is_person(analysis, who_start, who_end):
                last_person = (who_start, who, actor)
    return quotes


def _starts_sentence(text: str, start: int) -> bool:
    """The quote opens a sentence (a continuing speaker), not a phrase inside one."""
    before = text[max(0, start - 3) : start - 1].strip()
    return before == "" or before[-1:] in '.!?\u201d"\n'


def reported_quotes(analysis: Analysis, direct: list[Quote]) -> list[Quote]:
    doc = analysis.doc
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for attribution in analysis.attributions:
        if not attribution.speech or not attribution.person:
            continue  # an institution's reported speech is not a quote (records.md: optional)
        span = _content_span(attribution, doc)
        if span is None or span in seen:
            continue
        start, end = span
        quoted = sum(
            min(end, q.span[1]) - max(start, q.span[0])
            for q in direct
            if q.span and q.span[0] < end and start < q.span[1]
        )
        if quoted * 2 >= end - start:
            continue  # the words are a direct quote already
        text = analysis.text[start:end]
        if len(text.split()) < 4:
            continue
        seen.add(span)
        out.append(
            Quote(
                text=text,
                speaker=attribution.source_text,
                direct=False,
                speaker_actor=attribution.actor(),
                evidence=text,
                span=(start, end),
            )
        )
    return out


def _content_span(attribution: Attribution, doc: Any) -> tuple[int, int] | None:
    start, end = attribution.said or attribution.content
    while start < end and (
        doc[start].is_punct or doc[start].is_space or doc[start].lower_ == "that"
    ):
        start += 1
    while end > start and (
        (doc[end - 1].is_punct and doc[end - 1].text != "%") or doc[end - 1].is_space
    ):
        end -= 1  # "reached 40%" keeps its sign
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _within(inner: Quote, outer: Quote) -> bool:
    if inner.span is None or outer.span is None:
        return False
    return outer.span[0] <= inner.span[0] + 1 and inner.span[1] - 1 <= outer.span[1]


def _before_trailing(reported: Quote, direct: list[Quote], text: str) -> Quote:
    """'said Washington would seek his extradition "as soon as possible"': quoted words
    that end the reported speech are a direct quote of their own, and the reported
    quote is the words before them (a phrase inside it stays part of it)."""
    if reported.span is None:
        return reported
    start, end = reported.span
    for q in direct:
        if q.span is None or not (start < q.span[0] and abs(q.span[1] - end) <= 2):
            continue
        cut = q.span[0]
        while cut > start and (text[cut - 1] in "\"'\u201c\u2018 ,:" or text[cut - 1].isspace()):
            cut -= 1
        words = text[start:cut]
        if len(words.split()) < 4:
            return reported
        return replace(reported, text=words, evidence=words, span=(start, cut))
    return reported


@stage("quotes.rules.v1", reads=("text", "doc", "mentions", "attributions"), writes=("quotes",))
def make_quotes(settings: Mapping[str, Any]):
    def run(analysis: Analysis) -> Analysis:
        direct = direct_quotes(analysis)
        reported = reported_quotes(analysis, direct)
        # a quoted phrase inside reported speech is part of that quote
        reported = [_before_trailing(r, direct, analysis.text) for r in reported]
        direct = [q for q in direct if not any(_within(q, r) for r in reported)]
        analysis.quotes = direct + reported
        analysis.quotes.sort(key=lambda q: q.span[0] if q.span else 0)
        return analysis

    return run
