"""Sourcing on hostile input (issue 13, round twenty-six): crashes, silent index wraps, properties.

Every sentence is invented. The Hypothesis battery draws texts from a vocabulary rich in the tokens
the rules look at (cue words, "according to", a sentence-opening "To" / "That", "US", "Image:",
"called", quotation marks and brackets left open, dashes, comma chains, "I spoke to", an anonymity
clause, digits, right-to-left, zero-width and combining characters, "İ", "ſ", an emoji, CRLF, tabs,
NBSP), joined by a blank, by nothing or by NBSP, with the shared seeded profile of
``tests/test_properties.py``. The cost of a repeated hostile paragraph is measured by
``benchmarks/sourcing_hostile.py`` (no timed test here).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mediakit
from mediakit.metrics import sourcing
from mediakit.metrics.sourcing import spans
from mediakit.text.parse import parse
from mediakit.text.tokens import tokenize
from tests.metrics.sourcing_rows import pairs, table
from tests.test_properties import examples

# fmt: off
VOCABULARY = [
    "said", "says", "told", "according", "to", "To", "That", "that", "US", "Image:", "Picture:", "called",
    "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "(", ")", "[", "]", "\u2014", "\u2013", "-", ",", ",", ":", ";",
    ".", "?", "!", "Ann", "Lee", "Tom", "Hale", "Mr.", "Dr.", "Sen.", "Kestrel", "Homeware", "Tarrow", "Today",
    "TODAY", "METRO", "I", "spoke", "who", "asked", "not", "be", "named", "poll", "has", "Lind", "leading", "survey",
    "auction", "house", "house,", "the", "a", "and", "but", "Another", "One", "other", "with", "in", "an",
    "interview", "statement", "stating", "hopes", "fears", "will", "showing", "how", "calculates", "took", "swipe",
    "at", "compared", "painted", "as", "Friday", "March", "3", "1,200", "2019", "42", "police", "staff", "paper",
    "The", "Daily", "Courier", "report", "of", "released", "by", "published", "ROE:", "JANE", "Q:", "\u200f",
    "\u200b", "\u0301", "\u0130", "\u017f", "\U0001f600", "\r\n", "\t", "\xa0", "\n", "\n\n", "\u05de\u05d4",
    "\ufb01", "\u01c5", "\xdf", "x\u0301", "across", "near", "appeared", "court", "confirmed", "him", "she", "he",
    "they", "it", "Monday", "This", "Wednesday", "Foreign", "Minister", "I spoke to", "who asked not to be named",
]
# fmt: on
_WORDS = st.lists(st.sampled_from(VOCABULARY), max_size=50)
_CHAIN = st.integers(0, 60).map(lambda n: ", and Ann Lee" * n)
HOSTILE_TEXTS = st.builds(
    lambda words, sep, chain: sep.join(words) + chain, _WORDS, st.sampled_from([" ", " ", "", "\xa0"]), _CHAIN
)


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _check_article(text: str) -> None:
    doc = parse(text)
    body = doc.body
    result = sourcing.compute(doc, evidence=True)
    for ev in result.evidence:
        field = body if ev.field == "body" else doc.title
        assert 0 <= ev.start <= ev.end <= len(field), ev
        assert field[ev.start : ev.end] == ev.text, ev
    whole = _collapsed(body)
    for r in sourcing.source_table(doc).itertuples():
        assert 0 <= r.start <= r.end <= len(body)
        if r.source:
            assert body[r.start : r.end] == r.source, (r.source, r.start, r.end)
        if r.label != "floating":  # a floating quotation's row spans the quotation, with its speaker's cue
            assert body[r.cue_start : r.cue_end] == r.cue, (r.cue, r.cue_start, r.cue_end)
        # the entity a mention stands for, as written in this article (blanks collapsed: "Ann\tLee" is "Ann Lee")
        assert r.resolved_to == "" or _collapsed(r.resolved_to) in whole, r.resolved_to


@examples(60)
@given(HOSTILE_TEXTS)
def test_sourcing_hostile_text_never_raises_and_offsets_slice_the_text(text):
    _check_article(text)


@examples(25)
@given(HOSTILE_TEXTS, st.lists(HOSTILE_TEXTS, min_size=1, max_size=3))
def test_sourcing_hostile_text_result_does_not_depend_on_the_batch(text, others):
    alone = mediakit.analyze([{"id": "x", "body": text}], "sourcing")
    batch = mediakit.analyze(
        [{"id": f"o{i}", "body": o} for i, o in enumerate(others)] + [{"id": "x", "body": text}], "sourcing"
    )
    cols = [c for c in alone.columns if c.startswith("sourcing.")]  # (the message names the record's place)
    together = batch.loc[batch["id"] == "x", cols].reset_index(drop=True)
    assert alone[cols].equals(together)
    assert table(text).equals(sourcing.source_table(parse(text)))  # a second read, after the batch's memos


# -- a cue inside the sentence's last token (round twenty-six: an IndexError before) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr.said",
        "Ann Lee spoke.said",
        "The mayor spoke to Sen.called",
        "The report was out.found",
        "Ann Lee.according to",
    ],
)
def test_sourcing_cue_inside_the_last_token_does_not_raise(text):
    _check_article(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mr. Hale said so.", ("said", "Mr. Hale")),
        ("Ann Lee spoke. She said so.", ("said", "She")),
    ],
)
def test_sourcing_cue_with_its_own_token_keeps_its_source(text, pair):
    assert pair in pairs(text)


# -- a body noun "house" opening the sentence: no word before it is read as its trade ------------


@pytest.mark.parametrize(
    ("text", "i", "j", "expected"),
    [
        # the trade word inside the phrase: a business, its name in apposition
        ("according to the auction house, Greaves & Fordham.", 2, 5, True),
        # "house" opens the sentence: the last token ("auction") is no word before it (an index of -1)
        ("house, TODAY released auction", 0, 1, False),
        ("house, Greaves, said auction", 0, 1, False),
    ],
)
def test_sourcing_body_then_name_reads_no_word_before_the_phrase(text, i, j, expected):
    t = tokenize(text, 0, len(text))
    assert spans._body_then_name(t, i, j, len(t.texts)) is expected


def test_sourcing_house_opening_the_text_reads_as_before():
    assert pairs("house, TODAY released auction") == [("released", "")]
