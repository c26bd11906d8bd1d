"""Sourcing round twenty-five: the classes of error of the round-twenty-five articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import pairs as _rows
from tests.metrics.sourcing_rows import table


def _facts(text: str) -> list[tuple[str, str, str, str]]:
    t = table(text)
    return list(zip(t["cue"], t["source"], t["source_class"], t["resolved_to"], strict=True))


def _sourced(text: str) -> list[tuple[str, str]]:
    """The (cue, source) pairs of the rows that have a source."""
    return [(c, s) for c, s in _rows(text) if s]


# --- sources: passives with their be-form left out, and deadlines after "by" ---------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The owner of a bakery accused of selling stale bread appeared before magistrates.",
            [],
            id="accused-of",
        ),
        pytest.param("A driver suspected of speeding was stopped near Tolland.", [], id="suspected-of"),
        pytest.param(
            "A landlord said a deal could be announced by June.",
            [("said", "A landlord")],
            id="by-month",
        ),
        pytest.param(
            "The results will be published by the end of May, the council said.",
            [("said", "the council")],
            id="by-the-end-of",
        ),
        # negatives: an active "accused X of" and a real agent after "by" keep their sources
        pytest.param(
            "Tenants accused the landlord of neglect.",
            [("accused", "Tenants")],
            id="negative-active-accused",
        ),
        pytest.param(
            "The rivals, whom he accused of lying, stayed away.",
            [("accused", "he")],
            id="negative-fronted-object",
        ),
        pytest.param(
            "The club is assured of promotion.", [("assured", "The club")], id="negative-assured-state"
        ),
        pytest.param(
            "The plan was announced by the mayor on Monday.",
            [("announced", "the mayor")],
            id="negative-agent",
        ),
        pytest.param(
            "The rule was criticised by Kelbrook Foods.",
            [("criticised", "Kelbrook Foods")],
            id="negative-named-agent",
        ),
    ],
)
def test_sourcing_agentless_participle_and_deadline_have_no_source(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _sourced(text) == expected


# --- a finding stated after its content ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Urban foxes remember faces for years, study finds\n\nFoxes were watched for six years.",
            [("finds", "study")],
            id="headline-study-finds",
        ),
        pytest.param(
            "Bats that had been caught by a masked biologist hissed at that mask, the study found, while "
            "ignoring others.",
            [("found", "the study")],
            id="parenthetical-found",
        ),
        pytest.param(
            "Prices rose in every county, the survey showed.", [("showed", "the survey")], id="showed-end"
        ),
        # an inverted speech cue before it keeps its own content and its row
        pytest.param(
            '"The vote was fair," said Ola Brandt, a steward, the count showed.',
            [("said", "Ola Brandt, a steward"), ("showed", "the count")],
            id="negative-inverted-speech-kept",
        ),
        # negatives: a finding inside a speaker's content, and "found that" after the source, as before
        pytest.param(
            "The mayor said the survey found support for the plan.",
            [("said", "The mayor")],
            id="negative-nested-finding",
        ),
        pytest.param(
            "The survey found that prices rose.",
            [("found", "The survey")],
            id="negative-plain-finding",
        ),
    ],
)
def test_sourcing_postposed_finding_is_not_nested(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sourced(text) == expected


# --- hedges: the infinitive of "is believed to"; an agreement with no content ----------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The winger, who is 22, is believed to have agreed terms with the club.",
            ["is believed to"],
            id="believed-to-have-agreed",
        ),
        pytest.param("The singer is said to want a quieter life.", ["is said to"], id="said-to-want"),
        # negatives: a stance with its own subject stays
        pytest.param("The minister has agreed to the plan.", ["agreed"], id="negative-agreed"),
        pytest.param("Residents are hoping to stop the scheme.", ["hoping"], id="negative-hoping"),
    ],
)
def test_sourcing_stance_after_hedge_infinitive_is_the_hedges(text: str, expected: list[str]) -> None:
    assert list(table(text)["cue"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Not everyone agrees.", [], id="not-everyone-agrees"),
        pytest.param("The fares went up again. Not everybody disagrees.", [], id="not-everybody-disagrees"),
        # negatives: an agreement with its content or its object stays a row with its source
        pytest.param(
            "Not everyone agrees that the bus should go.",
            ["agrees"],
            id="negative-agrees-that",
        ),
        pytest.param("The vicar agrees with the plan.", ["agrees"], id="negative-agrees-with"),
        pytest.param("The rule is clear, and the stewards agree.", ["agree"], id="negative-elliptical-agree"),
    ],
)
def test_sourcing_agreement_with_no_content_is_no_attribution(text: str, expected: list[str]) -> None:
    assert list(table(text)["cue"]) == expected


# --- cue words: headings, programmes, and a verb after an apposition ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Meeting notes: parish council approves new benches\n\nThe council met.", [], id="notes-heading"
        ),
        pytest.param("He left his Saturday show after a row.", [], id="saturday-show"),
        pytest.param("She joined the chat show in May.", [], id="chat-show"),
        pytest.param(
            "The Orrin Institute, a think tank, estimates that each bus returns three pounds.",
            [("estimates", "The Orrin Institute, a think tank")],
            id="estimates-after-apposition",
        ),
        # negatives: a speaker's "notes:", a finding dated by a weekday, a noun with a relative clause
        pytest.param(
            "The mayor notes: the budget is tight.", [("notes", "The mayor")], id="negative-speaker-notes"
        ),
        pytest.param(
            "Figures released Monday show that sales fell.",
            [("show", "Figures released Monday")],
            id="negative-weekday-date",
        ),
        pytest.param("Meanwhile, plans that the council drew up were shelved.", [], id="negative-plans-that"),
    ],
)
def test_sourcing_heading_programme_and_apposition_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sourced(text) == expected


# --- spans -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dunmoor's warden, Edith Rayne, said the gate was locked.",
            [("said", "Dunmoor's warden, Edith Rayne")],
            id="possessive-place-office",
        ),
        pytest.param(
            "Friends say his sister, Ada Fenn, 71, has asked him to move.",
            [("say", "Friends"), ("asked", "his sister, Ada Fenn, 71")],
            id="kin-after-earlier-cue",
        ),
        pytest.param(
            "Hedge fund Corran Capital said the board had failed.",
            [("said", "Hedge fund Corran Capital")],
            id="fund-before-name",
        ),
        # negatives: a thing of a body's before a name and an inverted cue keep the old readings
        pytest.param(
            "Prices at Kell's store, Ann Voss said, had risen.",
            [("said", "Ann Voss")],
            id="negative-possessive-thing",
        ),
        pytest.param(
            "Officials said a protester, Karim Vale, 22, was hurt.",
            [("said", "Officials")],
            id="negative-object-apposition",
        ),
    ],
)
def test_sourcing_round25_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sourced(text) == expected


# --- classes ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "cls"),
    [
        pytest.param(
            "Co-author Liam Shore, a student, said the work took years.",
            "said",
            "Co-author Liam Shore, a student",
            "named",
            id="co-author-title",
        ),
        pytest.param(
            "Vice-chair Tom Pell said the club would appeal.",
            "said",
            "Vice-chair Tom Pell",
            "named",
            id="vice-chair-title",
        ),
        pytest.param(
            "According to the municipality, 40 homes were flooded.",
            "According to",
            "the municipality",
            "organisation",
            id="municipality",
        ),
        pytest.param(
            "Brackwell Tools shares fell. Shares of Brackwell Tools Inc slid. Brackwell expects a loss.",
            "expects",
            "Brackwell",
            "organisation",
            id="company-short-name",
        ),
        # negatives: a capitalised pair with a hyphen is still a body's name; a lone first name stays a person
        pytest.param(
            "Extinction-Watch Group said it would march.",
            "said",
            "Extinction-Watch Group",
            "organisation",
            id="negative-hyphen-body",
        ),
        pytest.param(
            "Owner Hannah Briggs opened the cafe. Hannah said it was busy.",
            "said",
            "Hannah",
            "named",
            id="negative-first-name",
        ),
    ],
)
def test_sourcing_round25_classes(text: str, cue: str, source: str, cls: str) -> None:
    assert [c for q, s, c, _ in _facts(text) if q == cue and s == source] == [cls]


# --- pronouns --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dr. Ana Vale, an astronomer at the Corran Hill Observatory, said the comet was bright. She said it "
            "would fade.",
            ("named", "Ana Vale"),
            id="observatory-no-person",
        ),
        pytest.param(
            "Mayor Ann Cole said 71% supported the change. She said routes would change.",
            ("named", "Ann Cole"),
            id="share-no-she",
        ),
        pytest.param(
            "A nurse at the clinic, who did not want her name used, said staff were tired. She said nobody listened.",
            ("unnamed", "A nurse at the clinic"),
            id="anonymous-stays-anonymous",
        ),
        pytest.param(
            "Neighbours say his wife, Ola Brenn, has asked him to stay. He told reporters he would not.",
            ("role", ""),
            id="wife-is-no-he",
        ),
        pytest.param(
            "Rafe Holm, a singer, arrived late. A source close to the band said he was tired. Holm was seen leaving. "
            "He told fans he was fine.",
            ("named", "Rafe Holm"),
            id="surname-subject",
        ),
        # negatives: a named man stays the "he", and an unnamed description without a clause stays a role
        pytest.param(
            "A nurse at the clinic said staff were tired. She said nobody listened.",
            ("role", "A nurse at the clinic"),
            id="negative-role-nurse",
        ),
        pytest.param(
            "Tom Reeve said the road was shut. He said it would reopen.",
            ("named", "Tom Reeve"),
            id="negative-named-he",
        ),
    ],
)
def test_sourcing_round25_pronouns(text: str, expected: tuple[str, str]) -> None:
    last = _facts(text)[-1]
    assert last[1].lower() in ("he", "she")
    assert (last[2], last[3]) == expected
