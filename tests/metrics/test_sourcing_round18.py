"""Sourcing round eighteen: the classes of error of the round-eighteen articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from mediakit.metrics import sourcing
from mediakit.text.parse import parse
from tests.metrics.sourcing_rows import assert_row_with_source, table
from tests.metrics.sourcing_rows import pairs as _rows


# --- cues: a state with no content, a date moved, a concession, a live blog's labels, "Defending," --------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Not every parent was persuaded.", [], id="persuaded-full-stop"),
        pytest.param("Some neighbours remain unpersuaded.", [], id="unpersuaded-full-stop"),
        # negatives: with content the belief stays
        pytest.param(
            "Ivo Brant was persuaded that the bridge was safe.",
            [("persuaded", "Ivo Brant")],
            id="negative-persuaded-that",
        ),
        pytest.param("Not everyone is convinced.", [], id="convinced-stays"),
    ],
)
def test_sourcing_round18_contentless_persuaded(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Tarrow ferry refit delayed, relaunch pushed to June", [], id="pushed-to-month"),
        pytest.param("The hearing was pushed back by two weeks.", [], id="pushed-back-by-weeks"),
        pytest.param("The vote has been pushed into next year.", [], id="pushed-into-next-year"),
        # negatives: pushing for something, or back against it, is a stance
        pytest.param("The mayor pushed for a new vote.", [("pushed", "The mayor")], id="negative-pushed-for"),
        pytest.param(
            "Ada Korsch pushed back against the claim.",
            [("pushed", "Ada Korsch")],
            id="negative-pushed-back-against",
        ),
    ],
)
def test_sourcing_round18_pushed_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The new bus lane works, whatever its critics say.", [], id="whatever-critics-say"),
        pytest.param("No matter what the council says, the hall will close.", [], id="no-matter-what"),
        pytest.param(
            "Parking scheme is a success, whatever the traders say\n\nIt is.", [], id="headline-line-end"
        ),
        # negatives: a free relative as a subject keeps its cue; a cue before "whatever" is untouched
        pytest.param(
            "Whatever Lud Markov claims was checked.",
            [("claims", "Lud Markov")],
            id="negative-free-relative-subject",
        ),
        pytest.param(
            "Critics say the lane will go, whatever happens.",
            [("say", "Critics")],
            id="negative-whatever-after-cue",
        ),
    ],
)
def test_sourcing_round18_concessive_whatever(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Full-time: Ostley United 3-0 Brayford", [], id="full-time-label"),
        pytest.param("Half-time: Ostley United 1-0 Brayford", [], id="half-time-label"),
        pytest.param(
            'Post-match reaction: "We earned that," Pia Lorne told the club channel.',
            [("told", "Pia Lorne")],
            id="post-match-label-with-quote",
        ),
        # negatives: a transcript turn and a hyphenated name stay speakers
        pytest.param(
            "MARLOW: Thank you for having me.", [("MARLOW:", "MARLOW")], id="negative-transcript-turn"
        ),
    ],
)
def test_sourcing_round18_hyphen_heading_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Defending, Owen Tate said his client was sorry.", [("said", "Owen Tate")], id="defending-comma"
        ),
        pytest.param(
            "Defending him, Owen Tate told the court his client was sorry.",
            [("told", "Owen Tate")],
            id="defending-him-comma",
        ),
        # negative: "defending" with an object in a clause stays a stance
        pytest.param(
            "Maja Fenn was defending the plan, she said.",
            [("defending", "Maja Fenn"), ("said", "she")],
            id="negative-defending-object",
        ),
    ],
)
def test_sourcing_round18_defending_counsel_no_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- nesting: a belief after a fronted "According to X," is its content -----------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "According to a poll by the Ostley Herald, most parents expect the school to close.",
            [("According to", "a poll by the Ostley Herald")],
            id="fronted-according-to-expect",
        ),
        pytest.param(
            "According to the warden, most walkers believe the path is safe.",
            [("According to", "the warden")],
            id="fronted-according-to-believe",
        ),
        # negatives: a new clause after "but" keeps its own cue; a post-posed "according to" is untouched
        pytest.param(
            "According to the warden, the path is shut, but walkers believe it will reopen.",
            [("According to", "the warden"), ("believe", "walkers")],
            id="negative-but-new-clause",
        ),
        pytest.param(
            "Most walkers believe the path is safe, according to the warden.",
            [("believe", "Most walkers"), ("according to", "the warden")],
            id="negative-post-posed",
        ),
    ],
)
def test_sourcing_round18_fronted_according_to_nests(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- source spans ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Tolls may rise faster than fares, a study of more than 900 drivers suggests.",
            "suggests",
            "a study of more than 900 drivers",
            id="study-of-more-than-count",
        ),
        pytest.param(
            "A survey of about 600 farms found that yields fell.",
            "found",
            "A survey of about 600 farms",
            id="survey-of-about-count",
        ),
        pytest.param(
            "Noor Adeyemi of the Ostley Cabmen's Guild is quoted as saying that fares will rise.",
            "saying",
            "Noor Adeyemi of the Ostley Cabmen's Guild",
            id="quoted-as-saying",
        ),
        pytest.param(
            "The harbourmaster was quoted as saying the pier would close.",
            "saying",
            "The harbourmaster",
            id="was-quoted-as-saying",
        ),
        pytest.param(
            "Jed Amsel, 41, of Quarry Row, Hebbleton, admitted the theft at an earlier hearing.",
            "admitted",
            "Jed Amsel, 41, of Quarry Row, Hebbleton",
            id="name-age-address",
        ),
        pytest.param(
            "Former winger Cas Ibarra, commentating for Radio Tamsworth, says the penalty was soft.",
            "says",
            "Former winger Cas Ibarra, commentating for Radio Tamsworth",
            id="ing-for-body-apposition",
        ),
        pytest.param(
            "Outside court, the victim's uncle, Ray Penhale, said the family was relieved.",
            "said",
            "the victim's uncle, Ray Penhale",
            id="fronted-outside-adverbial",
        ),
        pytest.param(
            "Outside school, the pupil's father, Al Brisk, said the gates were locked.",
            "said",
            "the pupil's father, Al Brisk",
            id="fronted-outside-bare-noun",
        ),
        pytest.param(
            "Outside the station, Al Brisk said the gates were locked.",
            "said",
            "Al Brisk",
            id="fronted-outside-then-name",
        ),
        pytest.param(
            "Fares rose, according to a report by the Brayford Transit Institute released in October.",
            "according to",
            "a report by the Brayford Transit Institute released in October",
            id="agent-then-released-in",
        ),
        pytest.param(
            "Rents fell, according to a study by the Pell Institute published in May.",
            "according to",
            "a study by the Pell Institute published in May",
            id="agent-then-published-in-may",
        ),
        pytest.param(
            "Night-shift drivers on the busy ring road say the roadworks are endless.",
            "say",
            "Night-shift drivers on the busy ring road",
            id="plural-person-on-place",
        ),
        pytest.param(
            "Councillors on the planning committee said the scheme was too big.",
            "said",
            "Councillors on the planning committee",
            id="plural-person-on-committee",
        ),
        pytest.param(
            "Yet the club's own counts, published in March, show that crowds grew.",
            "show",
            "the club's own counts, published in March",
            id="counts-document",
        ),
        # negatives
        pytest.param(
            "Officials on Monday said the road was shut.", "said", "Officials", id="negative-on-time"
        ),
        pytest.param(
            "Officials on the call said the deal was close.",
            "said",
            "Officials",
            id="negative-on-speech-event",
        ),
        pytest.param(
            "Ina Voss, speaking at a meeting in Hebbleton, said the plan was dead.",
            "said",
            "Ina Voss",
            id="negative-speaking-adverbial",
        ),
        pytest.param(
            "Ina Voss, of the Green Party, said the plan was dead.",
            "said",
            "Ina Voss, of the Green Party",
            id="affiliation-of-segment",
        ),
    ],
)
def test_sourcing_round18_spans(text: str, cue: str, source: str) -> None:
    t = table(text)
    assert t[t["cue"] == cue]["source"].tolist() == [source], t[["cue", "source"]].values.tolist()


# --- classes, kinds and resolution -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            "Its secretary, retired nurse Edna Varley, 68, said the hall must stay open.",
            "said",
            "Its secretary, retired nurse Edna Varley, 68",
            "Edna Varley",
            "named",
            None,
            id="role-apposition-titled-name",
        ),
        pytest.param(
            "The club's treasurer, former banker Olu Mensah, said the books were sound.",
            "said",
            "The club's treasurer, former banker Olu Mensah",
            "Olu Mensah",
            "named",
            None,
            id="possessive-role-apposition-titled-name",
        ),
        pytest.param(
            "A senior official of the Brayford Port Authority said the quay was unsafe.",
            "said",
            "A senior official of the Brayford Port Authority",
            "",
            "unnamed",
            "official",
            id="senior-official-of-body",
        ),
        pytest.param(
            "An aide at the ministry said the bill would be withdrawn.",
            "said",
            "An aide at the ministry",
            "",
            "unnamed",
            None,
            id="aide-at-body",
        ),
        pytest.param(
            "A stallholder, who gave her name only as Bea, said trade was slow.",
            "said",
            "A stallholder, who gave her name only as Bea",
            "",
            "unnamed",
            None,
            id="gave-name-only-as",
        ),
        pytest.param(
            "A porter, who identified himself only as Sol, said the lift had failed.",
            "said",
            "A porter, who identified himself only as Sol",
            "",
            "unnamed",
            None,
            id="identified-himself-only-as",
        ),
        pytest.param(
            "Prosecuting, Hilde Marsh said the van had been stolen.",
            "said",
            "Hilde Marsh",
            "",
            "named",
            "legal",
            id="prosecuting-counsel-legal",
        ),
        pytest.param(
            "Defending, Kit Ormond said his client was remorseful. He said the man had lost his job.",
            "said",
            "He",
            "Kit Ormond",
            "named",
            "legal",
            id="defending-counsel-pronoun-legal",
        ),
        pytest.param(
            "Chief engineer P. Ramaswamy told reporters the line was late. He said testing would finish soon.",
            "said",
            "He",
            "P. Ramaswamy",
            "named",
            None,
            id="initial-keeps-point",
        ),
        pytest.param(
            "Former winger Cas Ibarra, commentating for Radio Tamsworth, says the penalty was soft.",
            "says",
            "Former winger Cas Ibarra, commentating for Radio Tamsworth",
            "Cas Ibarra",
            "named",
            "media",
            id="commentating-for-radio-media",
        ),
        pytest.param(
            "Noor Adeyemi of the Ostley Cabmen's Guild said fares would rise.",
            "said",
            "Noor Adeyemi of the Ostley Cabmen's Guild",
            "Noor Adeyemi",
            "named",
            None,
            id="name-of-body-with-possessive",
        ),
        # negatives
        pytest.param(
            "A spokesman for the ministry said the bill would be withdrawn.",
            "said",
            "A spokesman for the ministry",
            "",
            "role",
            "official",
            id="negative-spokesman-for-role",
        ),
        pytest.param(
            "A stallholder, who gave her name as Bea Lorrimer, said trade was slow.",
            "said",
            "A stallholder, who gave her name as Bea Lorrimer",
            "",
            "role",
            None,
            id="negative-gave-full-name",
        ),
        pytest.param(
            "Defending champion Kit Ormond said he was tired.",
            "said",
            "Defending champion Kit Ormond",
            "Kit Ormond",
            "named",
            "unknown",
            id="negative-defending-champion-not-legal",
        ),
        pytest.param(
            "The Ostley Cabmen's Guild said fares would rise.",
            "said",
            "The Ostley Cabmen's Guild",
            "",
            "organisation",
            None,
            id="negative-body-with-possessive",
        ),
        pytest.param(
            "The mayor, a retired nurse, said the hall must stay open.",
            "said",
            "The mayor, a retired nurse",
            "",
            "role",
            "official",
            id="negative-role-apposition-no-name",
        ),
    ],
)
def test_sourcing_round18_classes(
    text: str, cue: str, source: str, resolved_to: str, source_class: str, source_kind: str | None
) -> None:
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        pytest.param(
            "A senior official of the Brayford Port Authority said the quay was unsafe. "
            "The official, who asked not to be named, said repairs would take a month.",
            1,
            id="the-official-takes-up-senior-official",
        ),
        # negative: another head noun is another anonymous source
        pytest.param(
            "A senior official said the quay was unsafe. The aide, who asked not to be named, said repairs would wait.",
            2,
            id="negative-other-head",
        ),
    ],
)
def test_sourcing_round18_definite_unnamed_takes_up_earlier(text: str, unnamed: int) -> None:
    assert sourcing.compute(parse(text)).values["unnamed_sources"] == unnamed
