"""Sourcing round twenty-six, PolNeAR cues the context rules dropped (labels, "To X,", poll findings).

Mined from PolNeAR train (docs/sourcing.md, "Round twenty-six, PolNeAR: cues the context rules
dropped"); every sentence here is invented. Each rule has positive sentences and negative ones:
look-alikes the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import pairs, rule_cues

# --- ", stating ...": a participle after a comma reports its subject's words, "that" or not ---
STATING = [
    pytest.param(
        "The harbour master closed the quay, stating on local radio the wall was unsafe.",
        "The harbour master",
        id="stating-bare-clause",
    ),
    pytest.param(
        "The mayor defended the budget, stating the reserves were sufficient.",
        "The mayor",
        id="stating-clause",
    ),
]


@pytest.mark.parametrize(("text", "source"), STATING)
def test_sourcing_polnear26w_stating_after_comma(text: str, source: str) -> None:
    assert ("stating", source) in pairs(text)


STATING_NOT = [
    pytest.param("Stating the obvious is not a policy.", id="gerund-subject"),
    pytest.param("The form asks for a letter stating your address.", id="document-participle"),
]


@pytest.mark.parametrize("text", STATING_NOT)
def test_sourcing_polnear26w_stating_not_cue(text: str) -> None:
    assert "stating" not in rule_cues(text, lower=True)


# --- "show(s)" after a poll or a survey named after its maker: a finding, not people showing a trait ---
POLL_SHOWS = [
    pytest.param(
        "The new Hale Research poll shows Pryce ahead by six points.",
        "The new Hale Research poll",
        id="research-poll",
    ),
    pytest.param(
        "The latest Dunmore Reports poll shows Pryce ahead by six points.",
        "The latest Dunmore Reports poll",
        id="reports-poll",
    ),
]


@pytest.mark.parametrize(("text", "source"), POLL_SHOWS)
def test_sourcing_polnear26w_named_poll_shows(text: str, source: str) -> None:
    assert ("shows", source) in pairs(text)


SHOW_TRAIT = [
    pytest.param("Local fishermen show little interest in the new quota scheme.", id="people-trait"),
    pytest.param("Voters in the valley show no sign of changing their minds.", id="voters-trait"),
]


@pytest.mark.parametrize("text", SHOW_TRAIT)
def test_sourcing_polnear26w_people_show_no_row(text: str) -> None:
    assert "show" not in {c.lower() for c, _ in pairs(text)}


# --- a one-word headline label that is a surname later in the text, though the headline has a cue ---
HEADLINE_SURNAME = [
    pytest.param(
        "Hale: Harbour Plan Will Fail, I Fear\n\nTom Hale told the council on Monday that the plan would fail.",
        "Hale:",
        id="first-name-later",
    ),
    pytest.param(
        "Lind: I Still Believe The Bridge Can Open\n\nMayor Lind spoke in Dunmore on Monday.",
        "Lind:",
        id="title-later",
    ),
]


@pytest.mark.parametrize(("text", "cue"), HEADLINE_SURNAME)
def test_sourcing_polnear26w_headline_surname_label(text: str, cue: str) -> None:
    assert cue in rule_cues(text)


HEADLINE_TOPIC = [
    pytest.param(
        "Ferries: Islanders Fear Winter Cuts\n\nThe ferry board met on Monday.", "Ferries:", id="topic-label"
    ),
    pytest.param(
        "Report: Ferry Fares Will Rise, Officials Say\n\nThe harbour board said fares would rise.",
        "Report:",
        id="report-label",
    ),
]


@pytest.mark.parametrize(("text", "cue"), HEADLINE_TOPIC)
def test_sourcing_polnear26w_headline_topic_label(text: str, cue: str) -> None:
    assert cue not in rule_cues(text)


# --- a transcript turn in capitals after the first sentence, though the turn holds a cue ("I think") ---
TURNS = [
    pytest.param(
        "The interview ran on Sunday.\n\nROE: I think the harbour should stay open.", "ROE:", id="one-word"
    ),
    pytest.param(
        "The interview ran on Sunday.\n\nJANE ROE: I think the harbour should stay open.",
        "JANE ROE:",
        id="two-words",
    ),
    pytest.param(
        "The interview ran on Sunday.\n\nHALE: Do you think the council agrees?", "HALE:", id="question"
    ),
]


@pytest.mark.parametrize(("text", "cue"), TURNS)
def test_sourcing_polnear26w_transcript_turn_with_cue(text: str, cue: str) -> None:
    assert cue in rule_cues(text)


def test_sourcing_polnear26w_heading_label_stays_no_speaker() -> None:
    assert "UPDATE:" not in rule_cues(
        "The town voted on Sunday.\n\nUPDATE: The count was delayed, officials said."
    )


# --- "To X," opening a sentence: X's view, read as "according to" ---
TO_VIEWER = [
    pytest.param("To Ana Pryce, the vote was a warning to the council.", "To", "Ana Pryce", id="name"),
    pytest.param("But to many, the new bridge is a symbol of waste.", "to", "many", id="but-to-many"),
    pytest.param("To Ms. Hale, the closure signals the end of an era.", "To", "Ms. Hale", id="title"),
]


@pytest.mark.parametrize(("text", "cue", "source"), TO_VIEWER)
def test_sourcing_polnear26w_to_viewer(text: str, cue: str, source: str) -> None:
    assert (cue, source) in pairs(text)


TO_NOT_VIEWER = [
    pytest.param("To date, the council has spent four million pounds.", id="to-date"),
    pytest.param("To be sure, the numbers are small.", id="to-be-sure"),
    pytest.param("To Lind's credit, the fares stayed low.", id="possessive"),
    pytest.param("The ferry sails to Harwick, then on to Dunmore.", id="mid-sentence"),
]


@pytest.mark.parametrize("text", TO_NOT_VIEWER)
def test_sourcing_polnear26w_to_not_viewer(text: str) -> None:
    assert "to" not in rule_cues(text, lower=True)


# --- a poll that "has" / "had" a candidate somewhere: its finding ---
POLL_HAS = [
    pytest.param(
        "The latest Harwick College poll has Pryce leading Lind by six points.",
        "has",
        "The latest Harwick College poll",
        id="poll-has-leading",
    ),
    pytest.param(
        "A new Dunmore survey had her at 9 points.",
        "had",
        "A new Dunmore survey",
        id="had-at",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), POLL_HAS)
def test_sourcing_polnear26w_poll_has(text: str, cue: str, source: str) -> None:
    assert (cue, source) in pairs(text)


POLL_HAS_NOT = [
    pytest.param("The survey has twelve questions about the ferries.", id="margin"),
    pytest.param("The survey had twelve questions on buses.", id="questions"),
    pytest.param("The club has Pryce leading the line on Saturday.", id="no-poll"),
]


@pytest.mark.parametrize("text", POLL_HAS_NOT)
def test_sourcing_polnear26w_poll_has_not(text: str) -> None:
    found = rule_cues(text, lower=True)
    assert "has" not in found and "had" not in found


# --- "hopes" / "fears" after a subject with a bare content clause ---
CLAUSE_NOUNS = [
    pytest.param(
        "The ferry board hopes the new timetable will win back passengers.",
        "hopes",
        "The ferry board",
        id="hopes",
    ),
    pytest.param(
        "Mayor Lind fears her rivals could block the harbour plan.", "fears", "Mayor Lind", id="fears"
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), CLAUSE_NOUNS)
def test_sourcing_polnear26w_hopes_fears_clause(text: str, cue: str, source: str) -> None:
    assert (cue, source) in pairs(text)


CLAUSE_NOUNS_NOT = [
    pytest.param("Peace hopes of a deal were fading on Friday.", id="hopes-of"),
    pytest.param("The crew waited in hopes the storm would pass.", id="in-hopes"),
    pytest.param("His hopes for the harbour were dashed.", id="possessive"),
]


@pytest.mark.parametrize("text", CLAUSE_NOUNS_NOT)
def test_sourcing_polnear26w_hopes_not_clause(text: str) -> None:
    assert "hopes" not in rule_cues(text, lower=True)


# --- a participle right after its cue and a comma: the same speaker going on, not the cue's content ---
PARTICIPLE_AFTER_CUE = [
    pytest.param(
        'Pryce spoke on Monday. "Both are capable," she said, adding, "Lind is the stronger one."',
        "adding",
        "she",
        id="said-adding",
    ),
    pytest.param(
        'Hale said Lind "would lose badly," the aide recalled, adding that Hale never liked him.',
        "adding",
        "the aide",
        id="recalled-adding",
    ),
    pytest.param(
        "The mayor complained that the count was unfair, a charge the board denied, noting that the rules were old.",
        "noting",
        "the board",
        id="denied-noting",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), PARTICIPLE_AFTER_CUE)
def test_sourcing_polnear26w_participle_after_cue(text: str, cue: str, source: str) -> None:
    assert (cue, source) in pairs(text)


PARTICIPLE_NESTED = [
    pytest.param(
        "Mayor Lind said the council was considering adding a fee for late ferries.", id="in-content"
    ),
    pytest.param("Ana Pryce said the board kept warning that fares would rise.", id="warning-in-content"),
]


@pytest.mark.parametrize("text", PARTICIPLE_NESTED)
def test_sourcing_polnear26w_participle_in_content_stays_nested(text: str) -> None:
    assert [c for c, _ in pairs(text)] == ["said"]


# --- "showing" with a content clause after it, whatever noun stands before ---
SHOWING_CONTENT = [
    pytest.param(
        "Early counts from the valley are showing that turnout fell in every ward.",
        "showing",
        id="are-showing-that",
    ),
    pytest.param(
        "The clerk kept ledgers showing how much the mill paid each winter.",
        "showing",
        id="ledgers-showing-how",
    ),
]


@pytest.mark.parametrize(("text", "cue"), SHOWING_CONTENT)
def test_sourcing_polnear26w_showing_content(text: str, cue: str) -> None:
    assert cue in rule_cues(text, lower=True)


SHOWING_NOT = [
    pytest.param("Pryce hoped for a strong showing in the northern wards.", id="noun-showing"),
    pytest.param("The fans were showing off their new scarves.", id="showing-off"),
    pytest.param("The cinema is showing three films on Sunday.", id="films"),
]


@pytest.mark.parametrize("text", SHOWING_NOT)
def test_sourcing_polnear26w_showing_not_cue(text: str) -> None:
    assert "showing" not in rule_cues(text, lower=True)
