"""Sourcing round six: the classes of error found on the round-five blind articles (docs/sourcing.md).

Each rule has its own sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, row_with_source, table

# --- a number or quantity is never a source -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Some 450 planned flights were grounded on Friday.", id="number-before-participle"),
        pytest.param("Nearly seven in ten drivers do not know the new rules.", id="x-in-ten"),
        pytest.param("Four out of ten parents said they had skipped meals.", id="x-out-of-ten"),
        pytest.param("Dozens of cars were swept away, the report says.", id="dozens-of-things"),
        pytest.param("About 1,200 said yes in the ballot.", id="bare-numeral"),
    ],
)
def test_sourcing_round6_quantity_is_no_source(text):
    t = table(text)
    sources = [s for s in t["source"] if s]
    assert not any(
        s.split()[0].lower() in ("some", "nearly", "four", "ten", "dozens", "about", "1,200") for s in sources
    )
    assert not any(ch.isdigit() for s in sources for ch in s)


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            "Two officials said the scheme was dead.",
            "said",
            "Two officials",
            "",
            "unnamed",
            "official",
            id="two-officials",
        ),
        pytest.param(
            "Three shopkeepers told the paper trade had halved.",
            "told",
            "Three shopkeepers",
            "",
            "role",
            None,
            id="three-role",
        ),
        pytest.param(
            "The two said they would appeal the ruling.", "said", "The two", "", "role", None, id="the-two"
        ),
        pytest.param(
            "Hundreds of tenants said they were angry.",
            "said",
            "Hundreds of tenants",
            "",
            "role",
            "citizen",
            id="hundreds-of-people",
        ),
    ],
)
def test_sourcing_round6_counts_of_people_stay_sources(
    text, cue, source, resolved_to, source_class, source_kind
):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


# --- an anonymous person placed by a participle is read whole; pronouns resolve to it ----------


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            "A man living on Birch Lane, who asked not to be named, said the noise woke him. "
            "He said it was terrifying.",
            "said",
            "A man living on Birch Lane, who asked not to be named",
            "",
            "unnamed",
            "citizen",
            id="living-on-street",
        ),
        pytest.param(
            "A driver based in Port Ellis, who asked not to be named, said fuel had doubled. "
            "She said she would sell the van.",
            "said",
            "She",
            "A driver based in Port Ellis",
            "unnamed",
            None,
            id="based-in-town-pronoun",
        ),
        pytest.param(
            "A nurse at Linden Hospital, who asked not to be named, said the wards were full.",
            "said",
            "A nurse at Linden Hospital, who asked not to be named",
            "",
            "unnamed",
            None,
            id="prepositional-place",
        ),
        pytest.param(
            "Council leader Omar Reid, who lives on Ash Road, said the plan would work.",
            "said",
            "Council leader Omar Reid, who lives on Ash Road",
            "Omar Reid",
            "named",
            "official",
            id="negative-named-person-stays",
        ),
    ],
)
def test_sourcing_round6_placed_anonymous_person(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


@pytest.mark.parametrize(
    "text",
    ["A woman living on Maple Crescent said the fires scared her.", "He lives on Mill Road, police said."],
)
def test_sourcing_round6_street_is_no_named_source(text):
    t = table(text)
    assert not any(c == "named" for c in t["source_class"])


# --- a title and a first name make an organisation-like ending a surname -----------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            "Councillor Tamsin Holdings, who chairs the panel, said the budget was tight.",
            "said",
            "Councillor Tamsin Holdings, who chairs the panel",
            "Tamsin Holdings",
            "named",
            "official",
            id="councillor-holdings",
        ),
        pytest.param(
            "Councillor Tamsin Mills said the budget was tight.",
            "said",
            "Councillor Tamsin Mills",
            "Tamsin Mills",
            "named",
            "official",
            id="councillor-mills",
        ),
        pytest.param(
            "Acme Holdings said profits rose by a fifth.",
            "said",
            "Acme Holdings",
            "",
            "organisation",
            None,
            id="negative-company",
        ),
        pytest.param(
            "Northfield Mills said it would cut jobs.",
            "said",
            "Northfield Mills",
            "",
            "organisation",
            None,
            id="negative-mills-company",
        ),
    ],
)
def test_sourcing_round6_titled_person_with_org_ending(
    text, cue, source, resolved_to, source_class, source_kind
):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


def test_sourcing_round6_council_is_not_the_councillor():
    t = table("Councillor Tamsin Holdings said the budget was tight. The council said it would reply.")
    assert list(t["resolved_to"][t["source"] == "The council"]) == [""]


# --- bare plural aides and sources (with seniority words) are unnamed ---------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param("Aides say the premier is livid about the leak.", "say", "Aides", "unnamed", id="aides"),
        pytest.param(
            "Top sources told the paper a deal was close.", "told", "Top sources", "unnamed", id="top-sources"
        ),
        pytest.param(
            "Senior government aides said the vote would slip.",
            "said",
            "Senior government aides",
            "unnamed",
            id="senior-government-aides",
        ),
        pytest.param(
            "Her aides said she was resting at home.",
            "said",
            "Her aides",
            "role",
            id="negative-possessed-aides",
        ),
        pytest.param(
            "Officials said the bridge would reopen.", "said", "Officials", "role", id="negative-officials"
        ),
        pytest.param(
            "Insiders say the merger is off.", "say", "Insiders", "vague", id="negative-insiders-vague"
        ),
    ],
)
def test_sourcing_round6_bare_aides_and_sources_unnamed(text, cue, source, source_class):
    assert row_with_source(text, cue, source).source_class == source_class


# --- refusals to comment and section headings are no rows --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The ministry declined to comment on the leaked memo.", id="declined-to-comment"),
        pytest.param("A spokeswoman for the club refused to comment.", id="refused-to-comment"),
        pytest.param(
            "Letters: bins, buses and the new bypass\n\nThe bypass has ruined our village.",
            id="letters-heading",
        ),
        pytest.param(
            "Opinion: why the bypass was a mistake\n\nThe bypass has ruined our village.",
            id="opinion-heading",
        ),
    ],
)
def test_sourcing_round6_no_row(text):
    assert [s for s in table(text)["source"] if s] == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The manager refused to discuss the transfer fee.",
            "refused",
            "The manager",
            id="refusal-to-discuss-stays",
        ),
        pytest.param(
            "Mayor Lena Ortiz: the bypass will open in May.",
            "Mayor Lena Ortiz:",
            "Mayor Lena Ortiz",
            id="speaker-label-stays",
        ),
    ],
)
def test_sourcing_round6_negatives_keep_their_row(text, cue, source):
    row_with_source(text, cue, source)


# --- a bare plural institution noun is an organisation; a description takes its name's kind -----


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            "Councils tell us they cannot pay for it.",
            "tell",
            "Councils",
            "",
            "organisation",
            "official",
            id="councils",
        ),
        pytest.param(
            "Eastfield Community NHS Trust has closed two wards. In a statement, the trust said patients were safe. "
            "It urged visitors to stay away.",
            "urged",
            "It",
            "Eastfield Community NHS Trust",
            "organisation",
            "official",
            id="nhs-trust-pronoun",
        ),
        pytest.param(
            "Acme Water Trust has closed two sites. The trust said supplies were safe.",
            "said",
            "The trust",
            "Acme Water Trust",
            "organisation",
            "organisation",
            id="negative-private-trust",
        ),
        pytest.param(
            "Councillors said the plan was flawed.",
            "said",
            "Councillors",
            "",
            "role",
            "official",
            id="negative-councillors",
        ),
    ],
)
def test_sourcing_round6_institution_plurals_and_description_kinds(
    text, cue, source, resolved_to, source_class, source_kind
):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_kind"),
    [
        pytest.param(
            "Health minister Omar Reid visited the ward. He said the wait was too long.",
            "said",
            "He",
            "Omar Reid",
            "official",
            id="pronoun-takes-title-kind",
        ),
        pytest.param(
            "Health minister Omar Reid visited on Monday.\n\nQ: Will you build more?\n\nREID: Yes, we will.",
            "REID:",
            "REID",
            "Omar Reid",
            "official",
            id="transcript-turn-takes-title-kind",
        ),
        pytest.param(
            "We met Omar Reid at home. He said the wait was too long.",
            "said",
            "He",
            "Omar Reid",
            "unknown",
            id="negative-no-title",
        ),
    ],
)
def test_sourcing_round6_name_kind_from_earlier_title(text, cue, source, resolved_to, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, "named", source_kind)
