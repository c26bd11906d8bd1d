"""Sourcing round twenty-four: known leftovers of the source table on ordinary news (docs/sourcing.md,
"Round twenty-four, known leftovers").

Each rule has its own invented sentences (people, places and bodies made up) and negative cases that must
not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import class_kind_resolved, pairs, table


def _sources(text: str, cue: str) -> list[str]:
    return [s for c, s in pairs(text) if c == cue]


# --- "planning" before its compound head is a noun -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Planning officers said the extension at Brackwood was too tall.", "said", "Planning officers",
                     id="sentence-opening"),
        pytest.param("Council planning officers said the Brackwood extension was too tall.", "said",
                     "Council planning officers", id="after-a-body-noun"),
        pytest.param("Planning chiefs at Dunmere warned of long delays.", "warned", "Planning chiefs at Dunmere",
                     id="planning-chiefs"),
        pytest.param("A report by planning officers found cracks in the Lowfield wall.", "found",
                     "A report by planning officers", id="after-by-unchanged"),
    ],
)
def test_sourcing_planning_compound_noun(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]
    assert "planning" not in {c for c, _ in pairs(text)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Residents of Ashcombe are planning a protest, their leader said.", "Residents of Ashcombe",
                     id="planning-a-protest"),
        pytest.param("The Ferrow council is planning cuts, officials said.", "The Ferrow council",
                     id="planning-cuts"),
    ],
)
def test_sourcing_planning_verb_stays(text: str, source: str) -> None:
    assert _sources(text, "planning") == [source]


# --- a cue's form as a noun between a determiner and its head --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The appeal court rules that the sale of Fenwick Mill was lawful.", "rules", "The appeal court",
                     id="appeal-court-rules"),
        pytest.param("The appeal court ruled that the sale of Fenwick Mill was lawful.", "ruled", "The appeal court",
                     id="appeal-court-ruled"),
        pytest.param("An appeal court said the Fenwick sale was lawful.", "said", "An appeal court",
                     id="an-appeal-court"),
        pytest.param("Appeal judges said the Fenwick sale was lawful.", "said", "Appeal judges",
                     id="sentence-opening-appeal-judges"),
        pytest.param("The high court said the Fenwick sale was lawful.", "said", "The high court",
                     id="no-verb-form-unchanged"),
    ],
)
def test_sourcing_verb_form_as_noun_modifier(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]


# --- "sides" and "camps": parties to a dispute; a quantifier floated after an auxiliary ------------------------
@pytest.mark.parametrize(
    ("text", "source", "cls"),
    [
        pytest.param("The two sides each said they wanted a deal at Kelby docks.", "The two sides", "organisation",
                     id="two-sides-each"),
        pytest.param("Both sides said they wanted a deal at Kelby docks.", "Both sides", "organisation",
                     id="both-sides"),
        pytest.param("The Leave camp said the Kelby figures were wrong.", "The Leave camp", "organisation",
                     id="camp"),
        pytest.param("The two men each said they had seen the Kelby fire.", "The two men", "role",
                     id="irregular-plural-each"),
        pytest.param("Residents on the north side said the Kelby road flooded.", "Residents on the north side",
                     "role", id="side-as-place-unchanged"),
    ],
)
def test_sourcing_sides_and_floated_each(text: str, source: str, cls: str) -> None:
    assert _sources(text, "said") == [source]
    assert class_kind_resolved(text, "said", source)[0] == cls


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Leaders of the Marlow unions have all said the offer was too low.", "Leaders of the Marlow unions",
                     id="leaders-of-have-all"),
        pytest.param("The Marlow unions have all said the offer was too low.", "The Marlow unions", id="have-all"),
        pytest.param("The Holt Court tenants have each said the rent was too high.", "The Holt Court tenants",
                     id="have-each"),
        pytest.param("The Marlow unions will all say no to the offer.", "The Marlow unions", id="will-all"),
    ],
)
def test_sourcing_quantifier_floated_after_auxiliary(text: str, source: str) -> None:
    cue = "say" if " say " in text else "said"
    assert _sources(text, cue) == [source]


def test_sourcing_quantifier_after_be_passive_unchanged() -> None:
    # "were all said to": a passive hedge, no subject of "said" (the be form is left out of the rule)
    assert "The Marlow plans" not in _sources("The Marlow plans were all said to be late.", "said")


# --- an inserted attribution between commas is its own row -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Mr Ivo Tarrant spoke first. Mr Tarrant, the report said, warned that the Harle bridge was unsafe.",
                     "warned", "Mr Tarrant", id="the-report-said"),
        pytest.param("Mr Ivo Tarrant spoke first. Mr Tarrant, the report said, warned that the Harle bridge was unsafe.",
                     "said", "the report", id="inner-row-kept"),
        pytest.param("Jane Pilbury, police said, told officers she saw the Harle car.", "told", "Jane Pilbury",
                     id="police-said"),
        pytest.param("Jane Pilbury, the Harle lawyer, said the deal was signed.", "said",
                     "Jane Pilbury, the Harle lawyer", id="apposition-unchanged"),
        pytest.param("Tom Garside, whom she said she trusted, warned of delays at Harle.", "warned",
                     "Tom Garside, whom she said she trusted", id="relative-clause-unchanged"),
    ],
)
def test_sourcing_inserted_attribution_between_commas(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]


# --- "cited X as saying": one row, the quoted one's ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The Wexley Post cited a minister as saying the budget was late.", "a minister", id="cited"),
        pytest.param("The agency cited Tom Ravell as saying that the budget was late.", "Tom Ravell",
                     id="cited-that"),
        pytest.param("The Wexley Post quoted a minister as saying the budget was late.", "a minister",
                     id="quoted-unchanged"),
    ],
)
def test_sourcing_cited_as_saying_one_row(text: str, source: str) -> None:
    assert pairs(text) == [("saying", source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The Wexley council cited rising costs as the reason for the delay.", "The Wexley council",
                     id="cited-a-reason"),
        pytest.param("The Wexley report cited three studies.", "The Wexley report", id="cited-studies"),
    ],
)
def test_sourcing_cited_without_saying_stays(text: str, source: str) -> None:
    assert pairs(text) == [("cited", source)]


# --- "justice" before another role is a modifier, not a legal subject ------------------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param("The justice secretary dismissed the case for reform of Orrin jail.", 1, id="justice-secretary"),
        pytest.param("The justice minister dismissed the appeal from the Orrin opposition.", 1,
                     id="justice-minister"),
        pytest.param("The judge dismissed the case against the Orrin driver.", 0, id="judge-unchanged"),
        pytest.param("Justice Mara Vell dismissed the appeal from the Orrin driver.", 0, id="justice-title-unchanged"),
        pytest.param("The Justice Department dismissed the case against the Orrin driver.", 0,
                     id="justice-department-unchanged"),
    ],
)
def test_sourcing_justice_modifier_not_legal_subject(text: str, rows: int) -> None:
    assert [c for c, _ in pairs(text)].count("dismissed") == rows


# --- an "-ed" cue form as an adjective before a bare noun ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Will reported cases keep rising in Tansey", id="headline-question-no-mark"),
        pytest.param("Will reported cases keep rising in Tansey?", id="question"),
        pytest.param("Can confirmed cases keep rising in Tansey", id="can"),
        pytest.param("Reported cases rose by 10% in Tansey.", id="sentence-opening"),
    ],
)
def test_sourcing_participle_adjective_no_cue(text: str) -> None:
    assert len(table(text)) == 0


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Will reported the fault to the Tansey council.", "reported", "Will", id="name-will-full-stop"),
        pytest.param("Will Garrow reported the fault to the Tansey council.", "reported", "Will Garrow",
                     id="will-and-surname"),
        pytest.param("Reported by a local paper, the Tansey claims were denied.", "Reported", "a local paper",
                     id="fronted-participle-clause"),
    ],
)
def test_sourcing_participle_adjective_negatives(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]


# --- surnames that are adverbs or role words after a first name; a lone first name -----------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "cls"),
    [
        pytest.param("Colin Later said the Fenby match was off.", "said", "Colin Later", "named", id="later"),
        pytest.param("Anna Soon said the Fenby match was off.", "said", "Anna Soon", "named", id="soon"),
        pytest.param("Dr Anna Banks runs the Fenby clinic. Banks said the queues were shorter.", "said", "Banks",
                     "named", id="role-word-surname"),
        pytest.param("Ian Judge said the Fenby verdict was fair.", "said", "Ian Judge", "named",
                     id="judge-surname"),
        pytest.param("Tom said the Fenby bus was late.", "said", "Tom", "named", id="lone-first-name"),
        pytest.param("Tom later said the Fenby bus was late.", "said", "Tom", "named",
                     id="lower-case-adverb-unchanged"),
        pytest.param("Virginia said the Fenby vote was fair.", "said", "Virginia", "organisation",
                     id="state-first-name-unchanged"),
    ],
)
def test_sourcing_surname_after_first_name(text: str, cue: str, source: str, cls: str) -> None:
    assert _sources(text, cue) == [source]
    assert class_kind_resolved(text, cue, source)[0] == cls


def test_sourcing_lone_surname_resolves_to_person() -> None:
    text = "Dr Anna Banks runs the Fenby clinic. Banks said the queues were shorter."
    assert class_kind_resolved(text, "said", "Banks") == ("named", "unknown", "Anna Banks")


def test_sourcing_lone_first_name_after_full_name_unchanged() -> None:
    text = "Owner Hannah Brindle runs the Fenby cafe. Hannah said it was busy."
    assert class_kind_resolved(text, "said", "Hannah")[2] == "Hannah Brindle"


# --- an "-ing" cue form after "anyone" is a reduced relative of nobody in particular ---------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The best candidate is anyone aiming to be mayor of Cresby, the professor said.",
                     [("said", "the professor")], id="anyone-aiming"),
        pytest.param("Anybody hoping to park in Cresby should call the council.", [], id="anybody-hoping"),
        pytest.param("The scheme, which the Cresby council is aiming to finish by May, will cost £4m.",
                     [("aiming", "the Cresby council")], id="council-aiming-unchanged"),
    ],
)
def test_sourcing_generic_subject_participle_no_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
