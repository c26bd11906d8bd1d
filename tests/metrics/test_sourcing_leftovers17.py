"""Sourcing, round eighteen's leftovers: known errors of the kit on ordinary news (docs/sourcing.md).

Each rule has its own invented sentences (invented people, places and bodies) and negative cases that must
not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, table
from tests.metrics.sourcing_rows import pairs as _rows


def _classes(text: str) -> list[tuple[str, str, str]]:
    t = table(text)
    return list(zip(t["cue"], t["source"], t["source_class"], strict=True))


# --- a relative or acquaintance "of" someone: a role ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A cousin of the victim said the family was shocked.",
            [("said", "A cousin of the victim", "role")],
            id="cousin-of-the-victim",
        ),
        pytest.param(
            "The nephew of the keeper told reporters the lion was calm.",
            [("told", "The nephew of the keeper", "role")],
            id="nephew-of-told",
        ),
        pytest.param("Her aunt said Mina Okoro was brave.", [("said", "Her aunt", "role")], id="her-aunt"),
        pytest.param(
            "A friend of the family said she was kind.",
            [("said", "A friend of the family", "role")],
            id="friend-of-the-family",
        ),
        pytest.param(
            "A neighbour of the couple said they were quiet.",
            [("said", "A neighbour of the couple", "role")],
            id="neighbour-of-the-couple",
        ),
        pytest.param(
            "The brother of the accused said he was innocent.",
            [("said", "The brother of the accused", "role")],
            id="brother-of-the-accused",
        ),
        # negatives: a verb "accused" keeps its subject and its own cue
        pytest.param(
            "The mayor accused the council of lying.",
            [("accused", "The mayor", "role")],
            id="negative-accused-verb",
        ),
        pytest.param(
            "Ivo Brant said his cousin was safe.",
            [("said", "Ivo Brant", "named")],
            id="negative-cousin-in-content",
        ),
    ],
)
def test_sourcing_leftovers17_kin_of(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _classes(text) == expected


# --- people placed by "outside" or "near": one phrase ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Protesters outside the court said the verdict was unfair.",
            [("said", "Protesters outside the court", "role")],
            id="protesters-outside",
        ),
        pytest.param(
            "Residents near the plant said the smell was awful.",
            [("said", "Residents near the plant", "role")],
            id="residents-near",
        ),
        pytest.param(
            "Shoppers in the town centre told reporters the market was busy.",
            [("told", "Shoppers in the town centre", "role")],
            id="shoppers-in",
        ),
        pytest.param(
            "A woman outside the bakery said she saw the crash.",
            [("said", "A woman outside the bakery", "role")],
            id="woman-outside",
        ),
        # negatives: an adverbial opening the sentence, a verb's place, a participle's place
        pytest.param(
            "Outside the court, protesters said the verdict was unfair.",
            [("said", "protesters", "role")],
            id="negative-fronted-outside",
        ),
        pytest.param(
            "Protesters gathered outside the court, police said.",
            [("said", "police", "organisation")],
            id="negative-verb-then-outside",
        ),
        pytest.param(
            "Speaking outside the court, Ann Vell said she was relieved.",
            [("said", "Ann Vell", "named")],
            id="negative-speaking-outside",
        ),
    ],
)
def test_sourcing_leftovers17_placed_outside_near(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _classes(text) == expected


# --- "Defending champion": a sports epithet of the name's phrase ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Defending champion Ana Ruell said she felt ready.",
            [("said", "Defending champion Ana Ruell")],
            id="defending-champion",
        ),
        pytest.param(
            "Defending titleholder Ben Ottway said he felt ready.",
            [("said", "Defending titleholder Ben Ottway")],
            id="defending-titleholder",
        ),
        pytest.param(
            "The defending champion said she felt ready.",
            [("said", "The defending champion")],
            id="the-defending-champion",
        ),
        pytest.param(
            "Former champion Ana Ruell said she felt ready.",
            [("said", "Former champion Ana Ruell")],
            id="former-champion",
        ),
        # negatives: counsel in a court report, a stance on champions of a cause
        pytest.param(
            "Defending, Owen Marsh said his client was sorry.",
            [("said", "Owen Marsh")],
            id="negative-defending-counsel",
        ),
        pytest.param(
            "The minister was defending champions of the plan, aides said.",
            [("defending", "The minister"), ("said", "aides")],
            id="negative-was-defending",
        ),
    ],
)
def test_sourcing_leftovers17_defending_champion(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


def test_sourcing_leftovers17_defending_champion_named() -> None:
    assert_row_with_source(
        "Defending champion Ana Ruell said she felt ready.",
        "said",
        "Defending champion Ana Ruell",
        "Ana Ruell",
        "named",
        None,
    )


# --- a document's agent, then its participle and a time, read leftwards ----------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A report by the Dale Trust released on Monday found that rents rose.",
            [("found", "A report by the Dale Trust released on Monday")],
            id="report-by-released-on-day",
        ),
        pytest.param(
            "A study by Marl University published last week found that rents rose.",
            [("found", "A study by Marl University published last week")],
            id="study-by-published-last-week",
        ),
        # negatives: no participle; a person's participle stays out
        pytest.param(
            "A report by the Dale Trust found that rents rose.",
            [("found", "A report by the Dale Trust")],
            id="negative-no-participle",
        ),
        pytest.param(
            "Figures published on Thursday show rents rose.",
            [("show", "Figures published on Thursday")],
            id="negative-document-participle-kept",
        ),
        pytest.param(
            "The mayor, speaking on Monday, said rents rose.",
            [("said", "The mayor")],
            id="negative-person-speaking",
        ),
    ],
)
def test_sourcing_leftovers17_document_agent_participle(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- a capitalised body noun before a one-word name; "think tank" ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chain Loafwell said it would close ten shops.",
            [("said", "Chain Loafwell", "organisation")],
            id="chain-name",
        ),
        pytest.param(
            "Brand Kestrelle said it would recall the kettles.",
            [("said", "Brand Kestrelle", "organisation")],
            id="brand-name",
        ),
        pytest.param(
            "Retailer Loafwell said it would close shops.",
            [("said", "Retailer Loafwell", "organisation")],
            id="retailer-name",
        ),
        pytest.param(
            "Startup Pennywort said it had raised money.",
            [("said", "Startup Pennywort", "organisation")],
            id="startup-name",
        ),
        pytest.param(
            "Bakery chain Bright Loaf said it would close shops.",
            [("said", "Bakery chain Bright Loaf", "organisation")],
            id="chain-two-word-name",
        ),
        pytest.param(
            "Think tank Bright Meadow said the plan was costly.",
            [("said", "Think tank Bright Meadow", "organisation")],
            id="think-tank",
        ),
        pytest.param(
            "The think-tank Bright Meadow said the plan was costly.",
            [("said", "The think-tank Bright Meadow", "organisation")],
            id="think-tank-hyphen",
        ),
        # negatives: a person's name with a body noun as its surname, a titled person, a person's job
        pytest.param("Ann Brand said it was fine.", [("said", "Ann Brand", "named")], id="negative-surname"),
        pytest.param(
            "Union leader Ann Lessing said pay was low.",
            [("said", "Union leader Ann Lessing", "named")],
            id="negative-union-leader",
        ),
        pytest.param(
            "Energy supplier Mark Dunmore said bills would rise.",
            [("said", "Energy supplier Mark Dunmore", "named")],
            id="negative-first-name",
        ),
    ],
)
def test_sourcing_leftovers17_body_noun_before_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _classes(text) == expected


# --- "what X called" inside another cue's content: no row -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The manager criticised what he called a soft penalty.",
            [("criticised", "The manager")],
            id="criticised-what-he-called",
        ),
        pytest.param(
            "Ann Vell attacked the plan, and the mayor rejected what she called a smear.",
            [("attacked", "Ann Vell"), ("rejected", "the mayor")],
            id="stance-what-she-called",
        ),
        pytest.param(
            "Ann Vell said what she called a scandal had to end.",
            [("said", "Ann Vell")],
            id="said-what-she-called",
        ),
        pytest.param(
            # another speaker than the earlier cue's keeps its row (review of rounds eighteen to twenty)
            "Ann Vell rejected what the mayor described as a fair deal.",
            [("rejected", "Ann Vell"), ("described", "the mayor")],
            id="rejected-what-described-as",
        ),
        # negatives: no earlier cue; a plain naming; a claim of its own (no naming verb) keeps its row
        pytest.param(
            "Her lawyer said what Tom Vask claims is false.",
            [("said", "Her lawyer"), ("claims", "Tom Vask")],
            id="negative-what-claims",
        ),
        pytest.param(
            "Residents are angry about what they call a land grab.",
            [("call", "they")],
            id="negative-no-earlier-cue",
        ),
        pytest.param(
            "The mayor called the plan a fair deal.",
            [("called", "The mayor")],
            id="negative-plain-called",
        ),
    ],
)
def test_sourcing_leftovers17_nested_what_called(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- one list of a poll's participles (lexicon.POLL_PARTICIPLES), for both readings -------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Analysts sampled by the Tarrow bank expect rates to fall.",
            [("expect", "Analysts sampled by the Tarrow bank", "role")],
            id="panel-sampled",
        ),
        pytest.param(
            "Economists canvassed by the Tarrow bank expect rates to fall.",
            [("expect", "Economists canvassed by the Tarrow bank", "role")],
            id="panel-canvassed",
        ),
        pytest.param(
            "Those canvassed said the plan was fair.",
            [("said", "Those canvassed", "role")],
            id="those-canvassed",
        ),
        pytest.param(
            "Those surveyed said the plan was fair.",
            [("said", "Those surveyed", "role")],
            id="those-surveyed",
        ),
        # negative: a bare commentator plural with no poll stays vague
        pytest.param(
            "Some analysts expect rates to fall.",
            [("expect", "Some analysts", "vague")],
            id="negative-no-poll",
        ),
    ],
)
def test_sourcing_leftovers17_poll_participles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _classes(text) == expected
