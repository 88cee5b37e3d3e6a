"""Who acts and who is acted upon, by construction, for all 16 PLOVER types: passive
agents, prepositional targets, nominal acts with possessors and 'by' agents, relative
clauses, appositives, coordinated actors and recipients, purpose ('sent troops to help X'),
addressees of words ('told X to', 'urged X to', 'demanded that X'), two-sided fighting and
meetings (every party on both sides, records.md), and the story's other main party.
Fresh hand-written sentences (not from gold files)."""

from __future__ import annotations

import pytest

from tests.conftest import event_rows

# (text, type, actor countries, recipient countries or None for any, factuality or None)
CASES = [
    # ASSAULT: passive with agent, prepositional target, nominal, possessive, relative, appositive
    (
        "The border town of Sumy was shelled by Russian artillery on Tuesday.",
        "ASSAULT",
        ["RUS"],
        ["UKR"],
        None,
    ),
    (
        "A Pakistani army post in North Waziristan was attacked by Afghan Taliban fighters overnight.",
        "ASSAULT",
        ["AFG"],
        ["PAK"],
        None,
    ),
    (
        "Israeli jets carried out airstrikes on Hezbollah positions in southern Lebanon.",
        "ASSAULT",
        ["ISR"],
        ["LBN"],
        None,
    ),
    (
        "Azerbaijan launched an offensive against Armenian forces on Tuesday.",
        "ASSAULT",
        ["AZE"],
        ["ARM"],
        None,
    ),
    (
        "Thai soldiers opened fire on Cambodian troops near the disputed temple.",
        "ASSAULT",
        ["THA"],
        ["KHM"],
        None,
    ),
    (
        "Russia's shelling of Kharkiv killed four people on Sunday.",
        "ASSAULT",
        ["RUS"],
        ["UKR"],
        None,
    ),
    (
        "The bombing of a crowded market in Idlib by Syrian government aircraft killed 11 civilians.",
        "ASSAULT",
        ["SYR"],
        ["SYR"],
        None,
    ),
    (
        "Al-Shabaab fighters, who stormed a Kenyan police post in Mandera on Monday, escaped across the border.",
        "ASSAULT",
        ["SOM"],
        ["KEN"],
        None,
    ),
    (
        "The Arakan Army, an ethnic armed group, attacked a Myanmar navy base in Rakhine state on Friday.",
        "ASSAULT",
        ["MMR"],
        ["MMR"],
        None,
    ),
    (
        "Rwandan troops and M23 rebels attacked Congolese army positions near Goma.",
        "ASSAULT",
        ["COD", "RWA"],
        ["COD"],
        None,
    ),
    (
        "Iran launched waves of drones against Israel and Jordan on Saturday.",
        "ASSAULT",
        ["IRN"],
        ["ISR", "JOR"],
        None,
    ),
    (
        "Ukrainian drones struck an oil refinery in Russia's Samara region overnight.",
        "ASSAULT",
        ["UKR"],
        ["RUS"],
        None,
    ),
    # two-sided fighting: both sides are actor and recipient
    (
        "Tajik border guards clashed with Kyrgyz forces near Batken on Thursday.",
        "ASSAULT",
        ["KGZ", "TJK"],
        ["KGZ", "TJK"],
        None,
    ),
    (
        "Indian and Chinese troops clashed in the Galwan valley overnight.",
        "ASSAULT",
        ["CHN", "IND"],
        ["CHN", "IND"],
        None,
    ),
    (
        "Fighting between Armenian and Azerbaijani forces erupted along the border on Monday.",
        "ASSAULT",
        ["ARM", "AZE"],
        ["ARM", "AZE"],
        None,
    ),
    (
        "Heavy fighting between Eritrean and Ethiopian troops was reported near Badme.",
        "ASSAULT",
        ["ERI", "ETH"],
        ["ERI", "ETH"],
        None,
    ),
    (
        "Fighting between the Sudanese army and the Rapid Support Forces spread to Kordofan.",
        "ASSAULT",
        ["SDN"],
        ["SDN"],
        None,
    ),
    (
        "Venezuelan soldiers exchanged fire with Colombian guerrillas in Apure state.",
        "ASSAULT",
        ["COL", "VEN"],
        ["COL", "VEN"],
        None,
    ),
    # COERCE
    (
        "Chinese coast guard vessels blocked a Philippine supply boat near Second Thomas Shoal.",
        "COERCE",
        ["CHN"],
        ["PHL"],
        None,
    ),
    (
        "Iran seized a Greek-flagged oil tanker in the Gulf of Oman.",
        "COERCE",
        ["IRN"],
        ["GRC"],
        None,
    ),
    (
        "Two French nationals were arrested by Iranian authorities in Tehran.",
        "COERCE",
        ["IRN"],
        ["FRA"],
        None,
    ),
    (
        "Venezuelan authorities detained three Colombian journalists in Caracas.",
        "COERCE",
        ["VEN"],
        ["COL"],
        None,
    ),
    (
        "Beijing's detention of two Canadian citizens strained relations with Ottawa.",
        "COERCE",
        ["CHN"],
        ["CAN"],
        None,
    ),
    (
        "Iran's seizure of a British-flagged tanker in the Strait of Hormuz angered London.",
        "COERCE",
        ["IRN"],
        ["GBR"],
        None,
    ),
    # SANCTION
    (
        "The expulsion of two Polish diplomats by Minsk drew a sharp response from Warsaw.",
        "SANCTION",
        ["BLR"],
        ["POL"],
        None,
    ),
    ("Lithuania expelled a Russian diplomat on Wednesday.", "SANCTION", ["LTU"], ["RUS"], None),
    (
        "Canada imposed sanctions on Nicaraguan officials on Friday.",
        "SANCTION",
        ["CAN"],
        ["NIC"],
        None,
    ),
    (
        "Three Chinese firms were sanctioned by the United States for supplying drone parts.",
        "SANCTION",
        ["USA"],
        ["CHN"],
        None,
    ),
    ("Algeria recalled its ambassador from Paris on Tuesday.", "SANCTION", ["DZA"], ["FRA"], None),
    ("Niger suspended military cooperation with France.", "SANCTION", ["NER"], ["FRA"], None),
    ("Japan announced new sanctions against North Korea.", "SANCTION", ["JPN"], ["PRK"], None),
    (
        "Moscow's expulsion of four Estonian diplomats was announced on Monday.",
        "SANCTION",
        ["RUS"],
        ["EST"],
        None,
    ),
    # MOBILIZE
    ("Russia massed troops near the Finnish border.", "MOBILIZE", ["RUS"], ["FIN"], None),
    ("China deployed warships toward Taiwan on Monday.", "MOBILIZE", ["CHN"], ["TWN"], None),
    ("Belarus moved tanks toward its border with Lithuania.", "MOBILIZE", ["BLR"], ["LTU"], None),
    (
        "The deployment of Belarusian troops to the Ukrainian border alarmed Kyiv.",
        "MOBILIZE",
        ["BLR"],
        ["UKR"],
        None,
    ),
    # AID: purpose/control, dative, passive, prepositions
    (
        "Rwanda sent troops to help the government of Mozambique fight insurgents in Cabo Delgado.",
        "AID",
        ["RWA"],
        ["MOZ"],
        None,
    ),
    (
        "Turkey dispatched rescue teams to assist Syria after the earthquake.",
        "AID",
        ["TUR"],
        ["SYR"],
        None,
    ),
    ("Germany delivered two air-defence systems to Ukraine.", "AID", ["DEU"], ["UKR"], None),
    (
        "Saudi Arabia gave Yemen's government $1 billion in economic support.",
        "AID",
        ["SAU"],
        ["YEM"],
        None,
    ),
    ("Washington approved $500 million in military aid for Taiwan.", "AID", ["USA"], ["TWN"], None),
    ("Lebanon received 30,000 tonnes of wheat from Iraq.", "AID", ["IRQ"], ["LBN"], None),
    ("Sri Lanka was granted a $2.9 billion loan by Japan.", "AID", ["JPN"], ["LKA"], None),
    ("India's shipment of vaccines to Nepal arrived in Kathmandu.", "AID", ["IND"], ["NPL"], None),
    # RETREAT
    ("Russia released 90 Ukrainian prisoners of war on Friday.", "RETREAT", ["RUS"], ["UKR"], None),
    (
        "Two Thai soldiers were freed by Cambodian authorities on Monday.",
        "RETREAT",
        ["KHM"],
        ["THA"],
        None,
    ),
    (
        "The release of six Azerbaijani detainees by Armenia was welcomed in Baku.",
        "RETREAT",
        ["ARM"],
        ["AZE"],
        None,
    ),
    # COOPERATE
    (
        "Japan and the Philippines held joint naval drills in the South China Sea.",
        "COOPERATE",
        ["JPN", "PHL"],
        ["JPN", "PHL"],
        None,
    ),
    (
        "Colombia extradited a drug trafficker to the United States.",
        "COOPERATE",
        ["COL"],
        ["USA"],
        None,
    ),
    (
        "Egypt and Sudan conducted joint air force exercises near Merowe.",
        "COOPERATE",
        ["EGY", "SDN"],
        ["EGY", "SDN"],
        None,
    ),
    # CONSULT: meetings, visits, calls, hosting, nominal meetings
    (
        "Emmanuel Macron hosted Nigerian President Bola Tinubu in Paris on Wednesday.",
        "CONSULT",
        ["FRA", "NGA"],
        ["FRA", "NGA"],
        None,
    ),
    (
        "Kenya's foreign minister held talks with Ethiopian officials in Addis Ababa.",
        "CONSULT",
        ["ETH", "KEN"],
        ["ETH", "KEN"],
        None,
    ),
    (
        "Brazil and Argentina held talks on trade in Brasilia.",
        "CONSULT",
        ["ARG", "BRA"],
        ["ARG", "BRA"],
        None,
    ),
    (
        "The meeting between the Serbian and Kosovo leaders in Brussels ended without agreement.",
        "CONSULT",
        ["SRB", "XKX"],
        ["SRB", "XKX"],
        None,
    ),
    (
        "Talks between Iranian and American negotiators took place in Muscat on Saturday.",
        "CONSULT",
        ["IRN", "USA"],
        ["IRN", "USA"],
        None,
    ),
    (
        "Chile's president visited Peru on Thursday.",
        "CONSULT",
        ["CHL", "PER"],
        ["CHL", "PER"],
        None,
    ),
    # SUPPORT
    ("Spain formally recognised the State of Palestine.", "SUPPORT", ["ESP"], ["PSE"], None),
    ("Hungary praised Slovakia's stance on migration.", "SUPPORT", ["HUN"], ["SVK"], None),
    (
        "Washington voiced support for the Philippines in its dispute with China.",
        "SUPPORT",
        ["USA"],
        ["PHL"],
        None,
    ),
    # AGREE
    (
        "Uzbekistan offered to host talks between Afghanistan and Pakistan.",
        "AGREE",
        ["UZB"],
        None,
        None,
    ),
    ("Ghana agreed to supply electricity to Togo.", "AGREE", ["GHA"], ["TGO"], None),
    # CONCEDE
    (
        "Israel eased restrictions on Palestinian workers from the West Bank.",
        "CONCEDE",
        ["ISR"],
        ["PSE"],
        None,
    ),
    ("China lifted its ban on Japanese seafood imports.", "CONCEDE", ["CHN"], ["JPN"], None),
    # REQUEST: addressee of communication verbs, urged X to, asked X for, called on
    ("Germany urged Tehran to halt uranium enrichment.", "REQUEST", ["DEU"], ["IRN"], None),
    (
        "The United Nations called on Myanmar's junta to free political prisoners.",
        "REQUEST",
        ["UNO"],
        ["MMR"],
        None,
    ),
    ("Poland asked Washington for more Patriot batteries.", "REQUEST", ["POL"], ["USA"], None),
    (
        "Ghana demanded that Burkina Faso return the seized trucks.",
        "REQUEST",
        ["GHA"],
        ["BFA"],
        None,
    ),
    ("Ankara told Stockholm to extradite the suspects.", "REQUEST", ["TUR"], ["SWE"], None),
    # ACCUSE
    ("Moldova accused Moscow of meddling in its elections.", "ACCUSE", ["MDA"], ["RUS"], None),
    (
        "Bangladesh condemned the killing of a Bangladeshi teenager by Indian border guards.",
        "ACCUSE",
        ["BGD"],
        ["IND"],
        None,
    ),
    (
        "The Philippine foreign ministry summoned the Chinese ambassador on Tuesday.",
        "ACCUSE",
        ["PHL"],
        ["CHN"],
        None,
    ),
    (
        "Eritrea was accused by Ethiopia of arming rebels in Tigray.",
        "ACCUSE",
        ["ETH"],
        ["ERI"],
        None,
    ),
    (
        "Morocco, which accuses Algeria of backing the Polisario Front, cut diplomatic ties in 2021. Rabat on Monday criticised Algeria again.",
        "ACCUSE",
        ["MAR"],
        ["DZA"],
        None,
    ),
    (
        "Seoul's condemnation of the North Korean missile launch came hours later.",
        "ACCUSE",
        ["KOR"],
        ["PRK"],
        None,
    ),
    # REJECT
    (
        "Caracas rejected a Guyanese proposal for international arbitration.",
        "REJECT",
        ["VEN"],
        ["GUY"],
        None,
    ),
    ("Beijing dismissed the Philippine protest as groundless.", "REJECT", ["CHN"], ["PHL"], None),
    (
        "Colombia's president accused Venezuela of sheltering rebels. Caracas denied the charge.",
        "REJECT",
        ["VEN"],
        ["COL"],
        None,
    ),
    # THREATEN
    ("Iran threatened Israel with a crushing response.", "THREATEN", ["IRN"], ["ISR"], None),
    (
        "Pyongyang warned Seoul against sending propaganda leaflets across the border.",
        "THREATEN",
        ["PRK"],
        ["KOR"],
        None,
    ),
    (
        "Turkey threatened military action against Kurdish fighters in northern Syria.",
        "THREATEN",
        ["TUR"],
        ["SYR"],
        None,
    ),
    (
        "Moldova expelled a Russian diplomat on Friday. Moscow vowed to retaliate.",
        "THREATEN",
        ["RUS"],
        ["MDA"],
        None,
    ),
    # PROTEST
    (
        "Thousands of Serbians protested against the government in Belgrade.",
        "PROTEST",
        ["SRB"],
        ["SRB"],
        None,
    ),
    (
        "Hundreds of Filipinos rallied outside the Chinese embassy in Manila.",
        "PROTEST",
        ["PHL"],
        ["CHN"],
        None,
    ),
    (
        "Kenyan traders protested against Ugandan import restrictions in Busia.",
        "PROTEST",
        ["KEN"],
        ["UGA"],
        None,
    ),
    # second batch: the rules above on other words and countries
    (
        "Lebanese soldiers traded fire with Israeli troops near the Blue Line.",
        "ASSAULT",
        ["ISR", "LBN"],
        ["ISR", "LBN"],
        None,
    ),
    ("Hanoi's arrest of a Chinese fishing crew angered Beijing.", "COERCE", ["VNM"], ["CHN"], None),
    ("Egypt's delivery of fuel to Gaza resumed on Monday.", "AID", ["EGY"], ["PSE"], None),
    (
        "The release of 40 Indian fishermen by Pakistan took place at the Wagah border.",
        "RETREAT",
        ["PAK"],
        ["IND"],
        None,
    ),
    ("Armenia received a shipment of artillery shells from India.", "AID", ["IND"], ["ARM"], None),
    (
        "Beijing told Manila to withdraw its vessels from the shoal.",
        "REQUEST",
        ["CHN"],
        ["PHL"],
        None,
    ),
    ("Moscow warned Helsinki against hosting NATO troops.", "THREATEN", ["RUS"], ["FIN"], None),
    (
        "Sudan demanded that the United Arab Emirates stop arming the RSF.",
        "REQUEST",
        ["SDN"],
        ["ARE"],
        None,
    ),
    (
        "Iraq condemned the bombing of a Kurdish village by Turkish aircraft.",
        "ACCUSE",
        ["IRQ"],
        ["TUR"],
        None,
    ),
    ("Russia eased its restrictions on Georgian wine.", "CONCEDE", ["RUS"], ["GEO"], None),
    ("Pakistan was given a $1 billion loan by Saudi Arabia.", "AID", ["SAU"], ["PAK"], None),
    ("Turkey sent engineers to help Libya rebuild the dams.", "AID", ["TUR"], ["LBY"], None),
    (
        "Israeli forces seized a Turkish-flagged aid ship off Gaza.",
        "COERCE",
        ["ISR"],
        ["TUR"],
        None,
    ),
    (
        "The meeting between Thai and Cambodian defence ministers ended in Bangkok.",
        "CONSULT",
        ["KHM", "THA"],
        ["KHM", "THA"],
        None,
    ),
    # passive verbal acts
    (
        "Hungary was criticised by the European Commission over its asylum law.",
        "ACCUSE",
        ["EUR"],
        ["HUN"],
        None,
    ),
    ("Serbia was urged by Germany to recognise Kosovo.", "REQUEST", ["DEU"], ["SRB"], None),
    (
        "Guatemala was praised by the United States for its anti-corruption efforts.",
        "SUPPORT",
        ["USA"],
        ["GTM"],
        None,
    ),
    (
        "Armenia was threatened by Azerbaijan with new military action.",
        "THREATEN",
        ["AZE"],
        ["ARM"],
        None,
    ),
    # coordination of recipients
    (
        "France urged Rwanda and Congo to respect the ceasefire.",
        "REQUEST",
        ["FRA"],
        ["COD", "RWA"],
        None,
    ),
    (
        "The United States imposed sanctions on Iran and Venezuela on Tuesday.",
        "SANCTION",
        ["USA"],
        ["IRN", "VEN"],
        None,
    ),
    ("Qatar sent food aid to Sudan and South Sudan.", "AID", ["QAT"], ["SDN", "SSD"], None),
    (
        "China accused Japan and the Philippines of stoking tensions.",
        "ACCUSE",
        ["CHN"],
        ["JPN", "PHL"],
        None,
    ),
    # coordination of actors
    (
        "Britain and France condemned the Russian strike on Odesa.",
        "ACCUSE",
        ["FRA", "GBR"],
        ["RUS"],
        None,
    ),
    (
        "Norway and Iceland expelled Russian diplomats on Monday.",
        "SANCTION",
        ["ISL", "NOR"],
        ["RUS"],
        None,
    ),
    # appositives naming the recipient
    (
        "Algeria recalled its ambassador to Spain, its main gas customer in Europe.",
        "SANCTION",
        ["DZA"],
        ["ESP"],
        None,
    ),
    # relative clauses
    (
        "The Kenyan officers, who arrived in Haiti in June, detained 12 gang members in Port-au-Prince.",
        "COERCE",
        ["KEN"],
        ["HTI"],
        None,
    ),
    (
        "Kyiv thanked Lithuania, which pledged a new air-defence package on Friday.",
        "SUPPORT",
        ["UKR"],
        ["LTU"],
        None,
    ),
    # possessive / nominal acts
    (
        "Israel's withdrawal from the Lebanese border villages was completed on Sunday.",
        "RETREAT",
        ["ISR"],
        ["LBN"],
        None,
    ),
    (
        "Seoul's expulsion of a North Korean diplomat followed the hacking attack.",
        "SANCTION",
        ["KOR"],
        ["PRK"],
        None,
    ),
    (
        "Azerbaijan's arrest of three Russian journalists angered Moscow.",
        "COERCE",
        ["AZE"],
        ["RUS"],
        None,
    ),
    # purpose / on behalf of
    ("Ethiopia deployed soldiers to help Somalia fight al-Shabaab.", "AID", ["ETH"], ["SOM"], None),
    (
        "Kenya dispatched police officers to support Haiti's transitional government.",
        "AID",
        ["KEN"],
        ["HTI"],
        None,
    ),
    # addressee of communication
    ("Egypt urged Israel to allow aid into Gaza.", "REQUEST", ["EGY"], ["ISR"], None),
    (
        "Beijing asked Seoul to halt the deployment of the missile shield.",
        "REQUEST",
        ["CHN"],
        ["KOR"],
        None,
    ),
    (
        "Warsaw warned Minsk against any provocation at the border.",
        "THREATEN",
        ["POL"],
        ["BLR"],
        None,
    ),
    # meetings
    (
        "The Egyptian and Turkish presidents met in Cairo on Wednesday.",
        "CONSULT",
        ["EGY", "TUR"],
        ["EGY", "TUR"],
        None,
    ),
    (
        "Vietnam's prime minister hosted his Laotian counterpart in Hanoi.",
        "CONSULT",
        ["LAO", "VNM"],
        ["LAO", "VNM"],
        None,
    ),
    (
        "Mexico and Guatemala held security talks in Tapachula.",
        "CONSULT",
        ["GTM", "MEX"],
        ["GTM", "MEX"],
        None,
    ),
    # fighting
    (
        "Serbian and Albanian youths fought in Mitrovica overnight.",
        "ASSAULT",
        ["ALB", "SRB"],
        ["ALB", "SRB"],
        None,
    ),
    (
        "Somali troops clashed with Jubaland forces near Ras Kamboni.",
        "ASSAULT",
        ["SOM"],
        ["SOM"],
        None,
    ),
    ("Police clashed with protesters in Nairobi on Tuesday.", "ASSAULT", ["KEN"], ["KEN"], None),
    # implicit recipient
    (
        "Armenia and Azerbaijan are locked in a border dispute. Baku on Tuesday rejected the latest proposal.",
        "REJECT",
        ["AZE"],
        ["ARM"],
        None,
    ),
    (
        "India and Pakistan exchanged accusations after the attack. Islamabad accused New Delhi of staging it.",
        "ACCUSE",
        ["PAK"],
        ["IND"],
        None,
    ),
    (
        "Ethiopia's withdrawal of its troops from Somalia began on Monday.",
        "RETREAT",
        ["ETH"],
        ["SOM"],
        None,
    ),
    # accusations traded: both sides accuse
    (
        "Pakistan and Afghanistan traded accusations on Monday.",
        "ACCUSE",
        ["AFG", "PAK"],
        ["AFG", "PAK"],
        None,
    ),
    (
        "Moscow and Kyiv exchanged accusations over the strike on the dam.",
        "ACCUSE",
        ["RUS", "UKR"],
        ["RUS", "UKR"],
        None,
    ),
    (
        "Peru traded barbs with Mexico over the asylum granted to a former minister.",
        "ACCUSE",
        ["MEX", "PER"],
        ["MEX", "PER"],
        None,
    ),
    (
        "Sudan and Chad traded accusations of arming rebels.",
        "ACCUSE",
        ["SDN", "TCD"],
        ["SDN", "TCD"],
        None,
    ),
    # on behalf of: the principal acts too (the intermediary stays an actor)
    (
        "Swiss diplomats lodged a protest with Tehran on behalf of the United States.",
        "ACCUSE",
        ["CHE", "USA"],
        ["IRN"],
        None,
    ),
    (
        "Hungary demanded consular access to the detained journalist on behalf of Slovakia.",
        "REQUEST",
        ["HUN", "SVK"],
        None,
        None,
    ),
    (
        "Sweden's embassy in Pyongyang asked North Korea to release the American soldier on Washington's behalf.",
        "REQUEST",
        ["SWE", "USA"],
        ["PRK"],
        None,
    ),
    # a response with an act: the responder does it (a relative clause too)
    (
        "Hezbollah fired rockets at northern Israel, which responded with airstrikes on southern Lebanon.",
        "ASSAULT",
        ["ISR"],
        ["LBN"],
        None,
    ),
    (
        "Beijing retaliated with sanctions on three American defence firms.",
        "SANCTION",
        ["CHN"],
        ["USA"],
        None,
    ),
    (
        "Moscow hit back with the expulsion of two Latvian diplomats.",
        "SANCTION",
        ["RUS"],
        ["LVA"],
        None,
    ),
    # mediation: the mediator acts on the two sides; talks between two: both sides
    (
        "Turkey mediated between Russia and Ukraine on the grain deal.",
        "CONSULT",
        ["TUR"],
        ["RUS", "UKR"],
        None,
    ),
    (
        "Qatar's mediation between Israel and Hamas resumed in Doha.",
        "CONSULT",
        ["QAT"],
        ["ISR", "PSE"],
        None,
    ),
    ("Kenya offered mediation between Ethiopia and Eritrea.", "AGREE", ["KEN"], None, None),
    (
        "The talks between Moscow and Kyiv in Istanbul were hosted by Turkey.",
        "CONSULT",
        ["RUS", "UKR"],
        ["RUS", "UKR"],
        None,
    ),
    # words addressed after a preposition; the object's possessor; a story's two parties
    (
        "Thailand lodged a complaint with Cambodia over the landmine blast.",
        "ACCUSE",
        ["THA"],
        ["KHM"],
        None,
    ),
    ("Nepal appealed to India for more fuel supplies.", "REQUEST", ["NPL"], ["IND"], None),
    ("Georgia complained to Moscow about the border fences.", "ACCUSE", ["GEO"], ["RUS"], None),
    ("Tunisia protested to Rome over the deportations.", "ACCUSE", ["TUN"], ["ITA"], None),
    ("Bolivia expressed solidarity with Cuba.", "SUPPORT", ["BOL"], ["CUB"], None),
    ("Iran seized Kuwait's fishing boats near Bubiyan island.", "COERCE", ["IRN"], ["KWT"], None),
    (
        "Ukrainian drones hit Russia's Black Sea fleet headquarters in Sevastopol.",
        "ASSAULT",
        ["UKR"],
        ["RUS"],
        None,
    ),
    (
        "Ankara froze the assets of Syrian Kurdish militia leaders.",
        "SANCTION",
        ["TUR"],
        ["SYR"],
        None,
    ),
    (
        "Guyana accused Venezuela of massing troops on the border. Caracas responded by recalling its ambassador.",
        "SANCTION",
        ["VEN"],
        ["GUY"],
        None,
    ),
    (
        "Lithuania protested to Beijing over the downgrading of its embassy.",
        "ACCUSE",
        ["LTU"],
        ["CHN"],
        None,
    ),
    (
        "Colombia complained to Ecuador about the raid on its embassy.",
        "ACCUSE",
        ["COL"],
        ["ECU"],
        None,
    ),
    ("Thousands of students protested in Dhaka on Monday.", "PROTEST", ["BGD"], None, None),
    # people named by the countries they come from: every one of them acts
    (
        "Officials from Armenia and Azerbaijan met in Geneva on Friday.",
        "CONSULT",
        ["ARM", "AZE"],
        ["ARM", "AZE"],
        None,
    ),
    # coordinated nationality adjectives on one head: both countries act
    (
        "The Thai and Cambodian regional army commanders spoke by phone on Monday.",
        "CONSULT",
        ["KHM", "THA"],
        ["KHM", "THA"],
        None,
    ),
    (
        "The Serbian and Hungarian interior ministers met in Subotica.",
        "CONSULT",
        ["HUN", "SRB"],
        ["HUN", "SRB"],
        None,
    ),
    (
        "Ugandan and Congolese troops fought ADF rebels near Beni on Tuesday.",
        "ASSAULT",
        ["COD", "UGA"],
        None,
        None,
    ),
    # an appeal for money is made to donors at large, not to the country it is for
    (
        "NIAMEY - The World Food Programme appealed for $90 million to feed families in Niger.",
        "REQUEST",
        ["UNO"],
        [],
        None,
    ),
    (
        "DHAKA - Aid agencies appealed on Friday for donors to fund the camps in Bangladesh.",
        "REQUEST",
        ["NGO"],
        [],
        None,
    ),
    (
        "KYIV - Ukraine appealed to Norway for more generators.",
        "REQUEST",
        ["UKR"],
        ["NOR"],
        None,
    ),
]

# constructions heron does not yet get right (kept as known gaps; strict xfail so a fix shows)
GAPS = [
    (
        "Pakistan responded with artillery fire on Indian posts along the Line of Control.",
        "ASSAULT",
        ["PAK"],
        ["IND"],
        None,
    ),
    (
        "Pakistan and Afghanistan traded accusations on Monday. Afghan forces opened fire on several border posts overnight, officials said.",
        "ASSAULT",
        ["AFG"],
        ["PAK"],
        None,
    ),
    ("Chad ordered the closure of its border with Sudan.", "SANCTION", ["TCD"], ["SDN"], None),
    (
        "Indonesian President Prabowo Subianto received the Australian prime minister in Jakarta.",
        "CONSULT",
        ["AUS", "IDN"],
        ["AUS", "IDN"],
        None,
    ),
    (
        "Saudi Crown Prince Mohammed bin Salman called Iranian President Masoud Pezeshkian on Sunday.",
        "CONSULT",
        ["IRN", "SAU"],
        ["IRN", "SAU"],
        None,
    ),
    (
        "Japan renewed its call on China to lift the ban on seafood imports.",
        "REQUEST",
        ["JPN"],
        ["CHN"],
        None,
    ),
    (
        "Russia's withdrawal from the Kherson region's west bank was announced in November.",
        "RETREAT",
        ["RUS"],
        ["UKR"],
        None,
    ),
]


def _found(analyze, text, kind, actors, recipients, fact) -> bool:
    rows = event_rows(analyze, text, "2026-03-10")
    return any(
        r[0] == kind
        and r[1] == actors
        and (recipients is None or r[2] == recipients)
        and (fact is None or r[3] == fact)
        for r in rows
    )


@pytest.mark.parametrize(("text", "kind", "actors", "recipients", "fact"), CASES)
def test_roles(analyze_rules, text, kind, actors, recipients, fact):
    """What the rules code (the learned judgement, which may overrule one sentence, is
    test_event_confidence's)."""
    assert _found(analyze_rules, text, kind, actors, recipients, fact), event_rows(
        analyze_rules, text, "2026-03-10"
    )


@pytest.mark.xfail(strict=True, reason="known gap in role assignment")
@pytest.mark.parametrize(("text", "kind", "actors", "recipients", "fact"), GAPS)
def test_role_gaps(analyze, text, kind, actors, recipients, fact):
    assert _found(analyze, text, kind, actors, recipients, fact)


# the new role constructions must not code these: words received, a report released, a
# warning to no one, reporters told, a plan deployed, a detention of no known doer
NOT_EVENTS = [
    "The Kenyan president received a letter from the Ugandan leader on Monday.",
    "The release of the report by the Nigerian ministry was delayed.",
    "Economists warned against complacency in Brazil.",
    "The Indian minister told reporters to expect a decision soon.",
    "The deployment of the new tax system in Ghana was delayed.",
    "The detention of migrants in Libya has drawn criticism.",
    "Argentina received praise from the IMF for its reforms.",
    "The Philippine president told a news conference in Manila that talks would continue.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_a_role_event(analyze, text):
    assert event_rows(analyze, text, "2026-03-10") == []
