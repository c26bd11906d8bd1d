"""Sourcing round twenty-four: the classes of error of the round-twenty-four articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import pairs as _rows
from tests.metrics.sourcing_rows import row_with_source, table


def _facts(text: str) -> list[tuple[str, str, str, str]]:
    t = table(text)
    return list(zip(t["cue"], t["source"], t["source_class"], t["resolved_to"], strict=True))


# --- spans: documents read whole ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A post on a neighbourhood page, shared 900 times, claimed that the pool would shut.",
            [("claimed", "A post on a neighbourhood page, shared 900 times")],
            id="post-on-page-shared",
        ),
        pytest.param(
            "A notice on the club's website warned that the pitch was flooded.",
            [("warned", "A notice on the club's website")],
            id="notice-on-website",
        ),
        # negatives: a place that is no web page, and a person placed on a street, stay as before
        pytest.param(
            "A report on the collapse found that the beam had rusted.",
            [("found", "A report on the collapse")],
            id="negative-report-on-topic",
        ),
        pytest.param(
            "Residents on the estate said the lifts had failed.",
            [("said", "Residents on the estate")],
            id="negative-residents-on-estate",
        ),
    ],
)
def test_sourcing_document_on_a_page_read_leftwards(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A memo published on 12 March said the depot would close.",
            [("said", "A memo published on 12 March")],
            id="day-month",
        ),
        pytest.param(
            "A memo published on March 12 said the depot would close.",
            [("said", "A memo published on March 12")],
            id="month-day",
        ),
        pytest.param(
            "Inspectors on June 3 said the depot was unsafe.", [("said", "Inspectors")], id="people-on-a-date"
        ),
        # negative: an age after a name is no day
        pytest.param(
            "Ruth Pell, 31, said the depot was unsafe.", [("said", "Ruth Pell, 31")], id="negative-age"
        ),
    ],
)
def test_sourcing_day_number_with_month_is_a_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "An article about parking on Kell Road said the fines had doubled.",
            [("said", "An article about parking on Kell Road")],
            id="article-about-topic-name",
        ),
        pytest.param(
            "A leaflet about the new bins said collections would move to Fridays.",
            [("said", "A leaflet about the new bins")],
            id="leaflet-about-topic",
        ),
        pytest.param(
            "Our obituary of the weaver said she was born in Hull.",
            [("said", "Our obituary of the weaver")],
            id="obituary-document",
        ),
        # negatives: "about" after a person or a verb is no document's topic
        pytest.param(
            "She spoke about the bins and officials said collections would move.",
            [("spoke", "She"), ("said", "officials")],
            id="negative-spoke-about",
        ),
    ],
)
def test_sourcing_document_with_its_topic(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- spans: a second relative clause, a group placed by "in" with the place's name -------------------------
@pytest.mark.parametrize(
    ("text", "source", "cls"),
    [
        pytest.param(
            "A man who works at the quarry, and who asked that his name not be used, said the blast shook the houses.",
            "A man who works at the quarry, and who asked that his name not be used",
            "unnamed",
            id="second-relative-anonymity",
        ),
        pytest.param(
            "A nurse who lives on the estate, and who has two children, said the clinic was full.",
            "A nurse who lives on the estate, and who has two children",
            "role",
            id="second-relative",
        ),
        # negative: no first relative clause, the aside is no part of the phrase
        pytest.param(
            "A nurse, and who could blame her, said the clinic was full.",
            "A nurse",
            "role",
            id="negative-aside",
        ),
    ],
)
def test_sourcing_coordinated_relative_clause_in_phrase(text: str, source: str, cls: str) -> None:
    assert row_with_source(text, "said", source).source_class == cls


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Doctors in the provincial capital, Marvel, say the wards are full.",
            [("say", "Doctors in the provincial capital, Marvel")],
            id="group-in-place-name",
        ),
        pytest.param(
            "Officials in the port town, Halvik, say the ferry will run.",
            [("say", "Officials in the port town, Halvik")],
            id="officials-in-town-name",
        ),
        # negatives: no group before "in", a clause before the comma
        pytest.param(
            "Prices rose in the provincial capital, Marvel, officials said.",
            [("said", "officials")],
            id="negative-clause",
        ),
        pytest.param(
            "Doctors in the provincial capital say the wards are full.",
            [("say", "Doctors in the provincial capital")],
            id="negative-no-apposition",
        ),
    ],
)
def test_sourcing_group_placed_by_in_with_place_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- sources: a passive finding has no source ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Shards of glass were found near the gate.", [("found", "")], id="passive-found"),
        pytest.param("The error was discovered in a routine check.", [], id="passive-discovered"),
        # negatives: an active finding keeps its source, an agent is read
        pytest.param(
            "Inspectors found that the gate had been forced.",
            [("found", "Inspectors")],
            id="negative-active",
        ),
        pytest.param(
            "The flaw was found by auditors at Penrow Bank.",
            [("found", "auditors at Penrow Bank")],
            id="negative-agent",
        ),
    ],
)
def test_sourcing_passive_finding_without_agent(text: str, expected: list[tuple[str, str]]) -> None:
    assert [r for r in _rows(text) if r[0] in ("found", "discovered")] == expected


# --- classes and kinds -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "cls"),
    [
        pytest.param(
            "According to the Child Welfare Trust, waiting lists have grown.",
            "the Child Welfare Trust",
            "organisation",
            id="child-trust",
        ),
        pytest.param(
            "The Family Rescue Network said waiting lists have grown.",
            "The Family Rescue Network",
            "organisation",
            id="family-network",
        ),
        # negatives: a title and a first name keep a person
        pytest.param(
            "Councillor Dawn Mills said waiting lists have grown.",
            "Councillor Dawn Mills",
            "named",
            id="negative-councillor",
        ),
    ],
)
def test_sourcing_person_noun_opening_a_body_name(text: str, source: str, cls: str) -> None:
    cue = "According to" if text.startswith("According") else "said"
    assert row_with_source(text, cue, source).source_class == cls


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        pytest.param(
            '"We lost the barn," said Oskar Venn, 58, a farmer.',
            "Oskar Venn, 58, a farmer",
            "citizen",
            id="age-farmer",
        ),
        pytest.param(
            "Lina Moor, 44, a senior lecturer, said the course was full.",
            "Lina Moor, 44, a senior lecturer",
            "expert",
            id="age-lecturer-before-cue",
        ),
        # negatives: an age alone gives no kind, a place after the age none either
        pytest.param(
            '"We lost the barn," said Oskar Venn, 58.', "Oskar Venn, 58", "unknown", id="negative-age-only"
        ),
        pytest.param(
            "Oskar Venn, 58, of Marsh Lane, said the barn was lost.",
            "Oskar Venn, 58, of Marsh Lane",
            "unknown",
            id="negative-address",
        ),
    ],
)
def test_sourcing_appositive_after_age_gives_kind(text: str, source: str, kind: str) -> None:
    assert row_with_source(text, "said", source).source_kind == kind


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved"),
    [
        pytest.param(
            'Dana Rusk, 33, said the alarm never sounded. "Nobody came," the care worker told reporters.',
            "told",
            "the care worker",
            "Dana Rusk",
            id="worker",
        ),
        pytest.param(
            'Priya Lomax said the roof leaked. "It rains indoors," the nurse added.',
            "added",
            "the nurse",
            "Priya Lomax",
            id="nurse",
        ),
        # negative: with no named person before, the description stays a role
        pytest.param(
            'The school shut early. "It rains indoors," the teacher said.',
            "said",
            "the teacher",
            "",
            id="negative-none",
        ),
    ],
)
def test_sourcing_occupation_description_resolves_to_name(
    text: str, cue: str, source: str, resolved: str
) -> None:
    assert row_with_source(text, cue, source).resolved_to == resolved


@pytest.mark.parametrize(
    ("text", "source", "cls"),
    [
        pytest.param(
            "Ewan Marr wrote the history. According to the diaries Marr kept, the mill burned twice.",
            "the diaries Marr kept",
            "document",
            id="diaries-contact-clause",
        ),
        # negative: the surname alone is the named person
        pytest.param(
            "Ewan Marr wrote the history. According to Marr, the mill burned twice.",
            "Marr",
            "named",
            id="negative-surname",
        ),
    ],
)
def test_sourcing_document_with_contact_clause_stays_document(text: str, source: str, cls: str) -> None:
    assert row_with_source(text, "According to", source).source_class == cls
