"""Loaded language: the context rules (senses, negation, quotes), rates, evidence, the shipped table, refit."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit
from mediakit.metrics import sensational as sens
from mediakit.metrics.sensational import devices
from mediakit.metrics.sensational import loaded as ld
from mediakit.text.parse import parse
from tests.conftest import ROOT, needs_data

#: A table written for the tests (the rules must not depend on what PTC taught).
TEST_WEIGHTS = {"brutal": 0.6, "shocking": 0.7, "slammed": 0.5, "blasts": 0.4, "exploded": 0.4, "cruel": 0.5}


@pytest.fixture(scope="module")
def tab() -> ld.LoadedTable:
    return ld.build_table(TEST_WEIGHTS, 0.3)


def _loaded_words(body: str, tab: ld.LoadedTable | None = None) -> list[str]:
    doc = parse(body, "")
    found = ld.find_loaded(doc, None, tab)
    return [" ".join(doc.words[a:b]).lower() for a, b, _q, _why, _w in found.rows]


# --------------------------------------------------------------------------- senses


@pytest.mark.parametrize(
    ("body", "loaded"),
    [
        ("Troops storm the building at dawn.", False),
        ("Protesters stormed the building on Monday.", False),
        ("The storm hit the coast overnight.", False),
        ("Police said the storm caused flooding.", False),
        ("The remarks caused a storm of criticism.", True),
        ("A storm over the remarks grew all week.", True),
        ("The senator stormed out of the meeting.", True),
    ],
)
def test_loaded_storm_military_or_weather_is_literal(body, loaded):
    assert any("storm" in w for w in _loaded_words(body)) is loaded


@pytest.mark.parametrize(
    ("body", "loaded"),
    [
        ("A disaster struck the region last year.", False),
        ("Disaster relief arrived on Tuesday.", False),
        ("The new plan is a disaster for the city.", True),
        ("Critics called it a total disaster.", True),
        ("The launch was an utter disaster.", True),
    ],
)
def test_loaded_disaster_event_or_judgement(body, loaded):
    assert ("disaster" in " ".join(_loaded_words(body)).split()) is loaded


@pytest.mark.parametrize(
    ("body", "word", "loaded"),
    [
        ("The car slammed into a wall.", "slammed", False),
        ("The senator slammed the plan.", "slammed", True),
        ("The bomb exploded near the market.", "exploded", False),
        ("Outrage exploded online.", "exploded", True),
        ("He blasts the plan every week.", "blasts", True),
        ("Two blasts shook the city.", "blasts", True),
        ("The blasts killed four people.", "blasts", False),
    ],
)
def test_loaded_literal_uses_are_cleared(tab, body, word, loaded):
    assert (word in _loaded_words(body, tab)) is loaded


# --------------------------------------------------------------------------- negation


@pytest.mark.parametrize(
    ("body", "loaded"),
    [
        ("The crackdown was brutal.", True),
        ("The crackdown was not brutal.", False),
        ("The crackdown was never really brutal.", False),
        ("The crackdown wasn't brutal.", False),
        ("The crackdown was hardly brutal.", False),
        ("It was not only brutal but cruel.", True),
        ("No one expected it. The crackdown was brutal.", True),  # the negator is in another sentence
        ("Nobody said the crackdown was brutal.", True),
        ("The plan is not a disaster.", False),
        ("The plan is a disaster.", True),
    ],
)
def test_loaded_negated_word_is_not_counted(body, loaded):
    words = " ".join(_loaded_words(body, ld.build_table(TEST_WEIGHTS, 0.3))).split()
    assert ("brutal" in words or "disaster" in words) is loaded


def test_loaded_negation_window_is_three_words(tab):
    assert _loaded_words("Not that anyone thought it brutal.", tab) == ["brutal"]
    assert _loaded_words("It was not that brutal.", tab) == []


# --------------------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    ("body", "quoted", "writer"),
    [
        ('"This is a brutal regime," the minister said.', 1, 0),
        ("The minister said the regime was brutal.", 0, 1),
        ('The brutal regime fell. "It was shocking," she said.', 1, 1),
        ('She called it "shocking and cruel" and left.', 0, 2),  # a short quote inside a sentence is a scare quote
    ],
)
def test_loaded_quoted_words_are_the_sources(tab, body, quoted, writer):
    found = ld.find_loaded(parse(body, ""), None, tab)
    assert (found.quoted, found.writer) == (quoted, writer)


def test_loaded_rates_split_writer_and_quotes():
    body = '"This is a brutal, shocking regime," the minister said. The response was horrifying.'
    v = sens.compute(parse(body, "")).values
    assert v["loaded_rate"] > v["loaded_quoted_rate"] > 0
    ev = mediakit.evidence(body, "sensational")
    rows = ev[ev["kind"] == "loaded_language"]
    assert set(rows["metric"]) == {"sensational.loaded_rate", "sensational.loaded_quoted_rate"}
    assert rows.loc[rows["metric"] == "sensational.loaded_quoted_rate", "text"].tolist() == ["brutal, shocking"]
    assert rows.loc[rows["metric"] == "sensational.loaded_quoted_rate", "label"].iloc[0].startswith("quoted")


# --------------------------------------------------------------------------- topic words, rows, rates


@pytest.mark.parametrize("word", ["war", "killed", "attack", "police", "murder", "kidnapping", "court", "storm", "trump"])
def test_loaded_topic_words_have_no_learned_weight(word):
    assert word not in sens.loaded_table().weights


def test_loaded_adjacent_words_form_one_row(tab):
    assert _loaded_words("It was a brutal, shocking, cruel act.", tab) == ["brutal shocking cruel"]
    assert _loaded_words("A brutal act and a shocking one.", tab) == ["brutal", "shocking"]


@pytest.mark.parametrize(
    "body",
    [
        "The terrified villagers fled the horrifying, brutal scene.",
        '"It was shocking," he said. It was not brutal. A storm of outrage followed.',
        "Plain sentence without loaded words.",
    ],
)
def test_loaded_rate_is_the_weighted_rows_per_thousand_words(body):
    doc = parse(body, "")
    found = ld.find_loaded(doc, None)
    v = sens.compute(doc).values
    assert v["loaded_rate"] == pytest.approx(1000 * sum(r[4] for r in found.rows) / doc.n_words)
    ev = sens.compute(parse(body, ""), evidence=True).evidence
    rows = [e for e in ev if e.kind == "loaded_language"]
    assert len(rows) == len(found.rows)
    for e in rows:
        assert doc.body[e.start : e.end] == e.text


def test_loaded_empty_body_gives_nan_but_headline_score():
    v = sens.compute(parse("", "You Won't Believe This Shocking Trick")).values
    for col in ("loaded_rate", "loaded_quoted_rate", "body_score", "index", "index_percentile", "emotive_rate"):
        assert math.isnan(v[col]), col
    assert 0.5 < v["headline_score"] <= 1.0


def test_loaded_headline_rows_are_evidence_only():
    ev = mediakit.evidence({"title": "Horrifying scenes as brutal storm of protest grows", "body": "Text."}, "sensational")
    rows = ev[(ev["kind"] == "loaded_language") & (ev["field"] == "title")]
    assert {"Horrifying", "brutal storm"} <= set(rows["text"])
    assert set(rows["metric"]) == {""}


_WORDS = ["the", "plan", "was", "not", "brutal", "shocking", "storm", "of", "a", "disaster", "is", '"', "said", "."]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_loaded_counting_positions_equal_a_full_scan(words):
    body = " ".join(words)
    doc = parse(body, "")
    full = ld.find_loaded(doc, None)
    counted = devices.body_hits(parse(body, ""))[0]
    fast = ld.find_loaded(parse(body, ""), counted.positions, cased=counted.loaded_cased)
    if counted.positions is not None:
        assert fast.rows == full.rows


# --------------------------------------------------------------------------- the shipped table


def test_loaded_table_is_versioned_json_naming_its_source():
    raw = json.loads((ROOT / "mediakit" / ld.TABLE_FILE).read_text(encoding="utf-8"))
    assert raw["version"] == sens.loaded_table().version
    assert "Propaganda Techniques Corpus" in raw["source"]
    assert raw["n_words"] == len(raw["weights"])
    assert all(" " not in w for w in raw["weights"])  # single words, no text
    assert min(raw["weights"].values()) >= raw["threshold"]


@needs_data
@pytest.mark.slow
def test_loaded_shipped_table_equals_fresh_fit():
    from mediakit.train.sensational_loaded import fit_loaded_table

    fresh = fit_loaded_table()
    shipped = json.loads((ROOT / "mediakit" / ld.TABLE_FILE).read_text(encoding="utf-8"))
    hint = "refit: python -m mediakit.evaluate.sensational --fit"
    assert fresh["threshold"] == shipped["threshold"], hint
    assert fresh["weights"].keys() == shipped["weights"].keys(), hint
    assert max(abs(fresh["weights"][k] - shipped["weights"][k]) for k in shipped["weights"]) <= 2e-3, hint


# --------------------------------------------------------------------------- fitting: span weighting


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], [0, 0, 0, 0, 0, 0]),
        ([(4, 10)], [0, 1, 0, 0, 0, 0]),  # "awful"
        ([(4, 20)], [0, 3, 3, 3, 0, 0]),  # "awful and bitter"
        ([(4, 20), (10, 13)], [0, 3, 1, 3, 0, 0]),  # a word in two spans takes the shorter
        ([(6, 12)], [0, 2, 2, 0, 0, 0]),  # a span cutting words counts the words it touches
        ([(23, 34)], [0, 0, 0, 0, 2, 2]),
    ],
)
def test_loaded_span_words_gives_the_shortest_span_length(spans, expected):
    from mediakit.train.sensational_loaded import _span_words

    doc = parse("The awful and bitter row continues today", "")
    assert doc.words[:6] == ["The", "awful", "and", "bitter", "row", "continues"]
    assert _span_words(doc.word_spans[:6], sorted(spans)) == expected


def _article(body: str, spans: list[tuple[int, int]]):
    from mediakit.train.sensational_loaded import Article, _inside_flags, _span_words

    doc = parse(body, "")
    return Article(doc, spans, _inside_flags(doc.word_spans, spans), _span_words(doc.word_spans, spans))


@pytest.mark.slow
@pytest.mark.parametrize(("lower", "higher"), [(0.0, 0.25), (0.25, 0.5), (0.5, 1.0)])
def test_loaded_span_power_discounts_words_of_long_spans(lower, higher):
    from mediakit.train.sensational_loaded import fit_weights

    # "vile" is marked alone (a 1-word span); "grim" only inside a 6-word span; each 4 times.
    short = "It was vile. The weather held."
    long_ = "They said grim days lie ahead now. The weather held."
    arts = [_article(short, [(7, 11)]) for _ in range(4)]
    arts += [_article(long_, [(5, 34)]) for _ in range(4)]
    flat = fit_weights(arts, {"vile", "grim"}, 1.0, span_power=0.0)
    assert flat["grim"] == pytest.approx(flat["vile"], abs=0.05)  # both always inside a span
    a = fit_weights(arts, {"vile", "grim"}, 1.0, span_power=lower)
    b = fit_weights(arts, {"vile", "grim"}, 1.0, span_power=higher)
    assert b["grim"] < a["grim"] - 0.015  # L = 6: discounted more as the power grows
    # L = 1 weighs 1 at every power: "vile" moves only through the features it shares.
    assert b["vile"] - b["grim"] > a["vile"] - a["grim"] + 0.01
