"""Review of round twenty-two's rules (docs/sourcing.md, "Round twenty-two, the fixes.").

Invented sentences only: each fix has positive cases and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import pairs as _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning said again, with its topic or its addressee, is reported speech
        pytest.param(
            "The nurses' union renewed warnings about staff shortages at Dunmore Hospital.",
            [("warnings about", "The nurses' union")],
            id="renewed-warnings-about",
        ),
        pytest.param(
            "Ministers reissued a warning against travel to the border region.",
            [("warning against", "Ministers")],
            id="reissued-warning-against",
        ),
        # negatives: an instrument extended, lifted, or renewed with no topic stays no attribution
        pytest.param(
            "Forecasters renewed the amber snow warning for the hills.", [], id="negative-renewed-instrument"
        ),
        pytest.param(
            "The agency extended its warning of heavy rain to the coast.", [], id="negative-extended-of"
        ),
        pytest.param(
            "The coastguard lifted the warning about the cliffs on Sunday.", [], id="negative-lifted-about"
        ),
    ],
)
def test_sourcing_repeated_warning_with_topic_is_speech(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause that reports words of its own is no part of the inverted source's phrase
        pytest.param(
            '"We ran," said Colm Brady, 61, who told firefighters he saw sparks.',
            [("said", "Colm Brady, 61")],
            id="relative-clause-with-its-own-cue",
        ),
        # negative: a relative clause with no cue stays in the phrase
        pytest.param(
            '"We ran," said Colm Brady, 61, who has farmed in Orrin for years.',
            [("said", "Colm Brady, 61, who has farmed in Orrin for years")],
            id="negative-relative-clause-without-cue",
        ),
    ],
)
def test_sourcing_inverted_age_relative_clause_with_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text)[:1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing's noun or a time before the comma is no name with its apposition: the aside's phrase alone
        pytest.param(
            "The club's official handbook, the Greenbook — printed in 1931 and still used by many branches — "
            "says members must wear ties.",
            [("says", "the Greenbook — printed in 1931 and still used by many branches")],
            id="thing-noun-before-comma",
        ),
        pytest.param(
            "Last spring, tenant advocates – including Ms Dale's group, the Renters Forum – agreed to the rules.",
            [("agreed", "tenant advocates – including Ms Dale's group, the Renters Forum")],
            id="season-before-comma",
        ),
        # negative: a name before the comma keeps its apposition in the phrase
        pytest.param(
            "Ivo Lark, the harbour master — and the port's longest-serving officer — said the quay was unsafe.",
            [("said", "Ivo Lark, the harbour master — and the port's longest-serving officer")],
            id="negative-name-before-comma",
        ),
    ],
)
def test_sourcing_dash_aside_after_comma_needs_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase after the cue that opens a quotation is the content's subject, not an inverted source
        pytest.param(
            "The guild's rulebook, the Redbook — printed in 1931 and still used by many branches — says the guild "
            '"shall admit all trades," and members agree.',
            [("says", "the Redbook — printed in 1931 and still used by many branches"), ("agree", "members")],
            id="phrase-then-opening-quote",
        ),
        # negative: a headline's inverted source after its cue stays the source's place
        pytest.param(
            "Fares Will Rise — Soon — Says Operator", [("Says", "")], id="negative-inverted-headline"
        ),
    ],
)
def test_sourcing_dash_aside_before_cue_with_quoted_content(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _rows(text) == expected
