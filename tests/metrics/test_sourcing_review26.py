"""Round twenty-six, the review: the edges of the round's new rules, each with invented sentences.

Every sentence here is invented (invented people, places and bodies).
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import first_source, rule_cues, table


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a person approved by a vote: no cue
        ("The Senate confirmed him on Tuesday.", False),
        ("The Senate confirmed her by 52 votes to 48.", False),
        ("The assembly voted to confirm the nominee.", False),
        ("The assembly voted to confirm a candidate for the post of treasurer.", False),
        # a state, a clause of its own, a noun the pronoun owns, a nominee's possessive: a confirmation
        ("Police confirmed them to be the missing hikers.", True),
        ("Police confirmed him dead.", True),
        ("Officials confirmed them safe.", True),
        ("The ministry confirmed her arrest.", True),
        ("Police confirmed her identity.", True),
        ("A spokesman confirmed the nominee had withdrawn.", True),
        ("The club confirmed the candidate's withdrawal.", True),
    ],
)
def test_sourcing_confirm_person_vote_edges(text: str, kept: bool) -> None:
    assert ("confirmed" in rule_cues(text, lower=True) or "confirm" in rule_cues(text, lower=True)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ann Vale called Tom Reed (the council leader) a coward.", True),
        ("Ann Vale called Tom Reed (Labour) \u201ca fraud\u201d.", True),
        ("Ann Vale called Tom Reed (of the harbour board) so dishonest that she walked out.", True),
        ("A group called Tarnwatch (Tarn Watch Trust) said the water was unsafe.", False),
        ("She joined a choir called Velsing (the Velsk Singers) in May.", False),
    ],
)
def test_sourcing_called_name_then_bracket(text: str, kept: bool) -> None:
    assert ("called" in rule_cues(text, lower=True)) is kept


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        # a time or a gerund opening the next sentence is no first name
        (
            "The boy was held in Velsk. Yesterday Hale said the police had been wrong. Tom Hale, his father, said"
            " he would sue.",
            "Tom Hale",
        ),
        # a real first name opening the next sentence still starts a name
        ("He was born in Velsk. Marta Pollen was at work. She said it was cold.", "Marta Pollen"),
    ],
)
def test_sourcing_sentence_opener_no_first_name(text: str, resolved: str) -> None:
    t = table(text)
    assert resolved in set(t["resolved_to"]), t[["cue", "source", "resolved_to"]].values.tolist()
    assert not any(r.startswith(("Yesterday", "Developing")) for r in t["resolved_to"])


def test_sourcing_gerund_opener_no_name() -> None:
    text = (
        "Tom Hale, a warden in the Tarnwood park, spoke at the gate. The river runs low near Velsk Delta."
        " Developing Tarnwood for oil will not help. Tourists will stay away, he said."
    )
    t = table(text)
    assert "Developing Tarnwood" not in set(t["resolved_to"]), t[["cue", "source", "resolved_to"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a weekday that starts a name keeps it
        ("Sunday Herald editor Ann Vale said the paper would not apologise.", "said", "Sunday Herald editor Ann Vale"),
        ("Sunday Herald said the minister had lied.", "said", "Sunday Herald"),
        ("Monday Night Rugby said the match would air.", "said", "Monday Night Rugby"),
        ("Friday Velde, the mayor, said the plan would go ahead.", "said", "Friday Velde, the mayor"),
        # a weekday that is a time still goes
        ("Friday Acme Motors announced a recall.", "announced", "Acme Motors"),
        ("This Wednesday Foreign Minister Ana Ruiz said talks would resume.", "said", "Foreign Minister Ana Ruiz"),
        ("Friday, the duchess, 71, said the plan would go ahead.", "said", "the duchess, 71"),
    ],
)
def test_sourcing_weekday_name_or_time(text: str, cue: str, source: str) -> None:
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "source", "source_class"),
    [
        ("The duchess said the plan would go ahead.", "The duchess", "role"),
        ("The duke told reporters the estate would be sold.", "The duke", "role"),
    ],
)
def test_sourcing_duke_duchess_person_nouns(text: str, source: str, source_class: str) -> None:
    t = table(text)
    rows = [(r.source, r.source_class) for r in t.itertuples()]
    assert (source, source_class) in rows, rows


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("In 2015, interest in the Tarn Wars shows no sign of fading.", False),
        ("The Velsk strike showed little sign of ending on Friday.", False),
        ("The Velsk survey shows that trust has fallen.", True),
        ("The audit showed the depot was losing money.", True),
    ],
)
def test_sourcing_show_no_sign_is_a_state(text: str, kept: bool) -> None:
    assert any(c in ("shows", "showed") for c in set(table(text)["cue"])) is kept


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("He starred in the film Tarn Road (1981) and wrote music for the soundtrack.", "wrote", ""),
        ("Ann Vale starred in Tarn Road and said it was her best work.", "said", "Ann Vale"),
    ],
)
def test_sourcing_bare_year_no_source(text: str, cue: str, source: str) -> None:
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Velsk band has found considerable commercial success with its live shows.", False),
        ("Tarn Films found great critical success abroad.", False),
        ("The Velsk inquiry found considerable evidence of fraud.", True),
    ],
)
def test_sourcing_found_success_two_modifiers(text: str, kept: bool) -> None:
    assert ("found" in rule_cues(text, lower=True)) is kept
