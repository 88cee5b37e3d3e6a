"""Stage events: PLOVER 0.8 events from a trigger lexicon and the dependency parse.

A trigger (lexicon triggers.json) opens an event; its actor is the subject
(or the agent of a passive), its recipient the object, the passive subject or
a prepositional object; "send X to assist Y" is AID from the sender to Y;
"helping X reclaim Y" makes the helper and X actors of the reclaiming.
Negated triggers yield no event; hypothetical ones are dropped (background
speculation is not an event), as are aims ("seeking to seize") and the content of
requests; "would" in reported speech is a future, and an attack its own actor
announces is a threat. An act inside a denial is the event, denied. Pronouns and
descriptions ("the group", "its fighters") resolve to earlier actors; a reaction
("condemned the shelling") is aimed at the earlier event's doers (the first one
named). Unnamed groups take a code from their words or owner ("employees of an
aid group": NGO); a pair named by number ("the two leaders") is the pair named
before; an exercise of two countries' forces is COOPERATE; a response is aimed at
its provoker, a threat at the target of the act threatened. What a request asks
for, quoted testimony and aims of other acts are no events. Repeated mentions of
one happening are merged; a participle of another mode is its own act.

Round 3 (generalising): doers the actors stage gave no country ("gunmen", "police",
"the foreign ministry") and unnamed targets ("released them", "nine of them", "a
curfew on three villages", "a patrol") belong to the story's country; a pair addressed
by number ("urged both sides") is the two sides of the last act between two countries,
else the story's country; an offer ("ready to send engineers to Vietnam") goes to the
recipient of the act offered, and what is agreed or offered is no act of its own;
dates in a noun's modifier ("laws in force since 2005") do not make an act background,
nor does any date make a future act background; states ("remained deployed"), doers
that are no one ("Not all commanders"), readiness to fight and aid to one's own places
are no such events.

Round 4: an order to one's own forces ("ordered the army to raise its readiness", "to
deploy a force") is the act ordered, done by the orderer (other orders stay REQUEST);
forces sent to a border with a country face it, and forces sent to separate two sides
stand between them; forces freeing captives ("freed the abducted girls") assault the
captors; the host of others' talks is no party to them; "asked not to be named" is no
request; intelligence shared serves the doer of the act it is used for; gunfights,
firefights and shootouts are nominal triggers; a bare "appeal" is a legal one (ACCUSE);
a state of emergency names no recipient of itself and holds the acts it suspends or
allows; two verbs sharing one object ("intercepted and destroyed") are one act.

Round 5 (voice and modes): a request, refusal or threat takes its mode from the act it
is about ("urged X to free": yield; "warned it would respond by restricting": restrict),
and an announced act inside a warning is that warning; a reporting verb that is itself
the act ("accused", "denied") and a speaker's own verbal act are asserted, not reported
or denied; hedges count in the trigger's own clause; an accusation met by the accused's
denial is uncertain; forces sent to a province of their own country act at home. A
light verb's crowd holds its nominal act ("60 people held a picket"); searches of homes
are seizures; releases and summonses in the passive with no agent are the state's; a
court's order of a participle ("ordered them held in detention") is the court's act;
only the trigger's own clause dates it (a month runs to its end); critics at home
(opposition, unions, lawmakers) with no target reproach their own state. Attacks in
the passive with a crowd's weapons are the crowd's; an act dated after publication is a
future; a meeting named as where an act happened ("signed a text at talks") is held by
that act's doers; coordinated nationality adjectives ("Armenian and Azerbaijani
leaders") name both parties.

Round 6: acts of the two sides of a fight (rebels, gunmen or bandits against state
forces) are never one happening; "Army troops" (a sector noun before a sector noun) is an
unnamed doer, as is a bomb or landmine that kills; condemning an act of no known doer
names no recipient; in "condemned what she called China's actions" the thing named is
the object; a nationality on an ownership participle ("Serbian-run offices") names the
owner; evacuating or treating people is humanitarian AID.
"""

from heron.pipeline.events.coding import find_events, make_events

__all__ = ["find_events", "make_events"]
