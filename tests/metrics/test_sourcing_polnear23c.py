"""Sourcing round twenty-four: cues the context rules dropped, mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone),
and the positive ones also have their source.
"""

from __future__ import annotations

import pytest

from mediakit.metrics.sourcing import cue_spans
from mediakit.text.parse import parse
from tests.metrics.sourcing_rows import first_source


def _cues(text: str) -> list[str]:
    return [a.cue for a in cue_spans(parse(text))]


# --- a feeling with its content ("that", "about", "to learn") after a copula is what the subject holds ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Local fishermen are furious about the new mooring fees.",
            "furious",
            "Local fishermen",
            id="furious-about",
        ),
        pytest.param(
            "The orchestra's director was pleased that the hall was full.",
            "pleased",
            "The orchestra's director",
            id="pleased-that",
        ),
        pytest.param(
            "Tenant groups have been deeply troubled about the eviction notices.",
            "troubled",
            "Tenant groups",
            id="troubled-about-adverb-copula",
        ),
        pytest.param(
            "Ms Varga was shocked to learn that the bridge would stay shut.",
            "shocked",
            "Ms Varga",
            id="shocked-to-learn",
        ),
    ],
)
def test_sourcing_feeling_with_content_after_copula_is_a_cue(text: str, cue: str, source: str) -> None:
    assert cue in _cues(text)
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param(
            "Anyone would be pleased to hear that the pool reopens.", "pleased", id="hypothetical-would-be"
        ),
        pytest.param(
            "There is much to be pleased about in the budget.", "pleased", id="infinitive-no-subject"
        ),
        pytest.param("The furious crowd pushed at the gates.", "furious", id="attributive-adjective"),
        pytest.param("The coach was furious with the linesman.", "furious", id="target-only"),
        pytest.param("Diners at the inn were shocked by the prices.", "shocked", id="cause-only"),
        pytest.param("Ms Varga was stunned.", "stunned", id="no-complement"),
    ],
)
def test_sourcing_feeling_without_content_or_subject_is_no_cue(text: str, word: str) -> None:
    assert word not in _cues(text)


# --- "promise(s) to" and a verb: a pledge noun, a nominal cue ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The mayor has kept her promise to reopen the lido by June.",
            "promise",
            "her",
            id="possessive-promise",
        ),
        pytest.param(
            "Shoppers welcomed his promise to cut parking fees.",
            "promise",
            "his",
            id="object-possessive-promise",
        ),
        pytest.param(
            "Their own promises to plant a thousand trees were never kept.",
            "promises",
            "Their",
            id="own-promises",
        ),
    ],
)
def test_sourcing_promise_to_verb_is_a_nominal_cue(text: str, cue: str, source: str) -> None:
    assert cue in _cues(text)
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The promise to the victims' families was broken within a year.", id="promise-to-the"),
        pytest.param("His promise was broken within a year.", id="no-infinitive"),
        pytest.param("The new striker shows real promise.", id="promise-as-talent"),
        pytest.param("Volunteers made promises to each other.", id="no-possessive-no-infinitive"),
    ],
)
def test_sourcing_promise_without_infinitive_is_no_cue(text: str) -> None:
    assert not any(c.lower().startswith("promise") for c in _cues(text))


# --- "talk(s) to / with X about Y": a conversation with its topic ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Ms Quill is talking to parents about the school bus cuts.",
            "talking",
            "Ms Quill",
            id="talking-to-about",
        ),
        pytest.param(
            "The governor talks with farmers about the drought.",
            "talks",
            "The governor",
            id="talks-with-about",
        ),
    ],
)
def test_sourcing_talk_to_someone_about_a_topic_is_a_cue(text: str, cue: str, source: str) -> None:
    assert cue in _cues(text)
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ms Quill is talking to parents at the gate.", id="talking-to-no-topic"),
        pytest.param(
            "The bakery chain is in talks to buy a rival for about $40 million.", id="in-talks-about-a-sum"
        ),
        pytest.param("The two unions ended their talks with the board in May.", id="talks-noun"),
    ],
)
def test_sourcing_talk_without_topic_is_no_cue(text: str) -> None:
    assert not any(c.lower().startswith("talk") for c in _cues(text))


# --- "threatened not to", "threaten also to": a threat's infinitive after a negation or an adverb ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The striker, who has threatened not to play on artificial turf, trained alone.",
            "threatened",
            "who",
            id="threatened-not-to",
        ),
        pytest.param(
            "The growers threaten also to block the ring road.",
            "threaten",
            "The growers",
            id="threaten-also-to",
        ),
    ],
)
def test_sourcing_threat_with_adverb_before_infinitive_is_a_cue(text: str, cue: str, source: str) -> None:
    assert cue in _cues(text)
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The rising river threatened the old mill.", id="threatened-object"),
        pytest.param("Floods threaten again in the valley.", id="threaten-again-no-infinitive"),
    ],
)
def test_sourcing_threat_without_infinitive_is_no_cue(text: str) -> None:
    assert not any(c.lower().startswith("threat") for c in _cues(text))


# --- a singular person, body or document noun with a noun-like "-s" verb and its object ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The candidate claims his opponent misled voters.",
            "claims",
            "The candidate",
            id="candidate-claims-clause",
        ),
        pytest.param(
            "The union's lawsuit demands the reinstatement of the two drivers.",
            "demands",
            "The union's lawsuit",
            id="possessive-lawsuit-demands",
        ),
        pytest.param(
            "The new leaflet claims “every street will be swept weekly.”",
            "claims",
            "The new leaflet",
            id="modifier-leaflet-claims-quote",
        ),
    ],
)
def test_sourcing_singular_subject_noun_claims_object_is_a_cue(text: str, cue: str, source: str) -> None:
    assert cue in _cues(text)
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("The employee claims were rejected by the tribunal.", "claims", id="noun-before-verb"),
        pytest.param(
            "Volunteers made phone calls to voters all week.", "calls", id="compound-noun-no-determiner"
        ),
        pytest.param(
            "The insurance claims the firm paid rose sharply.", "claims", id="not-a-person-or-document"
        ),
    ],
)
def test_sourcing_noun_compound_claims_is_no_cue(text: str, word: str) -> None:
    assert word not in _cues(text)


# --- a share of people before a belief verb is its subject, as in poll reports ---
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Among tenants in Corvale, only 40 percent believe the rent cap will hold.",
            "believe",
            id="percent-believe",
        ),
        pytest.param("Few think the ferry will run again this winter.", "think", id="few-think"),
        pytest.param("Of the shop owners asked, 62% want the market moved.", "want", id="sign-percent-want"),
        pytest.param("A clear majority want the old bridge kept.", "want", id="majority-want"),
    ],
)
def test_sourcing_share_of_people_before_belief_verb_is_a_cue(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("Poor sales in the third quarter mean the plant will close.", "mean", id="quarter-mean"),
        pytest.param("Fans of the club went to see the final.", "see", id="infinitive-see"),
        pytest.param("Costs for the first half seem high.", "seem", id="half-seem"),
    ],
)
def test_sourcing_share_word_is_no_subject_of_other_verbs(text: str, word: str) -> None:
    assert word not in _cues(text)
