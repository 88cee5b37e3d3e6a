"""Quotes: direct and reported speech, on hand-written sentences."""

from __future__ import annotations


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
