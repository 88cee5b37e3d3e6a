"""Quotes: direct and reported speech, on hand-written sentences."""

from __future__ import annotations

import pytest


def _reported(quotes):
    return [q for q in quotes if not q["direct"]]


def test_a_quoted_phrase_inside_reported_speech_is_one_quote(analyze):
    text = (
        'A navy spokeswoman said the manoeuvres were "a routine matter of national defence" '
        "and that no ships had been fired on."
    )
    quotes = analyze(text)["quotes"]
    assert len(quotes) == 1, quotes
    assert not quotes[0]["direct"] and "routine matter" in quotes[0]["text"]
    assert "no ships had been fired on" in quotes[0]["text"]


def test_a_quoted_phrase_goes_to_the_subject_of_its_clause(analyze):
    text = "Ghana's foreign ministry rejected the report as \u201cbaseless propaganda\u201d."
    quotes = analyze(text)["quotes"]
    assert [q["text"] for q in quotes] == ["baseless propaganda"]
    assert "foreign ministry" in quotes[0]["speaker"]


def test_two_that_clauses_are_one_reported_quote(analyze):
    text = (
        "The mayor said that five houses had burned, and that the road to the airport was closed."
    )
    (quote,) = _reported(analyze(text)["quotes"])
    assert "five houses" in quote["text"] and "airport was closed" in quote["text"]


def test_reported_speech_stops_at_another_speakers_clause(analyze):
    text = (
        "The minister said 12 people were arrested, while opposition groups put the number at 40."
    )
    quotes = _reported(analyze(text)["quotes"])
    assert any(q["text"] == "12 people were arrested" for q in quotes), quotes


def test_a_lawyer_is_a_speaker(analyze):
    text = "His lawyer said the journalist was innocent and would appeal the verdict."
    (quote,) = _reported(analyze(text)["quotes"])
    assert quote["speaker"] == "His lawyer"


def test_reported_speech_keeps_its_joined_clauses(analyze):
    cases = [
        (
            "The governor said four people had drowned and about 900 had fled their homes "
            "near Beira.",
            "about 900 had fled",
        ),
        (
            "Her lawyer said the activist was freed on Tuesday after a judge fined her "
            "50,000 rupees.",
            "after a judge fined her",
        ),
        ("Union officials said the stoppage would go on until the pay rise reached 25%.", "25%"),
        ("A spokesman said Rome regretted the move but would not retaliate.", "not retaliate"),
    ]
    for text, words in cases:
        quotes = _reported(analyze(text)["quotes"])
        assert any(words in q["text"] for q in quotes), (text, quotes)


def test_reported_speech_stops_at_a_contrasting_clause(analyze):
    text = "The mayor said the bridge was closed, but police said it had reopened by noon."
    quotes = _reported(analyze(text)["quotes"])
    assert any(q["text"] == "the bridge was closed" for q in quotes), quotes


def _direct(quotes):
    return [q for q in quotes if q["direct"]]


def test_he_or_she_is_the_last_named_person_not_an_institution(analyze):
    cases = [
        (
            "Health Minister Anna Berg said the clinics would reopen. The interior ministry said "
            'roads were closed. "We will rebuild every hospital," she told reporters.',
            "Anna Berg",
        ),
        (
            "The Kenyan foreign ministry issued a statement on Monday. President William Ruto "
            'visited the border. "Our soldiers will stay until the job is done," he said.',
            "William Ruto",
        ),
    ]
    for text, speaker in cases:
        (quote,) = _direct(analyze(text)["quotes"])
        assert speaker in quote["speaker"], (text, quote)


def test_a_pronoun_speaker_may_be_a_person_who_has_not_spoken_yet(analyze):
    text = (
        "Mayor Tomasz Nowak inspected the flooded districts on Sunday. "
        '"Nobody will be left without shelter," he said in a statement.'
    )
    (quote,) = _direct(analyze(text)["quotes"])
    assert "Tomasz Nowak" in quote["speaker"], quote


def test_believed_to_or_said_to_is_no_speech(analyze):
    for text in (
        "Armed men believed to belong to a gang opened fire on a bus in Arica.",
        "Two fighters thought to be members of al-Shabaab were arrested in Garissa.",
        "The commander, who is said to have fled to Mali, was sentenced in absentia.",
    ):
        assert analyze(text)["quotes"] == [], text


def test_quoted_words_ending_reported_speech_are_their_own_quote(analyze):
    for text, said, quoted in [
        (
            "A Kenyan police spokesman said the suspects would be charged \u201cwithin the "
            "next 48 hours\u201d.",
            "the suspects would be charged",
            "within the next 48 hours",
        ),
        (
            'The Chilean minister said her government would not negotiate with the strikers "under '
            'any circumstances".',
            "her government would not negotiate with the strikers",
            "under any circumstances",
        ),
    ]:
        quotes = analyze(text)["quotes"]
        reported = _reported(quotes)
        assert [q["text"] for q in reported] == [said], quotes
        assert [q["text"] for q in quotes if q["direct"]] == [quoted], quotes


def test_a_but_that_clause_is_said_too(analyze):
    for text, tail in [
        (
            "Diplomats said a deal on the ceasefire remained distant but that talks in Doha "
            "would resume next week.",
            "talks in Doha would resume next week",
        ),
        (
            "Economists said the peso had stabilised but that inflation in Argentina could "
            "rise again.",
            "inflation in Argentina could rise again",
        ),
    ]:
        (quote,) = _reported(analyze(text)["quotes"])
        assert quote["text"].endswith(tail), quote


def test_cautioning_and_reiterating_are_speech(analyze):
    for text, said in [
        (
            "Relief workers cautioned that food stocks in Tigray would run out within weeks.",
            "food stocks in Tigray would run out within weeks",
        ),
        (
            "The Norwegian envoy reiterated that Oslo would keep funding the talks in Bogota.",
            "Oslo would keep funding the talks in Bogota",
        ),
    ]:
        (quote,) = _reported(analyze(text)["quotes"])
        assert quote["text"] == said, quote


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # a 'that' clause the parser hung on the noun after the speech verb is what was said
        (
            "Governor Jean-Pierre Mbala told reporters after the session that the militia had "
            "killed 12 farmers near Beni.",
            "Mbala",
            "the militia had killed 12 farmers near Beni",
        ),
        (
            "Senator Ana Souza told journalists after a meeting in Brasilia that the army "
            "believed 400 troops had crossed the border.",
            "Souza",
            "the army believed 400 troops had crossed the border",
        ),
        (
            "Lawmaker Park Min-jae told reporters after a closed-door briefing that the spy "
            "agency believed 1,500 fresh troops had been deployed.",
            "Park Min-jae",
            "the spy agency believed",
        ),
    ],
)
def test_a_that_clause_hung_on_the_briefing_is_said(analyze, text, speaker, said):
    quotes = _reported(analyze(text)["quotes"])
    hit = [q for q in quotes if speaker in q["speaker"]]
    assert hit and hit[0]["text"].startswith(said), quotes
    assert "told" not in hit[0]["text"], quotes


# --- Session 4: "X, who said ...": the relative clause's speaker is X -----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Floods hit the district of Kisumu on Monday. At least nine people died, according "
            "to a district official, Juma Mwangi, who said 30 houses had been washed away.",
            "Juma Mwangi",
        ),
        (
            "The strike was called off by the union leader Maria Duarte, who said the workers "
            "had won a 12% raise.",
            "Maria Duarte",
        ),
    ],
)
def test_a_relative_who_said_speaks_for_its_noun(analyze, text, speaker):
    quotes = [q for q in analyze(text)["quotes"] if not q["direct"]]
    assert any(speaker in q["speaker"] for q in quotes), quotes
