"""Sourcing round fourteen: the classes of error of the round-fourteen blind articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from mediakit.metrics.sourcing.classify import _find_names
from tests.metrics.sourcing_rows import assert_row_with_source, cues, row_with_source, table


# --- no row, or no source: phrases that are not attributions -------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a noun form before a copula after a name of two capitalised words
        pytest.param("The Blue Harbour list was second with 12%.", "list", id="noun-list-before-copula"),
        # a base form after "a" and a capitalised name: no verb agrees with "a" + name
        pytest.param(
            "A Fenwick County Council report published in May found that rents rose.",
            "report",
            id="a-name-report",
        ),
        # a sentence-final "continues" with no quotation reports nothing
        pytest.param("The bridge stays shut while the inquiry continues.", "continues", id="continues-final"),
        # a comparison with a document's figure
        pytest.param("The flood was deeper than forecasts had predicted.", "predicted", id="than-forecasts"),
        pytest.param("Sales were lower than the models suggested.", "suggested", id="than-models"),
        # an infinitive in an earlier cue's content, its subject read back to the earlier speaker
        pytest.param(
            "A spokesman said the board would meet on Friday to discuss the budget.",
            "discuss",
            id="infinitive-in-content",
        ),
    ],
)
def test_sourcing_round14_not_a_cue(text: str, cue: str) -> None:
    assert cue not in cues(text), table(text)[["cue", "source"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Officials report that rents rose.", "report", id="report-verb-kept"),
        pytest.param("Fenwick County Council reports that rents rose.", "reports", id="name-reports-kept"),
        pytest.param(
            "Tom Hale, who he claims is unfair, left the club.", "claims", id="claims-before-is-kept"
        ),
        pytest.param('"We will rebuild," he continued.', "continued", id="continued-quote-kept"),
        pytest.param('He continued: "We will rebuild."', "continued", id="continued-colon-kept"),
        pytest.param("Turnout was higher than party insiders expected.", "expected", id="than-people-kept"),
        pytest.param("Models suggested the flood would be shallow.", "suggested", id="models-suggested-kept"),
        pytest.param("Members met on Monday to discuss the plan.", "discuss", id="no-earlier-cue-kept"),
        pytest.param(
            "The mayor said it was fine, and vowed to discuss it.", "discuss", id="coordinated-kept"
        ),
    ],
)
def test_sourcing_round14_cue_kept(text: str, cue: str) -> None:
    assert cue in cues(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a scheduled event is the content of "expected", no source
        pytest.param("A ruling is expected in March.", "", id="expected-in-time"),
        pytest.param("The verdict was expected on Friday.", "", id="expected-on-day"),
        # negatives: a subject that expects keeps its row
        pytest.param("Officials expected the ruling in March.", "Officials", id="officials-expected"),
    ],
)
def test_sourcing_round14_expected_source(text: str, source: str) -> None:
    t = table(text)
    assert t[t["cue"] == "expected"]["source"].tolist() == [source]


# --- spans ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # bare nouns joined inside a document's "of" phrase stay in it
        pytest.param(
            "Fares rose, according to a review of ticket and survey data.",
            "according to",
            "a review of ticket and survey data",
            id="document-of-bare-conjunct",
        ),
        pytest.param(
            "Costs rose, according to an analysis of census and tax records.",
            "according to",
            "an analysis of census and tax records",
            id="document-of-bare-conjunct-records",
        ),
        # negative: a determined conjunct is a second phrase
        pytest.param(
            "Fares rose, according to a review of prices and a survey by the bank.",
            "according to",
            "a review of prices",
            id="document-of-determined-conjunct",
        ),
        # "update" is a document noun
        pytest.param(
            "A safety update published on the council's website said the pier was closed.",
            "said",
            "A safety update published on the council's website",
            id="update-document",
        ),
        # a kin noun after a possessive titled name, then a first name and a relative clause
        pytest.param(
            "Mr Hale's son, Owen, who sailed with him, said the crossing was rough.",
            "said",
            "Mr Hale's son, Owen, who sailed with him",
            id="titled-possessive-kin-first-name",
        ),
    ],
)
def test_sourcing_round14_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- classes, kinds and resolution ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        # a first name in apposition with a kin noun, before a relative clause: the named relative
        pytest.param(
            "Mr Hale's son, Owen, who sailed with him, said the crossing was rough.",
            "said",
            "Mr Hale's son, Owen, who sailed with him",
            "Owen",
            "named",
            None,
            id="kin-first-name-relative",
        ),
        # negative: no name in apposition, a described relative
        pytest.param(
            "Her brother, who sailed with her, said the crossing was rough.",
            "said",
            "Her brother, who sailed with her",
            "",
            "role",
            None,
            id="kin-no-name",
        ),
        # government initials and an investigator are official
        pytest.param(
            "NTSB investigator Carla Voss said the crew had been warned.",
            "said",
            "NTSB investigator Carla Voss",
            "Carla Voss",
            "named",
            "official",
            id="ntsb-investigator",
        ),
        pytest.param(
            "The NTSB said the crew had been warned.",
            "said",
            "The NTSB",
            "",
            "organisation",
            "official",
            id="ntsb",
        ),
        # a national, federal or state board is a public body
        pytest.param(
            "The National Rail Safety Board said the crew had been warned.",
            "said",
            "The National Rail Safety Board",
            "",
            "organisation",
            "official",
            id="national-board",
        ),
        # negative: a company's board stays an organisation
        pytest.param(
            "The Brightwell Board said the shares would be sold.",
            "said",
            "The Brightwell Board",
            "",
            "organisation",
            "organisation",
            id="company-board",
        ),
        # a multi-word country name ends a body's name, no person's
        pytest.param(
            "Surf Life Saving New Zealand said the beach was closed.",
            "said",
            "Surf Life Saving New Zealand",
            "",
            "organisation",
            None,
            id="body-ending-in-country",
        ),
        # a pair used as a modifier after "the" is a body's or brand's name
        pytest.param(
            "The Harbour Lights ferry was late. Harbour Lights said a crew member was ill.",
            "said",
            "Harbour Lights",
            "",
            "organisation",
            None,
            id="brand-after-the",
        ),
        # negatives: a known first name, or a noun a person's name modifies, keeps the person
        pytest.param(
            "The Joe Marsh campaign lost. Joe Marsh said it was close.",
            "said",
            "Joe Marsh",
            "",
            "named",
            None,
            id="first-name-campaign",
        ),
        pytest.param(
            "The Idris Kell case was heard. Idris Kell said he was relieved.",
            "said",
            "Idris Kell",
            "",
            "named",
            None,
            id="person-case",
        ),
        # a bare surname after a full name written as a possessive inside a capitalised run
        pytest.param(
            "Mayor Anton Zeller's Civic Union came second. Zeller said he would stay.",
            "said",
            "Zeller",
            "Anton Zeller",
            "named",
            None,
            id="possessive-name-then-surname",
        ),
    ],
)
def test_sourcing_round14_rows(
    text: str, cue: str, source: str, resolved_to: str, source_class: str, source_kind: str | None
) -> None:
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


# --- pronouns: the nearest person, not a place or a clause -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "resolved_to"),
    [
        # a place after ", from" in a person's apposition
        pytest.param(
            'Nora Blake, 70, from Hollin Vale, said the shop was empty. "It was always full," she said.',
            "Nora Blake",
            id="comma-from-place",
        ),
        # a place after a route preposition
        pytest.param(
            'Nora Blake finished in the dark. "I was tired somewhere around Crail Point," she said.',
            "Nora Blake",
            id="route-preposition-place",
        ),
        # a place opening with a place word
        pytest.param(
            'Nora Blake set off from Fort Ailsa at dawn. "It was calm," she said.',
            "Nora Blake",
            id="fort-place",
        ),
        # a contracted clause opener and a month are no name
        pytest.param(
            'Tom Reid said the heating was broken. "It\'s January," he said.',
            "Tom Reid",
            id="contracted-opener",
        ),
        # a name's gender is read in its own sentence only (an earlier "a spokesman" is not hers)
        pytest.param(
            "The mill would reopen, a spokesman said. Dr Aroha Penn, a chemist, said the water was safe. "
            "She told reporters the tests were clean.",
            "Aroha Penn",
            id="gender-window-own-sentence",
        ),
        # negatives: a person after "from" with no comma, a name with an apostrophe, a gender word in the sentence
        pytest.param(
            "The award went from Jane Orr to Tom Reid. Later Tom Reid spoke. He said it was fair.",
            "Tom Reid",
            id="from-person-no-comma",
        ),
        pytest.param(
            "Sean O'Hara said the road was shut. He said it would reopen.",
            "Sean O'Hara",
            id="apostrophe-name",
        ),
        pytest.param(
            "Kim Lo, a spokesman for the firm, said the plant was safe. He said tests were clean.",
            "Kim Lo",
            id="gender-word-same-sentence",
        ),
    ],
)
def test_sourcing_round14_pronoun_resolution(text: str, resolved_to: str) -> None:
    t = table(text)
    pronouns = t[t["source"].str.lower().isin(["he", "she"])]
    assert pronouns["resolved_to"].tolist()[-1:] == [resolved_to], t[
        ["cue", "source", "resolved_to"]
    ].values.tolist()


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        pytest.param("It's December", (), id="its-month"),
        pytest.param("That's Life", (), id="thats"),
        pytest.param("Sean O'Hara", ("Sean O'Hara",), id="apostrophe-surname"),
        pytest.param("Mayor Anton Zeller's Civic Union", ("Anton Zeller",), id="possessive-split"),
        pytest.param("Acme's CEO Jane Roe", ("Jane Roe",), id="leading-possessive"),
        pytest.param("Jane Roe's dog", ("Jane Roe's",), id="final-possessive-kept"),
    ],
)
def test_sourcing_round14_find_names(phrase: str, names: tuple[str, ...]) -> None:
    assert _find_names(phrase) == names
