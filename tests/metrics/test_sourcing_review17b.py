"""Sourcing, round eighteen to twenty, the review's fixes (docs/sourcing.md).

Each rule has its own invented sentences (invented people, places and bodies) and negative cases that must
not change.
"""

from __future__ import annotations

import re

import pytest

from mediakit.metrics.sourcing import classify
from tests.metrics.sourcing_rows import pairs as _rows
from tests.metrics.sourcing_rows import table


def _kinds(text: str) -> list[tuple[str, str, str]]:
    t = table(text)
    return list(zip(t["cue"], t["source"], t["source_kind"], strict=True))


# --- "what X called" nests only when X is a pronoun for the earlier speaker ----------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The union rejected what the company called a fair offer.",
            [("rejected", "The union"), ("called", "the company")],
            id="what-the-company-called",
        ),
        pytest.param(
            "Police said the blast caused what witnesses called chaos.",
            [("said", "Police"), ("called", "witnesses")],
            id="what-witnesses-called",
        ),
        pytest.param(
            "Residents said they feared what officials described as a temporary closure.",
            [("said", "Residents"), ("described", "officials")],
            id="what-officials-described",
        ),
        # negatives: a pronoun for the earlier speaker stays inside the content
        pytest.param(
            "The manager criticised what he called a soft penalty.",
            [("criticised", "The manager")],
            id="negative-what-he-called",
        ),
        pytest.param(
            "Orla Finch said what they called a pause had to end.",
            [("said", "Orla Finch")],
            id="negative-what-they-called",
        ),
    ],
)
def test_sourcing_review17b_what_called_other_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- an object-control verb gives the purpose infinitive no subject of its own ---------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The council hired a lawyer to argue its case in court.",
            [("argue", "")],
            id="hired-a-lawyer-to-argue",
        ),
        pytest.param(
            "The party picked a veteran to announce the result.",
            [("announce", "")],
            id="picked-a-veteran-to-announce",
        ),
        pytest.param(
            "The board appointed a panel to explain the delay.",
            [("explain", "")],
            id="appointed-a-panel-to-explain",
        ),
        # negatives: a place, an event or a means as the object keeps the subject's purpose
        pytest.param(
            "The mayor visited the school to discuss the closures.",
            [("discuss", "The mayor")],
            id="negative-visited-to-discuss",
        ),
        pytest.param(
            "The minister attended the summit to urge action.",
            [("urge", "The minister")],
            id="negative-attended-to-urge",
        ),
    ],
)
def test_sourcing_review17b_object_control_purpose(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- "radio" is media only as the phrase's head or before a media noun ----------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Residents, who listened to the radio all night, said the river rose fast.",
            [("said", "Residents, who listened to the radio all night", "citizen")],
            id="residents-who-listened-to-the-radio",
        ),
        pytest.param(
            "A farmer who heard the news on the radio said he was shocked.",
            [("said", "A farmer who heard the news on the radio", "citizen")],
            id="farmer-heard-it-on-the-radio",
        ),
        # negatives: the broadcaster's own words
        pytest.param(
            "A radio presenter said the river rose.",
            [("said", "A radio presenter", "media")],
            id="negative-radio-presenter",
        ),
        pytest.param(
            "The local radio station said the road was shut.",
            [("said", "The local radio station", "media")],
            id="negative-local-radio-station",
        ),
    ],
)
def test_sourcing_review17b_radio_listener_not_media(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == expected


# --- "<person noun> familiar with the <cue form>": one phrase ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A person familiar with the talks said the deal was close.",
            [("said", "A person familiar with the talks")],
            id="person-familiar-with-the-talks",
        ),
        pytest.param(
            "Officials familiar with the talks said the deal was close.",
            [("said", "Officials familiar with the talks")],
            id="officials-familiar-with-the-talks",
        ),
        # negatives: a plain noun after the determiner; no postmodifier before the preposition
        pytest.param(
            "A person familiar with the plans said the deal was close.",
            [("said", "A person familiar with the plans")],
            id="negative-familiar-with-the-plans",
        ),
        pytest.param(
            "Nell Orme said the talks would resume.",
            [("said", "Nell Orme")],
            id="negative-talks-in-content",
        ),
    ],
)
def test_sourcing_review17b_familiar_with_cue_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- the body-name regexes are compiled once ---------------------------------------------------------------
@pytest.mark.parametrize("word", sorted(classify._BODY_MODIFIERS))
def test_sourcing_review17b_body_name_regex_precompiled(word: str) -> None:
    assert isinstance(classify._BODY_NAME_RES[word], re.Pattern)
