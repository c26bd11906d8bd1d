"""Sourcing round seventeen: source boundaries and cue recall mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone).
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import row_with_source


# --- a name before a document noun modifies it ("a Metro TV national poll", "according to DMV records") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Bus fares rose twice, according to Harbour Board records.",
            "according to",
            "Harbour Board records",
            id="according-to-name-records",
        ),
        pytest.param(
            "Ferry use fell by a fifth, according to TPA records.",
            "according to",
            "TPA records",
            id="according-to-acronym-records",
        ),
        pytest.param(
            "The bridge was shut for a week, according to a Channel Nine weekly poll.",
            "according to",
            "a Channel Nine weekly poll",
            id="determiner-name-adjective-poll",
        ),
        pytest.param(
            "The chef moved to Lisbon in 2019, according to his Cookbook Club profile.",
            "according to",
            "his Cookbook Club profile",
            id="possessive-name-profile",
        ),
        pytest.param(
            "He faces a fine, according to Orvell's plea agreement.",
            "according to",
            "Orvell's plea agreement",
            id="possessive-plea-agreement",
        ),
    ],
)
def test_sourcing_polnear17_name_modifies_document(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "According to Tom Vale, the tram line will open in May.",
            "According to",
            "Tom Vale",
            id="according-to-name-then-clause",
        ),
        pytest.param(
            "The Harbour Bank said rates would stay low.", "said", "The Harbour Bank", id="name-then-verb"
        ),
        pytest.param(
            "According to Acme, prices rose for a third month.", "According to", "Acme", id="according-to-body"
        ),
    ],
)
def test_sourcing_polnear17_name_modifies_document_not_otherwise(text, cue, source):
    row_with_source(text, cue, source)


# --- a document noun in "-ing" ends its phrase ("a court filing", "ward polling data") ------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The two firms had split the fee, according to a court filing.",
            "according to",
            "a court filing",
            id="court-filing",
        ),
        pytest.param(
            "Older voters backed the levy, according to ward polling data.",
            "according to",
            "ward polling data",
            id="ward-polling-data",
        ),
        pytest.param(
            "Two clinics closed, according to state licensing records.",
            "according to",
            "state licensing records",
            id="licensing-records",
        ),
    ],
)
def test_sourcing_polnear17_document_gerund(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Mara Lind, filing her claim late, said the office had lost her papers.",
            "said",
            "Mara Lind",
            id="participle-clause-not-a-document",
        ),
    ],
)
def test_sourcing_polnear17_document_gerund_not_a_verb(text, cue, source):
    row_with_source(text, cue, source)


# --- a document's participle clause reads on past a time ("data released Friday by the board") ---------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Ticket sales doubled, according to data released Friday by the ferry board.",
            "according to",
            "data released Friday by the ferry board",
            id="data-released-friday-by",
        ),
        pytest.param(
            "Rents rose 4 percent, according to a survey published on Monday by Tarrow College.",
            "according to",
            "a survey published on Monday by Tarrow College",
            id="survey-published-on-monday-by",
        ),
    ],
)
def test_sourcing_polnear17_document_participle_past_time(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "A study published on Monday found that rents rose.",
            "found",
            "A study published on Monday",
            id="subject-study-published",
        ),
    ],
)
def test_sourcing_polnear17_document_participle_subject_unchanged(text, cue, source):
    row_with_source(text, cue, source)


# --- a cue form after an article or possessive is a noun inside a phrase ("familiar with the talks") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The bid was withdrawn, according to a shipping executive familiar with the talks.",
            "according to",
            "a shipping executive familiar with the talks",
            id="familiar-with-the-talks",
        ),
        pytest.param(
            "The deal is off, according to two aides briefed on the calls.",
            "according to",
            "two aides briefed on the calls",
            id="briefed-on-the-calls",
        ),
    ],
)
def test_sourcing_polnear17_cue_form_after_determiner_is_noun(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The tender was rigged, according to the talks' own minutes.",
            "according to",
            "the talks' own minutes",
            id="determiner-then-possessive",
        ),
    ],
)
def test_sourcing_polnear17_cue_form_after_determiner_other_phrases(text, cue, source):
    row_with_source(text, cue, source)


# --- an object pronoun after a preposition ends the phrase ("people close to her") ---------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The bid is over, according to people close to her.",
            "according to",
            "people close to her",
            id="according-to-close-to-her",
        ),
        pytest.param(
            "People close to him said he would not stand again.",
            "said",
            "People close to him",
            id="subject-close-to-him",
        ),
        pytest.param(
            "Aides close to them told reporters the merger was dead.",
            "told",
            "Aides close to them",
            id="subject-close-to-them",
        ),
    ],
)
def test_sourcing_polnear17_object_pronoun_ends_phrase(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The bid is over, according to a friend of her family.",
            "according to",
            "a friend of her family",
            id="her-as-determiner",
        ),
    ],
)
def test_sourcing_polnear17_possessive_her_not_an_object(text, cue, source):
    row_with_source(text, cue, source)


# --- a work's quoted title before a role noun is part of the phrase ('the "Night Desk" host') ----------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            'The "Night Desk" host Ann Lee said the show would end.',
            "said",
            'The "Night Desk" host Ann Lee',
            id="the-title-host-name",
        ),
        pytest.param(
            "“Harbour Lights” star Mia Cole told fans she was leaving.",
            "told",
            "“Harbour Lights” star Mia Cole",
            id="title-star-name",
        ),
        pytest.param(
            'The "Harbour Lights" actress posted a long message about the strike.',
            "posted",
            'The "Harbour Lights" actress',
            id="the-title-actress",
        ),
    ],
)
def test_sourcing_polnear17_quoted_title_before_role(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("“We will win,” the mayor said.", "said", "the mayor", id="quotation-then-speaker"),
        pytest.param("“We will win” the mayor said.", "said", "the mayor", id="quotation-no-comma"),
        pytest.param(
            "After the “Harbour Lights” final, the mayor said the town was proud.",
            "said",
            "the mayor",
            id="title-in-adverbial",
        ),
    ],
)
def test_sourcing_polnear17_quoted_title_not_before_role(text, cue, source):
    row_with_source(text, cue, source)


# --- a purpose infinitive after a past verb's object takes the subject ("visited the school to discuss") --
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The mayor visited the school to discuss the closures.",
            "discuss",
            "The mayor",
            id="visited-object-to-discuss",
        ),
        pytest.param(
            "Mara Lind took the stage to urge members to strike.",
            "urge",
            "Mara Lind",
            id="took-object-to-urge",
        ),
    ],
)
def test_sourcing_polnear17_purpose_infinitive_after_object(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Now is the time to say goodbye.", "say", "", id="copula-the-time-to-say"),
        pytest.param(
            "The council set out a plan to discuss the closures.", "discuss", "", id="plan-to-discuss-no-past-verb"
        ),
    ],
)
def test_sourcing_polnear17_infinitive_after_noun_has_no_source(text, cue, source):
    row_with_source(text, cue, source)


# --- a raising adjective with a degree word lends its subject ("were more likely to say") --------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Older tenants were slightly more likely to say the rent was fair.",
            "say",
            "Older tenants",
            id="slightly-more-likely",
        ),
        pytest.param(
            "Shop owners were quick to warn that trade would fall.", "warn", "Shop owners", id="quick-to"
        ),
        pytest.param("The board is unlikely to say more.", "say", "The board", id="unlikely-to"),
        pytest.param(
            "The growers are all quick to warn buyers about the frost.",
            "warn",
            "The growers",
            id="floating-all",
        ),
    ],
)
def test_sourcing_polnear17_raising_adjective_lends_subject(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("All were quick to say no.", "say", "All", id="all-as-subject"),
        pytest.param("The more likely to say yes, the better.", "say", "", id="comparative-no-subject"),
    ],
)
def test_sourcing_polnear17_raising_adjective_not_otherwise(text, cue, source):
    row_with_source(text, cue, source)


# --- a fronted past participle ends at its comma; a coordinated cue takes the clause's subject ---------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Asked about the delay, Ms. Lorne shrugged and said it was normal.",
            "said",
            "Ms. Lorne",
            id="asked-about-shrugged-and-said",
        ),
        pytest.param(
            'Asked on Monday whether Mr. Hale would stay, Mrs. Hale shook her head and said, "No."',
            "said",
            "Mrs. Hale",
            id="asked-whether-clause",
        ),
        pytest.param(
            "Pressed on the cost, Tom Vale smiled and said nothing was decided.",
            "said",
            "Tom Vale",
            id="pressed-on",
        ),
    ],
)
def test_sourcing_polnear17_fronted_participle_then_coordinated_cue(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Ahmed said the shop would reopen.", "said", "Ahmed", id="name-in-ed"),
        pytest.param(
            "Lee said that Ms. Hale told her the deal was off.", "told", "Ms. Hale", id="that-clause-keeps-its-subject"
        ),
        pytest.param(
            "Ahmed shrugged and said the shop would reopen.", "said", "Ahmed", id="name-in-ed-coordinated"
        ),
    ],
)
def test_sourcing_polnear17_fronted_participle_not_a_name(text, cue, source):
    row_with_source(text, cue, source)


# --- "as many as" / "as few as" before a count opens its phrase -----------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "As many as 40 percent of tenants said the rent was too high.",
            "said",
            "As many as 40 percent of tenants",
            id="as-many-as",
        ),
        pytest.param(
            "As few as 30 growers told the board they would sell.",
            "told",
            "As few as 30 growers",
            id="as-few-as",
        ),
    ],
)
def test_sourcing_polnear17_as_many_as_count(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Rents rose as much as 12 percent, tenants said.", "said", "tenants", id="as-much-as-not-source"),
    ],
)
def test_sourcing_polnear17_as_many_as_not_otherwise(text, cue, source):
    row_with_source(text, cue, source)


# --- a predeterminer before a definite determiner opens the phrase ("All the councillors") ------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "All the councillors insisted the plan was sound.",
            "insisted",
            "All the councillors",
            id="all-the",
        ),
        pytest.param(
            "Both his aides said the offer was too low.", "said", "Both his aides", id="both-his"
        ),
        pytest.param(
            "Both the Tarrow Herald and the Harbour Post confirmed the sale.",
            "confirmed",
            "Both the Tarrow Herald and the Harbour Post",
            id="both-the-coordinated-names",
        ),
    ],
)
def test_sourcing_polnear17_predeterminer(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Above all the councillors insisted the plan was sound.",
            "insisted",
            "the councillors",
            id="above-all-idiom",
        ),
        pytest.param(
            "For all the talk, the mayor said little.", "said", "the mayor", id="for-all-the-talk"
        ),
    ],
)
def test_sourcing_polnear17_predeterminer_not_in_idiom(text, cue, source):
    row_with_source(text, cue, source)
