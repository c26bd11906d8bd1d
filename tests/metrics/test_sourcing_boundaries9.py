"""Sourcing source boundaries, round nine: general span patterns (docs/sourcing.md "Source spans").

Each rule has its own sentences (none taken from any corpus) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import row_with_source

# --- a party apposition after a politician's name is part of the phrase ----------------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Senator Jane Roe, Democrat of Ohio, said the bill would pass.",
            "said",
            "Senator Jane Roe, Democrat of Ohio",
            id="before-cue-democrat-of",
        ),
        pytest.param(
            "Representative Tom Hale, Republican of South Carolina, said the vote was close.",
            "said",
            "Representative Tom Hale, Republican of South Carolina",
            id="before-cue-republican-of-two-word-state",
        ),
        pytest.param(
            '"We will not back down," said Senator Mark Bell, Independent of Maine.',
            "said",
            "Senator Mark Bell, Independent of Maine",
            id="inverted-independent-of",
        ),
        pytest.param(
            '"It is a bad deal," said Representative Ann Cole, Republican of Utah, on Friday.',
            "said",
            "Representative Ann Cole, Republican of Utah",
            id="inverted-republican-of-then-adverbial",
        ),
        pytest.param(
            "Senator Jane Roe, a Democrat, said the bill would pass.",
            "said",
            "Senator Jane Roe, a Democrat",
            id="negative-determiner-apposition-unchanged",
        ),
        pytest.param(
            '"The plan is sound," said Jane Roe, Democrats in the House agreed.',
            "said",
            "Jane Roe",
            id="negative-plural-party-noun-clause",
        ),
        pytest.param(
            '"The plan is sound," said Jane Roe, Republican leaders of the state having agreed.',
            "said",
            "Jane Roe",
            id="negative-party-adjective-not-of",
        ),
    ],
)
def test_sourcing_party_apposition_in_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- a US state after a place ("in Yuma, Ariz.") is part of the phrase after the cue ------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            '"The water is safe," said Lena Ortiz, a council member in Yuma, Ariz., on Monday.',
            "said",
            "Lena Ortiz, a council member in Yuma, Ariz.",
            id="appositive-place-state-abbreviation",
        ),
        pytest.param(
            '"We were lucky," said Carl Haney of Nashua, N.H.',
            "said",
            "Carl Haney of Nashua, N.H.",
            id="of-place-dotted-state-at-sentence-end",
        ),
        pytest.param(
            '"Prices keep rising," said Ruth Sims, 41, a teacher from Newark, New Jersey.',
            "said",
            "Ruth Sims, 41, a teacher from Newark, New Jersey",
            id="two-word-state-name",
        ),
        pytest.param(
            '"It was loud," said Joe Park, a farmer near Amarillo, Texas, who heard the blast.',
            "said",
            "Joe Park, a farmer near Amarillo, Texas",
            id="full-state-name-before-relative",
        ),
        pytest.param(
            '"The rules work," said Ann Cole of Boston, Pa Lee agreed.',
            "said",
            "Ann Cole of Boston",
            id="negative-state-abbreviation-as-title",
        ),
        pytest.param(
            '"The rules work," said Tom Reed, Texas officials agreed.',
            "said",
            "Tom Reed",
            id="negative-no-place-before-comma",
        ),
        pytest.param(
            '"The rules work," said Tom Reed, in Boston, Texas officials agreed.',
            "said",
            "Tom Reed",
            id="negative-adverbial-place-not-in-phrase",
        ),
    ],
)
def test_sourcing_state_after_place_in_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- "for example", "for instance", "for one", "for her part" between commas are adverbials ---


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Jane Roe, for her part, said the plan was fine.", "said", "Jane Roe", id="for-her-part"),
        pytest.param("The council, for its part, denied the claim.", "denied", "The council", id="for-its-part"),
        pytest.param("Some farmers, for example, say the rain came late.", "say", "Some farmers", id="for-example"),
        pytest.param("Tom Reed, for one, called the plan weak.", "called", "Tom Reed", id="for-one"),
        pytest.param("Local grocers, for instance, argue the tax is unfair.", "argue", "Local grocers", id="for-instance"),
        pytest.param(
            "Tom Reed, for whom the plan was a burden, said it was weak.",
            "said",
            "Tom Reed, for whom the plan was a burden",
            id="negative-for-relative-clause",
        ),
        pytest.param(
            "Jane Roe, a spokeswoman for the council, said the plan was fine.",
            "said",
            "Jane Roe, a spokeswoman for the council",
            id="negative-for-inside-apposition",
        ),
    ],
)
def test_sourcing_for_adverbial_not_in_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)
