"""Sourcing round four: the classes of error found on the round-three blind articles (docs/sourcing.md).

Each rule has its own sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, cues, row_with_source, table


def _sources(text: str) -> list[str]:
    return [s for s in table(text)["source"] if s]



# --- a conjunction opening the sentence is no part of the speaker's phrase -------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            "The school shut early. But headteacher Amir Khan, 51, said lessons would resume on Monday.",
            "said",
            "headteacher Amir Khan, 51",
            "Amir Khan",
            "named",
            "citizen",
            id="but-title-name-age",
        ),
        pytest.param(
            "Snow closed the pass. And council leader Rosa Diaz, 60, told reporters the road was safe.",
            "told",
            "council leader Rosa Diaz, 60",
            "Rosa Diaz",
            "named",
            "official",
            id="and-title-name-age",
        ),
        pytest.param(
            "The squad looked tired. Yet coach Dan Moss, a former striker, said they were ready.",
            "said",
            "coach Dan Moss, a former striker",
            "Dan Moss",
            "named",
            None,
            id="yet-title-name-apposition",
        ),
        # negative: the conjunction stays out, the subject is unchanged
        pytest.param(
            "The road flooded. But officials said the bridge was safe.",
            "said",
            "officials",
            "",
            "role",
            "official",
            id="but-plain-subject",
        ),
    ],
)
def test_sourcing_sentence_initial_conjunction_outside_the_phrase(
    text, cue, source, resolved_to, source_class, source_kind
):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


def test_sourcing_conjunction_with_interrupting_cue_is_no_source():
    t = table("It rained. But, officials said, the match went ahead.")
    assert _sources("It rained. But, officials said, the match went ahead.") == ["officials"], t.values.tolist()


# --- hyphenated person nouns ("mum-of-three") ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            'Liam Ford, 40, lost his van in the flood. "We have nothing left," the father-of-two said.',
            "said",
            "the father-of-two",
            "Liam Ford",
            "named",
            None,
            id="father-of-two-resolves-to-the-name",
        ),
        pytest.param(
            "A grandmother-of-five told the paper she had waited nine hours.",
            "told",
            "A grandmother-of-five",
            "",
            "role",
            "citizen",
            id="indefinite-stays-a-role",
        ),
    ],
)
def test_sourcing_hyphenated_person_nouns(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


def test_sourcing_hyphenated_thing_is_no_person():
    text = "The state-of-the-art scanner cost millions, the hospital said."
    assert _sources(text) == ["the hospital"]


# --- appositions opening with a possessive name ("Acme's chief executive") -----------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            '"Demand is back," said Lena Ford, Harbor Bank\'s chief economist.',
            "said",
            "Lena Ford, Harbor Bank's chief economist",
            "Lena Ford",
            "named",
            "expert",
            id="inverted",
        ),
        pytest.param(
            "Sam Reed, Labour's candidate, told voters the tram would be built.",
            "told",
            "Sam Reed, Labour's candidate",
            "Sam Reed",
            "named",
            "official",
            id="before-the-cue",
        ),
        pytest.param(
            "Tim Bell, Barclays' head of research, said rates would fall.",
            "said",
            "Tim Bell, Barclays' head of research",
            "Tim Bell",
            "named",
            None,
            id="plural-possessive",
        ),
        # negative: a possessive clause after the name is no apposition
        pytest.param(
            '"Fine," said Jane Roe, Acme\'s shares rose later.',
            "said",
            "Jane Roe",
            "",
            "named",
            None,
            id="possessive-clause",
        ),
    ],
)
def test_sourcing_possessive_name_apposition(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


# --- documents: an agent named after a noun, describing participles, data nouns -----------


@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "A review by the watchdog Ofqual found that grades had been inflated.",
            "found",
            "A review by the watchdog Ofqual",
            "document",
            id="agent-after-a-noun",
        ),
        pytest.param(
            "Research by the charity Crisis shows that rough sleeping has doubled.",
            "shows",
            "Research by the charity Crisis",
            "document",
            id="agent-after-charity",
        ),
        pytest.param(
            "The findings, detailed in the journal Nature on Monday, show that bees sleep.",
            "show",
            "The findings, detailed in the journal Nature on Monday",
            "document",
            id="detailed-in",
        ),
        pytest.param(
            "The survey, presented at a conference in Oslo, suggests that most cyclists feel unsafe.",
            "suggests",
            "The survey, presented at a conference in Oslo",
            "document",
            id="presented-at",
        ),
        pytest.param(
            "Sea ice is thinning faster than before, according to measurements from a research vessel.",
            "according to",
            "measurements from a research vessel",
            "document",
            id="measurements",
        ),
        pytest.param(
            "Satellite observations show that the glacier retreated two kilometres.",
            "show",
            "Satellite observations",
            "document",
            id="observations",
        ),
    ],
)
def test_sourcing_document_phrases(text, cue, source, source_class):
    assert row_with_source(text, cue, source).source_class == source_class


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The findings, detailed in the journal Nature on Monday, show that bees sleep.", "detailed"),
        pytest.param("The survey, presented at a conference in Oslo, suggests that most cyclists feel unsafe.", "presented"),
    ],
)
def test_sourcing_describing_participle_is_no_cue(text, cue):
    assert cue not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # negative: "described" is a cue when someone describes
        pytest.param("Officials described the report as flawed.", "described", "Officials", id="describe-verb"),
        pytest.param(
            "The report described the damage as severe.", "described", "The report", id="document-describes"
        ),
        pytest.param(
            "A bus driven by the teenager, police said, hit a wall.", "said", "police", id="agent-of-no-document"
        ),
    ],
)
def test_sourcing_describing_cues_kept(text, cue, source):
    assert row_with_source(text, cue, source)


# --- boiler-plate headings are no speaker labels ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Fenwick Foods opens a bakery.\n\nAbout Fenwick Foods: Fenwick is a family bakery.", id="about"),
        pytest.param("The survey ran in May.\n\nNotes to editors: The survey ran in May.", id="notes"),
    ],
)
def test_sourcing_heading_is_no_speaker(text):
    assert _sources(text) == []


def test_sourcing_speaker_label_kept():
    r = row_with_source("Transcript of the debate.\n\nJane Roe: We will win the seat.", "Jane Roe:", "Jane Roe")
    assert r.source_class == "named"


# --- hedge participles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("It has been argued that the bridge is unsafe.", "It has been argued", id="argued"),
        pytest.param("It was long contended that the well was poisoned.", "It was long contended", id="contended"),
        pytest.param("It is widely predicted that the vote will fail.", "It is widely predicted", id="predicted"),
    ],
)
def test_sourcing_hedge_participles(text, cue):
    t = table(text)
    assert [(c, k) for c, k in zip(t["cue"], t["source_class"], strict=True)] == [(cue, "vague")]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("He argued that the bridge was unsafe.", "argued", "He", id="argued-by-someone"),
        pytest.param("The council predicted that the vote would fail.", "predicted", "The council", id="predicted"),
    ],
)
def test_sourcing_hedge_participles_leave_sourced_cues(text, cue, source):
    assert row_with_source(text, cue, source).source_class != "vague"


# --- "the owner, <Name>": a body when the name is no person's --------------------------------


@pytest.mark.parametrize(
    ("text", "source", "source_class", "source_kind", "resolved_to"),
    [
        pytest.param(
            "The mill's operator, Northgate Textiles, said no jobs would go.",
            "The mill's operator, Northgate Textiles",
            "organisation",
            "organisation",
            "Northgate Textiles",
            id="operator-org-name",
        ),
        pytest.param(
            "The site's owner, Harbour Freight Ltd, said it would appeal.",
            "The site's owner, Harbour Freight Ltd",
            "organisation",
            "organisation",
            "Harbour Freight Ltd",
            id="owner-ltd",
        ),
        # negative: a person's name in apposition stays a person
        pytest.param(
            "The shop's owner, Rita Moss, said the window was smashed at night.",
            "The shop's owner, Rita Moss",
            "named",
            "citizen",
            "Rita Moss",
            id="owner-person",
        ),
    ],
)
def test_sourcing_body_or_person_apposition(text, source, source_class, source_kind, resolved_to):
    r = row_with_source(text, "said", source)
    assert (r.source_class, r.source_kind, r.resolved_to) == (source_class, source_kind, resolved_to)


# --- commentator plurals as vague ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param("Sceptics argue the scheme will fail.", "argue", "Sceptics", "vague", id="sceptics"),
        pytest.param(
            "Opponents of the bypass say it will ruin the valley.",
            "say",
            "Opponents of the bypass",
            "vague",
            id="opponents-of",
        ),
        pytest.param("Doubters say the figures were massaged.", "say", "Doubters", "vague", id="doubters"),
        # negative: a possessed or determined group is a role
        pytest.param("Her opponents said she had lied.", "said", "Her opponents", "role", id="her-opponents"),
    ],
)
def test_sourcing_commentator_plurals(text, cue, source, source_class):
    assert row_with_source(text, cue, source).source_class == source_class


# --- capitalised titles: role words, kept out of the name ----------------------------------


@pytest.mark.parametrize(
    ("text", "source", "resolved_to", "source_kind"),
    [
        pytest.param(
            "Fire Officer Kate Bloom said the blaze was started deliberately.",
            "Fire Officer Kate Bloom",
            "Kate Bloom",
            "official",
            id="fire-officer",
        ),
        pytest.param(
            "Ambulance chief Neil Hart said crews had waited outside for hours.",
            "Ambulance chief Neil Hart",
            "Neil Hart",
            "official",
            id="ambulance-chief",
        ),
        pytest.param(
            "Grandma Joan Pike, 80, said she had never seen such snow.",
            "Grandma Joan Pike, 80",
            "Joan Pike",
            "citizen",
            id="grandma",
        ),
        # negative: a victim of a fire is no official
        pytest.param(
            "Fire victim Ann Lowe said she lost everything.",
            "Fire victim Ann Lowe",
            "Ann Lowe",
            "citizen",
            id="fire-victim",
        ),
    ],
)
def test_sourcing_capitalised_titles(text, source, resolved_to, source_kind):
    r = row_with_source(text, "said", source)
    assert (r.source_class, r.resolved_to, r.source_kind) == ("named", resolved_to, source_kind)
