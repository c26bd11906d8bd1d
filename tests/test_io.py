"""Loaders: formats, encodings, compression, field mapping, boilerplate, bad input."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit
from mediakit.errors import LoadError
from mediakit.schema import ARTICLE_COLUMNS
from tests.conftest import SEED

TEXT = "A headline without a period\n\nFirst paragraph here. It has two sentences.\n\nSecond paragraph.\n"


def test_io_seed_schema_and_boilerplate(seed_row):
    assert list(seed_row.index[: len(ARTICLE_COLUMNS)]) == list(ARTICLE_COLUMNS)
    assert seed_row["title"] == "Russian guards demand jobs back after protesting illegal order to fight war"
    assert seed_row["boilerplate"] == [
        "To get more world news stories from Daily Star delivered straight to your inbox sign up to one of our "
        "free newsletters here.",
        "Source: Read Full Article",
    ]
    assert "newsletter" not in seed_row["body"]
    assert seed_row["body"].startswith("Russian servicemen in a force")
    assert seed_row["status"] == "ok"
    assert seed_row["id"] == "000_92bdb6df40238d88"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-16-le", b""), ("cp1252", b"")],
)
def test_io_text_encodings(tmp_path, encoding, prefix):
    text = "Café owners’ “fury” over tax\n\nThe café’s owner said: “It’s unfair.” Prices rose 5%.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + text.encode(encoding))
    row = mediakit.load(path).iloc[0]
    assert row["title"] == "Café owners’ “fury” over tax"
    assert row["body"] == "The café’s owner said: “It’s unfair.” Prices rose 5%."


@pytest.mark.parametrize(("suffix", "opener"), [(".gz", gzip.open), (".xz", lzma.open), (".bz2", bz2.open)])
def test_io_compressed_inputs(tmp_path, suffix, opener):
    path = tmp_path / f"corpus.jsonl{suffix}"
    with opener(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x1", "headline": "H", "content": "Body text here."}) + "\n")
    row = mediakit.load(path).iloc[0]
    assert (row["id"], row["title"], row["body"]) == ("x1", "H", "Body text here.")


def test_io_folder_and_glob(tmp_path):
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    assert mediakit.load(tmp_path)["id"].tolist() == ["a", "b"]
    assert mediakit.load(str(tmp_path / "*.txt"))["id"].tolist() == ["a", "b"]


def test_io_folder_given_relative_to_a_parent_skips_only_hidden_inside(tmp_path, monkeypatch):
    (tmp_path / "corpus" / ".hidden").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "corpus" / ".hidden" / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert mediakit.load("../corpus")["id"].tolist() == ["a"]


def test_io_jsonl_bad_line_names_file_and_line_and_others_continue(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"id": 1, "title": "ok", "text": "Fine body."}\n{"id": 2, "title": broken\n[1, 2]\n'
        '{"id": 4, "title": "ok", "body": "Also fine."}\n',
        encoding="utf-8",
    )
    df = mediakit.load(path)
    assert df["status"].tolist() == ["ok", "error", "error", "ok"]
    assert df.loc[1, "message"].startswith(f"{path}:2:")
    assert df.loc[2, "message"].startswith(f"{path}:3:")
    assert df["record"].tolist() == [1, 2, 3, 4]


def test_io_csv_field_mapping_override_and_bad_row(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('key,hed,maintext\n1,Title one,"Body, with comma."\n2,Title two\n3,T3,"Multi\nline body."\n',
                    encoding="utf-8")
    df = mediakit.load(path, fields={"id": "key", "body": "maintext"})
    assert df["status"].tolist() == ["ok", "error", "ok"]
    assert "c.csv:3: expected 3 fields, found 2" in df.loc[1, "message"]
    assert df.loc[0, "title"] == "Title one"
    assert df.loc[2, "record"] == 4


def test_io_unknown_override_field_is_an_error_row(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    df = mediakit.load(path, fields={"body": "nope"})
    assert df.loc[0, "status"] == "error"
    assert "'nope'" in df.loc[0, "message"]


def test_io_parquet(tmp_path):
    path = tmp_path / "p.parquet"
    pd.DataFrame({"article_id": ["a"], "title": ["T"], "text": ["Body."], "source": ["Outlet"]}).to_parquet(path)
    row = mediakit.load(path).iloc[0]
    assert (row["id"], row["outlet"], row["body"]) == ("a", "Outlet", "Body.")


def test_io_html_uses_trafilatura(tmp_path):
    body = " ".join(["The national guard works as an internal security force."] * 6)
    html = f"""<html><head><title>Guards go to court | Daily Example</title>
    <meta property="og:site_name" content="Daily Example"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Guards go to court</h1>
    <p>{body}</p><p>Lawyers have reported working on similar cases in over 17 cities in Russia.</p></article>
    <footer>Subscribe to our newsletter</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    row = mediakit.load(path).iloc[0]
    assert row["title"].startswith("Guards go to court")
    assert "Lawyers have reported" in row["body"]
    assert "Home | World" not in row["body"]
    assert row["outlet"] == "Daily Example"


def test_io_missing_path_raises_naming_it(tmp_path):
    with pytest.raises(LoadError, match=r"nope\.txt"):
        mediakit.load(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("Source: Read Full Article", "source_link"),
        ("Sign up for our free morning newsletter here.", "newsletter"),
        ("Share this article", "share"),
        ("Follow us on Twitter", "follow"),
        ("READ MORE: Putin's generals in turmoil", "read_more"),
        ("Advertisement", "advertisement"),
    ],
)
def test_io_boilerplate_detected(paragraph, kind):
    from mediakit.text.boilerplate import boilerplate_kind

    assert boilerplate_kind(paragraph) == kind


@pytest.mark.parametrize(
    "paragraph",
    [
        "The minister said she would share the report with parliament next week.",
        "Subscribers to the service rose by 5% in the quarter, the company said in a statement.",
        "He told reporters the source of the leak was unknown.",
    ],
)
def test_io_boilerplate_not_flagged_in_news_text(paragraph):
    from mediakit.text.boilerplate import boilerplate_kind

    assert boilerplate_kind(paragraph) is None


_BOILER_PIECES = [
    "Source:", "source : read the full article", "via: see story", "READ MORE:", "Related:", "see also:", "Watch:",
    "Share", "tweet this story", "Email", "print the page", "Pin", "on Facebook", "Follow us on", "like us on",
    "join us on", "Click here", "Advertisement", "Sponsored content", "Promoted", "©", "(c)", "Copyright",
    "download the app", "download our news app", "sign up", "signing-up", "subscribe", "register", "newsletter",
    "to your inbox", "updates", "alerts", "delivered straight to your inbox", "we use your sign-up to provide content",
    "\u0130", "\u0131", "\u017f", "S\u0131GN UP", "—", "“", "  ", "\n", ".", "!", "The minister said",
    "police", "in 2019", "*", "–",
]


@settings(max_examples=2000, derandomize=True)
@given(st.lists(st.sampled_from(_BOILER_PIECES), max_size=8).map(" ".join))
def test_io_boilerplate_shortcut_equals_every_pattern_tried(paragraph):
    from mediakit.text.boilerplate import MAX_WORDS, PATTERNS, boilerplate_kind
    from mediakit.text.segment import clean_words

    want = next((name for name, p in PATTERNS.items() if p.search(paragraph)), None)
    if want is not None and len(clean_words(paragraph)) > MAX_WORDS:
        want = None
    assert boilerplate_kind(paragraph) == want


def test_io_seed_file_is_the_shared_one():
    assert SEED.read_bytes()[:40].startswith(b"Russian guards demand jobs back")


def test_io_seed_checksum_matches_readme():
    import hashlib

    digest = hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert digest in (SEED.parent / "README.md").read_text(encoding="utf-8")
