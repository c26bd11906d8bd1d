"""Sourcing round twenty-six: the classes of error of the round-twenty-six articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import class_kind_resolved, first_source, table


def _sourced(text: str) -> list[tuple[str, str]]:
    """The (cue, source) pairs of the rows that have a source."""
    t = table(text)
    return [(c, s) for c, s in zip(t["cue"], t["source"], strict=True) if s]


# --- spans: a subject after "and" / "but" and a clause's comma ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The soup was cold, and my sister, who cooks for a living, said the bread was stale.",
            [("said", "my sister, who cooks for a living")],
            id="and-kin-relative",
        ),
        pytest.param(
            "The lift broke again, but Nora Vance, who lives on the top floor, said it was fixed by noon.",
            [("said", "Nora Vance, who lives on the top floor")],
            id="but-name-relative",
        ),
        pytest.param(
            "Fares went up, and the operator, which runs the night buses, said costs had risen.",
            [("said", "the operator, which runs the night buses")],
            id="and-body-relative",
        ),
        # an apposition after a name inside a list still leaves only the last member
        pytest.param(
            "Ida Moss, a nurse, and Carl Penn, who live on Mill Row, said the lane flooded.",
            [("said", "Carl Penn, who live on Mill Row")],
            id="list-with-apposition",
        ),
        # negative: a conjunct that is a thing, before a post-posed speaker, is content
        pytest.param(
            "Sales fell, and profits, which had risen, fell too, the firm said.",
            [("said", "the firm")],
            id="thing-conjunct-stays-content",
        ),
    ],
)
def test_sourcing_conjunction_opened_subject(text, expected):
    assert _sourced(text) == expected


# --- spans: "One," / "Another," before a name in apposition and a relative clause -------------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved"),
    [
        pytest.param(
            "Another, Leah Dorn, who sells eggs at the market, said prices were too high.",
            "Another, Leah Dorn, who sells eggs at the market",
            "Leah Dorn",
            id="another-name-relative",
        ),
        pytest.param(
            "One, Piet Varga, who has kept bees for years, said the spring was late.",
            "One, Piet Varga, who has kept bees for years",
            "Piet Varga",
            id="one-name-relative",
        ),
        # negative: "another" after a verb is an object; the relative pronoun is the mention
        pytest.param(
            "We spoke to another, Leah Dorn, who said prices were too high.",
            "who",
            "Leah Dorn",
            id="object-another-stays-out",
        ),
    ],
)
def test_sourcing_counted_one_before_name(text, source, resolved):
    assert class_kind_resolved(text, "said", source)[::2] == ("named", resolved)


# --- classes: bare "sources" placed by a preposition are anonymous ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "cls"),
    [
        pytest.param(
            "Sources on the government benches say the vote will be close.",
            "Sources on the government benches",
            "unnamed",
            id="on-benches",
        ),
        pytest.param(
            "Senior sources at the ministry said the memo was genuine.",
            "Senior sources at the ministry",
            "unnamed",
            id="at-ministry",
        ),
        pytest.param(
            "Aides at the palace said the visit was off.", "Aides at the palace", "unnamed", id="aides-at"
        ),
        # negatives: a quantifier keeps them vague; commentators placed by a preposition stay vague
        pytest.param(
            "Some sources on the council say the vote is close.",
            "Some sources on the council",
            "vague",
            id="some-sources-vague",
        ),
        pytest.param(
            "Experts on the panel said the plan was sound.", "Experts on the panel", "vague", id="experts-on"
        ),
    ],
)
def test_sourcing_placed_sources_unnamed(text, source, cls):
    cue = "say" if " say " in text else "said"
    assert class_kind_resolved(text, cue, source)[0] == cls


# --- classes: a body's noun is no person title, a document noun no first name -------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "cls", "resolved"),
    [
        pytest.param(
            "The Regional Government Data Unit said fees had doubled.",
            "The Regional Government Data Unit",
            "organisation",
            "",
            id="government-data-unit",
        ),
        pytest.param(
            "The Local Records Office said the files were lost.",
            "The Local Records Office",
            "organisation",
            "",
            id="records-office",
        ),
        pytest.param(
            "The Kessingford Council Data Office said the figures were wrong.",
            "The Kessingford Council Data Office",
            "organisation",
            "",
            id="council-data-office",
        ),
        # negatives: a person title and a first name keep a person with a body-like surname
        pytest.param(
            "Councillor Dawn Holdings said the plan was rushed.",
            "Councillor Dawn Holdings",
            "named",
            "Dawn Holdings",
            id="titled-person",
        ),
        pytest.param(
            "Dr Ann Works said the ward was full.", "Dr Ann Works", "named", "Ann Works", id="dr-person"
        ),
    ],
)
def test_sourcing_body_noun_no_title(text, source, cls, resolved):
    c, _, r = class_kind_resolved(text, "said", source)
    assert (c, r) == (cls, resolved)


# --- spans: a document's "of" / "for" phrase and its participle between commas ------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        pytest.param(
            "A catalogue of her prints, published in 1998, suggests only six survive.",
            "suggests",
            "A catalogue of her prints, published in 1998",
            id="catalogue-of",
        ),
        pytest.param(
            "A plan for the harbour, published on Monday, shows forty berths.",
            "shows",
            "A plan for the harbour, published on Monday",
            id="plan-for",
        ),
        pytest.param(
            "The museum's catalogue says the vase is Roman.",
            "says",
            "The museum's catalogue",
            id="catalogue-noun",
        ),
        # negative: a person's "of" phrase with a participle stays a person
        pytest.param(
            "The owner of the shop, pictured above, said the rent had doubled.",
            "said",
            "The owner of the shop",
            id="person-of-stays",
        ),
    ],
)
def test_sourcing_document_of_phrase_participle(text, cue, expected):
    assert first_source(text, cue) == expected


@pytest.mark.parametrize(
    ("text", "source", "cls"),
    [
        pytest.param(
            "A catalogue of her prints, published in 1998, suggests only six survive.",
            "A catalogue of her prints, published in 1998",
            "document",
            id="catalogue",
        ),
        pytest.param("My companion said the wine was corked.", "My companion", "role", id="companion"),
        pytest.param(
            "The ferry was late, the parish clerk confirmed.", "the parish clerk", "role", id="clerk"
        ),
        # negative: the clerk's office is a body
        pytest.param(
            "The clerk's office said the forms were late.",
            "The clerk's office",
            "organisation",
            id="clerks-office",
        ),
    ],
)
def test_sourcing_catalogue_companion_clerk(text, source, cls):
    cue = next(c for c in ("suggests", "said", "confirmed") if c in text)
    assert class_kind_resolved(text, cue, source)[0] == cls


# --- classes and spans: trade houses, and a body's name in apposition after a body noun -------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "cls"),
    [
        pytest.param(
            "The auction house said the vase sold in minutes.",
            "said",
            "The auction house",
            "organisation",
            id="auction-house",
        ),
        pytest.param(
            "A publishing house said the memoir would be out in May.",
            "said",
            "A publishing house",
            "organisation",
            id="publishing-house",
        ),
        pytest.param(
            "The vase fetched £9,000, according to the auction house, Brindle & Rowe.",
            "according to",
            "the auction house, Brindle & Rowe",
            "organisation",
            id="house-name-ampersand",
        ),
        pytest.param(
            "Rents rose by a tenth, according to the charity, Hope Harbour.",
            "according to",
            "the charity, Hope Harbour",
            "organisation",
            id="charity-name",
        ),
        pytest.param(
            "Fares will rise in May, said the operator, Brackwell Ferries.",
            "said",
            "the operator, Brackwell Ferries",
            "organisation",
            id="inverted-operator-name",
        ),
        # negatives: a fronted "According to X," ends at its comma; a house with no trade is no body
        pytest.param(
            "According to the firm, Greaves Holdings lost money.",
            "According to",
            "the firm",
            "organisation",
            id="fronted-stays",
        ),
    ],
)
def test_sourcing_trade_house_and_body_name_apposition(text, cue, source, cls):
    assert class_kind_resolved(text, cue, source)[0] == cls


def test_sourcing_plain_house_no_source():
    assert _sourced("The house said nothing.") == []


# --- classes: "the paper" after a cited newspaper is the newspaper --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cls"),
    [
        pytest.param(
            "The Northgate Gazette reported that rents rose. The paper says tenants are angry.",
            "organisation",
            id="after-newspaper",
        ),
        # negatives: no newspaper before, or a paper that is a piece of writing before
        pytest.param("The paper says tenants are angry.", "document", id="no-newspaper"),
        pytest.param(
            "A paper in the journal Soil Letters found that worms help. The Northgate Gazette reported that "
            "farmers agree. The paper says worms matter.",
            "document",
            id="research-paper-before",
        ),
    ],
)
def test_sourcing_the_paper_newspaper(text, cls):
    t = table(text)
    rows = [r for r in t.itertuples() if r.source == "The paper"]
    assert rows and rows[-1].source_class == cls
    if cls == "organisation":
        assert rows[-1].source_kind == "media"
