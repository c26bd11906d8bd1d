"""Round twenty-six's survey of ordinary news (docs/sourcing.md, "Round twenty-six, a survey of ordinary news").

Invented sentences only (invented people, places and bodies): each rule has positive cases and negative
cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import pairs, row_with_source, table


def _sources(text: str, cue: str) -> list[str]:
    """The source phrases of the rows with this cue, in order (empty: no such row)."""
    return [source for c, source in pairs(text) if c == cue]


def _resolved(text: str, cue: str) -> list[str]:
    """``resolved_to`` of the rows with this cue, in order."""
    return [r.resolved_to for r in table(text).itertuples() if r.cue == cue]


# -- a picture's caption or credit is no speaker -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The fair drew large crowds.\n\nImage: Tomas Verhoeven.\n\nImage: Tomas Verhoeven.", id="image"
        ),
        pytest.param("Crowds at the gate.\n\nMarket Square. Image: Lina Okafor.", id="caption-then-image"),
        pytest.param("Picture: Harbour Press Agency.\n\nThe ferry left at noon.", id="picture"),
        pytest.param("Credit: Ivo Marchetti.\n\nThe ferry left at noon.", id="credit"),
    ],
)
def test_sourcing_picture_credit_no_speaker(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param(
            "The interview follows.\nJANE ROE: Thank you for having me.\nTOM HALE: It was a pleasure.",
            "JANE ROE",
            id="transcript",
        ),
        pytest.param(
            "The hearing resumed.\nSenator Ilse Varga: We will not give way on this.",
            "Senator Ilse Varga",
            id="titled-label",
        ),
    ],
)
def test_sourcing_picture_credit_negative_speaker_labels_stay(text: str, label: str) -> None:
    assert label in [source for _c, source in pairs(text)]


# -- a passive of judging, naming or proposing with no agent has no source ------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "A levy on second homes was proposed in 2019 but never passed.", "proposed", id="proposed"
        ),
        pytest.param("For years the founders were considered eccentrics.", "considered", id="considered"),
        pytest.param("Relatives may object to consent being deemed.", "deemed", id="deemed"),
        pytest.param("The old mill was regarded as a ruin until 1990.", "regarded", id="regarded"),
    ],
)
def test_sourcing_passive_judged_no_source(text: str, cue: str) -> None:
    assert _sources(text, cue) in ([], [""])


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The levy was proposed by Councillor Ana Petrov in 2019.",
            "proposed",
            "Councillor Ana Petrov",
            id="agent",
        ),
        pytest.param(
            "Councillor Ana Petrov proposed a levy on second homes.",
            "proposed",
            "Councillor Ana Petrov",
            id="active",
        ),
        pytest.param(
            "The founders were considered a curiosity by their neighbours.",
            "considered",
            "their neighbours",
            id="agent-considered",
        ),
        pytest.param(
            "Ana Petrov referred to the stretch as a death trap.",
            "referred to",
            "Ana Petrov",
            id="active-referred",
        ),
    ],
)
def test_sourcing_passive_judged_negative_agent_or_active(text: str, cue: str, source: str) -> None:
    assert source in _sources(text, cue)


# -- a presence somewhere and a vote approving a person are acts, no cue --------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Dario Vell, 31, appeared in Tarn District Court on Monday, charged with arson.",
            "appeared",
            id="court",
        ),
        pytest.param(
            "Before appearing in court, Vell spent the night in a cell.", "appearing", id="appearing-court"
        ),
        pytest.param(
            "She later appeared on television programmes and wrote two novels.", "appeared", id="television"
        ),
        pytest.param("The Tarn Senate confirmed him on Friday.", "confirmed", id="confirmed-him"),
        pytest.param(
            "The charter requires both houses to confirm a candidate for minister.",
            "confirm",
            id="confirm-candidate",
        ),
        pytest.param(
            "The assembly confirmed Ana Petrov's nomination on Friday.",
            "confirmed",
            id="confirmed-nomination",
        ),
    ],
)
def test_sourcing_presence_or_vote_no_cue(text: str, cue: str) -> None:
    assert _sources(text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The minister appeared calm and said the talks would resume.",
            "said",
            "The minister",
            id="appeared-calm",
        ),
        pytest.param("Ana Petrov appeared to accept the offer.", "appeared", "Ana Petrov", id="appeared-to"),
        pytest.param(
            "The club confirmed him as the new coach.", "confirmed", "The club", id="confirmed-him-as"
        ),
        pytest.param("Police confirmed that two people died.", "confirmed", "Police", id="confirmed-that"),
        pytest.param(
            "The ministry confirmed the deaths of two hikers.",
            "confirmed",
            "The ministry",
            id="confirmed-deaths",
        ),
    ],
)
def test_sourcing_presence_or_vote_negative_cues_stay(text: str, cue: str, source: str) -> None:
    assert source in _sources(text, cue)


# -- "called" and a name ending its clause gives a name, judges nothing --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The square has a statue of a noted engineer and mill owner called Piet Avender.",
            id="person-named",
        ),
        pytest.param(
            "She was helped by a group run by former inmates called Tarnwatch (Tarn Watch Trust).",
            id="bracket",
        ),
    ],
)
def test_sourcing_called_name_ends_clause(text: str) -> None:
    assert _sources(text, "called") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The mayor called Tom Reed a liar.", "The mayor", id="complement"),
        pytest.param("Ana Petrov called the plan a disgrace.", "Ana Petrov", id="thing-complement"),
        pytest.param("In a statement, Ana Petrov called it unfair.", "Ana Petrov", id="pronoun-object"),
        pytest.param('Ms. Quell called Mrs. Harrow an "Aunt Sally."', "Ms. Quell", id="abbreviated-title"),
        pytest.param(
            "The speaker on Tuesday called Donald J. Harrow's remarks unfair.", "The speaker", id="initial"
        ),
        pytest.param(
            "At a rally, Harrow called Levett, a former county chair, a disgrace.", "Harrow", id="apposition"
        ),
    ],
)
def test_sourcing_called_name_negative_speech_stays(text: str, source: str) -> None:
    assert _sources(text, "called") == [source]


# -- names: an owner's possessive, a thing's name, a name after a sentence's end -----------------------


@pytest.mark.parametrize(
    ("text", "cue", "resolved"),
    [
        pytest.param(
            'Mira Talvik lives south of Estonia’s Pala hills. "The windows shook," she said.',
            "said",
            "Mira Talvik",
            id="possessive-place",
        ),
        pytest.param(
            "Tarnia’s Ana Belvoir won the race. She said it was her best day.",
            "said",
            "Ana Belvoir",
            id="possessive-owner",
        ),
        pytest.param(
            '"The old rules are gone," says Lena Holm, governor of Tarnby Prison. However, she does not think '
            "the system has gone soft.",
            "think",
            "Lena Holm",
            id="prison",
        ),
        pytest.param(
            "Judge Oskar Brandt ruled the law broke the Equal Terms Clause. He said the old reasons no longer hold.",
            "said",
            "Oskar Brandt",
            id="clause",
        ),
        pytest.param(
            "The blast shook the city of Velsk. Tatyana Bets was at work in a clinic when it struck. "
            '"First we felt the wind," she said.',
            "said",
            "Tatyana Bets",
            id="name-after-full-stop",
        ),
    ],
)
def test_sourcing_pronoun_skips_non_person_names(text: str, cue: str, resolved: str) -> None:
    assert _resolved(text, cue) == [resolved]


@pytest.mark.parametrize(
    ("text", "cue", "resolved"),
    [
        pytest.param(
            "Britain’s Prince Harold spoke to the crowd. He said the day was special.",
            "said",
            "Harold",
            id="title-after-owner",
        ),
        pytest.param(
            "Chief Executive Rolf Amsel spoke first. Amsel said the plan was sound.",
            "said",
            "Rolf Amsel",
            id="surname",
        ),
        pytest.param(
            "Ann Island, a nurse, spoke first. She said the ward was full.",
            "said",
            "Ann Island",
            id="first-name-keeps",
        ),
    ],
)
def test_sourcing_pronoun_negative_person_names_stay(text: str, cue: str, resolved: str) -> None:
    assert _resolved(text, cue) == [resolved]


# -- a time opening the subject is no part of the source ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "On Friday Tarnvale Motor Company announced a recall of 4,000 vans.",
            "announced",
            "Tarnvale Motor Company",
            id="weekday",
        ),
        pytest.param(
            "This Wednesday Foreign Minister Ana Ruiz stressed the need for talks.",
            "stressed",
            "Foreign Minister Ana Ruiz",
            id="this-weekday",
        ),
        pytest.param(
            "On March 3 Tarn Water Services acknowledged the leak.",
            "acknowledged",
            "Tarn Water Services",
            id="month-day",
        ),
        pytest.param(
            "This past Friday, the princess, 71, announced her candidacy.",
            "announced",
            "the princess, 71",
            id="weekday-comma",
        ),
    ],
)
def test_sourcing_time_lead_not_in_source(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "April Dunmore said the river was clean.", "said", "April Dunmore", id="month-first-name"
        ),
        pytest.param("Friday's report said the river was clean.", "said", "", id="weekday-possessive"),
    ],
)
def test_sourcing_time_lead_negative_names_stay(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]


def test_sourcing_time_lead_keeps_the_class() -> None:
    r = row_with_source(
        "On Friday Tarnvale Motor Company announced a recall.", "announced", "Tarnvale Motor Company"
    )
    assert r.source_class == "organisation"


# -- a royal household speaks as a body ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The palace announced the birth in a press release.", "announced", "The palace", id="the-palace"
        ),
        pytest.param("Kessel Palace said the prince was well.", "said", "Kessel Palace", id="named-palace"),
    ],
)
def test_sourcing_palace_is_a_body(text: str, cue: str, source: str) -> None:
    r = row_with_source(text, cue, source)
    assert r.source_class == "organisation"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Ann Palace said the vote was close.", "Ann Palace", id="first-name-surname"),
        pytest.param(
            "Councillor Dawn Palace said the vote was close.", "Councillor Dawn Palace", id="titled"
        ),
    ],
)
def test_sourcing_palace_negative_person_stays_named(text: str, source: str) -> None:
    assert row_with_source(text, "said", source).source_class == "named"
