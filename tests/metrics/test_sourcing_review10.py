"""Sourcing, review of round ten: regressions of the merged rules fixed (invented sentences only).

A memory recalled is a cue, a product or envoy recalled is not; an unquoted question before ", she
asked." is the ask's content; the writer's belief hides cues only in its own clause; a person's
chief or head is not an organisation's.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import row_with_source, table


def _cues(text: str) -> list[str]:
    return [str(c) for c in table(text)["cue"]]


@pytest.mark.parametrize(
    ("text", "cue", "is_cue"),
    [
        pytest.param("She recalled their first meeting.", "recalled", True, id="their-memory"),
        pytest.param("He recalled some tense moments.", "recalled", True, id="some-memory"),
        pytest.param("She recalls all the late nights in the lab.", "recalls", True, id="all-memory"),
        pytest.param(
            "The country recalled its ambassador on Monday.", "recalled", False, id="negative-its-envoy"
        ),
        pytest.param("The firm recalled all its chargers.", "recalled", False, id="negative-all-its-product"),
        pytest.param(
            "The firm recalled some of its products on Friday.", "recalled", False, id="negative-some-of-its"
        ),
        pytest.param(
            "The toy maker is recalling about 5,000 kites.", "recalling", False, id="negative-approximator"
        ),
    ],
)
def test_sourcing_recall_memory_is_a_cue(text: str, cue: str, is_cue: bool) -> None:
    assert (cue in _cues(text)) == is_cue


@pytest.mark.parametrize(
    ("text", "source", "is_cue"),
    [
        pytest.param("Where will the money come from, she asked.", "she", True, id="wh-question"),
        pytest.param(
            "Why did the council wait so long, the minister asked.", "the minister", True, id="why-question"
        ),
        pytest.param(
            "Will the bridge reopen, one resident asked.", "one resident", True, id="yes-no-question"
        ),
        pytest.param("He did as he was asked.", "", False, id="negative-passive"),
        pytest.param(
            "When the nurse came, she did as she was asked.", "", False, id="negative-when-clause-passive"
        ),
    ],
)
def test_sourcing_asked_after_unquoted_question(text: str, source: str, is_cue: bool) -> None:
    if is_cue:
        row_with_source(text, "asked", source)
    else:
        assert "asked" not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "is_cue"),
    [
        pytest.param(
            "I think the plan will fail, but the report shows costs fell.", "shows", True, id="but-clause"
        ),
        pytest.param(
            "I think the plan will fail; the report shows costs fell.", "shows", True, id="semicolon-clause"
        ),
        pytest.param(
            "We believe the levy is fair, yet the audit suggests otherwise.",
            "suggests",
            True,
            id="yet-clause",
        ),
        pytest.param("I suspect the council knows it too.", "knows", False, id="negative-nested-belief"),
        pytest.param("I\xa0suspect the council knows it too.", "knows", False, id="negative-no-break-space"),
        pytest.param("We believe the data shows a rise.", "shows", False, id="negative-nested-finding"),
    ],
)
def test_sourcing_writer_belief_only_in_its_clause(text: str, cue: str, is_cue: bool) -> None:
    assert (cue in _cues(text)) == is_cue


@pytest.mark.parametrize(
    ("text", "source", "organisation"),
    [
        pytest.param(
            "Donald Roe's chief of staff said the talks would resume.",
            "Donald Roe's chief of staff",
            False,
            id="full-name",
        ),
        pytest.param(
            "Mr. Okafor's head of security said the road was closed.",
            "Mr. Okafor's head of security",
            False,
            id="titled-name",
        ),
        pytest.param(
            "Donald Roe said the talks were over. Roe's chief of staff said they would resume.",
            "Roe's chief of staff",
            False,
            id="surname-of-a-person-in-the-article",
        ),
        pytest.param(
            "Acme's head of sales said the fault was rare.",
            "Acme's head of sales",
            True,
            id="negative-lone-company-name",
        ),
        pytest.param(
            "Tarrow Bank's head of research said rates would fall.",
            "Tarrow Bank's head of research",
            True,
            id="negative-bank",
        ),
        pytest.param(
            "The company's head of sales said the fault was rare.",
            "The company's head of sales",
            True,
            id="negative-company-noun",
        ),
    ],
)
def test_sourcing_possessive_head_is_a_body_only_after_a_body(
    text: str, source: str, organisation: bool
) -> None:
    r = row_with_source(text, "said", source)
    assert (r.source_kind == "organisation") == organisation
