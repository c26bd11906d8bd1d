"""Quotation pairing and direct-vs-scare classification (mediakit.text.quotes)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediakit.text.parse import parse
from mediakit.text.quotes import Quote, find_quotes


def quoted(text: str) -> list[tuple[str, str]]:
    return [(text[q.start : q.end], q.kind) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('"We will fight," he said.', [('"We will fight,"', "direct")], id="quote-then-he-said"),
        pytest.param('"No," said Smith.', [('"No,"', "direct")], id="short-quote-said-name"),
        pytest.param('"Lies" Smith said.', [('"Lies"', "direct")], id="short-quote-then-cue"),
        pytest.param('He said: "No"', [('"No"', "direct")], id="colon-introduced"),
        pytest.param(
            'He said the order was "illegal".', [('"illegal"', "direct")], id="partial-quote-after-cue"
        ),
        pytest.param(
            '"This order sends our men to die for nothing" and more',
            [('"This order sends our men to die for nothing"', "direct")],
            id="long-floating-quote",
        ),
        pytest.param(
            "“Never again. Not here.”", [("“Never again. Not here.”", "direct")], id="curly-sentences"
        ),
        pytest.param("The “refuseniks” went to court.", [("“refuseniks”", "scare")], id="curly-scare"),
        pytest.param('an "illegal" order', [('"illegal"', "scare")], id="straight-scare"),
        pytest.param(
            'the so-called "refuseniks," who', [('"refuseniks,"', "scare")], id="so-called-comma-inside"
        ),
        pytest.param(
            'He called it "illegal" and said nothing.',
            [('"illegal"', "scare")],
            id="conjunction-blocks-after-cue",
        ),
        pytest.param("«Bonjour» means hello", [("«Bonjour»", "scare")], id="guillemets"),
        pytest.param(
            "''We will fight,'' he said.", [("''We will fight,''", "direct")], id="ascii-double-apostrophe"
        ),
        pytest.param("a ″double prime″ mark", [("″double prime″", "scare")], id="double-prime"),
        pytest.param('“illegal" mixed', [('“illegal"', "scare")], id="curly-open-straight-close"),
    ],
)
def test_quotes_kinds(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('odd " count here', id="single-straight"),
        pytest.param("“opened and never closed", id="unclosed-curly"),
        pytest.param("closed” with no opener", id="stray-closer"),
        pytest.param('""', id="empty-quote"),
        pytest.param("", id="empty-text"),
        pytest.param("no marks at all", id="no-marks"),
    ],
)
def test_quotes_unbalanced_marks_are_ignored(text):
    assert find_quotes(text) == []


def test_quotes_pair_within_paragraph_only():
    text = '"First paragraph opens and never closes\n\nSecond one has "a quote" here.'
    assert quoted(text) == [('"a quote"', "scare")]


def test_quotes_odd_count_keeps_balanced_pairs():
    text = 'He said "we will win" and the "refuseniks\n\nThe end "x" and "y'
    assert [k for _, k in quoted(text)] == ["direct", "scare"]


def test_quotes_fields():
    text = 'A "two words" here'
    (q,) = find_quotes(text)
    assert q == Quote(start=2, end=13, n_words=2, kind="scare")
    assert text[q.start] == '"' and text[q.end - 1] == '"'


def test_quotes_seed_scare_quotes(seed_doc):
    body = seed_doc.body
    got = [(body[q.start + 1 : q.end - 1], q.kind) for q in seed_doc.quotes]
    assert got == [
        ("illegal", "scare"),
        ("refuseniks", "scare"),
        ("illegal", "scare"),
        ("refuseniks", "scare"),
        ("internal", "scare"),
    ]
    assert body[seed_doc.quotes[0].start] == "“"


def test_quotes_doc_property_cached():
    doc = parse('She said "yes we can do it" today.')
    assert doc.quotes is doc.quotes
    assert doc.quotes[0].kind == "direct"


@given(st.text(alphabet='ab "“”«»″\n.,:', max_size=60))
def test_quotes_never_raise_and_are_well_formed(text):
    prev_end = -1
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= prev_end
        assert q.kind in {"direct", "scare"}
        assert q.n_words > 0
        assert "\n\n" not in text[q.start : q.end]
        prev_end = q.end


@given(st.text(alphabet='ab "“”«»″\n .,:', max_size=80))
def test_quotes_doc_reuses_its_paragraphs_with_same_result(text):
    assert parse(text).quotes == find_quotes(text)


def test_quotes_doc_reuses_its_paragraphs_on_seed(seed_doc):
    assert seed_doc.quotes == find_quotes(seed_doc.body)
