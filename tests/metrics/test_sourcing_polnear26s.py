"""Sourcing round twenty-six, sources of found cues mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone).
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import first_source


# --- a document's participle clause read rightwards runs to its end, and a document's "of" phrase ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The harbour budget is short, according to early figures of the audit conducted for the Dunmore "
            "council and regional newspapers by Harwell Research.",
            "according to",
            "early figures of the audit conducted for the Dunmore council and regional newspapers by Harwell Research",
            id="limit-on-by",
        ),
        pytest.param(
            "The harbour budget is short, according to early figures of the audit conducted by Harwell Research "
            "for the Dunmore council and Regional Newspapers.",
            "according to",
            "early figures of the audit conducted by Harwell Research for the Dunmore council and Regional Newspapers",
            id="limit-on-and",
        ),
        pytest.param(
            "The budget is short, according to a survey of 300 tenants released on Friday by Harwell Research.",
            "according to",
            "a survey of 300 tenants released on Friday by Harwell Research",
            id="of-phrase-right",
        ),
        pytest.param(
            "A Harwell poll of Dunmore tenants released last week showed the budget is short.",
            "showed",
            "A Harwell poll of Dunmore tenants released last week",
            id="of-phrase-left",
        ),
    ],
)
def test_sourcing_document_participle_clause(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The budget is short, according to a survey released on Friday by Harwell Research.",
            "according to",
            "a survey released on Friday by Harwell Research",
            id="short-clause-unchanged",
        ),
        pytest.param(
            "A report released last week showed the budget is short.",
            "showed",
            "A report released last week",
            id="document-right-before-participle",
        ),
    ],
)
def test_sourcing_document_participle_clause_negative(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The budget is short, according to a friend of the tenants released on Friday.", id="person-right"),
        pytest.param("A friend of the tenants released on Friday said the budget is short.", id="person-left"),
    ],
)
def test_sourcing_document_participle_clause_person_of_phrase(text):
    # a person's "of" phrase is no document's: the participle's time is not read into the source
    cue = "according to" if "according" in text else "said"
    assert "Friday" not in first_source(text, cue)


# --- "across" places a person noun; "with the <Name>" after a person noun is the person's body ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Farmers across the country say the levy is unfair.", "say", "Farmers across the country", id="across"),
        pytest.param(
            "But teachers across the region say the levy is unfair.", "say", "teachers across the region", id="across-but"
        ),
        pytest.param(
            "The levy is unfair, said lawyers with the Tenant Aid Project.",
            "said",
            "lawyers with the Tenant Aid Project",
            id="with-body-right",
        ),
    ],
)
def test_sourcing_person_across_or_with_body(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Farmers with the best harvests said the levy is unfair.", "said", "Farmers", id="with-lower-case"),
        pytest.param("The levy is unfair, said a lawyer with the tenants.", "said", "a lawyer", id="with-lower-right"),
        pytest.param("Mayor Ann Lee across the table said the levy is unfair.", "said", "Mayor Ann Lee", id="name-across"),
    ],
)
def test_sourcing_person_across_or_with_body_negative(text, cue, source):
    assert first_source(text, cue) == source


# --- a determiner before "other" opens the phrase; capital "US" before a capitalised word is the country ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Two other letters highlight the silting of the harbour.", "highlight", "Two other letters", id="two-other"),
        pytest.param("Many other surveys show the same trend.", "show", "Many other surveys", id="many-other"),
        pytest.param("US Senator Ann Lee said the files are fake.", "said", "US Senator Ann Lee", id="us-title"),
    ],
)
def test_sourcing_determiner_other_and_us(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Other surveys show the same trend.", "show", "Other surveys", id="other-alone"),
        pytest.param("LET US PRAY, the pastor said.", "said", "the pastor", id="us-in-capitals"),
    ],
)
def test_sourcing_determiner_other_and_us_negative(text, cue, source):
    assert first_source(text, cue) == source


# --- a sentence-opening "That" before a singular lower-case noun is a demonstrative ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("That person said the levy is unfair.", "said", "That person", id="that-person"),
        pytest.param("That new study shows the levy is unfair.", "shows", "That new study", id="that-new-study"),
    ],
)
def test_sourcing_opening_demonstrative_that(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("That officials said so is clear.", "said", "officials", id="plural-clause-subject"),
        pytest.param("That the mayor said so is clear.", "said", "the mayor", id="determiner-clause-subject"),
        pytest.param("He warned that council staff said the levy is unfair.", "said", "council staff", id="inner-that"),
    ],
)
def test_sourcing_opening_demonstrative_that_negative(text, cue, source):
    assert first_source(text, cue) == source


# --- a spoken medium ("in an interview", "in a statement") takes the clause's subject ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "In an interview with the Harbour Gazette on Monday, Mayor Ann Lee laughed off the levy.",
            "In",
            "Mayor Ann Lee",
            id="fronted-interview",
        ),
        pytest.param("Tom Vale was upbeat in an interview with the Gazette.", "in", "Tom Vale", id="subject-before"),
    ],
)
def test_sourcing_spoken_medium_subject(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Tenants back the levy by two to one in a Harwell poll.", "in", "a Harwell poll", id="poll"),
        pytest.param("The levy is popular in a new poll.", "in", "a new poll", id="poll-no-person"),
    ],
)
def test_sourcing_spoken_medium_subject_negative(text, cue, source):
    assert first_source(text, cue) == source


# --- a name after a preposition inside a comma segment is the segment's object, not the speaker ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Ann Lee, facing a tough challenge in Dunmore, a harbour town, said the levy is unfair.",
            "said",
            "Ann Lee, facing a tough challenge in Dunmore, a harbour town",
            id="participle-segment",
        ),
        pytest.param(
            "Ann Lee, who will retire after serving in Dunmore, Harwell and Tarrow, praised the levy.",
            "praised",
            "Ann Lee, who will retire after serving in Dunmore, Harwell and Tarrow",
            id="relative-segment",
        ),
        pytest.param(
            "The Gazette, like the Herald, which first reported the story, said the levy is unfair.",
            "said",
            "The Gazette, like the Herald, which first reported the story",
            id="like-segment",
        ),
    ],
)
def test_sourcing_name_inside_segment(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("In Dunmore, Ann Lee, a lawyer, said the levy is unfair.", "said", "Ann Lee, a lawyer", id="fronted-place"),
        pytest.param(
            "After the vote in Dunmore, Ann Lee, a lawyer, said the levy is unfair.",
            "said",
            "Ann Lee, a lawyer",
            id="fronted-after",
        ),
        pytest.param("The levy passed in Dunmore, Ann Lee, a lawyer, said.", "said", "Ann Lee, a lawyer", id="clause-before"),
    ],
)
def test_sourcing_name_inside_segment_negative(text, cue, source):
    assert first_source(text, cue) == source


# --- "Today" after a capitalised word ends a name ("METRO TODAY", "Tarrow Today"), not a time ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("METRO TODAY reported last month that the levy is unfair.", "reported", "METRO TODAY", id="capitals-left"),
        pytest.param("Tarrow Today reported that the levy is unfair.", "reported", "Tarrow Today", id="title-case-left"),
        pytest.param(
            "According to METRO TODAY columnist Ann Lee, the levy is unfair.",
            "According to",
            "METRO TODAY columnist Ann Lee",
            id="capitals-right",
        ),
    ],
)
def test_sourcing_today_ending_a_name(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Ann Lee today said the levy is unfair.", "said", "Ann Lee", id="lower-case-time"),
        pytest.param("Today Ann Lee said the levy is unfair.", "said", "Ann Lee", id="opening-time"),
        pytest.param("The levy is unfair, said Ann Lee Today.", "said", "Ann Lee", id="closing-capital-time"),
        pytest.param("Early on Friday TODAY Ann Lee said the levy is unfair.", "said", "Ann Lee", id="after-a-day"),
    ],
)
def test_sourcing_today_ending_a_name_negative(text, cue, source):
    assert first_source(text, cue) == source


# --- a determiner and an adjective before a body's or a document's name are part of its phrase ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The levy is unpopular, a new Harwell University Poll finds.",
            "finds",
            "a new Harwell University Poll",
            id="new-poll",
        ),
        pytest.param(
            "The levy is unpopular, the independent Harbour Review Office reported on Monday.",
            "reported",
            "the independent Harbour Review Office",
            id="independent-office",
        ),
    ],
)
def test_sourcing_adjective_before_body_name(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("A defiant Ann Lee said the levy is unpopular.", "said", "A defiant Ann Lee", id="person-name"),
        pytest.param("The firm serves the ones Dunmore Council wants to reach.", "wants", "Dunmore Council", id="ones"),
        pytest.param("After the storm the Harbour Office said the levy is unpopular.", "said", "the Harbour Office", id="no-adjective"),
    ],
)
def test_sourcing_adjective_before_body_name_negative(text, cue, source):
    assert first_source(text, cue) == source
