"""The places stage on hand-written sentences (text -> expected), and the sanity of
its data files (knowledge/data/features.tsv, admin1_aliases.tsv)."""

from __future__ import annotations

import csv
import math

import pytest

from heron.knowledge import data_path, load_json
from heron.knowledge.gazetteer import gazetteer
from tests.conftest import actor_keys

WIDE = {"sea", "strait", "gulf", "bay", "channel", "lake", "river", "shoal", "bank", "cape"}
WIDE |= {"line", "region", "desert", "mountains", "plateau", "peninsula"}
REMOTE = {"island", "reef"}  # islands may lie far from the state they belong to


def rows(name: str) -> list[dict[str, str]]:
    with data_path(name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(a))


def has(places, name, country, level) -> bool:
    return any((p["name"], p["country"], p["level"]) == (name, country, level) for p in places)


@pytest.mark.parametrize(
    ("text", "name", "country", "level"),
    [
        # named features; a shared sea goes to the coast state the story is about
        (
            "Ships sailed through the Taiwan Strait on Monday.",
            "Taiwan Strait",
            "TWN",
            "other",
        ),
        ("A tanker was hit in the Red Sea off the coast of Egypt.", "Red Sea", "EGY", "other"),
        ("Aid trucks queued at the Rafah crossing for days.", "Rafah crossing", "PSE", "other"),
        ("Floods swelled the Danube in Hungary.", "Danube", "HUN", "other"),
        (
            "Shelling was reported along the Line of Control overnight.",
            "Line of Control",
            "IND",
            "other",
        ),
        ("Migrants crossed the English Channel in small boats.", "English Channel", "GBR", "other"),
        (
            "Vietnam protested the drills near the Paracel Islands.",
            "Paracel Islands",
            "VNM",
            "other",
        ),
        ("Rebels seized towns across Darfur last year.", "Darfur", "SDN", "admin1"),
        # admin-1 regions by their English names, and bare names of a context country's region
        ("Fighting displaced thousands in North Kivu.", "North Kivu", "COD", "admin1"),
        (
            "Troops were deployed to the Middle Shabelle region.",
            "Middle Shabelle region",
            "SOM",
            "admin1",
        ),
        ("Drones struck a fuel depot in the Bryansk region.", "Bryansk region", "RUS", "admin1"),
        ("Clashes broke out in South Kordofan on Friday.", "South Kordofan", "SDN", "admin1"),
        ("Airstrikes hit villages in Sagaing region.", "Sagaing region", "MMR", "admin1"),
        (
            "Ecuador extended a state of emergency covering Cotopaxi and two other provinces.",
            "Cotopaxi",
            "ECU",
            "admin1",
        ),
        # facilities, located at the place they are said to be in
        (
            "Patients were evacuated from Al-Shifa hospital in Gaza City.",
            "Al-Shifa hospital",
            "PSE",
            "other",
        ),
        (
            "Thousands rallied in Tbilisi. Police blocked Rustaveli Avenue at dusk.",
            "Rustaveli Avenue",
            "GEO",
            "other",
        ),
        ("Ministers met at Ramstein Air Base in Germany.", "Ramstein Air Base", "DEU", "other"),
        (
            "Flights at Moscow's Sheremetyevo and Vnukovo airports were halted.",
            "Sheremetyevo",
            "RUS",
            "other",
        ),
        # no place before it in its sentence: the place the sentence puts people in after it,
        # not the last place of the sentence before
        (
            "Clashes broke out in Tamil Nadu on Monday. The men were taken to Kankesanthurai "
            "harbour and handed over to fisheries officials in Jaffna.",
            "Kankesanthurai harbour",
            "LKA",
            "other",
        ),
        (
            "The freighter was first reported off Djibouti. It was towed to Berbera port and "
            "inspected by officials in Hargeisa.",
            "Berbera port",
            "SOM",
            "other",
        ),
        # capitals and seats after a locative preposition are places
        ("Donors pledged $2bn at a conference in Brussels on Monday.", "Brussels", "BEL", "city"),
        ("Mendes told reporters in Geneva on Monday.", "Geneva", "CHE", "city"),
        ("Workers blocked roads in Gazipur, north of Dhaka.", "Dhaka", "BGD", "city"),
        ("Crowds gathered in the West Bank city of Ramallah.", "Ramallah", "PSE", "city"),
        # countries named as locations, and parts of them
        ("Prisoners were exchanged near the border with Belarus.", "Belarus", "BLR", "country"),
        ("Prices rose after the invasion of Ukraine.", "Ukraine", "UKR", "country"),
        # a part of a country named by a direction is a location in the country
        ("Hezbollah fired rockets at northern Israel.", "northern Israel", "ISR", "country"),
        ("Protesters marched across southern Chile on Friday.", "southern Chile", "CHL", "country"),
        ("Drought has hit farms in northeastern Brazil.", "northeastern Brazil", "BRA", "country"),
        # a small town spelled with one letter doubled or single where GeoNames differs
        ("Gunmen attacked the town of Shelen in Nigeria's Adamawa state.", "Shelen", "NGA", "city"),
        ("Troops clashed with militants near Malamsidi in Nigeria.", "Malamsidi", "NGA", "city"),
        ("Iraqi forces searched homes in Karadi, in northern Iraq.", "Karadi", "IRQ", "city"),
        # both ends of something that runs between two places
        ("A gas pipeline between Algeria and Spain was shut.", "Spain", "ESP", "country"),
        ("A cable between Sweden and Latvia was cut on Sunday.", "Sweden", "SWE", "country"),
        ("Rail traffic between Vienna and Budapest resumed.", "Budapest", "HUN", "city"),
    ],
)
def test_places(analyze, text, name, country, level):
    places = analyze(text)["places"]
    assert has(places, name, country, level), places


def test_facility_at_its_anchor(analyze):
    place = next(
        p
        for p in analyze("Patients were evacuated from Al-Shifa hospital in Gaza City.")["places"]
        if p["level"] == "other"
    )
    gaza = next(e for e in gazetteer().candidates("Gaza City") if e.level == "city")
    assert km(place["lat"], place["lon"], gaza.lat, gaza.lon) < 5


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Workers gathered at Liberty Bridge on Sunday.", "Liberty Bridge"),  # no anchor
        ("The ship was owned by a company with links to Israel.", "Israel"),  # a partner
        ("Israeli checkpoint guards turned the convoy back.", "Israeli checkpoint"),
        ("Lawmaker Park Sun-won said the troops had arrived.", "Lawmaker Park"),
    ],
)
def test_not_places(analyze, text, absent):
    assert absent not in {p["name"] for p in analyze(text)["places"]}


def test_capital_after_preposition_is_no_actor(analyze):
    out = analyze("Donors pledged $2bn at a conference in Brussels on Monday.")
    assert ("EUR", None) not in actor_keys(out["actors"])
    out = analyze("Workers blocked roads in Gazipur, north of Dhaka.")
    assert ("BGD", "GOV") not in actor_keys(out["actors"])


def test_features_rows_are_sane():
    countries = {c["iso3"] for c in load_json("countries.json")}
    towns = gazetteer().towns
    seen: set[tuple[str, str]] = set()
    for row in rows("features.tsv"):
        where = f"features.tsv {row['name']} {row['country']}"
        assert row["country"] in countries, where
        assert row["level"] in ("other", "admin1", "city"), where
        lat, lon = float(row["lat"]), float(row["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, where
        assert (row["name"], row["country"]) not in seen, f"{where}: duplicate row"
        seen.add((row["name"], row["country"]))
        # the point lies near the state it is attributed to: a town of that state within
        # 300 km (a site on land) or 1,200 km (seas, rivers, lines, regions); an island or
        # reef lies within 1,200 km of some town
        pool = (
            [t for ts in towns.values() for t in ts]
            if row["type"] in REMOTE
            else towns[row["country"]]
        )
        limit = 300 if row["type"] not in WIDE | REMOTE else 1200
        nearest = min(km(lat, lon, t.lat, t.lon) for t in pool)
        assert nearest <= limit, f"{where}: {nearest:.0f} km from the nearest town"


def test_admin1_aliases_name_known_regions():
    regions = {(r["country"], r["name"]) for r in rows("admin1.tsv")}
    for row in rows("admin1_aliases.tsv"):
        assert (row["country"], row["name"]) in regions, row
        assert row["aliases"], row
        if row["lat"]:
            assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row


def test_features_are_tagged_as_locations(pipeline):
    from heron.pipeline.nlp import ruler_patterns

    patterns = {p["pattern"]: p["label"] for p in ruler_patterns()}
    assert patterns["Bab el-Mandeb"] == "LOC" and patterns["Kerem Shalom"] == "LOC"


@pytest.mark.parametrize(
    ("text", "name", "country", "level"),
    [
        # admin-1 regions by their English or other transliterated names and type words
        (
            "Oil workers walked out in Kazakhstan's Mangistau region.",
            "Mangistau region",
            "KAZ",
            "admin1",
        ),
        ("Flooding hit the Aktobe region of Kazakhstan.", "Aktobe region", "KAZ", "admin1"),
        (
            "Roads were blocked in Cochabamba department, Bolivia.",
            "Cochabamba department",
            "BOL",
            "admin1",
        ),
        (
            "Troops deployed to Central Papua province in Indonesia.",
            "Central Papua province",  # the name as written, with its region word
            "IDN",
            "admin1",
        ),
        (
            "Protests spread to Kairouan governorate in Tunisia.",
            "Kairouan governorate",
            "TUN",
            "admin1",
        ),
        ("Protests spread to the Chui region of Kyrgyzstan.", "Chui region", "KGZ", "admin1"),
        # towns spelled with diacritics, towns under 5,000 people, parts of towns
        ("Serbs gathered in Leposavic in northern Kosovo.", "Leposavic", "XKX", "city"),
        ("Kosovo police entered offices in North Mitrovica.", "North Mitrovica", "XKX", "city"),
        ("Soldiers moved towards the town of Raška in Serbia.", "Raška", "SRB", "city"),
        ("A bomb exploded near Rueso in Thailand's Narathiwat province.", "Rueso", "THA", "city"),
        ("Gunmen attacked a village near Isa in Nigeria's Sokoto state.", "Isa", "NGA", "city"),
        # a town's own name beats another town's alternate spelling
        ("Australia sent aid to Tari in Papua New Guinea.", "Tari", "PNG", "city"),
        ("Miners met reporters in El Alto, Bolivia.", "El Alto", "BOL", "city"),
        # a court of a city puts the city on the map
        ("A Tunis court jailed nine opposition figures in Tunisia.", "Tunis", "TUN", "city"),
        ("Blockades cut the road between La Paz and Oruro in Bolivia.", "La Paz", "BOL", "city"),
    ],
)
def test_places_round2(analyze, text, name, country, level):
    places = analyze(text)["places"]
    assert has(places, name, country, level), places


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Nicaragua is ruled by Daniel Ortega and Rosario Murillo.", "Rosario"),
        ("Indonesia's Papua police spokesman said two were killed.", "Papua"),
        ("The opposition accused Pashinyan of making concessions to Baku.", "Baku"),
        ("Lucía Ibarra, a journalist in Mexico, said the arrest mattered.", "Ibarra"),
    ],
)
def test_not_places_round2(analyze, text, absent):
    assert absent not in {p["name"] for p in analyze(text)["places"]}


def test_gazetteer_spellings_and_small_towns():
    gaz = gazetteer()
    assert [e.name for e in gaz.admin1_spelled("Mangystau")] == ["Mangghystau"]
    assert any(e.country == "XKX" for e in gaz.candidates("Leposavić"))
    assert any(e.country == "NGA" for e in gaz.small_towns("Isa"))
    assert gaz.small_towns("Nowhereville") == []


def test_admin1_alias_rows_are_unique():
    keys = [(r["country"], r["name"]) for r in rows("admin1_aliases.tsv")]
    assert len(keys) == len(set(keys)), "one row per region: merge the aliases"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a town's name on an organisation, a product or a team is no place
        ("Researchers at the Kyiv School of Economics estimated the damage.", "Kyiv"),
        ("The Toyota Camry was the best-selling car in Kenya last year.", "Toyota"),
        ("Students at the Tehran University of Medical Sciences staged a sit-in.", "Tehran"),
        ("Fans of the Dallas Cowboys gathered outside the stadium.", "Dallas"),
        # a person's surname spelled like a town
        (
            "Police arrested Carlos Mendoza on Friday. Mendoza's lawyers said he was innocent.",
            "Mendoza",
        ),
        (
            "Ramiro Valenzuela was detained in Culiacan. A reward was offered for Valenzuela's capture.",
            "Valenzuela",
        ),
    ],
)
def test_names_that_are_not_places(analyze, text, absent):
    assert absent not in {p["name"] for p in analyze(text)["places"]}


@pytest.mark.parametrize(
    ("text", "name", "country", "level"),
    [
        # the same names where they are places
        ("Officials in Mendoza said the fires were contained.", "Mendoza", "ARG", "city"),
        ("Drones hit Kharkiv Oblast overnight.", "Kharkiv Oblast", "UKR", "admin1"),
        (
            "The Sinaloa Cartel clashed with soldiers in Sinaloa state.",
            "Sinaloa state",
            "MEX",
            "admin1",
        ),
        (
            "The Nairobi Securities Exchange fell as protesters marched in Nairobi.",
            "Nairobi",
            "KEN",
            "city",
        ),
        # a region beats a small foreign town spelled alike
        ("Jihadists killed six soldiers in Borno on Sunday.", "Borno", "NGA", "admin1"),
    ],
)
def test_names_that_are_places(analyze, text, name, country, level):
    places = analyze(text)["places"]
    assert has(places, name, country, level), places


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a capital that receives something given is its government, not a place
        ("The United States sent $60bn in military aid to Kyiv.", "Kyiv"),
        ("Iran has supplied drones and missiles to Moscow, Western officials said.", "Moscow"),
        ("Berlin approved arms deliveries to Kyiv on Friday.", "Kyiv"),
    ],
)
def test_capital_receiving_a_transfer_is_no_place(analyze, text, absent):
    assert absent not in {p["name"] for p in analyze(text)["places"]}


@pytest.mark.parametrize(
    ("text", "name", "country", "level"),
    [
        ("Zelensky travelled to Washington to meet Trump.", "Washington", "USA", "city"),
        # a capital's own name is no context for its country: the other actors decide
        (
            "Lebanese troops deployed in Tripoli after clashes between rival gunmen.",
            "Tripoli",
            "LBN",
            "city",
        ),
        ("Clashes broke out in Tripoli between rival Libyan militias.", "Tripoli", "LBY", "city"),
        # ... and a small namesake of a context country does not beat a capital
        (
            "US and Iranian negotiators met in Vienna on Tuesday, the State Department said.",
            "Vienna",
            "AUT",
            "city",
        ),
        (
            "Canadian police said the suspect was arrested in London, Ontario.",
            "London",
            "CAN",
            "city",
        ),
    ],
)
def test_ambiguous_city_names(analyze, text, name, country, level):
    places = analyze(text)["places"]
    assert has(places, name, country, level), places


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # a possessor in an apposition owns the thing named; the first name is where
        ("Shipments to China, South Korea's largest market, rose 4%.", "China", "South Korea"),
        ("Exports to Germany, Poland's biggest trading partner, fell.", "Germany", "Poland"),
    ],
)
def test_possessor_in_an_apposition(analyze, text, name, absent):
    names = {p["name"] for p in analyze(text)["places"]}
    assert name in names and absent not in names


def test_possessor_of_a_capital_stays_a_place(analyze):
    names = {p["name"] for p in analyze("Fighting raged in Sudan's capital, Khartoum.")["places"]}
    assert {"Sudan", "Khartoum"} <= names


def test_a_capital_ending_a_longer_town_name(analyze):
    out = analyze("Ansar al-Sunna fighters attacked Mocimboa da Praia on Sunday.")
    assert has(out["places"], "Mocimboa da Praia", "MOZ", "city"), out["places"]
    assert all(a["country"] != "CPV" for a in out["actors"])  # not Cape Verde's capital


@pytest.mark.parametrize(
    "text",
    [
        "The Britain-based monitor said two children were among the dead in Aleppo.",
        "A Geneva-based rights group said the vote in Harare was flawed.",
        "Tehran-backed militias fired rockets at a base near Erbil.",
    ],
)
def test_hyphened_name_is_an_adjective_not_a_place(analyze, text):
    names = {p["name"] for p in analyze(text)["places"]}
    assert not names & {"Britain", "Geneva", "Tehran"}, names


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Drones struck a checkpoint outside Qamishli on Thursday.", "Qamishli", "SYR"),
        ("Protesters marched through Nasiriyah after the vote.", "Nasiriyah", "IRQ"),
        ("Fano fighters clashed with troops near Debre Markos on Sunday.", "Debre Markos", "ETH"),
    ],
)
def test_names_without_arabic_article_or_apostrophe(analyze, text, name, country):
    assert any(p["name"] == name and p["country"] == country for p in analyze(text)["places"])


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Fighting spread across Sokoto state; Sokoto governors met in the capital.", "NGA"),
        ("Rebels seized towns in Cabo Delgado province. Aid to Cabo Delgado was halted.", "MOZ"),
    ],
)
def test_one_region_named_two_ways_is_one_place(analyze, text, country):
    regions = [
        p for p in analyze(text)["places"] if p["level"] == "admin1" and p["country"] == country
    ]
    assert len(regions) == 1, regions


def test_admin1_points_are_region_centres():
    """A region's point is its middle, not where its towns cluster (gold allows 150 km)."""
    gaz = gazetteer()
    for name, lat, lon in (
        ("Texas", 31.2, -99.7),
        ("Sagaing region", 24.2, 95.4),
        ("Bolivar", 6.6, -63.6),
    ):
        entries = [e for e in gaz.candidates(name) if e.level == "admin1"]
        assert any(km(e.lat, e.lon, lat, lon) < 120 for e in entries), (name, entries)


def test_a_country_part_is_the_country_once(analyze):
    places = analyze(
        "Fighting spread across eastern Kenya, and the army sent troops to Kenya's coast."
    )["places"]
    assert [p["country"] for p in places if p["level"] == "country"] == ["KEN"], places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # an untagged name as the object of a place preposition ("from", "toward")
        (
            "The convoy was travelling from Timbuktu towards Gao when it was hit, Malian "
            "officials said.",
            "Timbuktu",
            "MLI",
        ),
        ("Displaced families in Mali walked from Timbuktu to the border.", "Timbuktu", "MLI"),
        ("Sudanese troops moved into Kadugli on Monday.", "Kadugli", "SDN"),
        ("Nigerian soldiers pushed toward Maiduguri overnight.", "Maiduguri", "NGA"),
    ],
)
def test_untagged_name_after_a_place_preposition(analyze, text, name, country):
    places = analyze(text)["places"]
    assert has(places, name, country, "city"), places


# --- a region word right after a name NER tagged alone ("Deir ez-Zor province") ---


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Rockets were fired at a base in Deir ez-Zor province, a defence official said.",
            "Deir ez-Zor province",
            "SYR",
        ),
        ("Shells hit a bakery in Daraa governorate overnight.", "Daraa governorate", "SYR"),
        ("Bandits raided two villages in Zamfara state on Monday.", "Zamfara state", "NGA"),
    ],
)
def test_region_word_after_the_name_names_the_region(analyze, text, name, country):
    places = analyze(text)["places"]
    assert has(places, name, country, "admin1"), places
    assert not any(p["level"] == "city" and p["country"] == country for p in places), places


def test_a_district_the_region_table_lacks_stays_its_town(analyze):
    places = analyze("Shells fell on villages in the Kotli district of Pakistan on Friday.")[
        "places"
    ]
    assert any(p["name"] == "Kotli" and p["country"] == "PAK" for p in places), places


# --- a place ending an organisation's name ("Mission in Somalia (AUSSOM)") ---


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The African Union Support and Stabilisation Mission in Somalia (AUSSOM) said "
            "its troops helped evacuate the wounded.",
            "Somalia",
        ),
        (
            "The United Nations Integrated Transition Assistance Mission in Sudan (UNITAMS) "
            "closed its offices on Friday.",
            "Sudan",
        ),
    ],
)
def test_place_ending_an_organisation_name_is_no_place(analyze, text, absent):
    names = {p["name"] for p in analyze(text)["places"]}
    assert absent not in names, names


def test_headquarters_in_a_town_is_in_the_town(analyze):
    places = analyze(
        "Patrol ships from the Regional Coast Guard Headquarters in Naha left port, Japan said."
    )["places"]
    assert any(p["name"] == "Naha" for p in places), places


# --- a sea describing the port its "of" names ("the Red Sea port of Assab") ---


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        (
            "Eritrea warned Ethiopia against any attempt to seize the Red Sea port of Assab.",
            "Assab",
            "Red Sea",
        ),
        (
            "A tanker was detained off the Black Sea port of Novorossiysk, officials said.",
            "Novorossiysk",
            "Black Sea",
        ),
        ("Drones hit fuel tanks at the Caspian port of Makhachkala.", "Makhachkala", "Caspian"),
    ],
)
def test_sea_before_a_named_port_is_no_place(analyze, text, name, absent):
    names = {p["name"] for p in analyze(text)["places"]}
    assert name in names and not any(absent in n for n in names), names


def test_region_before_a_named_city_stays_a_place(analyze):
    places = analyze("An airstrike hit the southern Gaza Strip city of Khan Younis.")["places"]
    assert {p["name"] for p in places} >= {"Gaza Strip", "Khan Younis"}, places


# --- a town's name as a speaker's surname ("said Maria Santos, the coordinator") ---


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            '"People arrived with nothing," said Maria Santos, the group\'s emergency '
            "coordinator in Mozambique.",
            "Santos",
        ),
        (
            '"We ran out of medicine," said Juan Cordoba, a nurse at the clinic in Peru.',
            "Cordoba",
        ),
    ],
)
def test_town_name_as_a_speakers_surname_is_no_place(analyze, text, absent):
    names = {p["name"] for p in analyze(text)["places"]}
    assert absent not in names, names


# --- a namesake abroad coordinated with a small town of the story's country ---


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        (
            "Fighting spread across Cabo Delgado province in Mozambique, and thousands fled "
            "towards Palma and Mueda, aid agencies said.",
            "ESP",
            "Mueda",
        ),
        (
            "Gunmen attacked villages near Mueda and Palma in northern Mozambique.",
            "ESP",
            "Mueda",
        ),
    ],
)
def test_namesake_abroad_coordinated_with_a_local_town_is_dropped(analyze, text, absent, kept):
    places = analyze(text)["places"]
    assert absent not in {p["country"] for p in places}, places
    assert kept in {p["name"] for p in places}, places


def test_two_world_cities_coordinated_are_both_places(analyze):
    names = {p["name"] for p in analyze("Cocoa is traded in London and New York.")["places"]}
    assert {"London", "New York"} <= names, names
