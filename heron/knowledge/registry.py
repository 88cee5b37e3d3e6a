"""Named actors: agencies, armed groups, IGOs, NGOs and office holders (data/actors.json)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from heron.knowledge import load_json


@dataclass(frozen=True)
class Office:
    country: str
    sector: str | None
    start: str
    end: str | None


@dataclass(frozen=True)
class Entry:
    canonical: str
    kind: str  # "organisation" | "person"
    country: str | None
    sector: str | None
    offices: tuple[Office, ...] = ()

    def resolve(self, published: str | None) -> tuple[str | None, str | None]:
        """(country, sector) of the entry at a date; a person out of office is ELI."""
        if self.kind != "person" or not self.offices:
            return self.country, self.sector
        if published is None:
            office = self.offices[-1]
            return office.country, office.sector
        for office in self.offices:
            if office.start <= published and (office.end is None or published < office.end):
                return office.country, office.sector
        past = [o for o in self.offices if o.start <= published] or list(self.offices)
        return past[-1].country, "ELI"


@dataclass(frozen=True)
class Registry:
    names: dict[str, Entry]

    def lookup(self, text: str) -> Entry | None:
        text = text.strip().replace("\u2019", "'")
        if text.endswith("'s"):
            text = text[:-2]
        if text.startswith("the "):
            text = text[4:]
        return self.names.get(text)


@cache
def registry() -> Registry:
    raw = load_json("actors.json")
    names: dict[str, Entry] = {}
    for org in raw["organisations"]:
        entry = Entry(org["canonical"], "organisation", org["country"], org["sector"])
        for name in org["names"]:
            names.setdefault(name, entry)
    for person in raw["people"]:
        offices = tuple(Office(**o) for o in person.get("offices", ()))
        if offices:
            entry = Entry(
                person["canonical"], "person", offices[0].country, offices[0].sector, offices
            )
        else:  # an undated affiliation: a rebel spokesman, an opposition leader
            entry = Entry(person["canonical"], "person", person["country"], person["sector"])
        for name in person["names"]:
            names.setdefault(name, entry)
    return Registry(names)
