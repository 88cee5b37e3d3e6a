"""Claims attribution, subjects and non-claims: fresh sentences written for this file
(not taken from any gold document), one per attribution form, subject rule, measure
wording or kind of number that is no claim.

Each case: text -> measure, value, low, high, qualifier, subject country, source country.
NULL marks a subject or source that must be absent (no country).
"""

from __future__ import annotations

import pytest

NULL = "null"

# (text, measure, value, low, high, qualifier, subject, source)
CASES = [
    # --- attribution forms -------------------------------------------------------------
    # "X said"
    (
        "Rebels killed 14 villagers in an attack in Ituri province, Congolese army "
        "spokesman Jules Ngongo said.",
        "killed",
        14,
        None,
        None,
        "exact",
        "COD",
        "COD",
    ),
    # "said X"
    (
        "Fourteen police officers were injured during clashes in Dhaka, said the head of "
        "Bangladesh's police.",
        "injured",
        14,
        None,
        None,
        "exact",
        "BGD",
        "BGD",
    ),
    # "X told reporters"
    (
        "Some 300 troops have been sent to the border, Kenya's defence minister told "
        "reporters in Nairobi.",
        "deployed",
        300,
        None,
        None,
        "approximate",
        "KEN",
        "KEN",
    ),
    # "X told <outlet>"
    (
        "Police arrested 45 people after the rally, Serbia's interior minister told state "
        "broadcaster RTS.",
        "arrested",
        45,
        None,
        None,
        "exact",
        "SRB",
        "SRB",
    ),
    (
        "Thailand's army chief told the Bangkok Post that 3,000 troops had been deployed "
        "along the border.",
        "deployed",
        3000,
        None,
        None,
        "exact",
        "THA",
        "THA",
    ),
    # "according to X"
    (
        "According to Sudan's health ministry, at least 52 people died in the shelling of "
        "El Obeid.",
        "killed",
        52,
        52,
        None,
        "at_least",
        "SDN",
        "SDN",
    ),
    (
        "Nearly 90 people were wounded in the blasts, according to the Iraqi interior ministry.",
        "injured",
        90,
        None,
        None,
        "approximate",
        "IRQ",
        "IRQ",
    ),
    # "X's figures show"
    (
        "The Philippine coast guard's figures show that 18 fishermen remain missing after "
        "the typhoon.",
        "missing",
        18,
        None,
        None,
        "exact",
        "PHL",
        "PHL",
    ),
    # "figures from X"
    (
        "Figures from Colombia's Ombudsman's Office show more than 2,000 people fled their "
        "homes in Catatumbo last week.",
        "displaced",
        2000,
        2000,
        None,
        "at_least",
        "COL",
        "COL",
    ),
    # "data compiled by X"
    (
        "About 4,300 Afghan refugees were sent back across the border in May, according to "
        "data compiled by Pakistan's interior ministry.",
        "returned",
        4300,
        None,
        None,
        "approximate",
        "AFG",
        "PAK",
    ),
    (
        "Data compiled by the monitoring group ACLED show that at least 850 civilians were "
        "killed in Burkina Faso last year.",
        "killed",
        850,
        850,
        None,
        "at_least",
        "BFA",
        "NGO",
    ),
    # "X estimated"
    (
        "Ukraine's military intelligence estimated that Russia had deployed about 50,000 "
        "troops near Pokrovsk.",
        "deployed",
        50000,
        None,
        None,
        "approximate",
        "RUS",
        "UKR",
    ),
    # "X put the toll at"
    (
        "The Lebanese Red Cross put the death toll from the strikes on Tyre at 31.",
        "killed",
        31,
        None,
        None,
        "exact",
        "LBN",
        "NGO",
    ),
    (
        "Kenya's Red Cross put the number of people left homeless by the floods at about 12,000.",
        "displaced",
        12000,
        None,
        None,
        "approximate",
        "KEN",
        "NGO",
    ),
    # "X, citing Y, said"
    (
        "Syrian state news agency SANA, citing a military source, said nine soldiers had "
        "been killed in the drone attack.",
        "killed",
        9,
        None,
        None,
        "exact",
        "SYR",
        "SYR",
    ),
    # "in a statement, X said"
    (
        "In a statement, Niger's army said 21 soldiers were killed in an ambush near Tillaberi.",
        "killed",
        21,
        None,
        None,
        "exact",
        "NER",
        "NER",
    ),
    # "X said on Telegram / on X"
    (
        "Russia's defence ministry said on Telegram that 41 Ukrainian drones had been shot "
        "down overnight.",
        "other",
        41,
        None,
        None,
        "exact",
        "UKR",
        "RUS",
    ),
    (
        "Moldova's president said on X that 17 people had been detained over the plot.",
        "arrested",
        17,
        None,
        None,
        "exact",
        "MDA",
        "MDA",
    ),
    # a capital names its government
    (
        "Officials in Kyiv said 120 Ukrainian prisoners of war had come home in the latest "
        "exchange.",
        "returned",
        120,
        None,
        None,
        "exact",
        "UKR",
        "UKR",
    ),
    (
        "Officials in Tehran said 14 people were arrested over the protests in Mashhad.",
        "arrested",
        14,
        None,
        None,
        "exact",
        "IRN",
        "IRN",
    ),
    # "a spokesperson for X"
    (
        "A spokesperson for the Ethiopian government said 34 rebels had been captured in "
        "the Amhara region.",
        "captured",
        34,
        None,
        None,
        "exact",
        "ETH",
        "ETH",
    ),
    # the country's ministry: the story's country
    (
        "Gunmen attacked a village in Zamfara state on Tuesday. The country's health "
        "ministry said 18 people were killed.",
        "killed",
        18,
        None,
        None,
        "exact",
        "NGA",
        "NGA",
    ),
    # local authorities, medics, hospital officials
    (
        "Local authorities said about 600 families had been evacuated from flooded "
        "districts near Peshawar.",
        "displaced",
        600,
        None,
        None,
        "approximate",
        "PAK",
        "PAK",
    ),
    (
        "Medics in Gaza said at least 27 Palestinians were killed in Israeli strikes overnight.",
        "killed",
        27,
        27,
        None,
        "at_least",
        "PSE",
        "PSE",
    ),
    (
        "Hospital officials in Khan Younis said 40 wounded people had been brought in.",
        "injured",
        40,
        None,
        None,
        "exact",
        "PSE",
        "PSE",
    ),
    # UN agencies, rights groups
    (
        "More than 200,000 Sudanese have fled into Chad since April, the UN's refugee agency said.",
        "displaced",
        200000,
        200000,
        None,
        "at_least",
        "SDN",
        "UNO",
    ),
    (
        "Rights groups say security forces have detained more than 1,000 people since the "
        "protests began in Tbilisi.",
        "arrested",
        1000,
        1000,
        None,
        "at_least",
        "GEO",
        "NGO",
    ),
    # "the army" known only from the story
    (
        "Fighting flared again in northern Mali on Sunday. The army said it had killed 30 "
        "militants near Kidal.",
        "killed",
        30,
        None,
        None,
        "exact",
        "MLI",
        "MLI",
    ),
    (
        "Heavy fighting erupted near Goma on Friday as rebels advanced on the city. The "
        "army said 25 rebels were killed.",
        "killed",
        25,
        None,
        None,
        "exact",
        "COD",
        "COD",
    ),
    # continued attribution across sentences
    (
        "Myanmar's junta said rebels had shelled a town in Shan state. It added that 11 "
        "civilians were killed.",
        "killed",
        11,
        None,
        None,
        "exact",
        "MMR",
        "MMR",
    ),
    (
        "Armenia's defence ministry said two soldiers died in the shelling. It added that "
        "another 15 were wounded.",
        "injured",
        15,
        None,
        None,
        "exact",
        "ARM",
        "ARM",
    ),
    # unattributed
    (
        "At least 19 people were killed in a bus bombing in Quetta on Monday.",
        "killed",
        19,
        19,
        None,
        "at_least",
        "PAK",
        NULL,
    ),
    (
        "Floods in Bahia state have forced more than 8,000 people from their homes.",
        "displaced",
        8000,
        8000,
        None,
        "at_least",
        "BRA",
        NULL,
    ),
    # source and subject differ
    (
        "Israel's military said its troops had killed about 20 Hezbollah fighters in "
        "southern Lebanon.",
        "killed",
        20,
        None,
        None,
        "approximate",
        "LBN",
        "ISR",
    ),
    (
        "Azerbaijan's defence ministry said its forces had killed 12 Armenian soldiers.",
        "killed",
        12,
        None,
        None,
        "exact",
        "ARM",
        "AZE",
    ),
    (
        "Polish officials said Belarus had massed around 4,000 troops near the border.",
        "deployed",
        4000,
        None,
        None,
        "approximate",
        "BLR",
        "POL",
    ),
    # --- subjects ----------------------------------------------------------------------
    (
        "Unidentified gunmen killed nine people in a village in Benue state, police said.",
        "killed",
        9,
        None,
        None,
        "exact",
        "NGA",
        "NGA",
    ),
    (
        "Hamas said 14 of its fighters had been killed in the fighting.",
        "killed",
        14,
        None,
        None,
        "exact",
        "PSE",
        "PSE",
    ),
    (
        "The Houthis said six of their fighters were killed in U.S. strikes on Hodeidah.",
        "killed",
        6,
        None,
        None,
        "exact",
        "YEM",
        "YEM",
    ),
    (
        "Somali forces killed 35 militants in the Hiran region, the information ministry said.",
        "killed",
        35,
        None,
        None,
        "exact",
        "SOM",
        "SOM",
    ),
    (
        "About 2,000 residents fled their homes in Sumy after the shelling, the regional "
        "governor said.",
        "displaced",
        2000,
        None,
        None,
        "approximate",
        "UKR",
        "UKR",
    ),
    (
        "Eleven civilians were wounded in drone strikes on Kharkiv, the city's mayor said.",
        "injured",
        11,
        None,
        None,
        "exact",
        "UKR",
        "UKR",
    ),
    (
        "At least 60 migrants drowned when their boat capsized off Libya, the International "
        "Organization for Migration said.",
        "killed",
        60,
        60,
        None,
        "at_least",
        NULL,
        "UNO",
    ),
    (
        "About 30,000 protesters rallied in Tbilisi on Sunday, the opposition said.",
        "protesters",
        30000,
        None,
        None,
        "approximate",
        "GEO",
        "GEO",
    ),
    # subject carried over coordination
    (
        "Russian strikes killed three people and wounded 12 in Zaporizhzhia, the regional "
        "governor said.",
        "injured",
        12,
        None,
        None,
        "exact",
        "UKR",
        "UKR",
    ),
    (
        "Sudanese soldiers killed 40 RSF fighters and captured 15 others near El Fasher, "
        "the army said.",
        "captured",
        15,
        None,
        None,
        "exact",
        "SDN",
        "SDN",
    ),
    (
        "The explosion in Karachi killed seven Chinese engineers and injured three others, "
        "police said.",
        "injured",
        3,
        None,
        None,
        "exact",
        "CHN",
        "PAK",
    ),
    # --- measures: verbs, nouns, passive and nominal forms ----------------------------
    (
        "The landslide in Chin state claimed the lives of 40 people, local officials said.",
        "killed",
        40,
        None,
        None,
        "exact",
        "MMR",
        "MMR",
    ),
    (
        "The attack on the market in Kidal left 12 dead, witnesses said.",
        "killed",
        12,
        None,
        None,
        "exact",
        "MLI",
        "MLI",
    ),
    (
        "The death toll from the bombing in Kabul rose to 85, Afghanistan's interior "
        "ministry said.",
        "killed",
        85,
        None,
        None,
        "exact",
        "AFG",
        "AFG",
    ),
    (
        "Rescuers recovered the bodies of 16 miners in Sonora, Mexican officials said.",
        "killed",
        16,
        None,
        None,
        "exact",
        "MEX",
        "MEX",
    ),
    (
        "Thirty people were hurt when police fired tear gas in Lima, Peru's health ministry said.",
        "injured",
        30,
        None,
        None,
        "exact",
        "PER",
        "PER",
    ),
    (
        "Doctors in Port Sudan said they had treated 60 people for shrapnel wounds.",
        "injured",
        60,
        None,
        None,
        "exact",
        "SDN",
        "SDN",
    ),
    (
        "Ukraine said Russian forces had suffered about 950 casualties in the past day.",
        "casualties",
        950,
        None,
        None,
        "approximate",
        "RUS",
        "UKR",
    ),
    (
        "Twelve soldiers were killed or wounded in the ambush near Diffa, Niger's army said.",
        "casualties",
        12,
        None,
        None,
        "exact",
        "NER",
        "NER",
    ),
    (
        "Ukrainian forces took 48 Russian soldiers prisoner in the Kursk region, Kyiv said.",
        "captured",
        48,
        None,
        None,
        "exact",
        "RUS",
        "UKR",
    ),
    (
        "Gunmen abducted 25 students from a school in Kaduna state, police said.",
        "captured",
        25,
        None,
        None,
        "exact",
        "NGA",
        "NGA",
    ),
    (
        # hostages of several nationalities: no one country
        "Hamas still holds 59 hostages in Gaza, Israeli officials said.",
        "captured",
        59,
        None,
        None,
        "exact",
        NULL,
        "ISR",
    ),
    (
        "Some 70 people remain unaccounted for after the mudslide in Kerala, Indian "
        "officials said.",
        "missing",
        70,
        None,
        None,
        "approximate",
        "IND",
        "IND",
    ),
    (
        "Turkish police took 210 people into custody in Istanbul, the interior minister said.",
        "arrested",
        210,
        None,
        None,
        "exact",
        "TUR",
        "TUR",
    ),
    (
        "Security forces rounded up more than 300 opposition supporters in Kampala, a "
        "Ugandan rights group said.",
        "arrested",
        300,
        300,
        None,
        "at_least",
        "UGA",
        "NGO",
    ),
    (
        "Around 45,000 people were forced from their homes by the fighting in Ituri, the "
        "United Nations said.",
        "displaced",
        45000,
        None,
        None,
        "approximate",
        "COD",
        "UNO",
    ),
    (
        "Israel freed 90 Palestinian prisoners on Sunday, the Palestinian prisoners' "
        "commission said.",
        "released",
        90,
        None,
        None,
        "exact",
        "PSE",
        "PSE",
    ),
    (
        "Russia handed over 150 Ukrainian soldiers in the swap, Ukraine's ombudsman said.",
        "released",
        150,
        None,
        None,
        "exact",
        "UKR",
        "UKR",
    ),
    (
        "Some 2,300 Syrian refugees were repatriated from Lebanon in June, Lebanon's "
        "General Security said.",
        "returned",
        2300,
        None,
        None,
        "approximate",
        "SYR",
        "LBN",
    ),
    (
        "Tens of thousands took to the streets of Belgrade; police put the crowd at 24,000.",
        "protesters",
        24000,
        None,
        None,
        "exact",
        "SRB",
        "SRB",
    ),
    (
        "About 5,000 demonstrators marched through Nairobi on Tuesday, Kenyan police said.",
        "protesters",
        5000,
        None,
        None,
        "approximate",
        "KEN",
        "KEN",
    ),
    (
        "Germany has delivered 18 Leopard tanks to Ukraine, the German defence ministry said.",
        "supplied",
        18,
        None,
        None,
        "exact",
        "DEU",
        "DEU",
    ),
    (
        "South Korea shipped 100,000 artillery shells to Poland last year, Seoul said.",
        "supplied",
        100000,
        None,
        None,
        "exact",
        "KOR",
        "KOR",
    ),
    (
        "Japan pledged $50 million in humanitarian aid to Myanmar, the Japanese foreign "
        "ministry said.",
        "funding",
        50000000,
        None,
        None,
        "exact",
        "JPN",
        "JPN",
    ),
    (
        "The European Union will give 200 million euros to Moldova, the European Commission said.",
        "funding",
        200000000,
        None,
        None,
        "exact",
        "EUR",
        "EUR",
    ),
    (
        "France has stationed about 1,000 troops in Estonia, the French army said.",
        "deployed",
        1000,
        None,
        None,
        "approximate",
        "FRA",
        "FRA",
    ),
    (
        "India dispatched 2,500 paramilitary police to Manipur, the home ministry said.",
        "deployed",
        2500,
        None,
        None,
        "exact",
        "IND",
        "IND",
    ),
]

# Numbers that are no claim: (text, values that must not be claimed)
NOT_CLAIMS = [
    ("A 45-year-old man was arrested in Lyon on Tuesday, police said.", [45]),
    ("The convoy waited 40 km from the border for three days before it turned back.", [40, 3]),
    ("Zelenskiy asked G7 leaders for more F-16s and Patriot systems.", [7, 16]),
    ("Two Su-35 jets escorted the bombers over the Sea of Japan.", [35]),
    ("The Security Council adopted resolution 2728 on March 25, 2024.", [2728, 25, 2024]),
    ("Hospitals in Manila are again filling with COVID-19 patients.", [19]),
    ("Protesters in Nairobi marched for a second day on Wednesday.", [2]),
    ("Troops of the 47th Mechanised Brigade held their positions near Avdiivka.", [47]),
    ("Poland invoked Article 4 of the NATO treaty after the drone incursion.", [4]),
    ("The talks began at 10:30 and ended shortly after 14:00 on June 3.", [10, 30, 14, 3]),
    ("He was one of the negotiators who met in Doha in 2023.", [1, 2023]),
    ("Families can call the ministry hotline on 0800 123 456 for news.", [800, 123, 456]),
    ("Inflation in Turkey rose to 38 percent in May, the statistics office said.", [38]),
    ("The 27-nation bloc agreed its 17th package of sanctions on Russia.", [27, 17]),
]


def _country(actor):
    return (actor or {}).get("country") or NULL


@pytest.mark.parametrize(
    ("text", "measure", "value", "low", "high", "qualifier", "subject", "source"), CASES
)
def test_claim_attribution(analyze, text, measure, value, low, high, qualifier, subject, source):
    claims = analyze(text, published="2025-06-01")["claims"]
    hits = [
        c
        for c in claims
        if c["measure"] == measure and (c["value"], c["low"], c["high"]) == (value, low, high)
    ]
    assert hits, [(c["measure"], c["value"], c["low"], c["high"], c["evidence"]) for c in claims]
    claim = hits[0]
    got = (claim["qualifier"], _country(claim["subject"]), _country(claim["source"]))
    assert got == (qualifier, subject, source), claim


@pytest.mark.parametrize(("text", "values"), NOT_CLAIMS)
def test_numbers_that_are_no_claim(analyze, text, values):
    claims = analyze(text, published="2025-06-01")["claims"]
    claimed = (
        {c["value"] for c in claims} | {c["low"] for c in claims} | {c["high"] for c in claims}
    )
    assert not claimed & set(values), claims
