"""Sourcing round twenty-six, a second batch: the classes of error of the round26b-* articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from mediakit.metrics.sourcing.resolve import _name_keys
from tests.metrics.sourcing_rows import class_kind_resolved, pairs, rule_cues


# --- classes: a vague quantifier before a collective noun of people ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        pytest.param("Some staff fear the depot will shut in spring.", "Some staff", "vague", id="some-staff"),
        pytest.param("Many personnel say the base is too cold.", "Many personnel", "vague", id="many-personnel"),
        pytest.param("Some crew said the ferry left late.", "Some crew", "vague", id="some-crew"),
        pytest.param("The staff fear the depot will shut in spring.", "The staff", "role", id="neg-the-staff"),
        pytest.param("Several staff said the depot would shut.", "Several staff", "role", id="neg-several-staff"),
    ],
)
def test_sourcing_vague_quantifier_collective_people(text, source, expected):
    cue = text.split(source, 1)[1].split()[0]
    assert class_kind_resolved(text, cue, source)[0] == expected


# --- classes: anonymity by "on condition that ... be identified" with a longer subject -----------------------------
@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        pytest.param(
            "A county planner, who spoke on condition that neither he nor his office be identified, said the road "
            "would close.",
            "A county planner, who spoke on condition that neither he nor his office be identified",
            "unnamed",
            id="neither-nor",
        ),
        pytest.param(
            "A prison guard, who spoke on condition that her name not be used, said the wing was full.",
            "A prison guard, who spoke on condition that her name not be used",
            "unnamed",
            id="her-name-not-used",
        ),
        pytest.param(
            "A county planner, who spoke at length about the scheme, said the road would close.",
            "A county planner, who spoke at length about the scheme",
            "role",
            id="neg-no-condition",
        ),
    ],
)
def test_sourcing_anonymity_condition_long_subject(text, source, expected):
    assert class_kind_resolved(text, "said", source)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A ranger, who spoke on condition that neither she nor her crew be identified, said the trail was shut.",
            ["said"],
            id="identified-in-formula",
        ),
        pytest.param("The inquiry identified three failures, the report said.", ["identified", "said"], id="neg-finding"),
    ],
)
def test_sourcing_anonymity_formula_no_cue(text, expected):
    assert [c for c in rule_cues(text, lower=True) if c in ("identified", "said")] == expected


# --- classes: a body's name ending in Police / Standards, also as a possessive -----------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "expected"),
    [
        pytest.param(
            "Trading Standards officers at Hallam Council said they had seized the toys.",
            "said",
            "Trading Standards officers at Hallam Council",
            "role",
            id="trading-standards-officers",
        ),
        pytest.param(
            "Rowe Valley Police's dog unit was called. Police have appealed for witnesses.",
            "appealed",
            "Police",
            "organisation",
            id="police-possessive",
        ),
        pytest.param(
            "Border Force officers at Dunport said they had found the lorry.",
            "said",
            "Border Force officers at Dunport",
            "role",
            id="neg-border-force",
        ),
    ],
)
def test_sourcing_body_name_endings_no_person(text, cue, source, expected):
    cls, _kind, resolved = class_kind_resolved(text, cue, source)
    assert (cls, resolved) == (expected, "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ashby Police's", (), id="police"),
        pytest.param("Kellow County Council's", (), id="council"),
        pytest.param("Marcus Jordan's", (("jordan", "Marcus Jordan", 0),), id="neg-country-surname"),
        pytest.param("Ruth Court's", (("court", "Ruth Court", 0),), id="neg-court-surname"),
    ],
)
def test_sourcing_body_possessive_no_surname(text, expected):
    assert _name_keys(text) == expected


# --- classes: a titled name "of" a body's possessive unit ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        pytest.param(
            "Sergeant Ola Brandt of Wexley Police's road policing unit said the lane was shut.",
            "Sergeant Ola Brandt of Wexley Police's road policing unit",
            ("named", "Ola Brandt"),
            id="sergeant-of-unit",
        ),
        pytest.param(
            "Inspector Ivo Marsh of Dunmore Police's burglary team said two men were held.",
            "Inspector Ivo Marsh of Dunmore Police's burglary team",
            ("named", "Ivo Marsh"),
            id="inspector-of-team",
        ),
        pytest.param(
            "The head of the council's planning team said the plans were late.",
            "The head of the council's planning team",
            ("role", ""),
            id="neg-role-of-unit",
        ),
    ],
)
def test_sourcing_titled_name_of_body_unit(text, source, expected):
    cls, _kind, resolved = class_kind_resolved(text, "said", source)
    assert (cls, resolved) == expected


# --- not sources: weather nouns are things -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The weather threatened to close the lanes by noon.", [("threatened", "")], id="weather"),
        pytest.param(
            "The weather forecaster warned of gales.", [("warned", "The weather forecaster")], id="neg-forecaster"
        ),
    ],
)
def test_sourcing_weather_no_source(text, expected):
    assert pairs(text) == expected


# --- spans: "steward" is a person noun ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A steward at the north gate, a retired nurse from Elmby, said the queue was long.",
            [("said", "A steward at the north gate, a retired nurse from Elmby")],
            id="steward-apposition",
        ),
        pytest.param("Stewards said the gates would open at noon.", [("said", "Stewards")], id="stewards"),
        pytest.param(
            "The stewardship of the park was praised, the trust said.", [("said", "the trust")], id="neg-stewardship"
        ),
    ],
)
def test_sourcing_steward_person_noun(text, expected):
    assert pairs(text) == expected


# --- nesting: a study's subjects "reported" a measure inside the finding's content --------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The study found that walkers who rested also reported less back pain.",
            [("found", "The study")],
            id="found-reported-less",
        ),
        pytest.param(
            "The survey showed that drivers reported fewer near misses after the change.",
            [("showed", "The survey")],
            id="showed-reported-fewer",
        ),
        pytest.param(
            "Wardens said visitors reported more litter in June.",
            [("said", "Wardens"), ("reported", "visitors")],
            id="neg-said-reported",
        ),
        pytest.param(
            "Farmers reported more lamb deaths this spring.", [("reported", "Farmers")], id="neg-plain-reported"
        ),
    ],
)
def test_sourcing_reported_measure_in_finding(text, expected):
    assert pairs(text) == expected


# --- spans: a person or group noun placed "in" a place that is itself placed "in" a town ---------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nurses in a ward in Dunmere said the heating had failed.",
            [("said", "Nurses in a ward in Dunmere")],
            id="nurses-ward-town",
        ),
        pytest.param(
            "Families in the cottages in Elm Vale say the lane floods.",
            [("say", "Families in the cottages in Elm Vale")],
            id="families-cottages-village",
        ),
        pytest.param(
            "The party won a seat in a town in Kestle, officials said.",
            [("said", "officials")],
            id="neg-object-chain",
        ),
    ],
)
def test_sourcing_in_chain_after_person(text, expected):
    assert pairs(text) == expected
