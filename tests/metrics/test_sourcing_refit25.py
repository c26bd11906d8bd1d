"""Sourcing round twenty-five, the refit: "dispute" as a rule cue, and thing nouns in "-er(s)" (docs/sourcing.md, "Round twenty-five, the refit").

Refitting the cue model on the round's rules dropped a learned "disputed" with a pronoun object ("The
union disputed that."), a stance on the statement before it. The verb forms are now rule cues; the
base form "dispute" (mostly the noun) stays out, and "disputes" is noun-ambiguous (a cue only after a
subject-like word). Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import rule_cues

DISPUTE_CUES = [
    pytest.param(
        "The tenants' union disputed that. The landlord did not reply.", "disputed", id="pronoun-object"
    ),
    pytest.param("The ferry company disputed the figures in the audit.", "disputed", id="object"),
    pytest.param("Councillor Ada Pell is disputing the parking fines.", "disputing", id="progressive"),
    pytest.param("The fines were disputed by the drivers' club.", "disputed", id="passive-agent"),
]


@pytest.mark.parametrize(("text", "cue"), DISPUTE_CUES)
def test_sourcing_refit25_dispute_cue(text: str, cue: str) -> None:
    assert cue in rule_cues(text, lower=True)


DISPUTE_NOT_CUES = [
    pytest.param("The disputed border crossing reopened on Monday.", id="adjective"),
    pytest.param("Disputes over grazing rights are common in the valley.", id="plural-noun"),
    pytest.param("The dispute over the harbour wall is in its third year.", id="noun"),
]


@pytest.mark.parametrize("text", DISPUTE_NOT_CUES)
def test_sourcing_refit25_dispute_noun_no_cue(text: str) -> None:
    assert not any(c.startswith("disput") for c in rule_cues(text, lower=True))


# --- water and other thing nouns ending in "-er(s)" are no people (seen in the example report) ---
THING_SUBJECTS = [
    pytest.param("Families fled as raging floodwaters threatened to swamp the village.", id="floodwaters"),
    pytest.param("The stormwater threatened to flood the underpass.", id="stormwater"),
    pytest.param("The filters suggest the pump has failed.", id="filters"),
]


@pytest.mark.parametrize("text", THING_SUBJECTS)
def test_sourcing_refit25_thing_noun_no_source(text: str) -> None:
    import mediakit

    assert list(mediakit.sources(text)["source"].loc[lambda s: s != ""]) == []


PEOPLE_IN_ER = [
    pytest.param("The dockers said the strike would go on.", "The dockers", id="dockers"),
    pytest.param("Angry villagers threatened to block the lane.", "Angry villagers", id="villagers"),
]


@pytest.mark.parametrize(("text", "source"), PEOPLE_IN_ER)
def test_sourcing_refit25_er_people_stay_sources(text: str, source: str) -> None:
    import mediakit

    assert source in list(mediakit.sources(text)["source"])
