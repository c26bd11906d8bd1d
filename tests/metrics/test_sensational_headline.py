"""Sensational headline model: features, topic words weigh nothing, evidence, normalisation, refit."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit
from mediakit.metrics import sensational as sens
from mediakit.metrics.sensational import headline as hl
from tests.conftest import ROOT, needs_data


def _rows(title: str) -> list:
    return hl.headline_evidence(title)


# --------------------------------------------------------------------------- topic words carry no weight

TOPIC_TERMS = [
    "war",
    "killed",
    "attack",
    "police",
    "court",
    "terror",
    "election",
    "economy",
    "trump",
    "obama",
    "clinton",
    "syria",
    "london",
    "russia",
    "2016",
    "1999",
]


def _words_in(feature: str) -> list[str]:
    head, _, rest = feature.partition(":")
    return rest.split(" ") if head in ("w", "b", "f") else []


@pytest.mark.parametrize("term", TOPIC_TERMS)
def test_headline_topic_term_has_no_weight(term):
    weights = sens.model().weights
    assert [k for k in weights if term in _words_in(k)] == []
    title = f"{term.capitalize()} dominates the news again"
    covered = [r for r in _rows(title) if r.kind == "headline_feature" and r.start == 0]
    assert [r for r in covered if r.label.startswith(("word", "phrase", "opening"))] == []


@pytest.mark.parametrize(("token", "key"), [("2016", None), ("1850", None), ("21", "<num>"), ("War", None), ("You", "you")])
def test_headline_word_key(token, key):
    assert hl.word_key(token, hl.no_weight_words()) == key


def test_headline_topic_only_headline_scores_like_an_empty_sentence():
    # Swapping one topic for another changes nothing: topic words weigh 0.
    a = sens.headline_score("Police say the war in Syria killed dozens")
    b = sens.headline_score("Police say the election in Russia killed dozens")
    assert a == b


# --------------------------------------------------------------------------- scores and features


@pytest.mark.parametrize(
    ("title", "low", "high"),
    [
        ("You Won't Believe These 21 Incredibly Adorable Puppies!", 0.9, 1.0),
        ("This Is Why Your Cat Secretly Hates You", 0.8, 1.0),
        ("Bill Changing Credit Card Rules Is Sent to Obama With Gun Measure Included", 0.0, 0.1),
        ("Senate committee approves budget amendment after lengthy debate", 0.0, 0.1),
    ],
)
def test_headline_probability_orders_clickbait_and_news(title, low, high):
    assert low <= sens.headline_score(title) <= high


@pytest.mark.parametrize("title", ["", "   ", "https://t.co/abc", "@someone #tag"])
def test_headline_without_text_is_nan(title):
    assert math.isnan(sens.headline_score(title))
    assert _rows(title) == []


@pytest.mark.parametrize(
    ("plain", "post"),
    [
        ("This is why your cat hates you", "This is why your cat hates you https://t.co/AbC123"),
        ("This is why your cat hates you", "@BuzzFeed This is why your cat hates you #cats"),
        ("Here's what happened next", "Here’s what happened next www.example.com/x"),
    ],
)
def test_headline_post_normalisation_blanks_urls_mentions_hashtags(plain, post):
    assert sens.headline_score(post) == pytest.approx(sens.headline_score(plain.replace("’", "'")), abs=1e-12)
    norm = hl.normalise_post(post)
    assert len(norm) == len(post)
    assert "http" not in norm and "@" not in norm and "#" not in norm


@pytest.mark.parametrize("cased", ["This Is Why Your Cat Hates You", "THIS IS WHY YOUR CAT HATES YOU"])
def test_headline_word_features_ignore_case(cased):
    def words(title: str) -> set[str]:
        return {n for n in hl.feature_names(title) if n.startswith(("w:", "b:", "f:"))}

    assert words(cased) == words("this is why your cat hates you")


@pytest.mark.parametrize(
    ("title", "feature"),
    [
        ("21 Things Only Cat Owners Will Understand", "f:<num>"),
        ("21 Things Only Cat Owners Will Understand", "c:listicle"),
        ("Is this the best pizza?", "end:?"),
        ("Analysis: the budget is late", "colon"),
        ("Wow", "len:0-2"),
        ("What happens next will shock you...", "end:..."),
    ],
)
def test_headline_feature_present(title, feature):
    assert feature in hl.feature_names(title)


# --------------------------------------------------------------------------- evidence


@pytest.mark.parametrize(
    "title",
    [
        "You Won't Believe These 21 Incredibly Adorable Puppies!",
        "Senate committee approves budget amendment after lengthy debate",
        "  Why @CNN is wrong about this https://t.co/x  ",
    ],
)
def test_headline_evidence_explains_the_probability(title):
    rows = _rows(title)
    total = rows[-1]
    assert total.kind == "headline_model"
    feats = [r for r in rows if r.kind == "headline_feature"]
    for r in rows:
        assert title[r.start : r.end] == r.text
        assert r.field == "title" and r.metric == "sensational.headline_score"
    z = sens.model().intercept + sum(float(r.label.rsplit(" ", 1)[1]) for r in feats)
    assert 1 / (1 + math.exp(-z)) == pytest.approx(sens.headline_score(title), abs=0.01 * (len(feats) + 1))
    assert f"{sens.headline_score(title):.2f}" in total.label


def test_headline_evidence_reaches_mediakit_evidence_and_values_match():
    article = {"title": "You Won't Believe What This Dog Did", "body": "The dog sat down."}
    ev = mediakit.evidence(article, "sensational")
    feats = ev[ev["kind"] == "headline_feature"]
    assert {"You", "Believe", "This"} <= set(feats["text"])
    assert all(lab.split()[-1][0] in "+-" for lab in feats["label"])
    row = mediakit.analyze([article], "sensational", progress=False).iloc[0]
    assert row["sensational.headline_score"] == sens.headline_score(article["title"])


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_headline_probability_is_a_probability_or_nan(title):
    p = sens.headline_score(title)
    assert math.isnan(p) or 0.0 <= p <= 1.0
    for r in _rows(title):
        assert title[r.start : r.end] == r.text


# --------------------------------------------------------------------------- shipped weights


def test_headline_model_file_is_versioned_json_with_source():
    raw = json.loads((ROOT / "mediakit" / hl.MODEL_FILE).read_text(encoding="utf-8"))
    assert raw["version"] == sens.model().version
    assert "Webis-Clickbait-17" in raw["source"]
    assert raw["n_features"] == len(raw["weights"])
    assert all(round(v, raw["params"]["decimals"]) == v for v in raw["weights"].values())


def test_headline_runtime_does_not_import_scikit_learn():
    code = (
        "import sys, mediakit\n"
        "mediakit.analyze([{'title': 'You will not believe this', 'body': 'Text.'}], progress=False)\n"
        "mediakit.evidence({'title': 'You will not believe this', 'body': 'Text.'})\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy') or m.startswith('mediakit.train'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@needs_data
@pytest.mark.slow
def test_headline_shipped_weights_equal_fresh_fit():
    from mediakit.train.sensational_headline import fit_headline_model

    fresh = fit_headline_model()
    shipped = json.loads((ROOT / "mediakit" / hl.MODEL_FILE).read_text(encoding="utf-8"))
    hint = "refit: python -m mediakit.evaluate.sensational --fit"
    assert fresh["params"] == shipped["params"], hint
    assert fresh["intercept"] == pytest.approx(shipped["intercept"], abs=1e-3), hint
    assert fresh["weights"].keys() == shipped["weights"].keys(), hint
    diff = max(abs(fresh["weights"][k] - shipped["weights"][k]) for k in shipped["weights"])
    assert diff <= 1e-3, hint


def test_headline_explain_lists_every_weight():
    from mediakit.cli import explain_text

    article = {"id": "x", "title": "You Won't Believe These 21 Incredibly Adorable Puppies!", "body": "Text."}
    ev = mediakit.evidence(article, "sensational")
    feats = ev[ev["kind"] == "headline_feature"]
    assert len(feats) > 12
    text = explain_text(article, ev)
    for label in feats["label"]:
        assert f"[{label}]" in text
    assert "P(clickbait) 0.99" in text


_TITLE_WORDS = ["You", "won't", "believe", "THESE", "21", "cats", "!", "?", "Here’s", '"why"', "so", "cute", ":", "..."]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_WORDS), min_size=1, max_size=12))
def test_headline_counting_features_equal_evidence_features(words):
    from mediakit.metrics.sensational import devices

    title = " ".join(words)
    counted = devices.headline_hits(title)
    shown = devices.headline_hits(title, evidence=True)
    assert counted.counts == shown.counts
    norm = hl.normalise_post(title)
    if norm.strip():
        assert hl._names(norm, counted) == {f.name for f in hl.features(title, shown)}
        p, _rows = hl.score_headline(title, shown)
        assert p == hl.score_headline(title, counted)[0] == sens.headline_score(title)
