"""Sourcing round twenty-five, a second pass at PolNeAR cue recall (feelings, "came out against", "take issue").

Mined from PolNeAR train (docs/sourcing.md, "Round twenty-five, PolNeAR: cue recall, a second pass");
every sentence here is invented. Each rule has positive sentences and negative ones: look-alikes the
rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import rule_cues

# --- a feeling adjective after a copula, with its content ("that", "about", "to learn") ---
FEELING_CUES = [
    pytest.param("The growers are concerned about the new water quotas.", "concerned", id="concerned"),
    pytest.param(
        "Councillor Mira Dale is confident that the bridge will open in May.", "confident", id="confident"
    ),
    pytest.param("The ferry crews are nervous about the winter timetable.", "nervous", id="nervous"),
    pytest.param("The head teacher was adamant that the library stays open.", "adamant", id="adamant"),
    pytest.param("I am glad that the council listened to the tenants.", "glad", id="glad"),
    pytest.param(
        "The anglers were disappointed to learn that the lake stays closed.",
        "disappointed",
        id="disappointed",
    ),
    pytest.param("The residents of Harrowfield are hopeful that the mill reopens.", "hopeful", id="hopeful"),
    pytest.param("The bakers' guild is skeptical about the new flour levy.", "skeptical", id="skeptical"),
]


@pytest.mark.parametrize(("text", "cue"), FEELING_CUES)
def test_sourcing_polnear25d_feeling_cue(text: str, cue: str) -> None:
    assert cue in rule_cues(text, lower=True)


FEELING_NOT_CUES = [
    pytest.param(
        "The concerned parents met at the school gate on Friday.", "concerned", id="concerned-modifier"
    ),
    pytest.param("We would be glad to hear from any witnesses.", "glad", id="glad-hypothetical"),
    pytest.param("The captain was confident in the new crew.", "confident", id="confident-target"),
    pytest.param("The nervous pony refused the last fence.", "nervous", id="nervous-modifier"),
    pytest.param("The ruling is a matter that few are happy with.", "happy", id="happy-no-content"),
    pytest.param("The dog was afraid of the thunder.", "afraid", id="afraid-cause"),
]


@pytest.mark.parametrize(("text", "word"), FEELING_NOT_CUES)
def test_sourcing_polnear25d_feeling_not_cue(text: str, word: str) -> None:
    assert word not in rule_cues(text, lower=True)


# --- "came out against / in favour of / in support of", "take(s) issue with": a stance taken ---
STANCE_PHRASES = [
    pytest.param(
        "The farmers' union came out against the new levy.", "came out against", id="came-out-against"
    ),
    pytest.param(
        "Two former mayors have come out strongly in favour of the tram line.",
        "come out strongly in favour of",
        id="come-out-in-favour",
    ),
    pytest.param(
        "The bishop comes out in support of the striking nurses.",
        "comes out in support of",
        id="comes-out-in-support",
    ),
    pytest.param("The auditor takes issue with the board's figures.", "takes issue with", id="takes-issue"),
    pytest.param("Several members have taken issue with the new rota.", "taken issue with", id="taken-issue"),
]


@pytest.mark.parametrize(("text", "cue"), STANCE_PHRASES)
def test_sourcing_polnear25d_stance_phrase(text: str, cue: str) -> None:
    assert cue in rule_cues(text, lower=True)


STANCE_NOT_PHRASES = [
    pytest.param("The sun came out against all odds on the day of the fair.", id="sun-came-out-against-odds"),
    pytest.param("The rookie came out against the expectations of the coaches.", id="against-expectations"),
    pytest.param("The report came out in the spring of last year.", id="report-came-out"),
    pytest.param("The ducks came out of the reeds at dawn.", id="came-out-of"),
    pytest.param("The new bakery takes orders for weddings.", id="takes-orders"),
    pytest.param("The quarterly issue with the gardening supplement is out.", id="issue-noun"),
]


@pytest.mark.parametrize("text", STANCE_NOT_PHRASES)
def test_sourcing_polnear25d_stance_not_phrase(text: str) -> None:
    cues = rule_cues(text, lower=True)
    assert not any(c.startswith(("came out", "come out", "comes out")) or "issue" in c for c in cues)
