"""Claims coverage: fresh newswire sentences for each measure of records.md and each
subject rule, written for this file (not taken from any gold document).

Each case: text -> measure, value, low, high, qualifier, subject country, source country.
NULL marks a subject or source that must be absent (no country).
"""

from __future__ import annotations

import pytest

from tests.conftest import NULL, check_claim

# (text, measure, value, low, high, qualifier, subject, source)
CASES = [
    # killed
    (
        "At least 23 people were killed when Russian missiles struck a residential block "
        "in Dnipro, Ukrainian officials said.",
        "killed",
        23,
        23,
        None,
        "at_least",
        "UKR",
        "UKR",
    ),
    (
        "Nigerian troops killed about 40 Boko Haram fighters near Maiduguri, the army said.",
        "killed",
        40,
        None,
        None,
        "approximate",
        "NGA",
        "NGA",
    ),
    (
        "More than 60 Syrian government soldiers were killed in clashes in Idlib province, "
        "according to the interior ministry in Damascus.",
        "killed",
        60,
        60,
        None,
        "at_least",
        "SYR",
        "SYR",
    ),
    # injured
    (
        "A car bomb in Mogadishu wounded up to 15 people, police said.",
        "injured",
        15,
        None,
        15,
        "at_most",
        "SOM",
        "SOM",
    ),
    (
        "More than 30 Indian soldiers were wounded in the clash, the Indian army said.",
        "injured",
        30,
        30,
        None,
        "at_least",
        "IND",
        "IND",
    ),
    # casualties
    (
        "Ukraine's general staff said Russian forces had suffered about 1,200 casualties "
        "in the past day.",
        "casualties",
        1200,
        None,
        None,
        "approximate",
        "RUS",
        "UKR",
    ),
    # captured
    (
        "Ukrainian forces captured 48 Russian soldiers near Sudzha, Kyiv said.",
        "captured",
        48,
        None,
        None,
        "exact",
        "RUS",
        "UKR",
    ),
    (
        "Gunmen abducted at least 25 students from a school in Kaduna state, police said.",
        "captured",
        25,
        25,
        None,
        "at_least",
        "NGA",
        "NGA",
    ),
    # missing
    (
        "About 70 people are still missing after the landslide in Sichuan, Chinese state "
        "media reported.",
        "missing",
        70,
        None,
        None,
        "approximate",
        "CHN",
        "CHN",
    ),
    (
        "At least 12 Peruvian fishermen were missing after a storm off Callao, the navy said.",
        "missing",
        12,
        12,
        None,
        "at_least",
        "PER",
        "PER",
    ),
    # arrested
    (
        "Turkish police detained more than 100 protesters in Istanbul on Sunday.",
        "arrested",
        100,
        100,
        None,
        "at_least",
        "TUR",
        NULL,
    ),
    (
        "Georgian authorities said they had arrested 35 people during the demonstrations "
        "in Tbilisi.",
        "arrested",
        35,
        None,
        None,
        "exact",
        "GEO",
        "GEO",
    ),
    (
        "Police in Dhaka arrested some 200 opposition activists overnight, a police "
        "spokesman said.",
        "arrested",
        200,
        None,
        None,
        "approximate",
        "BGD",
        "BGD",
    ),
    # displaced
    (
        "Fighting in North Darfur has forced up to 60,000 people to flee their homes, the "
        "International Organization for Migration said.",
        "displaced",
        60000,
        None,
        60000,
        "at_most",
        "SDN",
        "UNO",
    ),
    (
        "More than 25,000 residents of Goma have moved into temporary shelters, officials "
        "in Congo said.",
        "displaced",
        25000,
        25000,
        None,
        "at_least",
        "COD",
        "COD",
    ),
    (
        "About 8,000 people have taken refuge in schools and churches in Beira, the "
        "Mozambican disaster agency said.",
        "displaced",
        8000,
        None,
        None,
        "approximate",
        "MOZ",
        "MOZ",
    ),
    # released
    (
        "Russia released 12 Ukrainian prisoners of war on Friday, Ukraine's ombudsman said.",
        "released",
        12,
        None,
        None,
        "exact",
        "UKR",
        "UKR",
    ),
    (
        "Myanmar's junta freed about 600 political prisoners, state television reported.",
        "released",
        600,
        None,
        None,
        "approximate",
        "MMR",
        "MMR",
    ),
    # returned
    (
        "About 1,500 Afghan refugees returned from Pakistan through the Torkham crossing "
        "on Monday, Taliban officials said.",
        "returned",
        1500,
        None,
        None,
        "approximate",
        "AFG",
        "AFG",
    ),
    # protesters
    (
        "About 5,000 people marched through Belgrade on Saturday demanding the "
        "government's resignation.",
        "protesters",
        5000,
        None,
        None,
        "approximate",
        "SRB",
        NULL,
    ),
    (
        "Police said some 2,000 demonstrators gathered outside parliament in Tbilisi.",
        "protesters",
        2000,
        None,
        None,
        "approximate",
        "GEO",
        "GEO",
    ),
    # supplied
    (
        "Germany will deliver four more IRIS-T air defence systems to Ukraine, the defence "
        "ministry in Berlin said.",
        "supplied",
        4,
        None,
        None,
        "exact",
        "DEU",
        "DEU",
    ),
    (
        "Washington has sent about 300 armoured vehicles to Kyiv since January, according "
        "to the Pentagon.",
        "supplied",
        300,
        None,
        None,
        "approximate",
        "USA",
        "USA",
    ),
    # goods other than weapons, under a verb of supply
    (
        "The European Union sent 50 heavy-duty generators to Kharkiv, the European Commission said.",
        "supplied",
        50,
        None,
        None,
        "exact",
        "EUR",
        "EUR",
    ),
    (
        "Japan will deliver two rescue helicopters to Nepal, Japan's foreign ministry said.",
        "supplied",
        2,
        None,
        None,
        "exact",
        "JPN",
        "JPN",
    ),
    # funding, local currencies
    (
        "Police in Lagos seized 50 million naira in cash from the suspects, the police said.",
        "funding",
        50_000_000,
        None,
        None,
        "exact",
        "NGA",
        "NGA",
    ),
    (
        "Kenya's finance ministry said it would release 500 million shillings for flood relief.",
        "funding",
        500_000_000,
        None,
        None,
        "exact",
        "KEN",
        "KEN",
    ),
    (
        "Romanian prosecutors said the network had paid more than 4 million lei to voters.",
        "funding",
        4_000_000,
        4_000_000,
        None,
        "at_least",
        "ROU",
        "ROU",
    ),
    (
        "Madagascar's government said it would spend 300 billion ariary on road repairs.",
        "funding",
        300_000_000_000,
        None,
        None,
        "exact",
        "MDG",
        "MDG",
    ),
    (
        "Britain said it would provide a further £40 million in humanitarian aid to Sudan.",
        "funding",
        40_000_000,
        None,
        None,
        "exact",
        "GBR",
        "GBR",
    ),
    # deployed: the sender's people
    (
        "France has deployed about 1,500 troops to Chad, the French army said.",
        "deployed",
        1500,
        None,
        None,
        "approximate",
        "FRA",
        "FRA",
    ),
    (
        "Kenya will send 1,000 police officers to Haiti, President William Ruto said.",
        "deployed",
        1000,
        None,
        None,
        "exact",
        "KEN",
        "KEN",
    ),
    (
        "The European Union said it would send 40 election observers to Malawi ahead of "
        "the vote, amid Russian criticism.",
        "deployed",
        40,
        None,
        None,
        "exact",
        "EUR",
        "EUR",
    ),
    # other
    (
        "Air defences shot down 11 of roughly 15 drones over Port Sudan, the Sudanese army said.",
        "other",
        15,
        None,
        None,
        "approximate",
        "SDN",
        "SDN",
    ),
    (
        "Houthi forces fired about 20 missiles at ships in the Red Sea, the U.S. military said.",
        "other",
        20,
        None,
        None,
        "approximate",
        "YEM",
        "USA",
    ),
    (
        "Sudanese police seized 40 rifles in a raid in Omdurman.",
        "other",
        40,
        None,
        None,
        "exact",
        "SDN",
        NULL,
    ),
    # subject: possessive
    (
        "Pakistan's army said 12 of its soldiers were killed in an ambush in North Waziristan.",
        "killed",
        12,
        None,
        None,
        "exact",
        "PAK",
        "PAK",
    ),
    # subject: "of X"
    (
        "Five members of Hezbollah were killed in an Israeli strike near Tyre, Lebanese "
        "security sources said.",
        "killed",
        5,
        None,
        None,
        "exact",
        "LBN",
        "LBN",
    ),
    # subject: victims with no nationality, where they were hit
    (
        "Pakistani aircraft bombed villages in Afghanistan's Khost province overnight. "
        "Taliban officials said the strikes had killed 14 civilians.",
        "killed",
        14,
        None,
        None,
        "exact",
        "AFG",
        "AFG",
    ),
    (
        "Thai jets struck positions in Cambodia's Preah Vihear province. Cambodia's defence "
        "ministry said at least nine civilians had been killed.",
        "killed",
        9,
        9,
        None,
        "at_least",
        "KHM",
        "KHM",
    ),
    (
        "Israeli strikes on southern Lebanon injured 12 civilians on Tuesday, Lebanon's "
        "health ministry said.",
        "injured",
        12,
        None,
        None,
        "exact",
        "LBN",
        "LBN",
    ),
    # subject: a government's own losses
    (
        "Niger's army said 12 soldiers were killed when militants attacked a base near Tillaberi.",
        "killed",
        12,
        None,
        None,
        "exact",
        "NER",
        "NER",
    ),
    (
        "Mali's armed forces said nine soldiers died in an ambush near Gao on Sunday.",
        "killed",
        9,
        None,
        None,
        "exact",
        "MLI",
        "MLI",
    ),
    # subject: compound demonyms, the first word decides
    (
        "About 1,000 Bosnian Serbs rallied in Banja Luka on Saturday.",
        "protesters",
        1000,
        None,
        None,
        "approximate",
        "BIH",
        NULL,
    ),
    (
        "Some 400 Iraqi Kurds protested in Erbil against the budget cuts.",
        "protesters",
        400,
        None,
        None,
        "approximate",
        "IRQ",
        NULL,
    ),
    (
        "Some 300 Kosovo Serbs gathered in the town of Leposavic on Sunday.",
        "protesters",
        300,
        None,
        None,
        "approximate",
        "XKX",
        NULL,
    ),
    # subject: victims with no nationality, when an attacker is named nearby
    (
        "Indian and Pakistani troops exchanged fire across the Line of Control on Monday. "
        "Pakistan's army said at least seven civilians had been killed in the Neelum valley.",
        "killed",
        7,
        7,
        None,
        "at_least",
        "PAK",
        "PAK",
    ),
    (
        "Russian forces launched a wave of missiles overnight. Ukraine's interior ministry "
        "said the strikes had killed 9 civilians in Odesa.",
        "killed",
        9,
        None,
        None,
        "exact",
        "UKR",
        "UKR",
    ),
    # subject: the sender named by an anaphor ("the bloc", "the alliance")
    (
        "The European Union backed the vote. Its spokesman said the bloc would send 30 "
        "observers to Georgia.",
        "deployed",
        30,
        None,
        None,
        "exact",
        "EUR",
        "EUR",
    ),
    (
        "NATO welcomed the agreement on Tuesday. A spokesman said the alliance would deploy "
        "500 more troops to Kosovo.",
        "deployed",
        500,
        None,
        None,
        "exact",
        "IGO",
        "XKX",
    ),
    # subject: money in a one-country currency with no giver named; its conversion
    (
        "In a televised speech, the president promised that the state power company would "
        "receive 50 billion kwacha to repair its turbines.",
        "funding",
        50_000_000_000,
        None,
        None,
        "exact",
        "ZMB",
        NULL,
    ),
    (
        "Customs officers seized 8 billion rupiah in cash at the port.",
        "funding",
        8_000_000_000,
        None,
        None,
        "exact",
        "IDN",
        NULL,
    ),
    (
        "The state utility would receive 120 billion ariary, about $26 million, to repair "
        "its generators, the president promised.",
        "funding",
        26_000_000,
        None,
        None,
        "approximate",
        "MDG",
        NULL,
    ),
    # subject: munitions fired are the firer's, named by its nationality alone
    (
        "Cambodia's defence ministry said Thai guns had fired more than 300 shells into "
        "Cambodian territory.",
        "other",
        300,
        300,
        None,
        "at_least",
        "THA",
        "KHM",
    ),
    (
        "Azerbaijani artillery fired about 40 rounds at villages in Tavush, Armenia said.",
        "other",
        40,
        None,
        None,
        "approximate",
        "AZE",
        "ARM",
    ),
    # casualties, released, returned, supplied, captured: more constructions
    (
        "Israel's military said its forces had suffered more than 50 casualties in the "
        "fighting in Gaza.",
        "casualties",
        50,
        50,
        None,
        "at_least",
        "ISR",
        "ISR",
    ),
    (
        "Sudan's army said the RSF had suffered between 200 and 300 casualties in the "
        "battle for El Fasher.",
        "casualties",
        None,
        200,
        300,
        "range",
        "SDN",
        "SDN",
    ),
    (
        "Ethiopia freed about 1,000 Eritrean prisoners on Thursday, according to a "
        "statement from Asmara.",
        "released",
        1000,
        None,
        None,
        "approximate",
        "ERI",
        "ERI",
    ),
    (
        "Hamas released four Israeli hostages in Gaza on Saturday, the Israeli military said.",
        "released",
        4,
        None,
        None,
        "exact",
        "ISR",
        "ISR",
    ),
    (
        "Some 2,300 Syrian refugees returned home from Lebanon last week, the UN refugee "
        "agency said.",
        "returned",
        2300,
        None,
        None,
        "approximate",
        "SYR",
        "UNO",
    ),
    (
        "More than 600 Ethiopian migrants were repatriated from Yemen, the International "
        "Organization for Migration said.",
        "returned",
        600,
        600,
        None,
        "at_least",
        "ETH",
        "UNO",
    ),
    (
        "South Korea will supply up to 180 K2 tanks to Poland, Seoul's defence ministry said.",
        "supplied",
        180,
        None,
        180,
        "at_most",
        "KOR",
        "KOR",
    ),
    (
        "Iran has provided Russia with about 200 ballistic missiles, according to U.S. officials.",
        "supplied",
        200,
        None,
        None,
        "approximate",
        "IRN",
        "USA",
    ),
    (
        "Taliban forces captured 19 Pakistani soldiers near Chaman, an Afghan official said.",
        "captured",
        19,
        None,
        None,
        "exact",
        "PAK",
        "AFG",
    ),
    (
        "The rebels took more than 70 villagers hostage in Zamfara, residents said.",
        "captured",
        70,
        70,
        None,
        "at_least",
        "NGA",
        "NGA",
    ),
    (
        "Gunmen kidnapped about 30 pupils from a school in Katsina state on Friday.",
        "captured",
        30,
        None,
        None,
        "approximate",
        "NGA",
        NULL,
    ),
    (
        "Britain will send up to 300 troops to Estonia.",
        "deployed",
        300,
        None,
        300,
        "at_most",
        "GBR",
        NULL,
    ),
    # subject: "of X", possessive
    (
        "About 90 members of the opposition party were detained in Kampala, their lawyers said.",
        "arrested",
        90,
        None,
        None,
        "approximate",
        "UGA",
        NULL,
    ),
    (
        "Two of Azerbaijan's soldiers were wounded by Armenian sniper fire, Baku said.",
        "injured",
        2,
        None,
        None,
        "exact",
        "AZE",
        "AZE",
    ),
    # killed/injured: a part of the measure its subject names
    (
        "Medics in Idlib said the dead included 19 women and children.",
        "killed",
        19,
        None,
        None,
        "exact",
        "SYR",
        "SYR",
    ),
    (
        "The injured include four children, Yemeni health officials said.",
        "injured",
        4,
        None,
        None,
        "exact",
        "YEM",
        "YEM",
    ),
    # captured: soldiers with no nationality taken by an insurgent group are its state's
    (
        "The Arakan Army said it had taken more than 150 soldiers prisoner in Rakhine state.",
        "captured",
        150,
        150,
        None,
        "at_least",
        "MMR",
        "MMR",
    ),
    (
        "Al-Shabaab said its fighters had taken 12 soldiers prisoner near Baidoa.",
        "captured",
        12,
        None,
        None,
        "exact",
        "SOM",
        "SOM",
    ),
    # a figure answering "how many X were <verb>" takes that measure
    (
        "Police in Minsk did not say how many people were arrested, but rights groups put "
        "the figure at more than 200.",
        "arrested",
        200,
        200,
        None,
        "at_least",
        "BLR",
        "NGO",
    ),
    # hedges and attribution forms: ranges, "up to", "according to", "citing"
    (
        "Between 10,000 and 15,000 people rallied in Bratislava against the government, "
        "according to police estimates.",
        "protesters",
        None,
        10000,
        15000,
        "range",
        "SVK",
        "SVK",
    ),
    (
        "Up to 50,000 demonstrators marched in Caracas on Saturday, the opposition said.",
        "protesters",
        50000,
        None,
        50000,
        "at_most",
        "VEN",
        "VEN",
    ),
    (
        "Iranian security forces arrested at least 60 people in Zahedan, the Hengaw rights "
        "group said, citing local sources.",
        "arrested",
        60,
        60,
        None,
        "at_least",
        "IRN",
        "NGO",
    ),
    (
        "Reuters, citing two Pakistani security officials, said about 25 militants had been "
        "killed in the raid in Bannu.",
        "killed",
        25,
        None,
        None,
        "approximate",
        "PAK",
        "PAK",
    ),
    (
        "Around 3,500 Palestinians were displaced from the Jenin camp, according to the UN "
        "agency UNRWA.",
        "displaced",
        3500,
        None,
        None,
        "approximate",
        "PSE",
        "UNO",
    ),
    (
        "The Sudanese army said it had killed nearly 200 RSF fighters in North Kordofan.",
        "killed",
        200,
        None,
        None,
        "approximate",
        "SDN",
        "SDN",
    ),
    # a pronoun giver outside a report is the body named last, and 'it' is no plural
    (
        "The World Health Organization warned that Yemeni children faced a cholera surge. "
        "It asked donors for $60 million to fund vaccination in Hodeidah.",
        "funding",
        60_000_000,
        None,
        None,
        "exact",
        "UNO",
        "UNO",
    ),
    # money does not carry the people counted before it in the sentence: its giver does
    (
        "The Red Cross said it had flown 30 tonnes of medicine into Beira, while Japan "
        "pledged $4 million in emergency funding.",
        "funding",
        4_000_000,
        None,
        None,
        "exact",
        "JPN",
        "JPN",
    ),
    # 'in and around X', misparsed: X is where, not a government that appeals
    (
        "The UN's humanitarian office says more than 900,000 people in and around Goma "
        "face hunger. It is appealing for $70 million for food and water.",
        "funding",
        70_000_000,
        None,
        None,
        "exact",
        "UNO",
        "UNO",
    ),
    # projectiles brought down are the launcher's, not the interceptor's
    (
        "Russian forces pounded Zaporizhzhia overnight with missiles and drones, killing "
        "three people. Ukraine's air force said it had shot down 38 of the 50 drones "
        "launched against the country.",
        "other",
        38,
        None,
        None,
        "exact",
        "RUS",
        "UKR",
    ),
    (
        "Saudi air defences intercepted two ballistic missiles over Jazan, the coalition "
        "said, after Houthi forces fired at the city.",
        "other",
        2,
        None,
        None,
        "exact",
        "YEM",
        NULL,
    ),
    # with no launcher named, they are still the side's where they fell
    (
        "Sudan's army said its air defences had shot down 11 drones over Port Sudan.",
        "other",
        11,
        None,
        None,
        "exact",
        "SDN",
        "SDN",
    ),
    # a body's pronoun speaker with no one quoted before it
    (
        "The Philippines protested to China on Monday. It said it would send 50 more coast "
        "guard personnel to the shoal.",
        "deployed",
        50,
        None,
        None,
        "exact",
        "PHL",
        "PHL",
    ),
]


@pytest.mark.parametrize(
    ("text", "measure", "value", "low", "high", "qualifier", "subject", "source"), CASES
)
def test_claim_coverage(analyze, text, measure, value, low, high, qualifier, subject, source):
    check_claim(analyze, text, (measure, value, low, high, qualifier, subject, source))


@pytest.mark.parametrize(
    "text",
    [
        "Three Russian MiG-31 fighter jets entered Finnish airspace over the Gulf of Finland "
        "for about 10 minutes, Helsinki said.",
        "Two Belarusian helicopters violated Polish airspace near Bialowieza, Warsaw said.",
        "Four Iranian drones crossed into Iraqi airspace on Monday, Baghdad said.",
    ],
)
def test_aircraft_in_an_incursion_are_no_deployment(analyze, text):
    claims = analyze(text, published="2025-06-01")["claims"]
    assert not [c for c in claims if c["measure"] == "deployed"], claims


def test_what_a_package_includes_is_no_casualty_figure(analyze):
    claims = analyze("The package included 40 armoured vehicles.", published="2025-06-01")["claims"]
    assert not [c for c in claims if c["measure"] in ("killed", "injured")], claims


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        (
            "Uganda's military said it had sent special forces to Juba. It did not say how "
            "many soldiers had been deployed, but a diplomat in Juba put the number at "
            "roughly 400.",
            "deployed",
            400,
        ),
        (
            "The ministry did not say how many soldiers had been killed in the ambush near "
            "Gao, but a local official put the toll at 17.",
            "killed",
            17,
        ),
    ],
)
def test_a_figure_answers_the_question_asked(analyze, text, measure, value):
    claims = analyze(text, published="2025-06-01")["claims"]
    assert [(c["measure"], c["value"]) for c in claims] == [(measure, value)], claims
