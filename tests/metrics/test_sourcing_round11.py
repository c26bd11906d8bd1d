"""Sourcing round eleven: the classes of error of the round-eleven blind articles (docs/sourcing.md).

Each rule has its own sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from mediakit.metrics import sourcing
from mediakit.text.parse import parse
from tests.metrics.sourcing_rows import assert_row_with_source, cues, table

# --- rows: the source phrase, what it resolves to, its class and kind --------------------------------
_ROWS = [
    # a document after "according to" takes no appositive: the comma opens the main clause
    pytest.param(
        "According to a letter written by the school's governors, the roof needs £2 million of repairs, "
        "or most of its budget.",
        "According to",
        "a letter written by the school's governors",
        "",
        "document",
        None,
        id="according-to-document-participle",
    ),
    pytest.param(
        "According to a report by the port authority, the harbour wall is failing, engineers say.",
        "According to",
        "a report by the port authority",
        "",
        "document",
        None,
        id="according-to-document-by-agent",
    ),
    pytest.param(
        "According to Ruth Adeyemi, a surveyor for the trust, the roof needs £2 million of repairs.",
        "According to",
        "Ruth Adeyemi, a surveyor for the trust",
        "Ruth Adeyemi",
        "named",
        None,
        id="negative-according-to-person-appositive",
    ),
    pytest.param(
        "The roof needs repairs, according to a blog post by Tom Iles, chair of the Friends of Holm Park.",
        "according to",
        "a blog post by Tom Iles, chair of the Friends of Holm Park",
        "",
        "document",
        None,
        id="negative-according-to-agent-name-appositive",
    ),
    # "the city", "the county": the place's government, for speech and "according to"
    pytest.param(
        "The new parking charges start in April, according to the town.",
        "according to",
        "the town",
        "",
        "organisation",
        "official",
        id="according-to-the-town",
    ),
    pytest.param(
        "The county said the bridge would reopen on Friday.",
        "said",
        "The county",
        "",
        "organisation",
        "official",
        id="the-county-said",
    ),
    # a lone first name after the full name is that person
    pytest.param(
        "The appeal was started by teacher Megan Holt, 42. Megan said the response had been overwhelming.",
        "said",
        "Megan",
        "Megan Holt",
        "named",
        None,
        id="first-name-after-full-name",
    ),
    pytest.param(
        "Nurse Owen Pryde stayed late. Owen said the ward was full.",
        "said",
        "Owen",
        "Owen Pryde",
        "named",
        None,
        id="first-name-after-titled-name",
    ),
    pytest.param(
        "Megan Holt said the response was huge. Brightley said it would match every donation.",
        "said",
        "Brightley",
        "",
        "organisation",
        None,
        id="negative-one-word-body-no-first-name",
    ),
    pytest.param(
        "Shoppers queued outside GreenLeaf Grocers. GreenLeaf said it had run out of bread.",
        "said",
        "GreenLeaf",
        "",
        "organisation",
        None,
        id="negative-company-name-is-no-first-name",
    ),
    pytest.param(
        "Ann Roe chairs the Centre for Control of Marram Grass Blight. Marram said the dunes were at risk.",
        "said",
        "Marram",
        "",
        "organisation",
        None,
        id="negative-name-inside-body-name-is-no-person",
    ),
    # a plural group defined only by its stance on a topic is vague, as "Opponents of the scheme" is
    pytest.param(
        "Supporters of the new bypass argue it will cut traffic in the village.",
        "argue",
        "Supporters of the new bypass",
        "",
        "vague",
        None,
        id="supporters-of-vague",
    ),
    pytest.param(
        "Proponents of the levy say it will pay for new buses.",
        "say",
        "Proponents of the levy",
        "",
        "vague",
        None,
        id="proponents-of-vague",
    ),
    pytest.param(
        "His supporters argue he was treated unfairly.",
        "argue",
        "His supporters",
        "",
        "role",
        None,
        id="negative-possessed-supporters-role",
    ),
    # a body's name before a document noun is the document's modifier: a document
    pytest.param(
        "Ohio Department of Health data shows flu cases doubled in a week.",
        "shows",
        "Ohio Department of Health data",
        "",
        "document",
        None,
        id="body-name-data",
    ),
    pytest.param(
        "Department for Transport figures show rail journeys rose by a tenth.",
        "show",
        "Department for Transport figures",
        "",
        "document",
        None,
        id="body-name-figures",
    ),
    pytest.param(
        "A Department of Health spokesman said flu cases doubled.",
        "said",
        "A Department of Health spokesman",
        "",
        "role",
        None,
        id="negative-body-name-person-noun",
    ),
    # a lower-case body noun before a one-word capitalised name: the body
    pytest.param(
        "Rents rose 9% last year, according to listings platform Homefind.",
        "according to",
        "listings platform Homefind",
        "Homefind",
        "organisation",
        None,
        id="body-noun-one-word-name",
    ),
    pytest.param(
        "Energy supplier Brightwater said bills would fall in spring.",
        "said",
        "Energy supplier Brightwater",
        "Brightwater",
        "organisation",
        None,
        id="body-noun-one-word-name-ending-er",
    ),
    pytest.param(
        "Union leader Mary Hale said the strike would go ahead.",
        "said",
        "Union leader Mary Hale",
        "Mary Hale",
        "named",
        None,
        id="negative-person-title-before-name",
    ),
    # a document's "of" phrase, then its "by" agent: one phrase
    pytest.param(
        "A study of 400 hip patients by surgeons at Tarrow General found that most walked within a day.",
        "found",
        "A study of 400 hip patients by surgeons at Tarrow General",
        "",
        "document",
        None,
        id="document-of-phrase-by-agent",
    ),
    pytest.param(  # reaches _document_of: a person noun's "of" phrase, then "by" (a place, no agent)
        "Neighbours of the couple by the canal said the boat had sunk.",
        "said",
        "Neighbours of the couple",
        "",
        "role",
        None,
        id="negative-event-of-phrase-by",
    ),
    # a title abbreviation, a comma, then the name: one phrase, the named person
    pytest.param(
        "Bedford's MP, Anwen Clarke, has backed the campaign.",
        "backed",
        "Bedford's MP, Anwen Clarke",
        "Anwen Clarke",
        "named",
        "official",
        id="possessive-mp-apposition",
    ),
    pytest.param(
        "The brewery's CEO, Dan Okoro, said sales had doubled.",
        "said",
        "The brewery's CEO, Dan Okoro",
        "Dan Okoro",
        "named",
        None,
        id="possessive-ceo-apposition",
    ),
    pytest.param(
        "In Bedford, Anwen Clarke said the campaign had her backing.",
        "said",
        "Anwen Clarke",
        "Anwen Clarke",
        "named",
        None,
        id="negative-place-before-name-comma",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "resolved_to", "source_class", "source_kind"), _ROWS)
def test_sourcing_round11_rows(text, cue, source, resolved_to, source_class, source_kind):
    if resolved_to == source:
        resolved_to = ""  # the mention is the entity itself
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


# --- named counts: the first name counts as the person, once ------------------------------------------
@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param(
            "Bakery owner Lena Voss, 52, lost her van. Lena said: \"It was everything.\" The firm said nothing.",
            1,
            id="first-name-same-person",
        ),
        pytest.param(
            "Tom Hale said the bus was late. Tom Reyes, a driver, said it was not. Tom said traffic was heavy.",
            2,
            id="first-name-two-people-nearest",
        ),
    ],
)
def test_sourcing_round11_first_name_counts_once(text, named):
    assert sourcing.compute(parse(text)).values["named_sources"] == named


def test_sourcing_round11_first_name_takes_nearest_full_name():
    t = table("Tom Hale said the bus was late. Tom Reyes, a driver, said it was not. Tom said traffic was heavy.")
    assert t.iloc[-1].resolved_to == "Tom Reyes"


def test_sourcing_round11_description_not_resolved_to_first_name():
    text = (
        "The search was led by owner Hannah Briggs, 31. Hannah said she was thrilled. "
        "A spokesman for delivery firm Swiftbox said staff were delighted. The firm said it would pay."
    )
    r = [r for r in table(text).itertuples() if r.source == "The firm"]
    assert r and r[0].resolved_to == "Swiftbox"


# --- cue rows: a speech cue in a subordinate clause inside reported content is nested -----------------
@pytest.mark.parametrize(
    ("text", "cue", "present"),
    [
        pytest.param(
            "The coroner wrote that the claim failed because the widow had not asked for an inquest in time.",
            "asked",
            False,
            id="nested-because-had-not",
        ),
        pytest.param(
            "The minister said the deal collapsed because the union never demanded a vote.",
            "demanded",
            False,
            id="nested-because-never",
        ),
        pytest.param(
            "The widow had not asked for an inquest in time.",
            "asked",
            True,
            id="negative-main-clause-request",
        ),
        pytest.param(
            "The family asked the court to delay the hearing.",
            "asked",
            True,
            id="negative-request-with-infinitive",
        ),
        pytest.param(
            "The coroner wrote to the family, and the widow asked for an inquest.",
            "asked",
            True,
            id="negative-coordinated-clause",
        ),
    ],
)
def test_sourcing_round11_nested_subordinate_cue(text, cue, present):
    assert (cue in cues(text)) is present
