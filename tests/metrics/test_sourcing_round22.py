"""Sourcing round twenty-two: the classes of error of the round-twenty-two articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import pairs as _rows
from tests.metrics.sourcing_rows import table


def _facts(text: str) -> list[tuple[str, str, str, str, str, bool]]:
    t = table(text)
    return list(
        zip(t["cue"], t["source"], t["source_class"], t["resolved_to"], t["cue_type"], t["cited"], strict=True)
    )


# --- cues: a headline's last word, an instrument, results to come ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Does walking help? What a new study found\n\nA brisk walk may help, a survey suggests.",
            [("found", "a new study"), ("suggests", "a survey")],
            id="headline-found-before-line-break",
        ),
        # negatives: on one line, "found a" is a thing found; a share after it is a finding
        pytest.param("Inspectors found a crack in the deck.", [], id="negative-found-a-thing"),
        pytest.param(
            "The survey found a 12% rise in rents.", [("found", "The survey")], id="negative-found-a-share"
        ),
    ],
)
def test_sourcing_headline_cue_ends_at_line_break(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Forecasters have extended the yellow rain warning to cover the hills.", [], id="extended"),
        pytest.param("The agency lifted its flood warnings for the valley on Monday.", [], id="lifted"),
        # negatives: a warning with its content keeps its cue
        pytest.param(
            "The coastguard extended its warning that the cliffs were unstable.",
            [("warning that", "")],
            id="negative-warning-that",
        ),
        pytest.param(
            "The coastguard issued a warning that the cliffs were unstable.",
            [("issued", "The coastguard")],
            id="negative-issued-that",
        ),
    ],
)
def test_sourcing_instrument_warning_is_no_attribution(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Brennick Foods will report half-year results on Tuesday.", [], id="will-report-results"),
        pytest.param("The lender is due to publish its annual results next week.", [], id="publish-results"),
        # negatives: results with content, or a report with a "that" clause
        pytest.param(
            "Brennick Foods reported that profits fell.", [("reported", "Brennick Foods")], id="negative-reported-that"
        ),
        pytest.param("Brennick will report that sales rose.", [("report", "Brennick")], id="negative-will-report-that"),
    ],
)
def test_sourcing_scheduled_results_report_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- nesting: a negated modal, a parenthetical cue --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The engineer said the cause was a crack, which the inspectors could not explain.",
            [("said", "The engineer")],
            id="could-not",
        ),
        pytest.param(
            "The engineer said the cause was a crack that the inspectors couldn't explain.",
            [("said", "The engineer")],
            id="couldnt",
        ),
        # negative: no earlier cue, the speech act is the sentence's own
        pytest.param(
            "The inspectors could not explain the crack.", [("explain", "The inspectors")], id="negative-own-clause"
        ),
    ],
)
def test_sourcing_negated_modal_is_nested(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The parish council, he added, would consider a new footpath.", [("added", "he")], id="parenthetical"
        ),
        pytest.param(
            "The ramblers' club, its secretary said, opposes the new stile.",
            [("said", "its secretary")],
            id="parenthetical-read-into-the-phrase",
        ),
        # negative: a relative clause between commas is no speaker: the belief keeps its row
        pytest.param(
            "The parish council, which met on Monday, would consider a new footpath.",
            [("consider", "The parish council, which met on Monday")],
            id="negative-relative-clause",
        ),
    ],
)
def test_sourcing_parenthetical_cue_holds_the_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- spans: "planning" as a noun, an age and a relative clause, a document on a website, "quoted X as" ----
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A report by planning officers recommended approval.",
            [("recommended", "A report by planning officers")],
            id="by-planning-officers",
        ),
        pytest.param(
            "A report by planning officers, published last month, recommended approval.",
            [("recommended", "A report by planning officers, published last month")],
            id="with-participle",
        ),
        # negative: after a subject "planning" is the verb
        pytest.param("Residents are planning a protest.", [("planning", "Residents")], id="negative-verb"),
    ],
)
def test_sourcing_planning_before_a_noun_is_a_modifier(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"It was rushed," said Ada Birch, 61, who has farmed nearby for decades.',
            [("said", "Ada Birch, 61, who has farmed nearby for decades")],
            id="age-then-who",
        ),
        # negative: the age alone ends the phrase
        pytest.param('"It was rushed," said Ada Birch, 61. She left early.', [("said", "Ada Birch, 61")], id="negative-age"),
    ],
)
def test_sourcing_inverted_name_age_and_relative_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "According to a notice on the club's website, the match is off.",
            [("According to", "a notice on the club's website")],
            id="website",
        ),
        pytest.param(
            "The match is off, according to a statement on its Facebook page.",
            [("according to", "a statement on its Facebook page")],
            id="page",
        ),
        # negative: "on" a subject is no place the document was posted
        pytest.param(
            "According to a report on the crash, the driver was going fast.",
            [("According to", "a report")],
            id="negative-report-on-subject",
        ),
    ],
)
def test_sourcing_document_on_a_website(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Tarrow Gazette quoted the harbour master, Ilse Dunne, as saying the pier was unsafe.",
            [("saying", "the harbour master, Ilse Dunne", "named", "Ilse Dunne", "speech", True)],
            id="quoted-as-saying",
        ),
        pytest.param(
            "The Tarrow Gazette quoted an engineer as saying the pier was unsafe.",
            [("saying", "an engineer", "role", "", "speech", True)],
            id="quoted-role-as-saying",
        ),
        # negative: a passive keeps its subject
        pytest.param(
            "Ilse Dunne is quoted as saying the pier was unsafe.",
            [("saying", "Ilse Dunne", "named", "", "speech", True)],
            id="negative-passive",
        ),
    ],
)
def test_sourcing_quoted_as_saying_object_speaks(text: str, expected: list[tuple]) -> None:
    assert _facts(text) == expected


# --- resolution and infinitives: a spokesman named after his body, a message sent to say ------------------
@pytest.mark.parametrize(
    ("text", "resolved", "cls"),
    [
        pytest.param(
            'A spokesman for the ferry firm, Owen Tarrant, said sailings were cut. "We are sorry," the spokesman said.',
            "Owen Tarrant",
            "named",
            id="name-after-body-noun",
        ),
        # negative: the name after the comma is the body's, not the spokesman's
        pytest.param(
            'A spokesman for the operator, Brackwell Ferries, said sailings were cut. "We are sorry," the spokesman said.',
            "",
            "role",
            id="negative-body-name",
        ),
    ],
)
def test_sourcing_role_noun_named_after_its_modifier(text: str, resolved: str, cls: str) -> None:
    last = [r for r in _facts(text) if r[1] == "the spokesman"][-1]
    assert (last[3], last[2]) == (resolved, cls)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A listener in Dunford, Mia Roke, emailed to say the bridge was flooded.",
            [("say", "A listener in Dunford, Mia Roke", "named", "Mia Roke", "speech", True)],
            id="emailed-to-say",
        ),
        pytest.param(
            "Mia Roke phoned to tell us the bridge was flooded.",
            [("tell", "Mia Roke", "named", "", "speech", True)],
            id="phoned-to-tell",
        ),
        # negative: an infinitive of purpose after another verb stays an intention
        pytest.param(
            "Mia Roke wants to complain about the bridge.",
            [
                ("wants", "Mia Roke", "named", "", "intention", False),
                ("complain", "Mia Roke", "named", "", "intention", False),
            ],
            id="negative-wants-to",
        ),
    ],
)
def test_sourcing_contact_verb_delivers_the_message(text: str, expected: list[tuple]) -> None:
    assert _facts(text) == expected
