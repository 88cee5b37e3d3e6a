"""Actors on fresh text, by construction (session 5): titles before unseen names,
organisations the registry lacks named by their shape, "pro-X" groups, groups
located in a country, nationality + people nouns, datelines and locatives that are
no actor. Each case is a sentence written for the construction, not a gold one."""

from __future__ import annotations

import pytest

from tests.conftest import actor_keys


@pytest.mark.parametrize(
    ("text", "actor", "not_actor"),
    [
        # a rights body the registry lacks: an NGO; a country's commission: its state's
        ("The Permanent Committee for Human Rights condemned the arrests.", ("NGO", None), None),
        (
            "The Cairo Institute for Human Rights Studies condemned the verdict.",
            ("NGO", None),
            ("EGY", "GOV"),
        ),
        (
            "The League for the Defence of Human Rights in Iran said 30 people were executed.",
            ("NGO", None),
            None,
        ),
        (
            "The Bahrain Centre for Human Rights said the activists were jailed.",
            ("NGO", None),
            ("BHR", "GOV"),
        ),
        (
            "The Ethiopian Human Rights Commission said 40 people had died.",
            ("ETH", "GOV"),
            ("NGO", None),
        ),
        ("The Uganda Human Rights Commission visited the prison.", ("UGA", "GOV"), ("NGO", None)),
        (
            "The Kenya National Commission on Human Rights said 20 protesters had been killed.",
            ("KEN", "GOV"),
            ("NGO", None),
        ),
        (
            "The Nigerian Human Rights Commission opened an inquiry into the shootings.",
            ("NGA", "GOV"),
            None,
        ),
        # registered bodies keep their entry
        ("Human Rights Watch said the army had fired on protesters.", ("NGO", None), None),
    ],
)
def test_rights_bodies(analyze, text, actor, not_actor):
    keys = actor_keys(analyze(text)["actors"])
    assert actor in keys
    if not_actor is not None:
        assert not_actor not in keys


@pytest.mark.parametrize(
    ("text", "actor", "not_actor"),
    [
        # "pro-X": X is the side favoured; the group is of where it is
        (
            "Pro-Russian separatists in Transnistria held a congress.",
            ("MDA", "REB"),
            ("RUS", "REB"),
        ),
        ("A pro-Iran militia in Iraq fired rockets at the base.", ("IRQ", "PRM"), ("IRN", "PRM")),
        ("Pro-government militias in Sudan attacked a market.", ("SDN", "PRM"), ("SDN", "GOV")),
        ("Pro-Kremlin groups in Moldova staged a rally.", None, ("RUS", None)),
        ("A pro-Turkish faction in northern Syria shelled the town.", None, ("TUR", None)),
        # X-backed: X is a patron, not the group
        ("Rwanda-backed M23 rebels captured the town of Masisi.", ("COD", "REB"), ("RWA", "REB")),
        ("Iran-backed Houthi rebels fired a missile at a tanker.", ("YEM", "REB"), ("IRN", "REB")),
        # rebels and militias in a country are that country's
        ("Rebels in Mali seized two towns.", ("MLI", "REB"), None),
        ("Insurgents in Mozambique beheaded villagers.", ("MOZ", "REB"), None),
        ("Militias in Libya clashed near the capital.", ("LBY", "PRM"), None),
        ("Rebels in Colombia freed two hostages.", ("COL", "REB"), None),
        ("Separatists in Cameroon's North-West region burned a school.", ("CMR", "REB"), None),
    ],
)
def test_patrons_and_located_groups(analyze, text, actor, not_actor):
    keys = actor_keys(analyze(text)["actors"])
    if actor is not None:
        assert actor in keys
    if not_actor is not None:
        assert not_actor not in keys


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a nationality on a people noun: that country's people of that sector
        ("Somali pirates seized a fishing vessel off Puntland.", ("SOM", "CRM")),
        ("Filipino fishermen said a Chinese coast guard ship rammed their boat.", ("PHL", "CVL")),
        ("Colombian fishermen said the navy had fired on their boats.", ("COL", "CVL")),
        ("Nigerian herders and farmers clashed in Benue state.", ("NGA", "AGR")),
        ("Indonesian pilgrims were stranded at the airport.", ("IDN", "CVL")),
        ("Afghan refugees crossed into Iran.", ("AFG", "REF")),
        ("Sudanese refugees arrived in Chad by the thousands.", ("SDN", "REF")),
        ("Haitian police killed a gang leader in Port-au-Prince.", ("HTI", "COP")),
        ("Congolese soldiers and Burundian troops fought the rebels together.", ("BDI", "MIL")),
        # a two-word head in the plural ("border guards")
        ("Kazakh border guards detained two men.", ("KAZ", "COP")),
        ("Polish border guards pushed the migrants back.", ("POL", "COP")),
        ("Indian coast guards rescued 20 fishermen.", ("IND", "COP")),
        # a counterpart holds the same office in another state
        (
            "Senegal's President Bassirou Diomaye Faye met his Gambian counterpart in Dakar.",
            ("GMB", "GOV"),
        ),
        ("The Russian foreign minister called his Turkish counterpart on Monday.", ("TUR", "GOV")),
        # an electoral commission is a state body
        ("Zambia's electoral commission delayed the count.", ("ZMB", "GOV")),
        # titles before names heron has never seen
        ("Kenyan Interior Minister Ali Musa said the curfew would be lifted.", ("KEN", "GOV")),
        ("Brazil's foreign minister, Ana Lima, said talks would continue.", ("BRA", "GOV")),
        ("Ghana's finance minister, Kwame Boateng, announced new taxes.", ("GHA", "GOV")),
        (
            "Moroccan Interior Minister Youssef Amrani said the border would stay closed.",
            ("MAR", "GOV"),
        ),
        (
            "Chile's interior minister, Carolina Rojas, announced a curfew in Santiago.",
            ("CHL", "GOV"),
        ),
        ("Nigerian Senator Musa Bello called for an inquiry into the killings.", ("NGA", "LEG")),
        ("Ugandan opposition leader Kato Mukasa was arrested in Kampala.", ("UGA", "OPP")),
        ("Indonesian police chief Budi Santoso said 12 suspects were detained.", ("IDN", "COP")),
        (
            "Colombian army commander General Luis Ospina said the rebels had retreated.",
            ("COL", "MIL"),
        ),
        # organisations by their generic head and owner
        (
            "The National Police of Colombia said it had seized two tonnes of cocaine.",
            ("COL", "COP"),
        ),
        ("Kenya's Supreme Court annulled the election result.", ("KEN", "JUD")),
        ("The Constitutional Court of South Africa ruled the law invalid.", ("ZAF", "JUD")),
        ("Zimbabwe's Constitutional Court upheld the election result.", ("ZWE", "JUD")),
        ("The Supreme Court of Pakistan ordered the release of the journalist.", ("PAK", "JUD")),
        ("The Nepal Army said it had rescued 200 people.", ("NPL", "MIL")),
        ("Mozambique's defence ministry said troops had retaken Palma.", ("MOZ", "MIL")),
        ("In Tanzania, the opposition party Chadema boycotted the vote.", ("TZA", "OPP")),
        ("Uganda's main opposition party said 30 of its supporters were detained.", ("UGA", "OPP")),
        # a capital's officials are its government
        ("Officials in Nairobi said the talks would resume next week.", ("KEN", "GOV")),
        ("Officials in Addis Ababa denied the report.", ("ETH", "GOV")),
        ("Authorities in Islamabad closed the border crossing.", ("PAK", "GOV")),
    ],
)
def test_actor_constructions(analyze, text, actor):
    assert actor in actor_keys(analyze(text)["actors"])


@pytest.mark.parametrize(
    ("text", "actor", "not_actor"),
    [
        # where a person speaks from is no nationality of theirs
        (
            "Venezuela held a disputed election in July. Opposition leader Maria Corina Machado, in Brussels for talks, urged new sanctions.",
            ("VEN", "OPP"),
            ("BEL", "OPP"),
        ),
        (
            "Cameroon arrested dozens of protesters. Opposition leader Maurice Kamto, in Paris, condemned the arrests.",
            ("CMR", "OPP"),
            ("FRA", "OPP"),
        ),
        (
            "Speaking to reporters in Geneva, Iran's foreign minister said talks had failed.",
            ("IRN", "GOV"),
            ("CHE", "GOV"),
        ),
        # a dateline is where the reporter files from
        (
            "NAIROBI, June 4 (Wire) - Ethiopian troops crossed into Somalia on Monday.",
            ("ETH", "MIL"),
            ("KEN", "GOV"),
        ),
        (
            "DAKAR (Reuters) - Gunmen killed 20 soldiers in northern Burkina Faso, the army said.",
            ("BFA", "MIL"),
            ("SEN", "GOV"),
        ),
    ],
)
def test_locatives_are_no_actors(analyze, text, actor, not_actor):
    keys = actor_keys(analyze(text)["actors"])
    assert actor in keys
    assert not_actor not in keys


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "the mayor of X, Name": the person holds an office of the place's country
        ("The mayor of Kharkiv, Ihor Terekhov, said three people were killed.", ("UKR", "GOV")),
        (
            "The governor of Nigeria's Borno state, Babagana Zulum, visited the town.",
            ("NGA", "GOV"),
        ),
        (
            "The governor of Russia's Belgorod region, Vyacheslav Gladkov, said a drone hit a car.",
            ("RUS", "GOV"),
        ),
        ("The mayor of Goma, Faustin Napela, fled the city.", ("COD", "GOV")),
    ],
)
def test_office_of_a_place(analyze, text, actor):
    out = analyze(text)
    assert any(
        (a["country"], a["sector"]) == actor and a["name"] not in ("Kharkiv", "Goma")
        for a in out["actors"]
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a ruling party is a party (PTY), of the country that owns or hosts it
        ("Senegal's ruling party won a majority in parliament, officials said.", ("SEN", "PTY")),
        ("The ruling Zanu-PF party in Zimbabwe expelled two members.", ("ZWE", "PTY")),
        ("Mozambique's ruling party Frelimo won the vote.", ("MOZ", "PTY")),
        # a participle of rule on the head keeps the owner's sector noun
        ("Guinea's ruling military said elections would be held in 2025.", ("GIN", "MIL")),
        ("Myanmar's ruling junta extended the emergency.", ("MMR", "MIL")),
    ],
)
def test_ruling_bodies(analyze, text, actor):
    assert actor in actor_keys(analyze(text)["actors"])


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Police broke up a wedding party in Kabul.", ("AFG", "PTY")),
        ("Japan's long-standing position has not changed.", ("JPN", "MIL")),
    ],
)
def test_no_party_or_force_from_ordinary_nouns(analyze, text, absent):
    assert absent not in actor_keys(analyze(text)["actors"])


def test_a_place_name_as_a_given_name_after_a_title(analyze):
    text = (
        "Protesters clashed with police in Maputo after the vote, a rights group said. "
        "Police spokesman Orlando Cumbane said 237 people had been arrested."
    )
    out = analyze(text, published="2024-10-25")
    assert [p["name"] for p in out["places"] if p["name"] == "Orlando"] == []
    assert [q["speaker_actor"]["country"] for q in out["quotes"]] == ["MOZ"]
    assert {c["source"]["country"] for c in out["claims"]} == {"MOZ"}


def test_a_local_office_is_the_story_countrys(analyze):
    text = (
        "Police in Nairobi fired tear gas at protesters on Tuesday, and the United States "
        "urged restraint. Police commander Joseph Kiprono said 40 people were detained in "
        "Nairobi and Mombasa."
    )
    out = analyze(text, published="2024-06-25")
    assert {c["source"]["country"] for c in out["claims"]} == {"KEN"}
