"""Sourcing round twelve: cue recall by general constructions mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike that must stay no row).
"""

from __future__ import annotations

import pytest

from mediakit.metrics import sourcing
from mediakit.text.parse import parse
from tests.metrics.sourcing_rows import cues, row_with_source, table

# --- an inserted "say," with a plural subject after a comma --------------------------------------------
_SAY = [
    pytest.param("The rebate, tax advisers say, will reach most families.", "tax advisers", "role", id="advisers"),
    pytest.param(
        "Over the next decade, several tax economists say, the levy could lift prices.",
        "several tax economists",
        "vague",
        id="economists",
    ),
    pytest.param("The mayor went on to say, “The pier will reopen in May.”", "The mayor", "role", id="say-comma-quote"),
    pytest.param(
        "The closure of the depot, union members and drivers say, was never discussed.",
        "union members and drivers",
        "role",
        id="conjoined",
    ),
]


@pytest.mark.parametrize(("text", "source", "source_class"), _SAY)
def test_sourcing_recall12_parenthetical_say_is_a_cue(text, source, source_class):
    assert row_with_source(text, "say", source).source_class == source_class


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Needless to say, the plan failed within a week.", id="needless-to-say"),
        pytest.param("Let's say, for the sake of argument, the bridge closes.", id="lets-say"),
        pytest.param("The stew, as the locals say, is hearty and cheap.", id="as-the-locals-say"),
        pytest.param("Whatever the polls say, turnout will decide the seat.", id="whatever-the-polls-say"),
    ],
)
def test_sourcing_recall12_say_comma_without_a_subject_is_no_cue(text):
    assert "say" not in cues(text)


# --- "calls it / this / them": naming or describing, a speech act -----------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The campaign calls this a smear.", "The campaign", id="calls-this"),
        pytest.param("The harbour master calls it a turning point for the town.", "The harbour master", id="calls-it"),
        pytest.param("The manager calls them the best squad in a decade.", "The manager", id="calls-them"),
    ],
)
def test_sourcing_recall12_naming_calls_is_a_cue(text, source):
    row_with_source(text, "calls", source)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The surgery calls them back the next morning.", id="calls-them-back"),
        pytest.param("The clinic calls him every week to check on the dressing.", id="calls-him-every-week"),
        pytest.param("Residents said the council ignored their calls this winter.", id="their-calls-this"),
    ],
)
def test_sourcing_recall12_telephone_calls_are_no_cue(text):
    assert "calls" not in cues(text)


# --- a passive's agent ("requested by the committee") is no inverted speaker ----------------------------
def test_sourcing_recall12_passive_agent_keeps_the_earlier_cue():
    text = "The agency said its officials had withheld records requested by the committee."
    row_with_source(text, "said", "The agency")


def test_sourcing_recall12_real_inversion_still_owns_its_content():
    text = "Voters believe the levy is fair, said Jane Roe, the council's finance chief."
    found = cues(text)
    assert "said" in found
    assert "believe" not in found


# --- a headline "Name:" label names the speaker even when the headline has a cue -------------------------
def test_sourcing_recall12_headline_name_label_with_a_cue():
    text = "Jane Roe: Council thinks the bridge is safe\n\nThe council met on Monday to discuss the bridge."
    t = table(text)
    assert "Jane Roe" in set(t["source"])
    row_with_source(text, "thinks", "Council")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Brexit: Minister says deal is close\n\nTalks went on late into the night.", id="topic-label"),
        pytest.param("LONDON BRIDGE: Police said the road is shut\n\nIt rained all day.", id="all-caps-label"),
        pytest.param(
            "The mayor met residents.\n\nJane Roe: Council thinks the bridge is safe.\n\nThe meeting ended.",
            id="not-the-headline",
        ),
    ],
)
def test_sourcing_recall12_label_with_a_cue_is_no_speaker(text):
    sources = set(table(text)["source"])
    assert not sources & {"Brexit", "LONDON BRIDGE", "Jane Roe"}


# --- a noun-ambiguous cue after a plural role or person noun with its determiner or modifier --------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("But her allies fear that more letters will surface.", "fear", "her allies", id="her-allies-fear"),
        pytest.param(
            "Some Labour strategists fear the toll the row is taking.",
            "fear",
            "Some Labour strategists",
            id="strategists-fear",
        ),
    ],
)
def test_sourcing_recall12_plural_role_subject_of_a_noun_ambiguous_cue(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The strategists' fears grew after the vote.", "fears", id="possessive-fears"),
        pytest.param("Her fear that the bridge would close came true.", "fear", id="her-fear-that"),
    ],
)
def test_sourcing_recall12_noun_ambiguous_noun_stays_no_cue(text, cue):
    assert cue not in cues(text)


# --- the object of "according to" is its source, also when the lexicon does not know it ----------------
@pytest.mark.parametrize(
    ("text", "source", "source_class"),
    [
        pytest.param("The levy passed, according to early returns.", "early returns", "document", id="returns"),
        pytest.param("The ferry was cleared to sail, according to the M.C.A.", "the M.C.A", "organisation", id="initials"),
    ],
)
def test_sourcing_recall12_according_to_object_is_the_source(text, source, source_class):
    assert row_with_source(text, "according to", source).source_class == source_class


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The launch went according to plan.", id="according-to-plan"),
        pytest.param("Season the stew according to taste.", id="according-to-taste"),
        pytest.param("Pupils are grouped according to age.", id="according-to-age"),
        pytest.param("Fees vary according to whether the pupil boards.", id="according-to-whether"),
    ],
)
def test_sourcing_recall12_according_to_a_manner_is_no_attribution(text):
    assert "according to" not in cues(text)


def test_sourcing_recall12_according_to_the_plan_stays_a_source():
    row_with_source("According to the plan, the road closes in May.", "According to", "the plan")


# --- a name right before a quoting colon, after a dash or "More from": the speaker's label ---------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # two named people: the attribution's span is the whole coordination (one row each in the table:
        # test_sourcing_leftovers15)
        pytest.param(
            "FERRY FARES TO RISE AGAIN - Jane Roe and Tom Hale: “The operator has run out of road.”",
            "Jane Roe and Tom Hale",
            id="after-dash",
        ),
        pytest.param("Why the depot closed - More from Hale: “Nobody asked the drivers.”", "Hale", id="more-from"),
    ],
)
def test_sourcing_recall12_dash_name_colon_is_the_speaker(text, source):
    assert [a.source.text for a in sourcing.analyse(parse(text)).attributions] == [source]


@pytest.mark.parametrize(
    ("text", "source", "not_label"),
    [
        pytest.param(
            "The harbour master was blunt: “The pier is unsafe.”", "The harbour master", "blunt", id="clause-subject"
        ),
        pytest.param(
            "The depot - a listed building - will close, Hale said: “It is over.”", "Hale", "a listed", id="dash-aside"
        ),
        # reaches _DASH_LABEL (no cue before the colon): one capitalised word after a dash is no name
        pytest.param("Prices up again - Update: “The shop is shut.”", None, "Update", id="dash-one-word"),
        pytest.param("Poll lead narrows - Breaking News: “It is close.”", None, "Breaking", id="dash-heading"),
    ],
)
def test_sourcing_recall12_colon_without_a_dash_label_keeps_its_reading(text, source, not_label):
    sources = set(table(text)["source"])
    assert source is None or source in sources
    assert not any(s.startswith(not_label) for s in sources)


# --- "talked up": promoting something in words ----------------------------------------------------------
def test_sourcing_recall12_talked_up_is_speech():
    row_with_source("The mayor talked up the new ferry route.", "talked", "The mayor")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The talks up to now have failed.", id="talks-up-to-now"),
        pytest.param("The pupils talked until midnight.", id="talked-no-particle"),
    ],
)
def test_sourcing_recall12_talk_without_content_is_no_cue(text):
    assert not {"talks", "talked"} & cues(text)
