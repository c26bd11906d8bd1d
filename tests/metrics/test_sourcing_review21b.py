"""Sourcing round twenty-one, review of the blind17 fixes: over-broad rules narrowed (docs/sourcing.md).

Every sentence is invented (people, places and bodies made up). Each rule has positive cases (the narrowed
rule still fires) and negative cases (the reading before the over-broad rule comes back).
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import table


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    t = table(text)
    return list(zip(t["source"], t["source_class"], t["source_kind"], t["cue"], strict=True))


# --- 1. "rule that": the verb only ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The court ruled that the levy was void.",
            [("The court", "organisation", "legal", "ruled")],
            id="ruled-that",
        ),
        pytest.param(
            "The magistrate, ruling that the fine stood, closed the hearing.",
            [("The magistrate", "role", "legal", "ruling")],
            id="comma-ruling-that",
        ),
        pytest.param(
            "The tribunal will rule that the lease stands.",
            [("The tribunal", "organisation", "legal", "rule")],
            id="modal-rule-that",
        ),
    ],
)
def test_sourcing_ruled_that_verb(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Voters in Marrow backed new rules that ban fires on the heath.",
            [("Voters in Marrow", "role", "citizen", "backed")],
            id="noun-rules-that",
        ),
        pytest.param(
            "The firm challenged an earlier ruling that barred the sale.",
            [("The firm", "organisation", "organisation", "challenged")],
            id="noun-ruling-that",
        ),
        pytest.param("The tribunal's ruling that the lease was void surprised many.", [], id="possessive-ruling"),
        pytest.param("The harbour master ruled that out on Tuesday.", [], id="ruled-that-out"),
    ],
)
def test_sourcing_ruled_that_noun_not_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text) == expected


# --- 2. plural + "of" subject: people, not counts ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Fans of the quartet believe the tour will go ahead.",
            [("Fans of the quartet", "role", "citizen", "believe")],
            id="fans-of-the",
        ),
        pytest.param(
            "Supporters of the bypass fear the plan will stall.",
            [("Supporters of the bypass", "vague", "citizen", "fear")],
            id="supporters-of-the",
        ),
    ],
)
def test_sourcing_plural_of_subject_people(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Insurers fear that thousands of legal claims may follow the gale.",
            [("Insurers", "organisation", "organisation", "fear")],
            id="thousands-of-claims",
        ),
        pytest.param("Dozens of fresh reports emerged from Tillby overnight.", [], id="dozens-of-reports"),
        pytest.param("Hundreds of new claims reached the insurer.", [], id="hundreds-of-claims"),
    ],
)
def test_sourcing_plural_of_subject_counts_no_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text) == expected


# --- 3. "dismissed the case / appeal": a decision only for a legal subject ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("After the tribunal dismissed her appeal, the baker closed the shop.", id="tribunal-appeal"),
        pytest.param("Judge Oren Vale dismissed the case against the ferryman.", id="judge-case-against"),
        pytest.param("The appeals court has dismissed the challenge.", id="court-challenge"),
    ],
)
def test_sourcing_dismissed_by_legal_subject_no_cue(text: str) -> None:
    assert [r for r in _rows(text) if r[3] == "dismissed"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ms Orla Fenwick dismissed the challenge from her rival as a stunt.",
            [("Ms Orla Fenwick", "named", "unknown", "dismissed")],
            id="named-challenge",
        ),
        pytest.param(
            "The minister dismissed the case for a new pier.",
            [("The minister", "role", "official", "dismissed")],
            id="minister-case-for",
        ),
        pytest.param(
            "The mayor dismissed the appeal from traders, calling it a stunt.",
            [("The mayor", "role", "official", "dismissed"), ("The mayor", "role", "official", "calling")],
            id="mayor-appeal",
        ),
    ],
)
def test_sourcing_dismissed_stance_kept(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text) == expected


# --- 4. "body" before a name: only an institution's -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The industry body Clear Tides said the plan was weak.",
            [("The industry body Clear Tides", "organisation", "organisation", "said")],
            id="industry-body",
        ),
        pytest.param(
            "The governing body Rowing Ardmore said the regatta was off.",
            [("The governing body Rowing Ardmore", "organisation", "organisation", "said")],
            id="governing-body",
        ),
    ],
)
def test_sourcing_institutional_body_before_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "After identifying the body Detective Ruth Balder said the death was not suspicious.",
            "Detective Ruth Balder",
            id="corpse-then-name",
        ),
        pytest.param(
            "Near the body Sergeant Ivo Marsh said nothing had been moved.",
            "Sergeant Ivo Marsh",
            id="near-the-body",
        ),
    ],
)
def test_sourcing_plain_body_not_before_name(text: str, source: str) -> None:
    assert [r[0] for r in _rows(text)] == [source]


# --- 5. floated quantifier: not after a time plural or a preposition's object ------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The pilots all said the crossing was unsafe.", "The pilots", id="plural-all"),
        pytest.param("They both said the crossing was unsafe.", "They", id="pronoun-both"),
        pytest.param("Members of the guilds all said the fee was high.", "Members of the guilds", id="of-phrase-all"),
    ],
)
def test_sourcing_floated_quantifier_subject(text: str, source: str) -> None:
    assert [r[0] for r in _rows(text)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In recent years all agreed the causeway was unsafe.", id="time-plural"),
        pytest.param("For weeks all agreed the causeway was unsafe.", id="for-weeks"),
        pytest.param("Among the traders all said the causeway was unsafe.", id="among-the"),
        pytest.param("Among the local traders all said the causeway was unsafe.", id="among-the-local"),
    ],
)
def test_sourcing_floated_quantifier_not_after_time_or_preposition(text: str) -> None:
    assert [r[0] for r in _rows(text)] == ["all"]


# --- 6. particles in names; trade plurals' kind ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kojo na Asante said the harvest was poor.",
            [("Kojo na Asante", "named", "unknown", "said")],
            id="particle-na",
        ),
        pytest.param(
            "Lotte van der Kamp said the harvest was poor.",
            [("Lotte van der Kamp", "named", "unknown", "said")],
            id="particle-van-der",
        ),
        pytest.param(
            "Luc de Vaart said the harvest was poor.",
            [("Luc de Vaart", "named", "unknown", "said")],
            id="particle-de",
        ),
    ],
)
def test_sourcing_name_particles_named(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Local Growers said the harvest was poor.",
            [("Local Growers", "organisation", "organisation", "said")],
            id="local-growers",
        ),
        pytest.param(
            "Fenmoor Growers said the harvest was poor.",
            [("Fenmoor Growers", "organisation", "organisation", "said")],
            id="fenmoor-growers",
        ),
        pytest.param(
            "Local growers said the harvest was poor.",
            [("Local growers", "role", "citizen", "said")],
            id="negative-lower-case-growers",
        ),
    ],
)
def test_sourcing_trade_plural_name_kind(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text) == expected
