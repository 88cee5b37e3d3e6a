"""Recipient and mode conventions of the material types (records.md, gold by type).

Applied to a coded event once its recipient is found:
- forces moved inside their own country ("deployed riot police to Maputo") are aimed
  at no one: MOBILIZE at home has no recipient (gold: 17 of 21 such moves);
- a closure of flights, traffic or airspace with no country it is aimed at ("suspended
  all flights at Mitiga airport", "closed their airspace to civilian flights") is a
  restriction (COERCE) with no recipient;
- "to each other's aircraft": the parties act on each other;
- a SANCTION names whom it is against: with no other party found, the counterpart is
  the other main country of the story ("closed the Lebombo border crossing"); an
  ASSAULT with no target takes that counterpart too, else (a story at home) the story's
  country;
- a "strike" by armed forces is an attack, not a labour strike;
- police moved are MOBILIZE police, armed groups moved are MOBILIZE militia;
- power, water or internet cut off is withheld (COERCE withhold); a censorship aimed at
  unnamed outlets ("a blackout on two opposition channels") is aimed at home;
- an attack in the passive by a weapon with no doer ("several homes were hit by
  shells") in a domestic story is the story country's own fighting.
"""

from __future__ import annotations

from spacy.tokens import Token

from heron.knowledge import countries, lexicon
from heron.pipeline.actors import Mention
from heron.pipeline.events.counterpart import main_counterpart
from heron.pipeline.events.lexicon import triggers
from heron.pipeline.events.mentions import _nationality_of
from heron.records import Actor, Analysis, Event, country_codes


def _conventions() -> dict:
    return lexicon("material")


def _objects(token: Token) -> list[Token]:
    """The trigger's objects: its direct object or its passive subject."""
    return [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]


def _each_other(token: Token) -> bool:
    """'closed their airspace to each other's aircraft', 'fired on each other'."""
    words = [t.lower_ for t in token.subtree]
    return any(a == "each" and b == "other" for a, b in zip(words, words[1:], strict=False))


def counterpart(analysis: Analysis, own: frozenset[str], earlier: list[Event]) -> list[Actor]:
    """The other main party of the story (counterpart.main_counterpart), a state only."""
    found = main_counterpart(own, earlier, analysis, bodies=False)
    return [Actor.state(found)] if found else []


def adjust_material(
    event: Event, token: Token, analysis: Analysis, earlier: list[Event] | None = None
) -> None:
    conv = _conventions()
    own = country_codes(event.actor)
    lemmas = {o.lemma_.lower() for o in _objects(token)}
    if (
        event.type == "PROTEST"
        and event.mode == "strike"
        and event.actor
        and all(a.sector in conv["armed_sectors"] for a in event.actor)
    ):  # "Israeli forces carried out strikes in Gaza": armed forces strike at someone
        event.type, event.mode = "ASSAULT", None
        event.recipient = [a for a in event.recipient if a.country not in own]
    if event.type in ("SANCTION", "ASSAULT") and len(own) >= 2 and _each_other(token):
        event.recipient = list(event.actor)  # "closed their airspace to each other's aircraft"
        return
    unaimed = bool(lemmas & set(conv["unaimed_closures"])) and not (
        country_codes(event.recipient) - own
    )
    if event.type == "SANCTION" and unaimed:
        event.type, event.mode, event.recipient = "COERCE", "restrict", []
        return  # "closed their airspace to civilian flights"
    if event.type == "COERCE" and event.mode == "restrict" and unaimed:
        event.recipient = []  # "flights at Mitiga airport were suspended"
    if token.lemma_.lower() in conv["handover_verbs"]:
        _handover(event, token, analysis)  # "extradited a Russian hacker to the United States"
    if event.type == "AID" and not event.recipient:
        event.recipient = _destination(token, analysis)  # "airlift food to Kidal": to Mali
    if event.type == "COERCE":
        _censor_adjust(event, token, analysis)
    if event.mode == "deport" and lemmas & set(conv["foreigner_nouns"]):
        event.recipient = [a for a in event.recipient if a.country not in own]  # migrants
    if event.type == "MOBILIZE":
        if event.recipient and country_codes(event.recipient) <= own and not _between(token):
            event.recipient = []  # "deployed riot police to Maputo": a move at home
        if not event.recipient:
            faced = [m for m in _faced(token) if m.country and m.country not in own]
            if faced:  # "massed troops near the Ukrainian border"
                event.recipient = [Actor(name=faced[0].text, country=faced[0].country, sector=None)]
        moved = {t.lemma_.lower() for o in _objects(token) for t in o.subtree}
        if event.mode == "troops" and moved & set(conv["police_words"]):
            event.mode = "police"
        elif event.mode == "troops" and any(a.sector == "REB" for a in event.actor):
            event.mode = "militia"
    if (
        event.type == "RETREAT"
        and event.mode == "release"
        and len(own) == 1  # (two sides freeing detainees each: each other's)
        and event.recipient
        and country_codes(event.recipient) <= own
        and all(a.span is None for a in event.recipient)  # the freed of no country named
        and not _domestic(analysis, conv["home_share"])
    ):  # "Hamas is expected to free four more hostages": the other side's people
        event.recipient = counterpart(analysis, own, earlier or []) or event.recipient
    if event.type == "SANCTION" and not country_codes(event.recipient) - own and own:
        found = counterpart(analysis, own, earlier or [])
        if found:
            event.recipient = found  # "shut both crossings": against the neighbour
    if event.type == "ASSAULT" and not event.recipient and own:
        focus = analysis.focus
        if focus and focus in own and _domestic(analysis, conv["home_share"]):
            event.recipient = [Actor.state(focus)]  # fighting at home
        else:
            event.recipient = counterpart(analysis, own, earlier or [])  # an attack is on someone


def _domestic(analysis: Analysis, share: float | None = None) -> bool:
    countries = [m.country for m in analysis.mentions if m.country and not m.locative]
    if not countries:
        return True  # only places named: the story's own country
    least = triggers().domestic_share if share is None else share
    return countries.count(analysis.focus) / len(countries) >= least


def weapon_passive_doer(token: Token, analysis: Analysis) -> list[Mention]:
    """'several homes were hit by shells', 'a market was shelled': an attack in the
    passive whose only agent is a weapon (or none), in a story at home, is the story
    country's own (its fighting sides share that country)."""
    if analysis.focus is None or not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in token.children
    ):
        return []
    weapons = set(_conventions()["weapon_agents"])
    agents = [
        p for a in token.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
    ]
    if not agents or any(p.lemma_.lower() not in weapons for p in agents):
        return []
    if not _domestic(analysis):
        return []
    return [
        Mention(
            start=token.idx,
            end=token.idx + len(token),
            text="unnamed fighters",
            country=analysis.focus,
            sector=None,
            head=token.i,
            kind="implied",
        )
    ]


def _weapon_word(word: Token, weapons: set[str]) -> bool:
    """'a missile', 'drones', 'artillery fire', 'a drone strike': a weapon, not a doer."""
    return word.lemma_.lower() in weapons and all(
        c.lemma_.lower() in weapons
        for c in word.children
        if c.dep_ in ("compound", "nmod", "poss") or (c.dep_ == "amod" and c.ent_type_)
    )  # not "army drones", "rebel rockets", "its missiles": a doer named


def weapon_subject_doer(token: Token, analysis: Analysis, earlier: list[Event]) -> list[Mention]:
    """'a missile hit a nine-storey block', 'drones struck warehouses', 'artillery fire
    damaging a school', 'a school was hit by shells': a weapon of no nationality that
    does the attack is the story's attacker's, the doer of most earlier attacks (the
    first of them on a tie)."""
    from heron.pipeline.events.roles import _subject

    weapons = set(_conventions()["weapon_subjects"])
    subject = _subject(token)
    if subject is None or not _weapon_word(subject, weapons) or _nationality_of(subject):
        return []
    attackers: dict[str, list[Actor]] = {}
    counts: dict[str, int] = {}
    for event in earlier:
        if event.type != "ASSAULT" or event.factuality in ("future", "hypothetical"):
            continue
        for actor in event.actor:
            if actor.country:
                attackers.setdefault(actor.country, []).append(actor)
                counts[actor.country] = counts.get(actor.country, 0) + 1
    if not counts:
        return []
    best = max(counts, key=lambda c: (counts[c], -list(attackers).index(c)))
    return [
        Mention(
            start=token.idx,
            end=token.idx + len(token),
            text=attackers[best][0].name or subject.text,
            country=best,
            sector=attackers[best][0].sector,
            head=token.i,
            kind="implied",
        )
    ]


def _censor_adjust(event: Event, token: Token, analysis: Analysis) -> None:
    conv = _conventions()
    objects = _objects(token)
    words = {t.lemma_.lower() for o in objects for t in o.subtree}
    if event.mode == "censor" and words & set(conv["withheld"]):
        event.mode = "withhold"  # "shut down the internet", "cut off electricity"
    own = country_codes(event.actor)
    if (
        event.mode == "censor"
        and not event.recipient
        and analysis.focus in own
        and any(
            p.lower_ in ("on", "against")
            for o in objects
            for p in o.children
            if p.dep_ == "prep" and any(c.dep_ == "pobj" and not c.ent_type_ for c in p.children)
        )
    ):  # "ordered a blackout on two opposition channels": at home
        event.recipient = [Actor(name=analysis.focus, country=analysis.focus, sector=None)]


def distinct_acts(a: Event, b: Event, token: Token) -> bool:
    """A general act ("police clashed with demonstrators", "fighting ... around Nasir")
    and a specific one told later in a clause of its own with its means ("police fired
    tear gas", "aircraft bombed villages") are two events, not one told twice."""
    if a.type not in _conventions()["detailed_types"] or a.type != b.type:
        return False
    own_clause = token.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children
    )
    return own_clause and (a.mode is None) != (b.mode is None)


def _faced(token: Token) -> list[Mention]:
    """The country whose border, waters or airspace forces are moved to: a nationality
    or owner on the frontier noun ("near the Ukrainian border", "into Japan's waters")."""
    frontiers = set(_conventions()["frontier_nouns"])
    found: list[Mention] = []
    preps = [c for h in [token, *_objects(token)] for c in h.children]  # "troops near ..."
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in (
            "to",
            "toward",
            "towards",
            "along",
            "near",
            "into",
            "on",
        ):
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.lemma_.lower() not in frontiers:
                continue
            found += _nationality_of(place)
            found += [
                m
                for owner in place.children
                if owner.dep_ == "poss" and owner.ent_type_ == "GPE"
                if (m := _country_name(owner)) is not None
            ]
    return found


def _country_name(token: Token) -> Mention | None:
    hit = countries.index().lookup(token.text)
    if hit is None or hit.country is None:
        return None
    return Mention(
        start=token.idx,
        end=token.idx + len(token),
        text=token.text,
        country=hit.country.iso3,
        sector=None,
        head=token.i,
        kind="implied",
    )


def _destination(token: Token, analysis: Analysis) -> list[Actor]:
    """The country of the place aid is taken to ("to Upper Nile", "into Kidal")."""
    heads = {
        t.i
        for head in [token, *_objects(token)]
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("to", "into")
        for p in prep.children
        if p.dep_ == "pobj"
        for t in p.subtree
    }
    for pm in analysis.place_mentions:
        if pm.head in heads and pm.place.country:
            return [Actor(name=pm.place.country, country=pm.place.country, sector=None)]
    return []


def _between(token: Token) -> bool:
    """Forces sent "to separate the two sides" stand between them, at home too."""
    return any(
        t.lemma_.lower() == "separate"
        and any(
            c.lower_ in ("both", "two")
            for o in t.children
            if o.dep_ in ("dobj", "obj")
            for c in o.children
        )
        for t in token.subtree
    )


def _handover(event: Event, token: Token, analysis: Analysis) -> None:
    """A person handed over ("extradited X to Y"): from the doer to the country named
    after "to"; the person's own nationality is neither side."""
    heads = {
        t.i
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for p in prep.children
        if p.dep_ == "pobj"
        for t in p.subtree
    }
    dest = [m for m in analysis.mentions if m.head in heads and m.country]
    if not dest:
        return
    theirs = {m.country for o in _objects(token) for m in _nationality_of(o)}
    theirs.add(dest[0].country)  # a one-way act, not an exchange between the two
    event.actor = [a for a in event.actor if a.country not in theirs] or event.actor
    event.recipient = [Actor(name=dest[0].text, country=dest[0].country, sector=dest[0].sector)]
