"""Sensational family: each device and category (positive and negative), seed golden values, validation floors."""

from __future__ import annotations

import importlib.resources
import json
import math

import numpy as np
import pytest

import mediakit
from mediakit.metrics import sensational as sens
from mediakit.text.parse import parse
from tests.conftest import needs_data


def _head(title: str) -> dict[str, int]:
    return sens.headline_hits(title).counts


def _body(body: str) -> dict[str, float]:
    return sens.compute(parse(body, "")).values


# --------------------------------------------------------------------------- headline devices

HEADLINE_CASES = [
    # (headline, device, present)
    ("Why Your Cat Secretly Hates You", "second_person", True),
    ("Senate passes budget bill after long debate", "second_person", False),
    ("This Is Why Cats Purr", "forward_references", True),
    ("You Won't Believe What This Dog Did", "forward_references", True),
    ("Here's What Happened When I Quit Sugar", "forward_references", True),
    ("This week the Senate voted on the budget", "forward_references", False),
    ("This year the harvest came early", "forward_references", False),
    ("21 Things Only Cat Owners Will Understand", "leading_number", True),
    ("2008 Olympics open in Beijing", "leading_number", False),
    ("17 Reasons To Visit Iceland", "listicle", True),
    ("Seven people killed in bus crash", "listicle", False),
    ("Is This The Best Pizza In New York?", "rhetorical_questions", True),
    ("Which Friends Character Are You", "rhetorical_questions", True),
    ("Senate approves tax cut", "rhetorical_questions", False),
    ("The Most Beautiful Beach In The World", "superlatives", True),
    ("The Funniest Tweets Of The Week", "superlatives", True),
    ("Most people oppose the plan", "superlatives", False),
    ("Most of the votes have been counted", "superlatives", False),
    ("Protest in the west of the city", "superlatives", False),
    ("This Cake Is Really Good", "intensifiers", True),
    ("So Many Feelings About This Finale", "intensifiers", True),
    ("So far the count continues", "intensifiers", False),
    ("Wow! Look At This Sunset", "exclamations", True),
    ("Markets close higher", "exclamations", False),
    ("This Puppy Is SO Cute", "shouting", True),
    ("You Will NEVER Guess Who Won", "shouting", True),
    ("FBI and NATO officials meet in Brussels", "shouting", False),
    ("US troops leave Iraq", "shouting", False),
    ('Minister defends "temporary" tax', "scare_quotes", True),
    ('"We will win this," says coach', "scare_quotes", False),
    ("I Tried Eating Only Pizza For A Week", "first_person", True),
    ("US troops leave Iraq", "first_person", False),
    ("Don't Miss This Amazing Deal", "contractions", True),
    ("UK's economy grows two percent", "contractions", False),
    ("Defenders make last stand at steelworks", "dramatic_framing", True),
    ("City under siege as rebels advance", "dramatic_framing", True),
    ("Council approves new budget", "dramatic_framing", False),
]


@pytest.mark.parametrize(("title", "device", "present"), HEADLINE_CASES)
def test_sensational_headline_device(title, device, present):
    assert (_head(title).get(device, 0) > 0) is present


CATEGORY_CASES = [
    ("Terrified residents flee", "fear", True),
    ("A chilling warning from scientists", "fear", True),
    ("Brutal attack leaves three hurt", "violence", True),
    ("Troops attack city at dawn", "violence", False),  # "attack" is topic, not loaded
    ("Senator slams new bill", "outrage", True),
    ("Senator slammed over bill", "outrage", True),
    ("Critics lash out at plan", "outrage", True),
    ("Senator comments on new bill", "outrage", False),
    ("Shocking footage emerges", "shock", True),
    ("Footage emerges", "shock", False),
    ("Heartbreaking scenes at the border", "tragedy", True),
    ("Desperate families wait", "tragedy", True),
    ("An epic night for the team", "hyperbole", True),
    ("Best goal of all time", "hyperbole", True),
    ("A night for the team", "hyperbole", False),
    ("War enters its third year", "violence", False),
]


@pytest.mark.parametrize(("title", "category", "present"), CATEGORY_CASES)
def test_sensational_headline_category(title, category, present):
    assert (_head(title).get(category, 0) > 0) is present


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("slam", {"slams", "slammed", "slamming"}),
        ("terrify", {"terrifies", "terrified", "terrifying"}),
        ("scare", {"scares", "scared", "scaring"}),
        ("blast", {"blasts", "blasted", "blasting"}),
    ],
)
def test_sensational_verb_inflections(verb, forms):
    assert forms <= sens.verb_forms(verb)
    lex = sens.lexicon()
    assert all(sens._norm(f) in lex.words for f in forms)


def test_sensational_headline_empty_is_nan():
    values = sens.compute(parse("Some body text here.", "")).values
    assert math.isnan(values["headline_score"])
    assert values["listicle"] == 0.0


# --------------------------------------------------------------------------- body devices

BODY_CASES = [
    ("You should read this before voting.", "second_person", 1),
    ('"You should leave now," the officer told them.', "second_person", 0),
    ("But what does this mean for voters? Nobody knows.", "rhetorical_questions", 1),
    ('"Why?" she asked. Nobody answered.', "rhetorical_questions", 0),
    ("This is why it matters. The vote is close.", "forward_references", 1),
    ("This week the Senate voted. The bill passed.", "forward_references", 0),
    ("It was unbelievable! They won again!", "exclamations", 2),
    ("It was a close game. They won again.", "exclamations", 0),
    ("The plan is a TERRIBLE mistake, critics said.", "shouting", 1),
    ("The FBI and NATO briefed the US Senate.", "shouting", 0),
    ("It was the biggest crowd in years.", "superlatives", 1),
    ("Most voters stayed home.", "superlatives", 0),
    ("The defenders made their last stand under siege.", "dramatic_framing", 2),
    ("Officials discussed the budget in a meeting.", "dramatic_framing", 0),
    ('The so-called "reform" passed.', "scare_quotes", 1),
    ('"We will pass the reform this year," he said.', "scare_quotes", 0),
]


@pytest.mark.parametrize(("body", "device", "count"), BODY_CASES)
def test_sensational_body_device(body, device, count):
    assert _body(body)[device] == count


@pytest.mark.parametrize(
    ("body", "column", "positive"),
    [
        ("The terrified villagers fled the horrifying scene.", "fear_rate", True),
        ("The villagers left the scene.", "fear_rate", False),
        ("A brutal, savage assault.", "violence_rate", True),
        ("Soldiers were killed in the attack during the war.", "violence_rate", False),
        ("The senator blasted the furious critics.", "outrage_rate", True),
        ("A stunning, jaw-dropping result.", "shock_rate", True),
        ("A tragic, heartbreaking loss.", "tragedy_rate", True),
        ("A massive, unprecedented, epic win.", "hyperbole_rate", True),
        ("Soldiers were killed in the attack during the war.", "topic_rate", True),
        ("The committee met on Tuesday.", "topic_rate", False),
    ],
)
def test_sensational_body_category(body, column, positive):
    assert (_body(body)[column] > 0) is positive


def test_sensational_topic_words_raise_no_score():
    hard_news = "Soldiers were killed in the attack. The war continued as troops shelled the city."
    v = _body(hard_news)
    assert v["topic_rate"] > 100
    assert v["emotive_rate"] == 0.0
    assert v["body_score"] == 0.0


@pytest.mark.parametrize(
    "body",
    [
        "You won't believe this! It was SO shocking. Why? Nobody knows.",
        'He said: "You will never win." Critics slammed the "reform". This is why it matters!',
        '"It was a brutal, horrifying massacre," he said. It was not shocking. A storm of outrage followed.',
        "Troops storm the building. The storm hit. It is a total disaster, truly horrifying.",
        "Plain sentence without cues.",
        "",
    ],
)
def test_sensational_evidence_mode_gives_same_values(body):
    doc = parse(body, "You Won't Believe This!")
    fast = sens.compute(doc, evidence=False).values
    slow = sens.compute(parse(body, "You Won't Believe This!"), evidence=True)
    assert slow.values.keys() == fast.keys()
    for k, v in fast.items():
        assert (math.isnan(v) and math.isnan(slow.values[k])) or v == pytest.approx(slow.values[k]), k
    for ev in slow.evidence:
        source = doc.title if ev.field == "title" else doc.body
        assert source[ev.start : ev.end] == ev.text
        assert ev.metric.startswith("sensational.")


def test_sensational_evidence_counts_match_device_counts():
    body = "You won't believe this! It was SO shocking. The most amazing result ever. Why? Nobody knows."
    res = sens.compute(parse(body, "This Is Why You Should Care!"), evidence=True)
    for device in sens.DEVICES:
        n = sum(1 for ev in res.evidence if ev.kind == device)
        assert n == res.values[device], device


# --------------------------------------------------------------------------- index and calibration


@pytest.mark.parametrize(("raw", "pct"), [(1e6, 100.0), (-1e6, 0.0)])
def test_sensational_percentile_saturates_at_the_reference_extremes(raw, pct):
    z, p = sens.calibrate(raw)
    assert p == pct
    assert math.isfinite(z)


def test_sensational_percentile_above_every_reference_article_is_100():
    ref = sens.reference()
    assert sens.calibrate(ref["raw_sorted"][-1] + 0.01)[1] == 100.0
    assert sens.calibrate(ref["raw_sorted"][0] - 0.01)[1] == 0.0
    assert 99.0 < sens.calibrate(ref["raw_sorted"][-1])[1] < 100.0


@pytest.mark.parametrize("title", ["", "A headline"])
def test_sensational_empty_body_index_is_nan(title):
    v = sens.compute(parse("", title)).values
    assert math.isnan(v["index"]) and math.isnan(v["index_percentile"]) and math.isnan(v["body_score"])
    assert math.isnan(v["headline_score"]) is (title == "")


def test_sensational_plain_headline_adds_nothing_to_the_index():
    body = "The council met on Tuesday. It approved the budget after a short debate."
    plain = sens.compute(parse(body, "City council approves the annual budget after lengthy debate")).values
    none = sens.compute(parse(body, "")).values
    bait = sens.compute(parse(body, "You Won't Believe What The Council Did")).values
    assert plain["index"] == none["index"]
    assert bait["index"] > plain["index"]


def test_sensational_columns_have_display_fields():
    for col in sens.FAMILY.columns:
        assert col.label and col.decimals >= 0, col.name
        assert bool(col.higher) is (col.direction != "neutral"), col.name


# --------------------------------------------------------------------------- lexicon and reference


def test_sensational_lexicon_is_versioned_and_sourced():
    lex = sens.lexicon()
    assert lex.version == "2.0.0"
    raw = json.loads(
        (importlib.resources.files("mediakit") / "data/sensational_lexicon.json").read_text()
    )
    for cat in sens.CATEGORIES:
        assert raw["categories"][cat]["sources"]
        assert "NRC" not in raw["categories"][cat]["sources"]
    assert "war" not in lex.words and "attack" not in lex.words and "killed" not in lex.words


def test_sensational_reference_ships_numbers_only():
    ref = sens.reference()
    assert ref["n"] == len(ref["raw_sorted"]) == 195
    assert set(ref["parts"]) == {"headline", "body", "loaded"}
    assert all(isinstance(x, float) for x in ref["raw_sorted"])
    assert ref["raw_sd"] > 0


@needs_data
def test_sensational_reference_equals_fresh_rebuild():
    from mediakit.evaluate.sensational import reference_stats

    assert reference_stats() == sens.reference(), (
        "rebuild: python -m mediakit.evaluate.sensational --rebuild-reference"
    )


# --------------------------------------------------------------------------- seed golden values


def test_sensational_seed_flags_emotive_words_and_framing(seed_row):
    ev = mediakit.evidence(seed_row, "sensational")
    words = set(ev.loc[ev["kind"] == "emotive_word", "text"])
    assert {"terrified", "chilling", "brutal", "desperate"} <= words
    assert {"terrified", "chilling", "brutal"} <= set(ev.loc[ev["kind"] == "loaded_language", "text"])
    framing = list(ev.loc[ev["kind"] == "dramatic_framing", "text"])
    assert "last stand" in framing
    assert "under siege" in framing
    assert any(t.startswith("final") and t.endswith("message") for t in framing)
    assert set(ev["family"]) == {"sensational"}


def test_sensational_seed_golden_values(seed_row):
    row = mediakit.analyze(seed_row.to_frame().T, "sensational", progress=False).iloc[0]
    assert row["sensational.dramatic_framing"] == 6
    assert row["sensational.scare_quotes"] == 5
    assert row["sensational.fear_rate"] == pytest.approx(5.970, abs=1e-3)
    # 14.5 device points (framing 6 x 2, scare quotes 5 x 0.5) over 335 + 25 words
    assert row["sensational.body_score"] == pytest.approx(40.278, abs=1e-3)
    # terrified 0.856 + chilling 0.648 + brutal 0.544 + invading 0.383: 2.431 weight over 335 words, none quoted
    assert row["sensational.loaded_rate"] == pytest.approx(7.257, abs=1e-3)
    assert row["sensational.loaded_quoted_rate"] == 0.0
    assert row["sensational.headline_score"] == pytest.approx(0.0167, abs=1e-4)  # a plain news headline
    assert row["sensational.index"] == pytest.approx(2.802, abs=5e-3)
    assert row["sensational.index_percentile"] > 99


def test_sensational_seed_far_above_wikinews_median(seed_row):
    row = mediakit.analyze(seed_row.to_frame().T, "sensational", progress=False).iloc[0]
    ref = sens.reference()
    z_median = (ref["raw_median"] - ref["raw_mean"]) / ref["raw_sd"]
    assert row["sensational.index"] - z_median > 2.0


# --------------------------------------------------------------------------- validation floors


@needs_data
def test_sensational_clickbait_auc_floor():
    from mediakit.evaluate._stats import roc_auc
    from mediakit.evaluate.sensational import clickbait_headlines

    df = clickbait_headlines()
    df = df[df["split"] == "test"].sample(6000, random_state=13)
    y = df["clickbait"].to_numpy()
    assert roc_auc(y, [sens.headline_score(t) for t in df["headline"]]) >= 0.92
    assert roc_auc(y, [sens.headline_score(t.lower()) for t in df["headline"]]) >= 0.90


@needs_data
def test_sensational_horne_auc_floor():
    from mediakit.evaluate.sensational import evaluate_horne

    res = evaluate_horne().set_index("subset")
    assert res.loc["all", "auc_index"] >= 0.55
    assert res.loc["random", "auc_index"] >= 0.70
    assert res.loc["all", "auc_topic_rate"] < 0.55  # topic words do not separate: the index is not topic


@needs_data
def test_sensational_wikinews_index_is_centred():
    from mediakit.evaluate.sensational import evaluate_wikinews

    res = evaluate_wikinews().set_index("metric")
    assert abs(res.loc["index", "mean"]) < 1e-6
    assert 40 < res.loc["index_percentile", "median"] < 60
    assert np.isfinite(res.loc["index", "p90"])


@pytest.mark.parametrize(
    ("body", "shouts"),
    [
        pytest.param("NO", 1, id="one-word-body"),
        pytest.param("He said NO to it.", 1, id="no-trigger-word-in-the-body"),
        pytest.param("NO WAY", 2, id="two-shouts"),
        pytest.param("The FBI said so.", 0, id="acronym-is-no-shout"),
        pytest.param("This is a SHOCKING and terrible story.", 1, id="with-trigger-words"),
    ],
)
def test_sensational_shouting_counted_the_same_with_and_without_evidence(body, shouts):
    from mediakit.metrics.registry import families

    fam = next(f for f in families() if f.name == "sensational")
    counted = fam.run(parse(body, ""), evidence=False)
    shown = fam.run(parse(body, ""), evidence=True)
    assert sum(e.kind == "shouting" for e in shown.evidence) == shouts
    assert counted.values == pytest.approx(shown.values, nan_ok=True)
