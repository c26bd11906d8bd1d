"""Sourcing round twenty-four, the third review: regressions of the survey's and the second review's merged
rules, fixed (docs/sourcing.md, "Round twenty-four, the third review").

Invented sentences only (people, places and bodies made up), each rule with positive and negative cases.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import pairs, table


def _sources(text: str, cue: str) -> list[str]:
    return [s for c, s in pairs(text) if c == cue]


# --- an indefinite phrase fronted before a new subject is no naming "called" ------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("In a speech yesterday she called the Brimcote plan a disaster.", "she", id="pronoun-subject"),
        pytest.param("After a long meeting they called the Velmar deal unfair.", "they", id="plural-pronoun"),
        pytest.param("In a rare interview he called the Ostley ruling absurd.", "he", id="interview-he"),
        pytest.param("At a rally the senator called the Dunmore tax a theft.", "the senator", id="determiner"),
        pytest.param("A week later the mayor called the Harnley plan a disaster.", "the mayor", id="time-phrase"),
    ],
)
def test_sourcing_fronted_indefinite_called_speech(text: str, source: str) -> None:
    assert _sources(text, "called") == [source]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In 1990 a coalition called their Brimcote plan dangerous.", id="possessive-object"),
        pytest.param("Last spring a panel called it unlawful, and the Ostley firm appealed.", id="pronoun-object"),
    ],
)
def test_sourcing_called_with_pronoun_object_is_a_cue(text: str) -> None:
    assert len(_sources(text, "called")) == 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("She opened a little shop called Sweet Corvell on Monday.", id="shop"),
        pytest.param("The Velmar team used a new technique called echo mapping.", id="technique"),
        pytest.param("The ship, called the Sea Wren, sank off Corvell.", id="apposition"),
        pytest.param("The new scheme is called Blue Harnley.", id="be-name"),
    ],
)
def test_sourcing_naming_called_still_no_cue(text: str) -> None:
    assert _sources(text, "called") == []


# --- a body's name with "of" is no title before a person's name ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source_class"),
    [
        pytest.param("University of North Carolina Velmar said the reef was dying.", "organisation", id="university"),
        pytest.param("Minister of Education Carolina Vale said schools would open.", "named", id="minister"),
        pytest.param("Chair of the Ostley Board Tom Reed said the vote was fair.", "named", id="chair"),
    ],
)
def test_sourcing_institution_of_place_is_no_title(text: str, source_class: str) -> None:
    t = table(text)
    assert list(t.loc[t["cue"] == "said", "source_class"]) == [source_class]
