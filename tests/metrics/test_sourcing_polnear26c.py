"""Sourcing round twenty-six: PolNeAR cue recall, new cue words and phrases (single words, word + particle).

Mined from PolNeAR train (docs/sourcing.md, "Round twenty-six, PolNeAR: new cue words"); every sentence
here is invented. Each rule has positive sentences (with their source and cue type) and negative ones:
look-alikes the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import rule_cues, table

# --- positives: the rules alone find the cue; the family's row has the source and the cue type ---
POSITIVES = [
    # verbal jabs (a stance, as "took aim at")
    pytest.param(
        "Councillor Mira Odell took a swipe at the harbour board on Monday.",
        "took a swipe at",
        "Councillor Mira Odell",
        "stance",
        id="took-a-swipe-at",
    ),
    pytest.param(
        "The senator has taken several shots at the bypass plan.",
        "taken several shots at",
        "The senator",
        "stance",
        id="taken-several-shots-at",
    ),
    pytest.param(
        "Ms Varga also took a few digs at her predecessor.",
        "took a few digs at",
        "Ms Varga",
        "stance",
        id="took-a-few-digs-at",
    ),
    # mockery
    pytest.param(
        "The comedian Tam Oster poked fun at the new parking rules.",
        "poked fun at",
        "The comedian Tam Oster",
        "speech",
        id="poked-fun-at",
    ),
    # a likening
    pytest.param(
        "Dr Ines Farrow compared the levy to a tax on breathing.",
        "compared the levy to",
        "Dr Ines Farrow",
        "speech",
        id="compared-x-to",
    ),
    # a portrayal
    pytest.param(
        "The mayor painted her rival as a friend of the developers.",
        "painted her rival as",
        "The mayor",
        "speech",
        id="painted-x-as",
    ),
    pytest.param(
        "Jon Hale cast himself as the candidate of the small towns.",
        "cast himself as",
        "Jon Hale",
        "speech",
        id="cast-himself-as",
    ),
    # a critique delivered
    pytest.param(
        "The councillor delivered a blistering critique of the housing plan.",
        "delivered a blistering critique",
        "The councillor",
        "speech",
        id="delivered-a-critique",
    ),
    # remarks made about something
    pytest.param(
        "The minister has made similar comments about the ferry fares.",
        "made similar comments about",
        "The minister",
        "speech",
        id="made-comments-about",
    ),
    pytest.param(
        "The landlord made false claims about the repairs.",
        "made false claims about",
        "The landlord",
        "speech",
        id="made-claims-about",
    ),
    # a stance held harder
    pytest.param(
        "The chairman doubled down on his pledge to close the depot.",
        "doubled down on",
        "The chairman",
        "stance",
        id="doubled-down-on",
    ),
    # railing against something (a stance, as the learned model's "railed against")
    pytest.param(
        "The ferry union rails against the new fees at every meeting.",
        "rails against",
        "The ferry union",
        "stance",
        id="rails-against",
    ),
    # new single words
    pytest.param(
        "The statistics office calculates that 400 homes lie in the flood zone.",
        "calculates",
        "The statistics office",
        "evidence",
        id="calculates-that",
    ),
    pytest.param(
        "The engineer foresaw a long closure of the bridge.",
        "foresaw",
        "The engineer",
        "belief",
        id="foresaw",
    ),
    pytest.param(
        "Several tenants vented about the broken lifts.", "vented", "Several tenants", "speech", id="vented"
    ),
    pytest.param(
        "The auditors concurred with the findings of the review.",
        "concurred",
        "The auditors",
        "speech",
        id="concurred",
    ),
    pytest.param(
        "Lina Marsh wrote to the council, quoting the planning rules.",
        "quoting",
        "Lina Marsh",
        "speech",
        id="quoting",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "cue_type"), POSITIVES)
def test_sourcing_round26_new_cues_are_rule_cues(text: str, cue: str, source: str, cue_type: str) -> None:
    assert cue in rule_cues(text)


@pytest.mark.parametrize(("text", "cue", "source", "cue_type"), POSITIVES)
def test_sourcing_round26_new_cues_have_their_source(text: str, cue: str, source: str, cue_type: str) -> None:
    t = table(text)
    rows = [(r.source, r.cue_type) for r in t.itertuples() if r.cue == cue]
    assert rows == [(source, cue_type)], t[["cue", "source", "cue_type"]].values.tolist()


@pytest.mark.parametrize(
    "text",
    [
        # an attempt, no words: a shot at goal, at a title, at winning
        pytest.param("The striker took a shot at goal in the last minute.", id="shot-at-goal"),
        pytest.param("The young rower will take another shot at the title.", id="shot-at-the-title"),
        pytest.param("The club took a shot at winning the cup.", id="shot-at-winning"),
        # a comparison of figures, no likening by a speaker
        pytest.param("Sales rose by a tenth compared to last year.", id="compared-to-last-year"),
        pytest.param("The harbour fared well compared with the other ports.", id="compared-with"),
        pytest.param("The stadium compares favourably to the old ground.", id="compares-favourably-to"),
        # a vote or a spell cast, a wall painted
        pytest.param("Each member cast a ballot as the bell rang.", id="cast-a-ballot"),
        pytest.param("The storm cast a shadow as long as the pier.", id="cast-a-shadow"),
        # something delivered that is no critique
        pytest.param("The courier delivered a parcel to the depot.", id="delivered-a-parcel"),
        # "calculate" with no finding reported
        pytest.param("It was a calculated risk by the ferry crew.", id="calculated-risk"),
        pytest.param("The clerk is calculating the cost of the repairs.", id="calculating-the-cost"),
        # the nouns "rail", "railing"
        pytest.param("The rail against the harbour wall is loose.", id="rail-noun"),
        pytest.param("A gull sat on the railing against the sea wall.", id="railing-noun"),
        # the nouns "vent", "quote"
        pytest.param("Two air vents as wide as doors line the tunnel.", id="air-vents"),
        pytest.param("A quote from the builder arrived on Tuesday.", id="quote-noun"),
    ],
)
def test_sourcing_round26_new_cues_look_alikes_are_no_cues(text: str) -> None:
    assert rule_cues(text) == []


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # "/" between outlet names inside a poll's name: the medium phrase is still read
        pytest.param(
            "In a Harbour News/Valley Radio poll released Monday, the new toll came last.",
            ["In"],
            id="in-a-joint-poll",
        ),
        # a poll's name with "/" after no "in": no medium phrase
        pytest.param("The Harbour News/Valley Radio poll ran for a week.", [], id="poll-name-alone"),
    ],
)
def test_sourcing_round26_medium_phrase_reads_joint_poll_names(text: str, cues: list[str]) -> None:
    assert rule_cues(text) == cues
