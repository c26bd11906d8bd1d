"""Sourcing: the learned cue model (candidates, features, what it marks, the shipped weights)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.metrics import sourcing
from mediakit.metrics.sourcing import learned as lc
from mediakit.text.parse import parse
from tests.conftest import ROOT, needs_data


def _on():  # the shipped model (on by default; explicit here, so a test reads the same either way)
    return lc.use_model(lc.shipped_model())


def _learned(text: str) -> list[str]:
    """The cues of ``text`` the model adds to the rules' (cue texts, lower case)."""
    doc = parse(text)
    with lc.use_model(None):
        rules = {(a.start, a.end) for a in sourcing.cue_spans(doc)}
    with _on():
        return [a.cue.lower() for a in sourcing.cue_spans(doc) if (a.start, a.end) not in rules]


# --------------------------------------------------------------------------- what the shipped model marks

MARKED = [
    ("Clinton railed against the trade deal in Ohio.", "railed against"),
    ("The mayor railed against the council's budget at a rally.", "railed against"),
    ("The minister characterized the strike as unlawful.", "characterized"),
    ("Trump lashed out at the judge.", "lashed out"),
    ("Residents were angry about the closure.", "angry about"),
    ("The company apologized for the delay.", "apologized for"),
]
NOT_MARKED = [
    "The committee will meet again in March to look at the figures.",  # no one taking a stance
    "The bridge was closed for repairs after the storm.",
    "He was appointed in 2019.",  # a passive
    "The senator voted against the bill.",  # a vote is an act, not an attribution (learned.ACT_WORDS)
    '"We voted against it because it was rushed," the councillor said.',  # inside a direct quotation
    "Voted against by most members, the plan was shelved.",  # a capitalised form opens the sentence
    "She said she voted against the plan.",  # next to a rule cue: the rules have the sentence
]


@pytest.mark.parametrize(("text", "cue"), MARKED)
def test_learned_marks_cue_forms_with_a_subject(text, cue):
    assert cue in _learned(text)


@pytest.mark.parametrize("text", NOT_MARKED)
def test_learned_leaves_other_uses_alone(text):
    assert _learned(text) == []


@pytest.mark.parametrize(("text", "cue"), MARKED)
def test_learned_cues_are_beliefs_never_cited(text, cue):
    with _on():
        table = sourcing.source_table(parse(text))
        named = sourcing.compute(parse(text)).values["named_sources"]
    rows = table[table["cue"].str.lower() == cue]
    assert len(rows) == 1
    assert rows["label"].iloc[0] == "belief"
    assert rows["cue_type"].iloc[0] in ("belief", "stance")
    assert not rows["cited"].iloc[0]
    assert named == 0


def test_learned_cue_takes_its_subject_as_source():
    with _on():
        table = sourcing.source_table(parse(MARKED[0][0]))
    assert list(table["source"]) == ["Clinton"]


def test_learned_adjacent_forms_make_one_cue():
    assert _learned("She voiced concern about the cuts.") == ["voiced"]


def test_learned_no_model_gives_the_rules_alone():
    text = MARKED[0][0] + " " + MARKED[1][0]
    with lc.use_model(None):
        assert [a.cue for a in sourcing.cue_spans(parse(text))] == []
    closed = lc.CueModel(
        lc.shipped_model().forms, lc.shipped_model().weights, lc.shipped_model().intercept, 1.01
    )
    with lc.use_model(closed):
        assert sourcing.cue_spans(parse(text)) == []
    with _on():
        assert len(sourcing.cue_spans(parse(text))) == 2


@pytest.mark.parametrize(("text", "cue"), MARKED)
def test_learned_model_is_on_by_default(text, cue):
    assert lc.active_model() is lc.shipped_model()
    assert cue in [a.cue.lower() for a in sourcing.cue_spans(parse(text))]  # the default family
    with lc.use_model(None):
        assert lc.active_model() is None
        assert [a.cue for a in sourcing.cue_spans(parse(text))] == []  # the rules alone
    assert lc.active_model() is lc.shipped_model()


# --------------------------------------------------------------------------- candidates and features

_VOCAB = [
    *sorted(lc.shipped_model().forms)[:40],
    "said",
    "he",
    "She",
    "the",
    "plan",
    ",",
    ".",
    '"',
    "Jane",
    "Roe",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=40))
def test_learned_cues_are_lexicon_forms_outside_quotes_and_away_from_rule_cues(words):
    text = " ".join(words)
    doc = parse(text)
    with lc.use_model(None):
        rules = [(a.start, a.end) for a in sourcing.cue_spans(doc)]
    quotes = [(q.start, q.end) for q in doc.quotes if q.kind == "direct"]
    with _on():
        spans = sourcing.cue_spans(doc)
    for a in spans:
        if (a.start, a.end) in rules:
            continue
        assert " ".join(a.cue.split()) in lc.shipped_model().forms
        assert a.cue[0].islower()
        assert not any(s < a.start < e for s, e in quotes)
        assert not any(s < a.end + lc.NEAR and a.start - lc.NEAR < e for s, e in rules)


@pytest.mark.parametrize(
    ("token", "initial", "expected"),
    [
        ("", False, "EDGE"),
        ("he", False, "PRON"),
        ("who", False, "REL"),
        ("that", False, "THAT"),
        ("has", False, "AUX"),
        ("didn't", False, "NEG"),
        ("to", False, "TO"),
        ("the", False, "DET"),
        ("against", False, "PREP"),
        ("Roe", False, "CAP"),
        ("Officials", True, "CAPI"),
        ("The", True, "DET"),
        ("2016", False, "NUM"),
        ("quickly", False, "LY"),
        ("publicly", False, "AUX"),  # the lexicon's auxiliaries and cue adverbs
        ("voted", False, "ED"),
        ("“", False, '"'),
        (",", False, ","),
        ("#", False, "SYM"),
    ],
)
def test_learned_word_class(token, initial, expected):
    assert lc.word_class(token, initial) == expected


def test_learned_features_read_the_context():
    body = "Senator Jane Roe voted against the bill."
    s = body.index("voted")
    feats = lc.features(body, "voted against", s, s + len("voted against"), 0, len(body), 0, [], [], [])
    assert {"f:voted against", "p1:CAP", "n1:DET", "cap", "early"} - {"early"} <= set(feats)
    assert "early" not in feats  # the fourth word
    assert "first" in feats  # the article's first sentence
    assert "rule_before" not in feats


# --------------------------------------------------------------------------- the shipped model


def test_learned_model_is_versioned_json_naming_its_source():
    raw = json.loads((ROOT / "mediakit" / lc.MODEL_FILE).read_text(encoding="utf-8"))
    assert raw["version"] == lc.shipped_model().version
    assert "PolNeAR" in raw["source"]
    assert raw["n_forms"] == len(raw["forms"]) > 0
    word = re.compile(r"^[a-z]+(?:['’-][a-z]+)*$")
    for form in raw["forms"]:  # word forms only, no text
        first, _, second = form.partition(" ")
        assert word.match(first), form
        assert not second or second in lc.PARTICLES, form
    for name in raw["weights"]:  # word classes, function words and the forms: nothing else
        kind, _, value = name.partition(":")
        assert kind in {
            "f",
            "fp",
            "fn",
            "p1",
            "p2",
            "n1",
            "w1",
            "wn",
            "cap",
            "pron",
            "person",
            "rule_before",
            "rule_after",
            "early",
            "quote",
            "first",
        }, name
        parts = value.split("|")
        if kind in ("w1", "wn"):
            assert value in lc.CLOSED_WORDS, name
        elif kind in ("p1", "p2", "n1"):
            assert set(parts) <= lc.CLASSES, name
        elif kind in ("f", "fp", "fn"):
            assert parts[0] in raw["forms"] and set(parts[1:]) <= lc.CLASSES, name


@needs_data
@pytest.mark.slow
def test_learned_shipped_weights_equal_fresh_fit():
    from mediakit.train.sourcing_cues import CHOSEN, fit_cue_model

    fresh = fit_cue_model()
    shipped = json.loads((ROOT / "mediakit" / lc.MODEL_FILE).read_text(encoding="utf-8"))
    hint = "refit: python -m mediakit.evaluate.sourcing --fit"
    assert {k: shipped["params"][k] for k in CHOSEN} == CHOSEN, hint
    assert fresh["params"] == shipped["params"], hint
    assert fresh["forms"] == shipped["forms"], hint
    assert fresh["intercept"] == pytest.approx(shipped["intercept"], abs=1e-3), hint
    assert fresh["weights"].keys() == shipped["weights"].keys(), hint
    assert max(abs(fresh["weights"][k] - shipped["weights"][k]) for k in shipped["weights"]) <= 1e-3, hint


@needs_data
@pytest.mark.slow
def test_learned_model_lifts_polnear_dev_without_losing_precision():
    from mediakit.evaluate.sourcing import evaluate_cue_model

    t = evaluate_cue_model(("dev",)).set_index("detector")
    rules, model = t.iloc[0], t.iloc[1]
    # measured (cue model 2.0.0): overlap 0.657 -> 0.667, recall 0.820 -> 0.830, P 0.909 -> 0.908
    assert model["source_span_overlap"] >= rules["source_span_overlap"] + 0.005
    assert model["cue_found"] >= rules["cue_found"] + 0.008
    assert model["sentence_recall"] >= rules["sentence_recall"] + 0.008
    assert model["sentence_precision"] >= max(0.90, rules["sentence_precision"] - 0.003)
    assert model["predicted_source_precision"] >= max(0.80, rules["predicted_source_precision"] - 0.003)


_SCAN_WORDS = [
    *sorted({f.split()[0] for f in lc.shipped_model().forms})[:60],
    *sorted(lc.PARTICLES),
    "self-described",
    "voted",
    "voter",
    "she's",
    "asked",
    "ask",
    "x",
]


def _reference_scan(low: str, forms: frozenset[str]) -> list[tuple[int, int, str]]:
    """The occurrences by brute force over maximal runs of word characters, the two-word form first."""
    runs = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[\w'’-]+", low)]
    out: list[tuple[int, int, str]] = []
    for k, (s, e, w) in enumerate(runs):
        if out and s < out[-1][1]:
            continue
        if k + 1 < len(runs) and runs[k + 1][0] == e + 1 and low[e] == " " and f"{w} {runs[k + 1][2]}" in forms:
            out.append((s, runs[k + 1][1], f"{w} {runs[k + 1][2]}"))
        elif w in forms:
            out.append((s, e, w))
    return out


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_SCAN_WORDS), max_size=30),
    st.lists(st.sampled_from([" ", "  ", ", ", " - ", " '", "' ", ". ", '." ', " (", "-", "'", "\n"]), min_size=30, max_size=30),
)
def test_learned_scan_equals_a_brute_force_reading(words, seps):
    model = lc.shipped_model()
    low = "".join(w + s for w, s in zip(words, seps, strict=False)).lower()
    assert lc.scan(low, model) == _reference_scan(low, model.forms)
