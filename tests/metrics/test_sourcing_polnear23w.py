"""Sourcing round twenty-four: new cue words (speech, belief and stance verbs outside the lexicon).

Mined from PolNeAR train (docs/sourcing.md, "Round twenty-four, PolNeAR: new cue words"); every
sentence here is invented. Each verb is a rule cue now (the learned model is switched off to show
it), with its cue type; look-alikes that are no cue (an adjective, a name, a noun) stay out.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import rule_cues, table

NEW_CUES = [
    pytest.param(
        "The harbour master uttered a warning about the tides before the regatta.", "uttered", id="uttered"
    ),
    pytest.param(
        "The mayor of Dunmore reaffirmed that the library would stay open.", "reaffirmed", id="reaffirmed"
    ),
    pytest.param('"Not this week," the ferry captain interjected.', "interjected", id="interjected"),
    pytest.param(
        "Councillor Brenna Tolt lambasted the bus company for the late timetable.",
        "lambasted",
        id="lambasted",
    ),
    pytest.param("The club chairman derided the plan as a waste of money.", "derided", id="derided"),
    pytest.param(
        "The minister heralded the new bridge as a turning point for Halden.", "heralded", id="heralded"
    ),
    pytest.param("Farmers in the valley groused that the grants came too late.", "groused", id="groused"),
    pytest.param("The candidate preaches a gospel of thrift at every stop.", "preaches", id="preaches"),
    pytest.param("The union proclaimed the strike a success.", "proclaimed", id="proclaimed"),
    pytest.param("The striker confessed that he had not seen the ball.", "confessed", id="confessed"),
    pytest.param("The coach scoffed at the idea of a transfer.", "scoffed", id="scoffed"),
    pytest.param("The auditor castigated the board for its spending.", "castigated", id="castigated"),
    pytest.param("The senator insinuated that the count had been rigged.", "insinuated", id="insinuated"),
    pytest.param("The report implied that the council had known for months.", "implied", id="implied"),
    pytest.param("The headteacher scolded the parents for parking on the grass.", "scolded", id="scolded"),
    pytest.param("The ferry company refuted the claim in a short letter.", "refuted", id="refuted"),
    pytest.param("The judge commended the jurors for their patience.", "commended", id="commended"),
    pytest.param("The family implored the drivers to slow down near the school.", "implored", id="implored"),
    pytest.param("The bishop exhorted the congregation to give generously.", "exhorted", id="exhorted"),
    pytest.param("The owner fumed that the repairs had taken a year.", "fumed", id="fumed"),
    pytest.param("The visitors taunted the home fans after the second goal.", "taunted", id="taunted"),
    pytest.param("The mayor deplored the damage to the war memorial.", "deplored", id="deplored"),
    pytest.param("The manager belittled the cup as a distraction.", "belittled", id="belittled"),
    pytest.param("Many residents interpreted the letter as a threat.", "interpreted", id="interpreted"),
    pytest.param("The architect envisions a square with fountains and trees.", "envisions", id="envisions"),
    pytest.param("The fisherman reckons the season will be short.", "reckons", id="reckons"),
    pytest.param("The inspectors surmised that the fire began in the kitchen.", "surmised", id="surmised"),
    pytest.param("The board pondered whether to sell the stadium.", "pondered", id="pondered"),
    pytest.param("The author regrets that the book was published so late.", "regrets", id="regrets"),
    pytest.param("Many shopkeepers resent the new parking charges.", "resent", id="resent"),
    pytest.param("The young players admire the captain's calm.", "admire", id="admire"),
    pytest.param("The veteran relished the chance to face his old club.", "relished", id="relished"),
    pytest.param("Two neighbours vouched for the accused man.", "vouched", id="vouched"),
    pytest.param("The comedian satirized the council's new parking rules.", "satirized", id="satirized"),
    pytest.param("The winning captain gloated about the margin of victory.", "gloated", id="gloated"),
    pytest.param("The mayor extolled the virtues of the new tram line.", "extolled", id="extolled"),
    pytest.param("The witness recanted his account of the night of the fire.", "recanted", id="recanted"),
    pytest.param("The magazine retracted its claim about the Halden mill.", "retracted", id="retracted"),
    pytest.param("Many farmers distrust the new grain board.", "distrust", id="distrust"),
    pytest.param("The board agonized over the closure of the village school.", "agonized", id="agonized"),
    pytest.param("The geologists posit that the valley was once a lake.", "posit", id="posit"),
    pytest.param(
        "The researchers hypothesized that the birds follow the river.", "hypothesized", id="hypothesized"
    ),
]


@pytest.mark.parametrize(("text", "cue"), NEW_CUES)
def test_sourcing_new_cue_words_are_rule_cues(text: str, cue: str) -> None:
    assert cue in rule_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The final was an utter mess from start to finish.", id="utter-adjective"),
        pytest.param("The Dunmore Herald has a new office on the quay.", id="herald-newspaper-name"),
        pytest.param("The moor is home to grouse, hares and curlews.", id="grouse-bird"),
        pytest.param("Toxic fumes filled the tunnel after the lorry caught fire.", id="fumes-noun"),
        pytest.param("The club faces a reckoning after three years of losses.", id="reckoning-noun"),
        pytest.param("Her regrets were many and her savings few.", id="regrets-after-determiner"),
        pytest.param("The taunts from the stands were audible on the pitch.", id="taunts-after-determiner"),
        pytest.param(
            "The distrust between the two ferry clubs runs deep.", id="distrust-noun-after-determiner"
        ),
    ],
)
def test_sourcing_new_cue_words_look_alikes_are_no_cues(text: str) -> None:
    assert rule_cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "cue_type", "cited"),
    [
        pytest.param(
            "The harbour master uttered a warning about the tides before the regatta.",
            "uttered",
            "The harbour master",
            "speech",
            True,
            id="uttered-speech",
        ),
        pytest.param(
            "Councillor Brenna Tolt lambasted the bus company for the late timetable.",
            "lambasted",
            "Councillor Brenna Tolt",
            "speech",
            True,
            id="lambasted-speech",
        ),
        pytest.param(
            "Many residents interpreted the letter as a threat.",
            "interpreted",
            "Many residents",
            "belief",
            False,
            id="interpreted-belief",
        ),
        pytest.param(
            "The fisherman reckons the season will be short.",
            "reckons",
            "The fisherman",
            "belief",
            False,
            id="reckons-belief",
        ),
        pytest.param(
            "The researchers hypothesized that the birds follow the river.",
            "hypothesized",
            "The researchers",
            "belief",
            False,
            id="hypothesized-belief",
        ),
        pytest.param(
            "Two neighbours vouched for the accused man.",
            "vouched",
            "Two neighbours",
            "stance",
            False,
            id="vouched-stance",
        ),
    ],
)
def test_sourcing_new_cue_words_rows(text: str, cue: str, source: str, cue_type: str, cited: bool) -> None:
    rows = [r for r in table(text).itertuples() if r.cue == cue]
    assert [(r.source, r.cue_type, bool(r.cited)) for r in rows] == [(source, cue_type, cited)]


# --- "feel" as a belief: with "that" or a clause (subject, then a finite verb); not a sensation ----------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Coach Dan Reyes felt his players deserved more from the referee.", "felt", id="felt-clause"
        ),
        pytest.param("Ms Ortega felt that the vote had been rushed.", "felt", id="felt-that"),
        pytest.param("The warden feels the park is too crowded in August.", "feels", id="feels-the-clause"),
        pytest.param("Many parents feel they were not consulted.", "feel", id="feel-pronoun-clause"),
    ],
)
def test_sourcing_feel_with_a_clause_is_a_belief(text: str, cue: str) -> None:
    assert cue in rule_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hikers felt the cold wind on the ridge.", id="felt-a-thing"),
        pytest.param("The goalkeeper felt tired after the match.", id="felt-a-state"),
        pytest.param("Residents felt the ground shake on Sunday night.", id="felt-a-tremor"),
        pytest.param("It felt like a win for the visitors.", id="felt-like"),
        pytest.param("There was a feeling that the season was over.", id="feeling-noun"),
    ],
)
def test_sourcing_feel_as_a_sensation_is_no_cue(text: str) -> None:
    assert not any(c.lower().startswith(("feel", "felt")) for c in rule_cues(text))
