"""No committed file holds text of a research-use-only corpus (docs/sourcing.md, /work/shared/datasets/README.md).

PolNeAR, PTC, Horne 2017 and Webis-Clickbait-17 may be used for development, but their text must never be
committed: not in code, comments, tests, fixtures, notebooks or docs. This guard builds the word
:data:`N`-grams (lower-cased, punctuation stripped: runs of ``[a-z0-9]``) of every committed text file
(``git ls-files``: ``.py .md .json .ipynb .txt .csv``) and looks each corpus text's n-grams up in them;
a hit names the file and the n-gram. It runs only where the shared datasets are (``MEDIAKIT_DATA``) and
takes about two seconds. AllSides is left out: reading its 37,085 articles takes about 30 s, and at that
size its hits are wire boilerplate ("officials who spoke on condition of anonymity said").

``N`` = 7: at 8 words a quotation shortened by a word or two slips through;
at 6, everyday phrases hit ("at the end of the year"). The few generic newswire formulas that still
hit at 7 are allowed by :data:`GENERIC` (an n-gram inside one of them, or holding one, is no corpus text).
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator

import pytest

from mediakit import datasets
from tests.conftest import ROOT, needs_data

#: Words per n-gram.
N = 7

#: Newswire formulas that are nobody's text; an n-gram inside one or containing one is not a hit.
GENERIC = (
    "did not respond to a request for comment",
    "did not respond to requests for comment",
    "not authorized to speak publicly",
    "the agency does not comment",
    "it s only a matter of time",
    "for the rest of my life",
)

_WORD = re.compile(r"[a-z0-9]+")
_SUFFIXES = (".py", ".md", ".json", ".ipynb", ".txt", ".csv")


def _ngrams(text: str) -> Iterator[str]:
    words = _WORD.findall(text.lower())
    for i in range(len(words) - N + 1):
        yield " ".join(words[i : i + N])


def _generic(gram: str) -> bool:
    """Whether an n-gram lies inside a :data:`GENERIC` formula or holds one."""
    g = f" {gram} "
    return any(g in f" {p} " or f" {p} " in g for p in GENERIC)


def _jsonl(name: str, *fields: str) -> Iterator[str]:
    with datasets.path(name).open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield "\n".join(str(row.get(f) or "") for f in fields)


def _corpus_texts() -> Iterator[tuple[str, str]]:
    """(corpus name, text) for every research-use corpus read here."""
    root = datasets.path("polnear")
    for split in ("train", "dev"):
        for p in sorted((root / split / "text").glob("*.txt")):
            yield "polnear", p.read_text(encoding="utf-8")
    for text in _jsonl("ptc_train", "title", "body"):
        yield "ptc_train", text
    for text in _jsonl("horne2017", "title", "body"):
        yield "horne2017", text
    for text in _jsonl("webis17_train", "post_text"):
        yield "webis17_train", text


def _committed_ngrams() -> dict[str, str]:
    """Each n-gram of the committed text files -> the first file holding it."""
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    grams: dict[str, str] = {}
    for name in files:
        if name.endswith(_SUFFIXES) and (ROOT / name).is_file():
            for g in _ngrams((ROOT / name).read_text(encoding="utf-8", errors="replace")):
                grams.setdefault(g, name)
    return grams


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        pytest.param(
            "Mr. O'Neil said: the bridge, he added, will close in May 2027.", True, id="punctuation-ignored"
        ),
        pytest.param("Ms. Varga did not respond to a request for comment.", False, id="generic-allowed"),
        pytest.param("the bridge will close in May", False, id="shorter-than-n"),
    ],
)
def test_no_corpus_text_ngrams_normalise(text: str, hit: bool) -> None:
    corpus = "MR O NEIL SAID THE BRIDGE HE ADDED WILL CLOSE in may 2027. Officials did not respond to a request for comment"
    grams = set(_ngrams(corpus))
    found = [g for g in _ngrams(text) if g in grams and not _generic(g)]
    assert bool(found) == hit


@needs_data
def test_no_corpus_text_in_committed_files() -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    try:
        datasets.path("polnear")
    except datasets.DatasetNotFoundError:
        pytest.skip("PolNeAR not available")
    committed = _committed_ngrams()
    hits: dict[tuple[str, str], set[str]] = {}
    for corpus, text in _corpus_texts():
        for g in _ngrams(text):
            name = committed.get(g)
            if name is not None and not _generic(g):
                hits.setdefault((name, g), set()).add(corpus)
    report = "\n".join(f"{name}: {g!r} ({', '.join(sorted(c))})" for (name, g), c in sorted(hits.items()))
    assert not hits, f"research-use corpus text in committed files (rewrite it as invented text):\n{report}"
