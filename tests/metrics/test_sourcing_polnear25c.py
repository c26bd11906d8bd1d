"""Sourcing round twenty-five: PolNeAR cue recall (new cue words, "make the case", a base-form stance verb).

Mined from PolNeAR train (docs/sourcing.md, "Round twenty-five, PolNeAR: cue recall"); every sentence
here is invented. Each rule has positive sentences (with their source where the row has one) and
negative ones: look-alikes the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import first_source, rule_cues, table

# --- new speech and belief verbs ---
NEW_CUES = [
    pytest.param("The coach alluded to a rift in the dressing room.", "alluded", id="alluded"),
    pytest.param("The minister outlines her plans for the coastal road.", "outlines", id="outlines"),
    pytest.param("The candidate recited the list of closed clinics.", "recited", id="recited"),
    pytest.param("Councillor Aster Penn savaged the budget as reckless.", "savaged", id="savaged"),
    pytest.param("The union is hailing the deal as a victory for the dockers.", "hailing", id="hailing"),
    pytest.param(
        "The bishop is articulating his fears for the village school.", "articulating", id="articulating"
    ),
    pytest.param("The party repudiated the remarks of its former chairman.", "repudiated", id="repudiated"),
    pytest.param("The survivor is recounting the night the dam broke.", "recounting", id="recounting"),
    pytest.param("The council trumpeted the new cycle lanes.", "trumpeted", id="trumpeted"),
    pytest.param("The owner brags about the size of the catch.", "brags", id="brags"),
    pytest.param("The critic gushed about the new opera house.", "gushed", id="gushed"),
    pytest.param("The visitors marveled at the speed of the repairs.", "marveled", id="marveled"),
    pytest.param("The auditor critiqued the board's handling of the fund.", "critiqued", id="critiqued"),
    pytest.param("Many shopkeepers disliked the new parking rules.", "disliked", id="disliked"),
]


@pytest.mark.parametrize(("text", "cue"), NEW_CUES)
def test_sourcing_round25_new_cue_words_are_rule_cues(text: str, cue: str) -> None:
    assert cue in rule_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The cyclist leaned on the rail of the old bridge.", id="rail-noun"),
        pytest.param("A child fell against the railing of the pier.", id="railing-noun"),
        pytest.param("The storm brought hail and thunder to Halden.", id="hail-weather"),
        pytest.param("A recount of the ballots in Ward 3 begins on Monday.", id="recount-noun"),
        pytest.param("The band's trumpet player lives in Corvale.", id="trumpet-instrument"),
        pytest.param("The savage winter closed the mountain pass.", id="savage-adjective"),
        pytest.param("The new librarian is an articulate young woman.", id="articulate-adjective"),
    ],
)
def test_sourcing_round25_new_cue_words_look_alikes_are_no_cues(text: str) -> None:
    assert rule_cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "cue_type"),
    [
        pytest.param(
            "The union is hailing the deal as a victory for the dockers.",
            "hailing",
            "The union",
            "speech",
            id="hailing-speech",
        ),
        pytest.param(
            "Many shopkeepers disliked the new parking rules.",
            "disliked",
            "Many shopkeepers",
            "belief",
            id="disliked-belief",
        ),
    ],
)
def test_sourcing_round25_new_cue_words_rows(text: str, cue: str, source: str, cue_type: str) -> None:
    t = table(text)
    rows = [r for r in t.itertuples() if r.cue == cue]
    assert rows, t[["cue", "source"]].values.tolist()
    assert (rows[0].source, rows[0].cue_type) == (source, cue_type)


# --- "make the case", "make an argument", "made the point that", "made no secret of", "took credit for" ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Senator Ilse Marr made the case that the tunnel would pay for itself.",
            "made the case",
            "Senator Ilse Marr",
            id="made-the-case",
        ),
        pytest.param(
            "The ferry union is making an urgent case to the council for a night service.",
            "making an urgent case",
            "The ferry union",
            id="making-an-adjective-case",
        ),
        pytest.param(
            "The mayor will make her case to the regional board next week.",
            "make her case",
            "The mayor",
            id="make-her-case",
        ),
        pytest.param(
            "The harbour master made the point that the channel silts up every spring.",
            "made the point that",
            "The harbour master",
            id="made-the-point-that",
        ),
        pytest.param(
            "The growers made the same argument about the new water tariff.",
            "made the same argument",
            "The growers",
            id="made-the-same-argument",
        ),
        pytest.param(
            "Coach Ruben Alt has made no secret of his wish to leave the club.",
            "made no secret of",
            "Coach Ruben Alt",
            id="made-no-secret-of",
        ),
        pytest.param(
            "The regional council took credit for the fall in burglaries.",
            "took credit for",
            "The regional council",
            id="took-credit-for",
        ),
    ],
)
def test_sourcing_round25_make_the_case_is_a_speech_cue(text: str, cue: str, source: str) -> None:
    assert cue in rule_cues(text)
    assert first_source(text, cue) == source
    t = table(text)
    assert next(r.cue_type for r in t.itertuples() if r.cue == cue) in ("speech", "stance")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The court made the case a priority for the spring session.", id="case-object"),
        pytest.param("The referee tried to make a point with his whistle.", id="make-a-point-gesture"),
        pytest.param("The students make their way to the harbour every morning.", id="make-their-way"),
        pytest.param("The storm made the news in three countries.", id="made-the-news"),
    ],
)
def test_sourcing_round25_make_without_case_or_argument_is_no_cue(text: str) -> None:
    assert rule_cues(text) == []


# --- "view" with a manner of judging ("favorably", "with suspicion") is a belief ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Most anglers view the new quota favorably.", "view", "Most anglers", id="view-favorably"
        ),
        pytest.param(
            "Many farmers view the grain board with suspicion.",
            "view",
            "Many farmers",
            id="view-with-suspicion",
        ),
        pytest.param(
            "The mayor is viewed more positively by older residents.",
            "viewed",
            "older residents",
            id="viewed-positively",
        ),
    ],
)
def test_sourcing_round25_view_with_manner_is_a_belief(text: str, cue: str, source: str) -> None:
    assert cue in rule_cues(text)
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Visitors viewed the paintings in silence.", id="viewed-watching"),
        pytest.param("The film was viewed 40,000 times in a week.", id="viewed-count"),
    ],
)
def test_sourcing_round25_view_without_judgement_is_no_cue(text: str) -> None:
    assert rule_cues(text) == []


# --- a base-form stance verb with its object after any subject ("Men under 35 support Ms Lind") ---
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Women over 60 support Ms Lind by a wide margin.", "support", id="support-name"),
        pytest.param(
            "About two-thirds support a ban on night flights over Halden.", "support", id="support-share"
        ),
        pytest.param(
            "Majorities in every ward favor a new bridge over the Dunn.", "favor", id="favor-determiner"
        ),
        pytest.param("The more the fares rise, the more commuters fear the worst.", "fear", id="fear-the"),
        pytest.param(
            "Fishing crews in the north blame the council for the silted channel.", "blame", id="blame-the"
        ),
        pytest.param(
            "Local papers estimate Ms Lind needs 40 percent of the vote.", "estimate", id="estimate-name"
        ),
    ],
)
def test_sourcing_round25_stance_verb_with_object_is_a_cue(text: str, cue: str) -> None:
    assert cue in rule_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The vote passed with strong support Tuesday.", id="support-weekday"),
        pytest.param("The motion won broad support from the unions.", id="support-from"),
        pytest.param("Three councillors voted in favor Tuesday night.", id="in-favor-weekday"),
        pytest.param("Ms Lind has 48 percent support in the north.", id="percent-support-in"),
        pytest.param("The mayor's Support Grows In Poll.", id="possessive-title-case"),
    ],
)
def test_sourcing_round25_stance_noun_is_no_cue(text: str) -> None:
    assert rule_cues(text) == []


# --- a cue form that needs a next word ("read:", "charged that", "added that") right after the quotation it reports ---
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            '"The ferry will run all winter," read the statement from the harbour board.',
            "read",
            id="read-the",
        ),
        pytest.param(
            '"Nobody asked the fishermen," Brenna Tolt charged at the meeting.', "charged", id="name-charged"
        ),
        pytest.param('"We are not finished," Ms Lind added to reporters.', "added", id="name-added-to"),
    ],
)
def test_sourcing_round25_form_after_its_quotation_is_a_cue(text: str, cue: str) -> None:
    assert cue in rule_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'He left the hall early. "It is over." Read the full report on page 4.', id="read-after-full-stop"
        ),
        pytest.param('The sign said "closed" and the clerk charged a fee for parking.', id="charged-a-fee"),
    ],
)
def test_sourcing_round25_form_after_unrelated_quotation_is_no_cue(text: str) -> None:
    assert "read" not in rule_cues(text) and "Read" not in rule_cues(text)
    assert "charged" not in rule_cues(text)


# --- "note" after a subject pronoun or a plural person noun is the verb, with or without "that" ---
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "Local historians note the bridge was rebuilt twice.", "Local historians", id="historians-note"
        ),
        pytest.param(
            "What is more, they note, the ferry never ran at a profit.", "they", id="they-note-comma"
        ),
    ],
)
def test_sourcing_round25_note_after_subject_is_a_cue(text: str, source: str) -> None:
    assert "note" in rule_cues(text)
    assert first_source(text, "note") == source


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The yield on the ten-year Treasury note fell on Monday.", id="treasury-note"),
        pytest.param("The manager left a note on the counter.", id="a-note"),
    ],
)
def test_sourcing_round25_note_as_noun_is_no_cue(text: str) -> None:
    assert "note" not in rule_cues(text)
