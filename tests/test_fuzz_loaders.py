"""Fuzzing the loaders (issue 14): random records in every text format, encoding, line ending and
compression wrapper, and random bytes under every format name.

Invariant: one row per record, never an exception, metric values finite or NaN. Seeded like
``tests/test_properties.py`` (``MEDIAKIT_PROPERTY_SCALE`` multiplies the example counts).
"""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import lzma
import math
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

import mediakit
from mediakit.io._common import clean_text, make_article
from tests.test_properties import examples

COMPRESS = {"": lambda b: b, ".gz": gzip.compress, ".xz": lzma.compress, ".bz2": bz2.compress}
NEWLINES = ["\n", "\r\n", "\r"]

#: Field text: any character but lone surrogates (added as JSON escapes below) and control
#: characters (text full of them is binary data by design: one error row), plus line breaks,
#: tabs, NUL (escaped in JSON, dropped from CSV), quotes and separators.
_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc")),
        st.sampled_from(list("\n\r\t\x00,;\"'“”’é😀—\u2028\ufeff")),
    ),
    max_size=40,
)
_ASCII = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40)
_SURROGATE = st.sampled_from(["\udc00", "\ud83d", "\udfff", "\udce9"])
_SURROGATES = re.compile("[\ud800-\udfff]")


def _records(text: st.SearchStrategy[str]) -> st.SearchStrategy[list[dict[str, str]]]:
    record = st.fixed_dictionaries({"id": text, "title": text, "body": text})
    return st.lists(record, min_size=1, max_size=5)


def _serialise(fmt: str, records: list[dict[str, str]], newline: str) -> str:
    escape = any(_SURROGATES.search(v) for r in records for v in r.values())  # else written as is
    if fmt == ".jsonl":
        return "".join(json.dumps(r, ensure_ascii=escape) + newline for r in records)
    if fmt == ".json":
        return json.dumps(records, indent=1, ensure_ascii=escape).replace("\n", newline)
    buf = io.StringIO(newline="")
    delimiter = "\t" if fmt == ".tsv" else ","
    writer = csv.writer(buf, lineterminator=newline, delimiter=delimiter, quoting=csv.QUOTE_ALL)
    writer.writerow(["id", "title", "body"])
    writer.writerows([r["id"], r["title"], r["body"]] for r in records)
    return buf.getvalue()


def _expected(record: dict[str, str], fmt: str) -> dict[str, Any]:
    """The row the in-memory path gives for ``record`` (what every file path must give too)."""
    fields = dict(record)
    if fmt in (".csv", ".tsv"):  # a CSV cell is text read line by line: line endings become \n
        fields = {k: v.replace("\r\n", "\n").replace("\r", "\n") for k, v in fields.items()}
    return make_article(fields, source_path="x", record=1, default_id="x")


def _assert_results_sane(df: Any) -> None:
    results = mediakit.analyze(df)
    assert len(results) == len(df)
    metric = [c for c in results.columns if "." in c]
    for row in results[metric].itertuples(index=False):
        assert all(math.isfinite(v) or math.isnan(v) for v in row)
    assert (results.loc[results["status"] == "error", metric].isna().all(axis=None))


@examples(120)
@given(
    st.sampled_from([".jsonl", ".json", ".csv", ".tsv"]),
    st.one_of(_records(_TEXT), _records(st.builds(lambda a, s, b: a + s + b, _TEXT, _SURROGATE, _TEXT))),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]),
    st.sampled_from(NEWLINES),
    st.sampled_from(list(COMPRESS)),
)
def test_fuzz_loaders_every_record_is_one_row_in_every_encoding_and_wrapper(fmt, records, encoding, newline, wrapper):
    if fmt in (".csv", ".tsv"):  # CSV has no escapes: a lone surrogate cannot be written
        records = [{k: clean_text(v).replace("\x00", "") for k, v in r.items()} for r in records]
    if encoding in ("utf-16-le", "utf-16-be"):  # BOM-less UTF-16 is told by its NULs: ASCII text only
        records = [{k: v.encode("ascii", "replace").decode("ascii") for k, v in r.items()} for r in records]
        records = [{**r, "id": "record-" + r["id"]} for r in records]  # enough ASCII for the NUL test
    data = COMPRESS[wrapper](_serialise(fmt, records, newline).encode(encoding, errors="surrogatepass"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"f{fmt}{wrapper}"
        path.write_bytes(data)
        df = mediakit.load(path)
    assert len(df) == len(records), df["message"].tolist()
    for row, record in zip(df.to_dict("records"), records, strict=True):
        want = _expected(record, fmt)
        assert row["status"] == want["status"], (row["message"], record)
        assert (row["title"], row["body"]) == (want["title"], want["body"])
        assert row["id"] == (want["id"] if want["id"] != "x" else row["id"])
    _assert_results_sane(df)


@examples(60)
@given(
    st.builds(lambda t, b: (t, b), _TEXT.filter(lambda t: t.strip() and not set(t) & set("\n\r")), _TEXT),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    st.sampled_from(NEWLINES),
    st.sampled_from(list(COMPRESS)),
)
def test_fuzz_loaders_text_file_is_one_article_in_every_encoding_and_wrapper(title_body, encoding, newline, wrapper):
    title, body = title_body
    text = (title + "\n\n" + body).replace("\r\n", "\n").replace("\r", "\n").replace("\n", newline)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a.txt{wrapper}"
        path.write_bytes(COMPRESS[wrapper](text.encode(encoding)))
        df = mediakit.load(path)
    assert len(df) == 1
    if df.loc[0, "status"] == "error":  # only binary-looking text (many control characters) may fail
        assert "binary data" in df.loc[0, "message"]
        return
    want = make_article({"title": title.strip(), "body": body.lstrip("\n")}, source_path="x", record=0, default_id="x")
    if not title.replace("\x00", "").strip():
        return  # a title of NULs only: the first non-empty line is then in the body
    assert (df.loc[0, "title"], df.loc[0, "status"]) == (want["title"], want["status"])
    _assert_results_sane(df)


@examples(150)
@given(
    st.binary(max_size=600),
    st.sampled_from([".txt", ".jsonl", ".json", ".csv", ".tsv", ".html", ".parquet"]),
    st.sampled_from([*COMPRESS, ".gz-cut"]),
)
def test_fuzz_loaders_random_bytes_never_raise(data, fmt, wrapper):
    if wrapper == ".gz-cut":
        data, wrapper = gzip.compress(data)[: max(1, len(data) // 2)], ".gz"
    else:
        data = COMPRESS[wrapper](data)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"r{fmt}{wrapper}"
        path.write_bytes(data)
        df = mediakit.load(path)
    if fmt in (".txt", ".html", ".parquet"):  # one article per file, readable or not
        assert len(df) == 1
    assert df["status"].isin(["ok", "empty", "error"]).all()
    for row in df.to_dict("records"):
        assert row["status"] == "ok" or str(row["source_path"]) in row["message"]
        for col in ("id", "title", "body", "message"):
            row[col].encode("utf-8")  # always encodable
    _assert_results_sane(df)


@examples(100)
@given(
    st.lists(st.one_of(st.binary(max_size=30), st.sampled_from([b'{"body": "Fine text."}', b"{", b"[1]"])), max_size=8),
    st.lists(st.sampled_from([b"\n", b"\r\n", b"\r"]), min_size=8, max_size=8),
    st.sampled_from(list(COMPRESS)),
)
def test_fuzz_loaders_jsonl_one_row_per_nonblank_line_whatever_the_endings(lines, endings, wrapper):
    lines = [ln.replace(b"\n", b" ").replace(b"\r", b" ") for ln in lines]
    content = b"".join(ln + end for ln, end in zip(lines, endings, strict=False))
    assume(not content.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")))  # a byte-order mark
    assume(content[:200].count(b"\x00") <= 20)  # not taken for BOM-less UTF-16
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"l.jsonl{wrapper}"
        path.write_bytes(COMPRESS[wrapper](content))
        df = mediakit.load(path)
    if len(df) == 1 and "binary data" in df.loc[0, "message"]:
        return
    assert len(df) == sum(1 for ln in lines if ln.strip())
    want_lines = [i + 1 for i, ln in enumerate(lines) if ln.strip()]
    assert df["record"].tolist() == want_lines
