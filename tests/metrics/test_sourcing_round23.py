"""Sourcing round twenty-three: the errors of the round-nineteen blind set, fixed by general rules (docs/sourcing.md).

Each rule has its own invented sentences (people, places and bodies made up; none taken from the fixtures) and
negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import table


def _rows(text: str) -> list[tuple[str, str]]:
    t = table(text)
    return list(zip(t["cue"], t["source"], strict=True))


def _row(text: str, cue: str, source: str) -> tuple[str, str, str]:
    t = table(text)
    match = [r for r in t.itertuples() if r.cue == cue and r.source == source]
    assert match, t[["cue", "source", "source_class", "source_kind", "resolved_to"]].values.tolist()
    return (match[0].source_class, match[0].source_kind, match[0].resolved_to)


# --- resolution: a body's name without the sentence's lower-case article ---------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved"),
    [
        pytest.param(
            "The region's parks agency said the trail was shut. Later the Coastal Parks Authority said it would reopen.",
            "The region's parks agency",
            "Coastal Parks Authority",
            id="lower-case-the-dropped",
        ),
        pytest.param(
            "The region's parks agency said the trail was shut. The Coastal Parks Authority said it would reopen.",
            "The region's parks agency",
            "The Coastal Parks Authority",
            id="sentence-opening-the-kept",
        ),
    ],
)
def test_sourcing_body_name_without_lower_case_article(text: str, source: str, resolved: str) -> None:
    assert _row(text, "said", source)[2] == resolved


# --- kinds: a government title on the name in apposition -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        pytest.param(
            "The panel's chairman, Sen. Ivo Garnett of Brule, said the vote would wait.",
            "The panel's chairman, Sen. Ivo Garnett of Brule",
            "official",
            id="senator-title-in-apposition",
        ),
        pytest.param(
            "The caucus's treasurer, Rep. Lena Oduya, said the vote would wait.",
            "The caucus's treasurer, Rep. Lena Oduya",
            "official",
            id="representative-title-in-apposition",
        ),
        pytest.param(
            "The firm's chairman, Ivo Garnett, said the vote would wait.",
            "The firm's chairman, Ivo Garnett",
            "organisation",
            id="no-title-keeps-body-kind",
        ),
        pytest.param(
            "The union's president, Dr Lena Oduya, said the vote would wait.",
            "The union's president, Dr Lena Oduya",
            "organisation",
            id="body-officer-with-dr",
        ),
        pytest.param(
            "The mill's chief executive, Dr Lena Oduya, said the vote would wait.",
            "The mill's chief executive, Dr Lena Oduya",
            "organisation",
            id="dr-below-role-in-apposition",
        ),
    ],
)
def test_sourcing_government_title_in_name_apposition(text: str, source: str, kind: str) -> None:
    assert _row(text, "said", source)[1] == kind


# --- people: a company ending in a trade word, and a journey's place, are no person ----------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved"),
    [
        pytest.param(
            "Rita Holm, site manager for Kestrel Infrastructure, which maintains the bridge, said it was sound. "
            '"We checked every bolt," she said.',
            "said",
            "she",
            "Rita Holm",
            id="infrastructure-company",
        ),
        pytest.param(
            "Colm Ferris, who drives from Glen Arrow to Duncrag each day, said the road was shut. "
            '"It took hours," he said.',
            "said",
            "he",
            "Colm Ferris",
            id="travel-from-place",
        ),
        pytest.param(
            'Colm Ferris, who moved to Glen Arrow in May, said the road was shut. "It took hours," he said.',
            "said",
            "he",
            "Colm Ferris",
            id="moved-to-place",
        ),
        # a person after "from" / "to" with no verb of travel stays a person
        pytest.param(
            "Dana Wills said she had a call from Pete Brando on Monday. He said the road was shut.",
            "said",
            "He",
            "Pete Brando",
            id="call-from-person",
        ),
        pytest.param(
            "Dana Wills said she had spoken to Pete Brando on Monday. He said the road was shut.",
            "said",
            "He",
            "Pete Brando",
            id="spoke-to-person",
        ),
    ],
)
def test_sourcing_company_and_journey_place_no_person(text: str, cue: str, source: str, resolved: str) -> None:
    assert _row(text, cue, source)[2] == resolved


@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param(
            "Rita Holm, site manager for Kestrel Infrastructure, said it was sound.",
            False,
            id="infrastructure-no-person",
        ),
        pytest.param("Rita Holm, who walked from Tarn Bridge, said it was sound.", False, id="walked-from-place"),
        pytest.param("Rita Holm, who heard from Ivo Garnett, said it was sound.", True, id="heard-from-person"),
    ],
)
def test_sourcing_company_and_journey_place_named_people(text: str, named: bool) -> None:
    from mediakit.metrics.sourcing.resolve import Resolver

    r = Resolver(text)
    keys = set(r.persons)
    assert ("garnett" in keys or "infrastructure" in keys or "bridge" in keys) is named


# --- spans: an anonymity formula in a restrictive relative clause after "according to" -------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "The levy will rise, according to two council aides who were not authorized to discuss the budget.",
            "two council aides who were not authorized to discuss the budget",
            id="not-authorized-formula",
        ),
        pytest.param(
            "The levy will rise, according to three officials who asked not to be named.",
            "three officials who asked not to be named",
            id="asked-not-to-be-named",
        ),
        pytest.param(
            "The levy will rise, according to two officials who reviewed the budget.",
            "two officials",
            id="other-relative-left-out",
        ),
        pytest.param(
            "The levy will rise, according to a clerk who was not at the meeting.",
            "a clerk",
            id="negated-relative-without-formula",
        ),
    ],
)
def test_sourcing_according_to_anonymity_relative(text: str, source: str) -> None:
    assert ("according to", source) in _rows(text)


# --- spans: the participle of "It is understood" is no subject's -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "It is understood managers at the depot have agreed to pay the drivers.",
            [("It is understood", "")],
            id="it-is-understood-plural",
        ),
        pytest.param(
            "It has been reported staff at the depot agreed to strike.",
            [("It has been reported", "")],
            id="it-has-been-reported",
        ),
        pytest.param(
            "Managers at the depot have agreed to pay the drivers.",
            [("agreed", "Managers at the depot")],
            id="plain-subject-kept",
        ),
    ],
)
def test_sourcing_hedge_participle_no_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- classes: "the insider" / "the source" is the earlier anonymous source -------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "cls", "unnamed"),
    [
        pytest.param(
            'A source close to the drummer said he was upset. "He knows it," the insider told us.',
            "the insider",
            "unnamed",
            1.0,
            id="insider-after-source",
        ),
        pytest.param(
            "A person familiar with the deal said it was off. The source added that talks had ended.",
            "The source",
            "unnamed",
            1.0,
            id="source-after-person-familiar",
        ),
        pytest.param(
            "The drummer's manager said he was upset. The official said nothing more.",
            "The official",
            "role",
            0.0,
            id="official-stays-role",
        ),
        pytest.param(
            "A source close to the drummer said he was upset. A second insider told us he was fine.",
            "A second insider",
            "unnamed",
            2.0,
            id="second-insider-counted",
        ),
    ],
)
def test_sourcing_definite_anonymous_source(text: str, source: str, cls: str, unnamed: float) -> None:
    from mediakit.metrics import sourcing
    from mediakit.text.parse import parse

    t = table(text)
    assert [r.source_class for r in t.itertuples() if r.source == source] == [cls]
    assert sourcing.compute(parse(text)).values["unnamed_sources"] == unnamed
