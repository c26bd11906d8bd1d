"""Sourcing round twenty-five, the second review: regressions of the round's merged rules, mended (docs/sourcing.md).

Invented sentences only (invented people, places and bodies), with negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import cues, pairs, row_with_source


# --- "by" and a time is a deadline; a name that opens with a month or a time word stays an agent -------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The plan was criticised by June Abbot.", "criticised", "June Abbot", id="june-first-name"),
        pytest.param(
            "The deal was criticised by April Stone on Monday.", "criticised", "April Stone", id="april-first-name"
        ),
        pytest.param(
            "The claim was denied by Early Learning Trust, a charity.",
            "denied",
            "Early Learning Trust, a charity",
            id="early-body-name",
        ),
        pytest.param(
            "The plan was backed by late mayor Tom Hale.", "backed", "late mayor Tom Hale", id="late-before-title"
        ),
        pytest.param(
            "The plan was criticised by the council on Monday.", "criticised", "the council", id="ordinary-agent"
        ),
    ],
)
def test_sourcing_by_name_opening_with_time_word_is_agent(text: str, cue: str, source: str) -> None:
    assert row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # negatives: a deadline after "by" is no agent; the cue of the sentence keeps its own source
        pytest.param("A deal could be announced by April, the minister said.", "the minister", id="by-month"),
        pytest.param("The deal will be signed by May 3, officials said.", "officials", id="by-month-day"),
        pytest.param("The plan was approved by late May, Ada Vesk said.", "Ada Vesk", id="by-late-month"),
        pytest.param("The plan was approved by early next year, Ada Vesk said.", "Ada Vesk", id="by-early-next"),
    ],
)
def test_sourcing_by_deadline_no_agent_unchanged(text: str, source: str) -> None:
    assert ("said", source) in pairs(text)
    assert all(src not in ("April", "May 3", "late May", "early next year") for _cue, src in pairs(text))


# --- a bare surname: never one of a question's auxiliary and its subject ("Will Harbour remain open?") --------------
@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        pytest.param(
            "Will Harbour remain open? Tom Vale, the mayor, said it would. Harbour was busy. He said it was busy.",
            "Tom Vale",
            id="will-question",
        ),
        pytest.param(
            "Can Dunmore survive? Piet Rask, the reeve, said it could. Dunmore was quiet. He said it was calm.",
            "Piet Rask",
            id="can-question",
        ),
        # negatives: a person's bare surname opening a sentence stays a mention of that person
        pytest.param(
            "Greta Marchetti was spotted leaving the hotel. Tom Vale stayed. Marchetti was seen later. She told "
            "reporters she was fine.",
            "Greta Marchetti",
            id="negative-surname-subject",
        ),
        pytest.param(
            "Will Hale ran the depot. Tom Vale, the mayor, visited it. Hale was busy. He said it was busy.",
            "Will Hale",
            id="negative-will-first-name",
        ),
    ],
)
def test_sourcing_question_auxiliary_is_no_first_name(text: str, resolved: str) -> None:
    pronoun = "She" if "She told" in text else "He"
    cue = "told" if "She told" in text else "said"
    assert row_with_source(text, cue, pronoun).resolved_to == resolved


# --- a headline "X notes:": a person's noun or a surname of the text is a speaker, a body's noun a heading -----------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Ormsby notes: the plan is flawed\nAda Ormsby said the plan was flawed.", "notes", "Ormsby", id="surname"
        ),
        pytest.param("Analyst notes: shares fall\nShares fell on Monday.", "notes", "Analyst", id="person-noun"),
    ],
)
def test_sourcing_headline_speaker_notes_cue(text: str, cue: str, source: str) -> None:
    assert (cue, source) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Board notes: council approves budget\nThe council said it would raise taxes.", id="board"),
        pytest.param("Police reports: two arrested after brawl\nOfficers said two men were held.", id="police"),
        pytest.param(
            "Council notes: budget approved\nThe Vale Council said the budget was approved.", id="council-body-name"
        ),
    ],
)
def test_sourcing_headline_document_compound_unchanged(text: str) -> None:
    assert "notes" not in cues(text) and "reports" not in cues(text)


# --- "show" after a weekday: a plural subject before the weekday makes it the finding's day ------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Figures Monday show prices rose.", "Figures Monday", id="figures"),
        pytest.param("Polls Sunday show Vale ahead.", "Polls Sunday", id="polls"),
        pytest.param("Figures released Monday show prices rose.", "Figures released Monday", id="participle"),
    ],
)
def test_sourcing_plural_before_weekday_show_cue(text: str, source: str) -> None:
    assert ("show", source) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The host said on his Saturday show that prices rose.", id="his"),
        pytest.param("She told the station's Sunday show that taxes would rise.", id="possessive"),
    ],
)
def test_sourcing_weekday_programme_show_unchanged(text: str) -> None:
    assert "show" not in cues(text)


# --- "accused of" after a fronted relative and its subject is active: the subject is the source --------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The council, which Tomas Brell accused of lying, said it would appeal.", "Tomas Brell", id="name"),
        pytest.param(
            "The firm, which the regulator accused of fraud, said it had done nothing wrong.",
            "the regulator",
            id="determiner-noun",
        ),
        pytest.param("The club, whom its rivals accused of cheating, denied it.", "its rivals", id="whom"),
    ],
)
def test_sourcing_fronted_relative_accused_of_active(text: str, source: str) -> None:
    assert ("accused", source) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a passive with its be-form left out, or written out, has no agent and no source
        pytest.param("A man accused of theft told the court he was innocent.", id="reduced-passive"),
        pytest.param("The council, which was accused of lying, said it would appeal.", id="was-accused"),
        pytest.param("The firm accused of dumping waste said in a statement it had done nothing wrong.", id="firm"),
    ],
)
def test_sourcing_reduced_passive_accused_of_no_source_unchanged(text: str) -> None:
    assert [src for cue, src in pairs(text) if cue == "accused"] == [""]
