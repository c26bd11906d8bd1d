"""Sourcing round five: the classes of error found on the round-four blind articles (docs/sourcing.md).

Each rule has its own sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from mediakit.metrics.sourcing.resolve import _name_index
from tests.metrics.sourcing_rows import assert_row_with_source, cues, row_with_source, table

# --- a capitalised pair ending an organisation's name, or after "at", is no person ---------


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            "Historian Ruth Ames of the Institute for Coastal Studies spoke first. "
            '"The sea wall was never finished," she said.',
            "said",
            "she",
            "Ruth Ames",
            "named",
            "expert",
            id="she-past-centre-for-pair",
        ),
        pytest.param(
            "Omar Reed, a lecturer at Northfield Polytechnic, said the plan was flawed. "
            '"Nobody asked the students," he said.',
            "said",
            "he",
            "Omar Reed",
            "named",
            "expert",
            id="he-past-analyst-at-pair",
        ),
        pytest.param(
            "Planner Lucy Hart of the Board of Rural Affairs said the map was wrong. "
            '"We will redraw it," she told the meeting.',
            "told",
            "she",
            "Lucy Hart",
            "named",
            None,
            id="she-past-board-of-pair",
        ),
        # negative: a person's name after "at the" inside a longer name stays a person
        pytest.param(
            "Dr Nia Cole, who works at the clinic, said the wait was long. "
            '"We need more nurses," she said.',
            "said",
            "she",
            "Nia Cole",
            "named",
            None,
            id="at-the-lower-case-stays-person",
        ),
    ],
)
def test_sourcing_pronoun_skips_organisation_name_pairs(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


@pytest.mark.parametrize(
    ("text", "persons", "not_persons"),
    [
        pytest.param(
            "A report by the Centre for Urban Renewal was cited by Jan Novak.",
            {"novak"},
            {"renewal"},
            id="centre-for",
        ),
        pytest.param("Mia Lund, a trader at Harbour Capital Partners, agreed.", {"lund"}, set(), id="at-three"),
        pytest.param("Mia Lund, a trader at Harbour Brokers, agreed.", {"lund"}, {"brokers"}, id="at-pair"),
        # negatives: "Secretary of State John Kerry" keeps the person (three tokens after "of"), and
        # so does a possessive after "at"
        pytest.param("Secretary of State John Kerry arrived.", {"kerry"}, set(), id="secretary-of-state"),
        pytest.param("Donald Trump and Paul Ryan met.", {"trump", "ryan"}, set(), id="coordinated-names"),
        pytest.param("Crowds gathered at Donald Prentice's rally.", {"prentice"}, set(), id="possessive-after-at"),
    ],
)
def test_sourcing_name_index_leaves_out_organisation_pairs(text, persons, not_persons):
    keys = set(_name_index(text)[1])
    assert persons <= keys
    assert not (not_persons & keys)


# --- a body's name, a lower-case title and a name: a person ---------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            "Bank of Scotland economist Fiona Reid said rates would hold.",
            "said",
            "Bank of Scotland economist Fiona Reid",
            "Fiona Reid",
            "named",
            "expert",
            id="bank-of-economist",
        ),
        pytest.param(
            "Texas Department of Public Safety spokesman Ray Ortiz said two lanes were open.",
            "said",
            "Texas Department of Public Safety spokesman Ray Ortiz",
            "Ray Ortiz",
            "named",
            "official",
            id="department-of-spokesman",
        ),
        # negatives: a document's agent and a body's members stay what they were
        pytest.param(
            "A review by the regulator Ofwat found that bills were too high.",
            "found",
            "A review by the regulator Ofwat",
            "",
            "document",
            None,
            id="document-agent-unchanged",
        ),
        pytest.param(
            "Members of the Kent Fire Brigade said the blaze was out.",
            "said",
            "Members of the Kent Fire Brigade",
            "",
            "role",
            None,
            id="members-of-unchanged",
        ),
    ],
)
def test_sourcing_body_title_name_is_a_person(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


# --- bare friend nouns are vague ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "source_class"),
    [
        pytest.param("Friends say the actor is resting at home.", "Friends", "vague", id="friends"),
        pytest.param("Mates say the striker wants a move.", "Mates", "vague", id="mates"),
        pytest.param("Pals of the presenter say she is fine.", "Pals of the presenter", "vague", id="pals-of"),
        # negatives: a possessed or counted friend is a described person or group
        pytest.param("His friends say he is resting.", "His friends", "role", id="his-friends"),
        pytest.param("One friend said the actor was resting.", "One friend", "role", id="one-friend"),
    ],
)
def test_sourcing_friend_nouns_vague(text, source, source_class):
    rows = [r for r in table(text).itertuples() if r.source == source]
    assert rows and rows[0].source_class == source_class


# --- a generic description follows the surname chain ----------------------------------------


_FILLER = " The weather was mild and the roads were quiet for most of the afternoon." * 6


@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param(
            "Film star Lena Vogt has left the production." + _FILLER + " A friend of Vogt said she was tired."
            " The actress, 44, said she was fine.",
            "The actress, 44",
            "Lena Vogt",
            id="bare-surname-links-full-name",
        ),
        pytest.param(
            "Comedian Alan Price and his manager Rob Tate fell out." + _FILLER + " A spokesman for Price"
            " said nothing. Tate's lawyer was silent. The 50-year-old later said sorry.",
            "The 50-year-old",
            "Alan Price",
            id="possessor-passed-over",
        ),
        # negative: with no person in the window, the description stays a role
        pytest.param(
            "Film star Lena Vogt has left the production." + _FILLER * 2 + " The actress, 44, said sorry.",
            "The actress, 44",
            "",
            id="no-mention-in-window",
        ),
    ],
)
def test_sourcing_generic_description_surname_chain(text, source, resolved_to):
    rows = [r for r in table(text).itertuples() if r.source == source]
    assert rows and rows[0].resolved_to == resolved_to


# --- capitalised sport and job titles are no part of the name --------------------------------


@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param("Goalkeeper Tom Birch said the pitch was heavy.", "Goalkeeper Tom Birch", "Tom Birch", id="keeper"),
        pytest.param("Midfielder Ana Cruz said the team was tired.", "Midfielder Ana Cruz", "Ana Cruz", id="midfielder"),
        pytest.param("Referee Paul Dean said the goal stood.", "Referee Paul Dean", "Paul Dean", id="referee"),
        # negative: a plain two-word name is unchanged
        pytest.param("Tom Birch said the pitch was heavy.", "Tom Birch", "Tom Birch", id="plain-name"),
    ],
)
def test_sourcing_capitalised_titles_out_of_name(text, source, resolved_to):
    rows = [r for r in table(text).itertuples() if r.source == source]
    assert rows and (rows[0].resolved_to or rows[0].source) == resolved_to and rows[0].source_class == "named"


# --- a document with a "to" phrase is read whole ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "Fares will rise by 5%, according to a paper to the transport committee.",
            "according to",
            "a paper to the transport committee",
            "document",
            id="paper-to-committee",
        ),
        pytest.param(
            "The school will close, according to a letter to parents.",
            "according to",
            "a letter to parents",
            "document",
            id="letter-to-parents",
        ),
        pytest.param(
            "A memo to the mayor's staff said the budget was short.",
            "said",
            "A memo to the mayor's staff",
            "document",
            id="memo-to-possessive",
        ),
        # negative: a person with "to" is not extended
        pytest.param(
            "The road will shut, according to a local teacher.",
            "according to",
            "a local teacher",
            "role",
            id="person-unchanged",
        ),
    ],
)
def test_sourcing_document_to_phrase(text, cue, source, source_class):
    assert row_with_source(text, cue, source).source_class == source_class


# --- a belief after a modified plural subject ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Local shop owners fear the new car park charges.", "fear", "Local shop owners"),
        pytest.param("Leeds bus drivers fear the new timetable.", "fear", "Leeds bus drivers"),
    ],
)
def test_sourcing_belief_after_modified_plural(text, cue, source):
    assert row_with_source(text, cue, source).source_class == "role"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The fear of crime is rising in Leeds.", id="noun-fear"),
        pytest.param("He spoke about shop owners' fear of crime.", id="possessive-noun"),
    ],
)
def test_sourcing_fear_noun_no_cue(text):
    assert "fear" not in cues(text)


# --- a possessive role word names the body's kind --------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "source_kind"),
    [
        pytest.param("The district attorney's office said charges were likely.", "The district attorney's office", "legal"),
        pytest.param("The coroner's office said the inquest would open on Monday.", "The coroner's office", "legal"),
        pytest.param("The sheriff's office said the road was closed.", "The sheriff's office", "official"),
        # negative: a phrase with a role word of its own keeps that kind
        pytest.param("The company's lawyer said the claim was false.", "The company's lawyer", "legal"),
    ],
)
def test_sourcing_possessive_role_kind(text, source, source_kind):
    rows = [r for r in table(text).itertuples() if r.source == source]
    assert rows and rows[0].source_kind == source_kind


# --- an outlet name that is also an adjective is media only as the outlet's name ----------------


@pytest.mark.parametrize(
    ("text", "source", "source_kind"),
    [
        pytest.param("Independent research shows the drug works.", "Independent research", "unknown"),
        pytest.param("Daily figures show cases are falling.", "Daily figures", "unknown"),
        # negatives: the outlet's name in context stays media
        pytest.param("The Independent reported that the drug works.", "The Independent", "media"),
        pytest.param("The Daily Echo reported that the pier had reopened.", "The Daily Echo", "media"),
        pytest.param("A Reuters analysis found that prices fell.", "A Reuters analysis", "media"),
    ],
)
def test_sourcing_media_adjective_in_context(text, source, source_kind):
    rows = [r for r in table(text).itertuples() if r.source == source]
    assert rows and rows[0].source_kind == source_kind
