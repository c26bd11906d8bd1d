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
            "Colm Ferris, who moved to Glen Arrow in May, said the road was shut. " '"It took hours," he said.',
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
