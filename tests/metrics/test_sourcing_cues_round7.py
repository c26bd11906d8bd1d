"""Sourcing, round seven: the learned cue model on by default, without acts, passives or infinitives.

Every sentence here was written for these tests (none is PolNeAR text).
"""

from __future__ import annotations

import pytest

from mediakit.metrics import sourcing
from mediakit.metrics.sourcing import learned as lc
from mediakit.text.parse import parse


def _cues(text: str) -> list[str]:
    return [a.cue.lower() for a in sourcing.cue_spans(parse(text))]


def _rows(text: str) -> list[tuple[str, str, bool]]:
    table = sourcing.source_table(parse(text))
    return list(zip(table["cue"].str.lower(), table["source"], table["cited"], strict=True))


# --------------------------------------------------------------------------- what the default family adds

ADDED = [
    ("The minister characterized the strike as unlawful.", "characterized", "The minister"),
    ("The researchers have speculated the warming may slow.", "speculated", "The researchers"),
    ("The mayor clarified that the road would reopen in May.", "clarified", "The mayor"),
    ("The council leader was critical of the plan.", "critical of", "The council leader"),
    ("The company apologized for the delay.", "apologized for", "The company"),
    ("She credited her coach with the win.", "credited", "She"),
    ("Local groups lashed out at the decision.", "lashed out", "Local groups"),
]


@pytest.mark.parametrize(("text", "cue", "source"), ADDED)
def test_cues_round7_default_family_reads_learned_attributions(text, cue, source):
    rows = _rows(text)
    assert [(c, s) for c, s, _ in rows] == [(cue, source)]
    assert not rows[0][2]  # a learned cue is a belief or stance, never cited speech


@pytest.mark.parametrize(("text", "cue", "source"), ADDED)
def test_cues_round7_rules_alone_do_not_have_them(text, cue, source):
    with lc.use_model(None):
        assert _rows(text) == []


NOT_ATTRIBUTIONS = [
    "Manafort was sentenced last week.",  # a passive: the subject is not the speaker
    "The storm was forecast to reach the coast on Friday.",
    "Pilgrims are required to walk the last mile.",
    "He was also named chairman of the board.",
    "The House voted to hold two officials in contempt.",  # acts and events
    "The senator voted against the bill.",
    "This bill passed the Senate on Tuesday.",
    "The prime minister signed a decree banning face veils.",
    "He named the operation Peace Spring.",
    "The judge sentenced him to five years.",
    "Hungary's foreign ministry congratulated the winners.",
    "The charity was founded to encourage interest in science.",  # an infinitive of purpose
    "The phrase has been used before to justify the presence of troops.",
    "The band officially split in 1994.",  # an adverb is no cue
]


@pytest.mark.parametrize("text", NOT_ATTRIBUTIONS)
def test_cues_round7_acts_passives_and_infinitives_are_no_rows(text):
    assert _rows(text) == []


# --------------------------------------------------------------------------- the filters

@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("characterized", True),
        ("railed against", True),
        ("critical of", True),
        ("laid out", True),  # speech, although "laid" alone is no cue
        ("fired back", True),
        ("voted against", False),
        ("voted", False),
        ("signed", False),
        ("sentenced", False),
        ("named", False),
        ("passed", False),
        ("forecast", False),
        ("required to", False),
        ("laid", False),
        ("fired", False),
        ("strongly", False),  # adverbs
        ("officially", False),
        ("weighed", False),  # only with its particle
        ("weighed in", True),
    ],
)
def test_cues_round7_attributive_form(form, expected):
    assert lc.attributive_form(form) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Manafort was sentenced last week.", "sentenced", True),
        ("He was also named chairman.", "named", True),  # an adverb between
        ("He is widely suspected of leaking it.", "suspected", True),
        ("Dorian was forecast to strengthen.", "forecast", True),  # an irregular participle
        ("They're thrilled with the result.", "thrilled", True),
        ("The judge sentenced him.", "sentenced", False),  # active
        ("They were convinced that it would pass.", "convinced", False),  # a content clause
        ("I'm disappointed that they left.", "disappointed", False),
        ("He was critical of it.", "critical", False),  # no participle
        ("The house was his, he claimed.", "claimed", False),  # "be" not right before it
    ],
)
def test_cues_round7_passive(text, word, expected):
    s = text.index(word)
    assert lc.passive(text, s, s + len(word)) is expected


def test_cues_round7_shipped_lexicon_names_no_act():
    forms = lc.shipped_model().forms
    assert forms
    assert all(lc.attributive_form(f) for f in forms)


def test_cues_round7_no_learned_cue_right_after_to():
    text = "The group wants to characterize the strike as unlawful. The group characterized it as unlawful."
    doc = parse(text)
    with lc.use_model(None):
        rules = [(a.start, a.end) for a in sourcing.cue_spans(doc)]
    assert not lc.admissible(text, text.index("characterize "), text.index("characterize ") + 12, [], [], [], [])
    found = lc.learned_cues(doc, text.lower(), [], rules, lc.shipped_model())
    assert [text[s:e] for s, e, _ in found] == ["characterized"]
