"""Who acts and who is acted upon: subjects, agents, objects and prepositions of a trigger."""

from __future__ import annotations

from spacy.tokens import Token

from heron.knowledge import lexicon
from heron.pipeline.actors import Mention
from heron.pipeline.events.lexicon import Trigger, match_triggers, triggers
from heron.pipeline.events.mentions import MentionIndex, _children, _nationality_of, described
from heron.pipeline.events.sides import between_parties, reciprocal_lemma
from heron.pipeline.syntax import DASHES
from heron.records import Actor, Event


def _subject(token: Token) -> Token | None:
    """The doer: subject, passive agent, or the subject inherited by a conjoined or
    participial verb ("..., helping Moscow")."""
    agents = [p for p in _children(token, "agent") for p in _children(p, "pobj")]
    if agents:
        return agents[0]
    subjects = _past_dateline(_children(token, "nsubj"))
    if subjects and subjects[0].tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        return token.head  # "the miners, who have blocked roads": the miners
    if subjects:
        return subjects[0]
    if (
        token.dep_ == "pcomp"
        and token.tag_ == "VBG"
        and token.head.lower_ in lexicon("event_clauses")["temporal_preps"]
        and token.head.head.pos_ in ("VERB", "AUX")
    ):
        return _subject(token.head.head)  # "said, after meeting Machado, that": the speaker
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
        statement = token.head
        if (
            statement.lemma_.lower() in lexicon("event_clauses")["statement_nouns"]
            and statement.dep_ in ("dobj", "obj", "pobj")
            and statement.head.pos_ in ("VERB", "AUX", "ADP")
        ):  # "the AU issued a statement condemning the coup": the issuer
            issuer = statement.head.head if statement.dep_ == "pobj" else statement.head
            return _subject(issuer) if issuer.pos_ in ("VERB", "AUX") else None
        return token.head  # "defence ministers meeting at Ramstein"
    if _misparsed_main_verb(token):
        return token.head  # "Brazil, which borders both, called for calm": the subject
    if token.dep_ in ("conj", "advcl", "xcomp", "acl", "acomp", "oprd") and token.head != token:
        head = token.head
        speaker = _reporter(head)
        if token.dep_ == "conj" and speaker is not None and _verbal(token):
            return _subject(speaker)  # "the ministry said the moves were drills and accused Guyana"
        if head.pos_ not in ("VERB", "AUX"):
            return None
        controller = _children(head, "dobj", "obj")
        if token.dep_ == "xcomp" and controller and token.i > controller[0].i:
            return controller[0]  # "prompting Taipei to put its forces on alert"
        raised = _children(head, "nsubjpass")
        if token.dep_ == "xcomp" and raised and not _children(head, "agent"):
            return raised[0]  # "the minister is expected to visit Japan": the minister
        if (
            token.dep_ == "advcl" and token.tag_ == "VBG"
        ):  # "were deployed, helping ...": the deployed help
            passive = _children(head, "nsubjpass")
            if passive:
                return passive[0]
        return _subject(head)
    return None


def _past_dateline(subjects: list[Token]) -> list[Token]:
    """'KABUL, Afghanistan — Pakistan carried out strikes': the parser may take the
    dateline's place for a first subject; a subject after a dash that ends the dateline
    is the doer."""
    if len(subjects) < 2:
        return subjects
    doc = subjects[0].doc
    for n, first in enumerate(subjects[:-1]):
        later = subjects[n + 1]
        if any(doc[i].text in DASHES for i in range(first.i + 1, later.i)):
            return subjects[n + 1 :]
    return subjects


def _misparsed_main_verb(token: Token) -> bool:
    """'The envoy, Peter Sorensen, called on Pristina ...': a parenthetical (apposition or
    relative clause) after the subject makes the parser hang the main verb on the subject
    as a participle; the subject is then the sentence's root noun, with the parenthetical
    between it and the verb, and a comma just before the verb."""
    head = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ in ("VBD", "VBN", "VBZ")
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and token.i > 0
        and token.doc[token.i - 1].lower_ == ","
        and not _children(token, "auxpass", "nsubjpass", "agent")
        and any(c.dep_ in ("appos", "relcl") and head.i < c.i < token.i for c in head.children)
    )


def _reporter(clause: Token) -> Token | None:
    """The reporting verb a clause is the complement of ("said [the moves were drills]")."""
    verb = clause.head
    if clause.dep_ == "ccomp" and verb.lemma_.lower() in triggers().reporting_verbs:
        return verb
    return None


def _verbal(token: Token) -> bool:
    """A verbal act (accusing, demanding, threatening), which a speaker does."""
    return token.pos_ == "VERB" and any(
        t.type in triggers().verbal_types for t in match_triggers(token)
    )


def _speaker_of_comment(token: Token, trig: Trigger) -> Token | None:
    """'Hamas denied that its commanders were there, calling the account a lie': a verbal
    participle after a reported clause is the speaker's."""
    head = token.head
    if (
        trig.type in triggers().verbal_types
        and token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in triggers().reporting_verbs | triggers().denial_verbs
    ):
        return _subject(head.head)
    return None


def roles(token: Token, trig: Trigger, index: MentionIndex) -> tuple[list[Mention], list[Mention]]:
    actors: list[Mention] = []
    recipients: list[Mention] = []
    subject = _speaker_of_comment(token, trig) or _subject(token)
    passive = bool(_children(token, "nsubjpass", "auxpass"))
    if (
        subject is not None
    ):  # "shells fired by the RSF struck ..."; not into the trigger's own clause
        actors = index.of(subject) or _nationality_of(subject)  # "by Guatemalan police"
        if not actors and subject != token.head:
            actors = index.of(subject, deep=True)
    for other in _children(token, "nsubj")[1:]:  # a misparse splits the subject in two
        actors = actors or index.of(other, deep=True)
    principals = _principals(token, index)  # "lodged a protest on behalf of the United States"
    actors += [m for m in principals if m not in actors]
    if not actors and passive:  # "Sri Lanka was granted a loan by Japan": the agent on the object
        actors = [
            m
            for o in _children(token, "dobj", "obj")
            for by in _children(o, "prep")
            if by.lower_ == "by"
            for a in _children(by, "pobj")
            for m in index.of(a)
        ]
    if not actors and passive and trig.type == "RETREAT":
        actors = captors(token, index)  # "sailors held by Iranian forces were freed": Iran
    receivers = _roles_lex()["receivers"]
    if token.lemma_.lower() in receivers and trig.type in receivers[token.lemma_.lower()]:
        givers = [  # "Lebanon received wheat from Iraq": the giver acts, the subject receives
            m
            for h in _holders(token)
            for prep in _children(h, "prep")
            if prep.lower_ == "from"
            for p in _children(prep, "pobj")
            for m in _named_or_described(p, index)
        ]
        if givers:
            return givers, actors

    objects = _children(token, "dobj", "obj", "attr") or _children(token, "oprd")
    # "called Iranian President Masoud Pezeshkian": the parser takes the callee for a predicate
    for named in _children(token, "ccomp"):  # "condemned what she called China's actions"
        if named.lemma_.lower() in lexicon("event_clauses")["naming_verbs"] and any(
            w.lower_ == "what" for w in _children(named, "dobj", "obj")
        ):
            objects += _children(named, "oprd", "xcomp")  # "what he described as X's ..."
            objects += [
                p
                for a in _children(named, "prep")
                if a.lower_ == "as"
                for p in _children(a, "pobj")
            ]
    if trig.type in triggers().theme_objects:
        for obj in objects:  # "launched exercises around Taiwan": where they are aimed
            for prep in _children(obj, "prep"):
                if prep.lower_ in trig.recipient_preps:
                    recipients += [m for p in _children(prep, "pobj") for m in index.of(p)]
        for obj in objects:  # "entered Japanese territorial waters": whose waters
            if obj.lemma_.lower() in triggers().untargeted or obj.lower_ in triggers().untargeted:
                doers = {m.country for m in actors}
                recipients += [m for m in _nationality_of(obj) if m.country not in doers]
        objects = []  # "deployed soldiers": the soldiers are the force, not its target
    elif passive:
        objects += _children(token, "nsubjpass")
    for obj in objects:
        recipients += index.of(obj)
        for prep in _children(obj, "prep"):  # "fired tear gas at protesters"
            if prep.lower_ in trig.recipient_preps:
                recipients += [
                    m for p in _children(prep, "pobj") for m in _named_or_described(p, index)
                ]
    for prep in _past_dates(_children(token, "prep", "dative")):
        if prep.lower_ in trig.recipient_preps or (prep.dep_ == "dative"):
            for pobj in _children(prep, "pobj") or [prep]:
                recipients += _named_or_described(pobj, index)
    asked = _roles_lex()["asked_from"].get(trig.type, ())
    for prep in [*_children(token, "prep"), *(p for o in objects for p in _children(o, "prep"))]:
        if prep.lower_ in asked:  # "requested firefighting planes from Argentina"
            recipients += [
                m
                for p in _children(prep, "pobj")
                for m in _named_or_described(p, index)
                if m not in recipients  # "from Argentina": a place named, the state asked
            ]
    if reciprocal_lemma(token, trig.type):  # "traded fire with Israeli troops": the other side
        recipients += [
            m
            for prep in _children(token, "prep")
            if prep.lower_ == "with"
            for p in _children(prep, "pobj")
            for m in _named_or_described(p, index)
        ]
    between = between_parties(token, index)
    recipients += [m for m in between if m not in recipients]
    if token.pos_ in ("NOUN", "PROPN"):
        for poss in _children(token, "poss", "compound", "amod"):
            actors += index.of(poss)
        for prep in _preps(token):
            targets = [m for p in _children(prep, "pobj") for m in _named_or_described(p, index)]
            if prep.lower_ == "by":
                actors += targets
            elif prep.lower_ == "between":  # "fighting between X and Y": two_sided below
                continue
            elif prep.lower_ in ("of", "on", "against", "in", "with", "to", *trig.recipient_preps):
                if prep.lower_ == "in":  # "announced sanctions in Washington": where, not whom
                    targets = [m for m in targets if not m.locative]
                if prep.lower_ == "of" and trig.type in triggers().theme_objects:
                    actors += targets  # "the deployment of Belarusian troops": the force's
                else:
                    recipients += targets
                if prep.lower_ == "of":  # "the expulsion of two diplomats by Minsk (to Y)"
                    actors += _object_agents(prep, index)
                    recipients += _object_goals(prep, trig, index)
        if not actors and (answered := _answered_with(token)) is not None:
            subject = _subject(answered)  # "Israel, which responded with airstrikes on ..."
            actors = index.of(subject) if subject is not None else []
        if not actors and trig.type in triggers().meeting_types and _purpose_of_a_move(token):
            subject = _subject(token.head.head)  # "travelled to Dhaka for talks with X": the
            actors = index.of(subject) if subject is not None else []  # traveller meets X
        if not actors and trig.type in triggers().meeting_types and token.dep_ == "pobj":
            actors = _participants(token, index)  # "signed an accord at talks in Abu Dhabi"
        proxy = _container(token)  # "adopted a package of sanctions"
        if (
            not actors
            and (
                trig.type in triggers().actor_from_governing_verb
                or proxy.head.lemma_.lower() in triggers().light_verbs
            )
            and proxy.dep_ in ("dobj", "obj")
            and proxy.head.pos_ == "VERB"
        ):
            # "the EU announced new aid": the announcer gives it
            head_subject = _subject(proxy.head)
            if head_subject is not None:
                actors = index.of(head_subject)
            for other in _children(proxy.head, "nsubj")[1:]:  # a subject split in two
                actors = actors or index.of(other, deep=True)
    if between and not actors:  # "fighting between X and Y": each side does it to the other
        actors = list(between)  # (not "Qatar's mediation between X and Y": Qatar's)
    if not recipients and trig.type in triggers().crowd_acts:
        manners = _children(token, "advcl", "xcomp", "conj")
        manners += [c for m in manners for c in _children(m, "conj")]  # "carrying ... and chanting"
        for manner in manners:  # "marched, chanting
            if manner.tag_ == "VBG":  # slogans against Turkey": whom the protest is against
                for obj in _children(manner, "dobj", "obj"):
                    for prep in _children(obj, "prep"):
                        if prep.lower_ in trig.recipient_preps:
                            recipients += [
                                m
                                for p in _children(prep, "pobj")
                                for m in _named_or_described(p, index)
                            ]
    if trig.type in triggers().reactions:  # "condemned the killing of X by Indian guards"
        agents = [a for o in objects for a in _act_agents(o, index) if a not in actors]
        recipients = agents or recipients
    if not recipients and token.lemma_.lower() in _roles_lex()["clause_addressees"]:
        recipients = [  # "demanded that Burkina Faso return the trucks": Burkina Faso
            m for c in _children(token, "ccomp") for s in _children(c, "nsubj") for m in index.of(s)
        ]
    if not {m.country for m in recipients} - {m.country for m in actors}:
        recipients += [  # "lifted its ban on Japanese seafood imports": on whom
            m
            for o in objects
            for prep in _children(o, "prep")
            if prep.lower_ in _roles_lex()["object_preps"]
            for p in _children(prep, "pobj")
            for m in _named_or_described(p, index)
            if m.country not in {a.country for a in actors} and not m.locative
        ]
    if not recipients:  # weak evidence: a country named somewhere in the object
        doers = {m.country for m in actors}
        for obj in objects:
            recipients += [
                m
                for m in index.in_subtree(obj, shallow=True)
                if m.country not in doers and not m.locative
            ]
            recipients += [m for m in _nationality_of(obj) if m.country not in doers]
    if principals:  # "on behalf of Slovakia": for whom, not at whom
        recipients = [m for m in recipients if m not in principals]
    return actors, recipients


def captors(token: Token, index: MentionIndex) -> list[Mention]:
    """'Two Indian sailors held by Iranian forces have been freed': a release in the
    passive, with no agent of its own, is done by whoever held the freed (the agent of a
    participle of captivity on them, 'captivity_participles' of roles.json)."""
    if _children(token, "agent"):
        return []
    held = _roles_lex()["captivity_participles"]
    return [
        m
        for freed in _children(token, "nsubjpass")
        for part in _children(freed, "acl")
        if part.tag_ == "VBN" and part.lemma_.lower() in held
        for by in _children(part, "agent")
        for p in _children(by, "pobj")
        for m in _named_or_described(p, index)
    ]


def _purpose_of_a_move(token: Token) -> bool:
    """'for talks with X' on a verb ("flew to Baku for meetings with ..."): the talks are
    what the verb's subject came for."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _answered_with(token: Token) -> Token | None:
    """The verb of 'responded with airstrikes', 'retaliated with sanctions': its subject
    does the act named after 'with'."""
    prep = token.head
    verb = prep.head
    if token.dep_ != "pobj" or prep.lower_ != "with" or verb.pos_ != "VERB":
        return None
    return verb if verb.lemma_.lower() in _roles_lex()["answer_verbs"] else None


def _principals(token: Token, index: MentionIndex) -> list[Mention]:
    """'Swiss diplomats lodged a protest with Tehran on behalf of the United States', 'on
    Washington's behalf': the party the act is done for acts too (the intermediary stays).
    The phrase may hang on the act's object or its infinitive, not in a clause of its own."""
    verb = token.head if token.dep_ in ("dobj", "obj") else token
    found: list[Mention] = []
    for behalf in verb.subtree:
        prep = behalf.head
        if behalf.lemma_.lower() != "behalf" or behalf.dep_ != "pobj" or prep.lower_ != "on":
            continue
        path, up = True, prep
        while up != verb and path:
            path = up.dep_ in ("prep", "pobj", "dobj", "obj", "xcomp", "acomp") and up.head != up
            up = up.head
        if not path:
            continue
        owners = _children(behalf, "poss")
        owners += [
            p
            for of in _children(behalf, "prep")
            if of.lower_ == "of"
            for p in _children(of, "pobj")
        ]
        found += [m for o in owners for m in index.of(o)]
    return found


def _holders(token: Token) -> list[Token]:
    """The verb, its objects and what they are of ('a shipment of shells from India')."""
    objects = _children(token, "dobj", "obj")
    return [
        token,
        *objects,
        *(
            p
            for o in objects
            for of in _children(o, "prep")
            if of.lower_ == "of"
            for p in _children(of, "pobj")
        ),
    ]


def _roles_lex() -> dict:
    return lexicon("roles")


def _act_agents(obj: Token, index: MentionIndex) -> list[Mention]:
    """The doers of an act named as the object ('the killing of a teenager by Indian
    border guards', 'the shelling by Russian forces'): whom a reaction is aimed at."""
    holders = [
        obj,
        *(p for of in _children(obj, "prep") if of.lower_ == "of" for p in _children(of, "pobj")),
    ]
    found = [
        m
        for h in holders
        for by in _children(h, "prep")
        if by.lower_ == "by"
        for a in _children(by, "pobj")
        for m in _named_or_described(a, index)
    ]
    found += [  # "condemned the resolution adopted by the IAEA board": its author
        m
        for h in holders
        for part in _children(h, "acl")
        if part.tag_ == "VBN"
        for by in _children(part, "agent")
        for a in _children(by, "pobj")
        for m in _named_or_described(a, index)
        if m not in found
    ]
    return found


def _object_agents(of: Token, index: MentionIndex) -> list[Mention]:
    """'the expulsion of two Polish diplomats by Minsk': the parser hangs the act's agent
    on its object; the doer of the act."""
    return [
        m
        for p in _children(of, "pobj")
        for by in _children(p, "prep")
        if by.lower_ == "by"
        for a in _children(by, "pobj")
        for m in _named_or_described(a, index)
    ]


def _object_goals(of: Token, trig: Trigger, index: MentionIndex) -> list[Mention]:
    """'India's shipment of vaccines to Nepal': the goal the parser hangs on the object."""
    return [
        m
        for p in _children(of, "pobj")
        for q in _children(p, "prep")
        if q.lower_ in trig.recipient_preps and q.lower_ != "of"
        for a in _children(q, "pobj")
        for m in _named_or_described(a, index)
    ]


def _participants(token: Token, index: MentionIndex) -> list[Mention]:
    """The parties at a meeting named as where an act happened ("leaders signed a text at
    talks in Abu Dhabi", "pledged aid at a conference"): the act's doers."""
    prep = token.head
    verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "obj"):
        verb = verb.head  # "initialled a peace text at talks": the verb's
    if prep.lower_ not in ("at", "during") or verb.pos_ not in ("VERB", "AUX"):
        return []
    subject = _subject(verb)
    return index.of(subject) if subject is not None else []


def _named_or_described(token: Token, index: MentionIndex) -> list[Mention]:
    """Actors a phrase names, else its nationality or description ("on Russian banks")."""
    found = index.of(token)
    if not found:
        found = _nationality_of(token) or [m for m in [described(token)] if m is not None]
    return found


def _preps(token: Token) -> list[Token]:
    """Prepositions of a trigger, and of the light verb a nominal trigger is the object
    of ("carried out an airstrike on militants")."""
    preps = _children(token, "prep")
    proxy = _container(token)
    head = proxy.head
    if proxy.dep_ in ("dobj", "obj") and head.lemma_.lower() in triggers().light_verbs:
        preps += _children(head, "prep")
    elif proxy.dep_ in ("dobj", "obj") and head.lemma_.lower() in triggers().promise_verbs:
        preps += [p for p in _children(head, "prep", "dative") if p.lower_ in ("to", "for")]
        # "promised further aid to Haiti": the promise names whom the act is for
    preps = _past_dates(preps)
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN":
        # "months of mediation by Algeria": the agent parsed onto the span it fills
        preps += [p for p in _children(of.head, "prep") if p.lower_ == "by" and p.i > token.i]
    return preps


def _past_dates(preps: list[Token]) -> list[Token]:
    """Prepositions, and those the parser hung on a date among them ("announced
    sanctions on the same day against two Russian banks": against is the act's)."""
    return preps + [
        q
        for p in preps
        for o in _children(p, "pobj")
        if o.ent_type_ in ("DATE", "TIME")
        for q in _children(o, "prep")
        if q.lower_ != "of"
    ]


def _container(token: Token) -> Token:
    """The noun that holds a nominal act ("a new package of sanctions", "a wave of strikes"),
    else the act itself."""
    prep = token.head
    if (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in triggers().container_nouns
    ):
        return prep.head
    return token


def purpose_aid(token: Token, index: MentionIndex) -> tuple[list[Mention], list[Mention]] | None:
    """'X sent troops to assist Y' / 'troops were deployed to help Y': AID X -> Y."""
    for child in token.children:
        if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in (
            "assist",
            "help",
            "support",
            "aid",
            "reinforce",
            "back",
        ):
            if not any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children):
                continue
            recipients = [m for o in _children(child, "dobj") for m in index.of(o)]
            recipients = recipients or [  # "to help Libya rebuild the dams"
                m
                for c in _children(child, "ccomp", "xcomp")
                for o in _children(c, "nsubj")
                for m in index.of(o)
            ]
            subject = _subject(token)
            senders = index.of(subject) if subject is not None else []
            if not senders:
                sent = _children(token, "nsubjpass", "dobj")
                senders = [m for s in sent for m in index.of(s)]
            if recipients and senders:
                return senders, recipients
    return None


def helped_actor(token: Token, index: MentionIndex) -> list[Mention]:
    """In 'helping Moscow reclaim territory', Moscow (and the helper) act."""
    head = token.head
    if token.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in ("help", "assist"):
        found = [m for o in _children(head, "dobj", "nsubj") for m in index.of(o) if o.i < token.i]
        helper = _subject(head)
        if helper is not None:
            found += index.of(helper)
        return found
    for child in token.children:
        if child.dep_ == "nsubj":
            return []
    return []


def scene_places(events: list[Event], verbal_types: frozenset[str]) -> None:
    """A physical act whose sentence names no place happened at the story's scene: the
    place of its first physical act with one, when that comes before it ("stormed the Complexo da Maré ... Police
    arrested 31 suspects" -> the arrests at Maré). Verbal acts keep only their own place."""
    scene = None
    for event in sorted(events, key=_start):
        if event.type in verbal_types or event.factuality in ("future", "hypothetical"):
            continue  # words, plans and conditions are not located by the scene
        if event.place is None:
            event.place = scene  # none before the story's first place is named
        scene = scene or event.place


def _start(event: Event) -> int:
    return event.span[0] if event.span else 0


def retaliation_target(event: Event, earlier: list[Event], hostile: frozenset[str]) -> list[Actor]:
    """A threat that names no one ("vowed a decisive response", "reserved the right to
    respond") is aimed at whoever last acted with hostility against the threatener."""
    own = {a.country for a in event.actor if a.country}
    for before in reversed(earlier):
        if before.type not in hostile:
            continue
        doers = [a for a in before.actor if a.country and a.country not in own]
        if doers and own & {a.country for a in before.recipient}:
            return doers
    return []
