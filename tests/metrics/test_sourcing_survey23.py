"""A survey of ordinary news (docs/sourcing.md, "Round twenty-four, a survey of ordinary news").

Invented sentences only: each rule has positive cases and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import pairs as _rows
from tests.metrics.sourcing_rows import table as _table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "called" inside a noun phrase gives a thing its name: no words reported, no source
        pytest.param(
            "Shoppers queue outside a little bakery called Sweet Dunes every morning.",
            [],
            id="indefinite-noun-called-name",
        ),
        pytest.param(
            "The engineers used a technique called pulse imaging to test the bridge.",
            [],
            id="indefinite-noun-called-lowercase-name",
        ),
        pytest.param(
            "The pause, called a recess, began after the second vote failed.",
            [],
            id="comma-called",
        ),
        pytest.param(
            "Rain fell, and then it stopped. These wild goats, commonly called ibex, were moved to the Orrin hills.",
            [],
            id="comma-called-after-sentence-with-comma",
        ),
        pytest.param(
            "These wild goats, commonly called ibex, were moved to the Orrin hills.",
            [],
            id="comma-adverb-called",
        ),
        pytest.param(
            "The Marsh Institute (also called Marsh Hall) opened in 1990.",
            [],
            id="bracket-also-called",
        ),
        pytest.param(
            "The new district, to be called Rivermark, will run its own schools.",
            [],
            id="to-be-called-name",
        ),
        # negatives: someone who calls a thing something speaks, and a demand stays a cue
        pytest.param(
            "The mayor called the plan a disgrace.",
            [("called", "The mayor")],
            id="negative-subject-called-object-complement",
        ),
        pytest.param(
            "A spokeswoman called the claims false.",
            [("called", "A spokeswoman")],
            id="negative-indefinite-person-called",
        ),
        pytest.param(
            "Mr Tarrant, in a statement, called the deal a fraud.",
            [("called", "Mr Tarrant")],
            id="negative-interrupted-subject-called",
        ),
        pytest.param(
            "He was called a liar by the mayor.",
            [("called", "the mayor")],
            id="negative-passive-called-with-agent",
        ),
        pytest.param(
            "The ministry has, in a statement, called on drivers to slow down.",
            [("called", "The ministry")],
            id="negative-comma-called-on",
        ),
    ],
)
def test_sourcing_naming_called_is_no_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in the passive, what is found or shown is the subject, never the one who found it
        pytest.param(
            "The boy was found under rubble, still in his cot.",
            [("found", "")],
            id="passive-found-place",
        ),
        pytest.param(
            "A similar flood in Varna in 2008 was found to be linked to a rise in fish stocks.",
            [("found", "")],
            id="passive-found-to-be",
        ),
        pytest.param(
            "Winger Tom Hale was shown a red card early in the game.",
            [("shown", "")],
            id="passive-shown",
        ),
        # negatives: an active finder, and a passive with its agent, stay the source
        pytest.param(
            "Researchers found the dam was leaking.",
            [("found", "Researchers")],
            id="negative-active-found",
        ),
        pytest.param(
            "The report was found on a bench by a jogger.",
            [("found", "a jogger")],
            id="negative-passive-found-with-agent",
        ),
    ],
)
def test_sourcing_passive_finding_subject_is_no_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "source_class", "resolved"),
    [
        # a title with a post-modifier, then a person's name: the person is named
        pytest.param(
            "Governor of Tarn Province Chris Gale said the bid was strong.",
            "named",
            "Chris Gale",
            id="title-of-place-name",
        ),
        pytest.param(
            "Secretary of State Anna Vale said the talks went well.",
            "named",
            "Anna Vale",
            id="title-of-office-name",
        ),
        # a name, then where the person works: the person is named
        pytest.param(
            "Helena Marsh of the mayor's office said the march was lawful.",
            "named",
            "Helena Marsh",
            id="name-of-possessive-office",
        ),
        # negatives: no name in the phrase keeps the role
        pytest.param(
            "The head of the agency said the plan was sound.",
            "role",
            "",
            id="negative-head-of-body",
        ),
        pytest.param(
            "Ana Ruiz, Projects Director at the Centre on Water Rights and Land Policy, criticized the plan.",
            "named",
            "Ana Ruiz",
            id="negative-body-name-after-lowercase-word",
        ),
        pytest.param(
            "A spokesman for Acme Holdings said the plan was sound.",
            "role",
            "",
            id="negative-role-for-body-name",
        ),
    ],
)
def test_sourcing_name_around_post_modifier_is_named(text: str, source_class: str, resolved: str) -> None:
    t = _table(text)
    assert len(t) == 1, t[["cue", "source", "source_class"]].values.tolist()
    row = t.iloc[0]
    assert (row.source_class, row.resolved_to) == (source_class, resolved)
