"""Sourcing round seven: the classes of error left on the round-five blind articles (docs/sourcing.md).

Each rule has its own sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, table

# --- a described person before a name and its age is part of the phrase ------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            "His son, Dev Patel, 52, said the shop would stay open.",
            "said",
            "His son, Dev Patel, 52",
            "Dev Patel",
            "named",
            "citizen",
            id="kin-name-age",
        ),
        pytest.param(
            "Their lawyer, Ruth Amos, 61, said the ruling would be appealed.",
            "said",
            "Their lawyer, Ruth Amos, 61",
            "Ruth Amos",
            "named",
            "legal",
            id="role-name-age",
        ),
        pytest.param(
            "His son, Dev Patel, said the shop would stay open.",
            "said",
            "His son, Dev Patel",
            "Dev Patel",
            "named",
            "citizen",
            id="negative-no-age-unchanged",
        ),
        pytest.param(
            "In Lowestoft, Dev Patel, 52, said the shop would stay open.",
            "said",
            "Dev Patel, 52",
            "Dev Patel",
            "named",
            None,
            id="negative-place-before-name",
        ),
        pytest.param(
            "After the hearing, Ruth Amos, 61, said the ruling would be appealed.",
            "said",
            "Ruth Amos, 61",
            "Ruth Amos",
            "named",
            None,
            id="negative-adverbial-before-name",
        ),
    ],
)
def test_sourcing_round7_described_person_before_name_and_age(
    text, cue, source, resolved_to, source_class, source_kind
):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


# --- a "where" clause between commas after the speaker is part of the phrase -------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "Nurses at Hollybank hospice, where he spent his last weeks, said he was always cheerful.",
            "said",
            "Nurses at Hollybank hospice, where he spent his last weeks",
            "role",
            id="where-clause",
        ),
        pytest.param(
            "Teachers at the academy, where the roof collapsed, said lessons would move online.",
            "said",
            "Teachers at the academy, where the roof collapsed",
            "role",
            id="where-clause-determiner",
        ),
        pytest.param(
            "In Dunmore, where the roof collapsed, teachers said lessons would move online.",
            "said",
            "teachers",
            "role",
            id="negative-fronted-where-clause",
        ),
    ],
)
def test_sourcing_round7_where_clause_of_the_speaker(text, cue, source, source_class):
    assert_row_with_source(text, cue, source, "", source_class, None)


# --- a document's agent after "by" is part of the phrase on the right of the cue -----------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "According to a poll by the research firm Valdon, most drivers back the ban.",
            "According to",
            "a poll by the research firm Valdon",
            id="according-to-poll-by",
        ),
        pytest.param(
            "Fares will rise by a tenth, according to an analysis by the campaign group Transit Watch.",
            "according to",
            "an analysis by the campaign group Transit Watch",
            id="according-to-analysis-by",
        ),
        pytest.param(
            "According to a report by Friday, the plan is dead.",
            "According to",
            "a report",
            id="negative-time-after-by",
        ),
        pytest.param(
            "Output fell, according to a forecast by 0.2 points.",
            "according to",
            "a forecast",
            id="negative-number-after-by",
        ),
    ],
)
def test_sourcing_round7_document_agent_after_cue(text, cue, source):
    assert_row_with_source(text, cue, source, "", "document", None)


# --- "issued" with an instrument and no content is no attribution -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The coastguard has issued a yellow warning for fog until noon.", id="weather-warning"),
        pytest.param("The court issued subpoenas to three former aides.", id="subpoenas"),
        pytest.param("The council issued 40 parking permits last month.", id="permits"),
    ],
)
def test_sourcing_round7_issued_instrument_is_no_row(text):
    t = table(text)
    assert not any(s for s in t["source"])
    assert not any(c.lower().startswith(("issued", "warning")) for c in t["cue"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "The coastguard issued a warning that the fog would last all day.", "The coastguard", id="that"
        ),
        pytest.param(
            'The coastguard issued a warning: "Stay off the beach."', "The coastguard", id="quotation"
        ),
        pytest.param("The coastguard issued a statement on the rescue.", "The coastguard", id="statement"),
    ],
)
def test_sourcing_round7_issued_with_content_stays_a_row(text, source):
    t = table(text)
    assert source in set(t["source"][t["cue"] == "issued"])


# --- an -ing word in a list of nouns is no cue -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The mayor on buses, housing, planning and his first job", id="headline-list"),
        pytest.param("The report covers rents, planning and repairs.", id="sentence-list"),
    ],
)
def test_sourcing_round7_listed_ing_noun_is_no_cue(text):
    assert "planning" not in set(table(text)["cue"])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "The minister spoke for an hour, warning and urging voters to stay calm.", "urging", id="two-cues"
        ),
        pytest.param(
            "The firm missed its target, warning that sales would fall.", "warning", id="participle"
        ),
    ],
)
def test_sourcing_round7_participle_cues_stay(text, cue):
    assert any(c.startswith(cue) for c in table(text)["cue"])  # "warning that" is one phrase cue
