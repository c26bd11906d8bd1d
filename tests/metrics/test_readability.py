"""Readability: textstat parity, deliberate differences, golden values on the seed."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import mediakit
from mediakit.metrics import readability as rd
from mediakit.text.parse import parse
from tests.conftest import SEED, data_root

FORMULAS = list(rd.FORMULAS)


def _reference_texts() -> list[str]:
    """At least 50 texts with no shared-data dependency, plus Wikinews when present."""
    raw = SEED.read_text(encoding="utf-8")
    paras = [p for p in raw.split("\n\n") if p.strip()]
    texts = ["\n\n".join(paras[i : i + k]) for k in (1, 3, 7) for i in range(0, len(paras) - k + 1, 1)][:45]
    texts += [
        raw,
        "",
        "Hello",
        "no punctuation at all but many words " * 30,
        "Dr. Smith arrived at 11.30 p.m. on Monday. The U.S. economy grew 3.5% in May.",
        "The cat sat on the mat. The dog walked to the park. The children played with the ball.",
        "It's a test — with dashes, 'quotes' and “curly quotes”! Does it work? Yes... it does.",
        "Antidisestablishmentarianism characterises unconventional historiography. Incomprehensibility abounds.",
        " ".join(["word"] * 150) + ". " + " ".join(["another"] * 20) + ".",
        "One. Two words. Three words here. Four words are here.",
    ]
    root = data_root()
    if root is not None:
        with open(root / "wikinews" / "wikinews_195.jsonl", encoding="utf-8") as fh:
            texts += [json.loads(line)["body"] for line in list(fh)[:40]]
    return texts


TEXTS = _reference_texts()


def test_readability_reference_set_is_large_enough():
    assert len(TEXTS) >= 50


@pytest.mark.parametrize("i", range(len(TEXTS)))
def test_readability_textstat_counting_equals_textstat(i):
    """With textstat's counting rules, every formula equals textstat itself to 1e-9."""
    text = TEXTS[i]
    ours = rd.compute(parse(text), counting="textstat").values
    ref = rd.textstat_reference(text)
    for name in [*FORMULAS, "difficult_words"]:
        assert ours[name] == pytest.approx(ref[name], abs=1e-9, rel=0), name


@pytest.mark.parametrize("i", range(0, len(TEXTS), 5))
def test_readability_formulas_equal_textstat_on_textstat_counts(i):
    """The formula functions alone, fed textstat's own public counts, reproduce textstat."""
    ts = rd.textstat_module()
    text = TEXTS[i]
    c = rd.counts_from_doc(parse(text), "textstat")
    assert c.words == ts.lexicon_count(text)
    assert c.sentences == ts.sentence_count(text)
    assert c.syllables == ts.syllable_count(text)
    assert c.polysyllables == ts.polysyllabcount(text)
    assert c.letters == ts.letter_count(text)
    assert c.chars == ts.char_count(text)
    assert c.miniwords == ts.miniword_count(text)
    assert c.difficult_unique == ts.difficult_words(text)


def test_readability_engine_textstat_is_textstat(seed_row):
    """The reference engine returns textstat's numbers unchanged."""
    doc = mediakit.to_doc(seed_row)
    got = rd.compute(doc, engine="textstat").values
    ref = rd.textstat_reference(seed_row["body"])
    for name, value in ref.items():
        assert got[name] == value


def test_readability_seed_golden(seed_doc):
    v = rd.compute(seed_doc).values
    # Hand-checked: 15 one-sentence paragraphs; paragraph 1 has 25 words.
    assert v["words"] == 335
    assert v["sentences"] == 15
    assert "paragraphs" not in v  # structure.paragraphs is the one paragraph count
    assert len(seed_doc.paragraphs) == 15
    assert v["syllables"] == 541
    assert len(seed_doc.sentence_words[0]) == 25
    assert v["flesch_kincaid_grade"] == pytest.approx(0.39 * 335 / 15 + 11.8 * 541 / 335 - 15.59, abs=1e-12)
    assert v["flesch_kincaid_grade"] == pytest.approx(12.176119402985076, abs=1e-9)
    assert v["flesch_reading_ease"] == pytest.approx(47.543980099502534, abs=1e-9)
    assert v["gunning_fog"] == pytest.approx(14.306467661691542, abs=1e-9)
    assert v["smog_index"] == pytest.approx(13.5591, abs=1e-9)
    assert v["dale_chall_readability_score"] == pytest.approx(10.023278109452736, abs=1e-9)
    assert v["long_sentence_share"] == pytest.approx(2 / 15)
    assert v["sentence_length_p90"] == 31.0


def test_readability_news_counting_differs_from_textstat_on_seed_for_stated_reasons(seed_row):
    """textstat on the raw file merges the headline and counts boilerplate; mediakit does not."""
    raw = SEED.read_text(encoding="utf-8")
    ref = rd.textstat_reference(raw)
    ours = rd.compute(mediakit.to_doc(seed_row)).values
    ts = rd.textstat_module()
    assert ts.lexicon_count(raw) == 335 + 12 + 23 + 4  # body + headline + two boilerplate lines
    assert ts.sentence_count(raw) == 17  # headline merged into sentence 1, "Lt-Gen." splits, boilerplate adds 2
    assert ours["flesch_kincaid_grade"] != ref["flesch_kincaid_grade"]


@pytest.mark.issue(77)
@pytest.mark.parametrize(
    "text",
    [
        "Dr. Smith arrived at 11.30 p.m. on Monday. The U.S. economy grew 3.5% in May.",
        "Lt-Gen. Sergey Zakharov of the National Guard Troops issued the order. Mr. Chikov disagreed.",
    ],
)
def test_readability_abbreviations_do_not_split_sentences(text):
    assert rd.compute(parse(text)).values["sentences"] == 2
    assert rd.compute(parse(text), counting="textstat").values["sentences"] != 2


@pytest.mark.issue(194)
def test_readability_unpunctuated_text_gives_nan_not_absurd_grades():
    text = " ".join(["the committee considered the proposal carefully"] * 100)
    v = rd.compute(parse(text)).values
    assert v["unpunctuated"] == 1.0
    assert math.isnan(v["flesch_kincaid_grade"])
    ts = rd.compute(parse(text), counting="textstat").values
    assert ts["flesch_kincaid_grade"] > 100  # what textstat reports


@pytest.mark.issue(150)
@pytest.mark.parametrize("word", ["walked", "cities", "played", "hopped", "happier", "foxes", "tallest", "jumping", "nicest", "shouted"])
def test_readability_inflected_easy_words_are_easy(word):
    assert rd.is_easy_inflected(word)
    assert not rd._is_easy_textstat(word)


@pytest.mark.parametrize("word", ["bureaucracy", "Zakharov", "garrison", "undisclosed"])
def test_readability_hard_words_stay_hard(word):
    assert not rd.is_easy_inflected(word)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "Headline only", "Один два три. Четыре пять.", "¿Dónde está la biblioteca? Está allí."],
)
def test_readability_edge_cases_are_finite_or_nan(text):
    v = rd.compute(parse(text)).values
    assert all(isinstance(x, float) for x in v.values())
    assert all(math.isfinite(x) or math.isnan(x) for x in v.values())


def test_readability_one_long_paragraph():
    text = "The minister spoke. " * 500
    v = rd.compute(parse(text)).values
    assert v["sentences"] == 500
    assert v["words"] == 1500


def test_readability_evidence_long_sentences_and_difficult_words(seed_doc):
    ev = mediakit.evidence(seed_doc, "readability")
    longs = ev[ev.kind == "long_sentence"]
    assert len(longs) == 2
    assert longs.iloc[0].text.startswith("It is believed")
    words = set(ev[ev.kind == "difficult_word"].text.str.lower())
    assert {"refuseniks", "garrison", "undisclosed"} <= words
    for _, e in ev.iterrows():
        assert seed_doc.body[e.start : e.end] == e.text


def test_readability_nltk_data_written_in_project_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIAKIT_CACHE", str(tmp_path))
    root = Path(rd.nltk_data_dir())
    first = (root / "corpora" / "cmudict" / "cmudict").read_text(encoding="utf-8").splitlines()[0]
    assert root.is_relative_to(tmp_path)
    assert len(first.split()) >= 3 and first.split()[1] == "1"
