"""Static rules for the committed notebooks (nbval re-executes them; this checks what nbval cannot).

Rules (issues 5 and 15, docs in tools/build_notebooks.py): the five notebooks exist, match their
builder, are executed top to bottom with outputs kept, stay thin (no function, class or lambda
definitions, no plotting outside ``mediakit.figures``), start by importing mediakit and printing
sanitised versions, have one papermill ``parameters`` cell of literals whose names are all used,
end no line with ``;``, carry no timing/papermill metadata, no errors, no stderr, no local paths,
and never show third-party article text.
"""

from __future__ import annotations

import ast
import base64
import gzip
import html
import importlib.util
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import nbformat
import pytest

from tests.conftest import ROOT, needs_data

NOTEBOOK_DIR = ROOT / "notebooks"
NAMES = [
    "01_seed_article",
    "02_reference_corpus",
    "03_outlets",
    "04_validation",
    "05_your_corpus",
    "06_validate_your_corpus",
]
#: Notebooks that may show article text the project owns: the seed article in 01, the example corpus in 05.
FREE_TEXT_NOTEBOOKS = ("01_seed_article", "05_your_corpus")
#: Notebooks that show text the project wrote (coding example articles, coding-task wording), and nothing else.
OWN_TEXT_NOTEBOOKS = {"06_validate_your_corpus"}
#: (notebook, code-cell index) allowed to carry nbval-ignore-output: only truly nondeterministic cells.
IGNORE_OUTPUT_ALLOWED: set[tuple[str, int]] = set()
NBVAL_MARKERS = re.compile(r"#\s*NBVAL_\w+")
LOCAL_PATH = re.compile(r"(?<![\w.])/(?:work|home|root|tmp|usr|opt|var)/")


@cache
def load(name: str) -> Any:
    return nbformat.read(NOTEBOOK_DIR / f"{name}.ipynb", as_version=4)


def code_cells(name: str) -> list[Any]:
    return [c for c in load(name).cells if c.cell_type == "code"]


def python_source(src: str) -> str:
    """Cell source with IPython magics blanked so ``ast`` can parse it."""
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in src.splitlines())


def output_texts(output: Any) -> Iterator[str]:
    """Every text an output shows (streams, text/plain, text/html unescaped, errors)."""
    if output.output_type == "stream":
        yield output.text
    elif output.output_type == "error":
        yield "\n".join(output.traceback)
    else:
        for mime, value in output.get("data", {}).items():
            if mime.startswith("text/") or mime.endswith(("json", "javascript", "+xml")):
                text = value if isinstance(value, str) else json.dumps(value)
                yield html.unescape(text) if mime in ("text/html", "image/svg+xml") else text


def all_output_text(name: str) -> str:
    return "\n".join(t for c in code_cells(name) for o in c.outputs for t in output_texts(o))


def builder() -> Any:
    spec = importlib.util.spec_from_file_location("build_notebooks", ROOT / "tools" / "build_notebooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


params = pytest.mark.parametrize("name", NAMES)


def test_notebooks_are_the_five_committed_ones() -> None:
    found = sorted(p.stem for p in NOTEBOOK_DIR.glob("*.ipynb"))
    assert found == NAMES


@params
def test_notebooks_match_their_builder(name: str) -> None:
    built = builder().NOTEBOOKS[name]
    committed = load(name).cells
    assert [(c.cell_type, c.source, c.metadata.get("tags", [])) for c in committed] == [
        (c.cell_type, c.source, c.metadata.get("tags", [])) for c in built
    ], "notebook drifted from tools/build_notebooks.py: rebuild and re-run (tools/run_notebooks.sh)"


@params
def test_notebooks_executed_top_to_bottom_with_outputs(name: str) -> None:
    cells = code_cells(name)
    assert [c.execution_count for c in cells] == list(range(1, len(cells) + 1)), (
        "run all cells once, in order"
    )
    for i, cell in enumerate(cells):
        tree = ast.parse(python_source(cell.source))
        shows_value = bool(tree.body) and isinstance(tree.body[-1], ast.Expr)
        makes_figure = "mediakit.figures.make(" in cell.source
        if shows_value or makes_figure:
            assert cell.outputs, f"{name} cell {i}: outputs stripped (nbval would pass vacuously)"
        if makes_figure:
            assert any("image/png" in o.get("data", {}) for o in cell.outputs), f"{name} cell {i}: no figure"


@params
def test_notebooks_thin_no_definitions(name: str) -> None:
    for i, cell in enumerate(code_cells(name)):
        tree = ast.parse(python_source(cell.source))
        defs = [
            type(n).__name__
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda)
        ]
        assert not defs, f"{name} cell {i}: {defs}: logic belongs in the package, with tests"


@params
def test_notebooks_figures_only_through_registry(name: str) -> None:
    for i, cell in enumerate(code_cells(name)):
        src = cell.source
        assert not re.search(r"\bplt\.|\.plot\(|\.hist\(|matplotlib\.pyplot", src), f"{name} cell {i}"
        for stmt in ast.parse(python_source(src)).body:
            if "mediakit.figures.make(" in ast.unparse(stmt):
                assert isinstance(stmt, ast.Assign), (
                    f"{name} cell {i}: write `fig = mediakit.figures.make(...)`"
                )
                targets = [t.id for t in stmt.targets if isinstance(t, ast.Name)]
                assert targets in (["fig"], ["_"]), f"{name} cell {i}: assign the figure to fig or _"


@params
def test_notebooks_no_trailing_semicolons(name: str) -> None:
    for i, cell in enumerate(code_cells(name)):
        for line in cell.source.splitlines():
            assert not line.split("#", 1)[0].rstrip().endswith(";"), f"{name} cell {i}: {line!r} (nbval #194)"


@params
def test_notebooks_start_with_mediakit_and_sanitised_versions(name: str) -> None:
    first = code_cells(name)[0]
    assert re.search(r"^import mediakit$", first.source, re.M)
    for line in (
        'matplotlib.rcParams["svg.hashsalt"] = "mediakit"',
        "%matplotlib inline",
        "print(mediakit.corpus.sanitized_versions())",
    ):
        assert line in first.source
    kwargs = re.search(r"^%config InlineBackend.print_figure_kwargs = (.+)$", first.source, re.M)
    assert kwargs is not None
    assert ast.literal_eval(kwargs.group(1))["metadata"] == {"Software": None}
    streams = [o.text for o in first.outputs if o.output_type == "stream" and o.name == "stdout"]
    versions = json.loads(streams[-1])
    assert next(iter(versions)) == "mediakit"
    assert all(re.fullmatch(r"[0-9][0-9A-Za-z.+-]*", v) for v in versions.values()), versions


@params
def test_notebooks_parameters_cell_for_papermill(name: str) -> None:
    cells = code_cells(name)
    tagged = [i for i, c in enumerate(cells) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged `parameters`"
    tree = ast.parse(cells[tagged[0]].source)
    assert tree.body and all(isinstance(s, ast.Assign) for s in tree.body), "parameters: assignments only"
    later = "\n".join(c.source for c in cells[tagged[0] + 1 :])
    for stmt in tree.body:
        assert isinstance(stmt, ast.Assign)
        ast.literal_eval(stmt.value)  # papermill overrides literals
        for target in stmt.targets:
            assert isinstance(target, ast.Name) and target.id.isupper()
            assert re.search(rf"\b{target.id}\b", later), f"parameter {target.id} is never used"
    assert not cells[tagged[0]].outputs


@params
def test_notebooks_metadata_clean(name: str) -> None:
    nb = load(name)
    assert nb.metadata.kernelspec.name == "python3"
    assert "papermill" not in nb.metadata
    for i, cell in enumerate(nb.cells):
        assert "execution" not in cell.metadata, f"{name} cell {i}: timing metadata (record_timing=False)"
        assert "papermill" not in cell.metadata
    for i, cell in enumerate(code_cells(name)):
        tags = set(cell.metadata.get("tags", []))
        assert not NBVAL_MARKERS.search(cell.source), f"{name} cell {i}: use tags, not NBVAL_ comments"
        assert not tags & {"nbval-skip", "raises-exception"}, f"{name} cell {i}: {tags}"
        if "nbval-ignore-output" in tags:
            assert (name, i) in IGNORE_OUTPUT_ALLOWED, f"{name} cell {i}: output is deterministic, compare it"


@params
def test_notebooks_outputs_clean(name: str) -> None:
    for i, cell in enumerate(code_cells(name)):
        for out in cell.outputs:
            assert out.output_type != "error", f"{name} cell {i}: {out.get('ename')}: {out.get('evalue')}"
            assert not (out.output_type == "stream" and out.name == "stderr"), (
                f"{name} cell {i}: {out.text[:300]}"
            )
            for text in output_texts(out):
                assert not LOCAL_PATH.search(text), f"{name} cell {i}: local path in output"
                assert "<dc:date>" not in text
            png = out.get("data", {}).get("image/png")
            if png:
                assert b"tEXtSoftware" not in base64.b64decode(png), f"{name} cell {i}: PNG metadata"


def prose_segments(text: str) -> Iterator[str]:
    """Runs of text between tags, table cells and line breaks that read like sentences."""
    for seg in re.split(r"<[^>]+>|\n|\s{3,}", text):
        words = seg.split()
        if len(words) >= 12 and sum(w.strip(".,;:'\"!?()").isalpha() for w in words) >= 0.8 * len(words):
            yield seg.strip()


def registry_text(segment: str) -> bool:
    """True when a segment only repeats the registry's wording ("Label: higher = more X; ...")."""
    from mediakit import display
    from mediakit.metrics.registry import all_columns

    phrases = {f"{display.info(c).label}: {display.reads(c)}" for c in all_columns()}
    parts = [p.strip().rstrip(".") for p in segment.split(";")]
    return all(p in phrases for p in parts)


def own_text() -> str:
    """Text the project wrote and may show: the coding example articles and the coding tasks' wording."""
    from mediakit.coding import tasks

    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "coding").glob("*.txt"))]
    parts += [f"{t.question} Codes: {t.codes_text()}. {t.instructions} {t.unit}" for t in tasks()]
    return " ".join(" ".join(parts).split())


@pytest.mark.parametrize("name", [n for n in NAMES if n not in FREE_TEXT_NOTEBOOKS])
def test_notebooks_corpus_notebooks_show_no_prose(name: str) -> None:
    """02-04 show aggregates only: no output segment reads like a sentence of an article (06: only our own text)."""
    prose = [p for p in prose_segments(all_output_text(name)) if not registry_text(p)]
    if name in OWN_TEXT_NOTEBOOKS:
        ours = own_text()
        prose = [p for p in prose if " ".join(p.split()).strip(":.… ") not in ours]
    assert not prose, f"{name}: text in outputs (aggregates only): {prose[:3]}"


def _snippets_jsonl(path: Path, fields: tuple[str, ...]) -> Iterator[str]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for field in fields:
                for para in re.split(r"\n+", rec.get(field) or ""):
                    para = " ".join(para.split())
                    if len(para) >= 40:
                        yield para[:60]


def _snippets_lines(path: Path) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = " ".join(line.split())
            if len(line) >= 40:
                yield line


def _snippets_polnear(path: Path) -> Iterator[str]:
    for text in sorted(path.glob("*/text/*.txt")):
        for line in text.read_text(encoding="utf-8").splitlines():
            line = " ".join(line.split())
            if len(line) >= 40:
                yield line[:60]


CORPORA = {
    "polnear": _snippets_polnear,
    "wikinews": lambda p: _snippets_jsonl(p, ("title", "body")),
    "horne2017": lambda p: _snippets_jsonl(p, ("title", "body")),
    "onestopenglish": lambda p: _snippets_jsonl(p, ("body",)),
    "clickbait": _snippets_lines,
    "non_clickbait": _snippets_lines,
}


@needs_data
@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_notebooks_show_no_corpus_text(corpus: str) -> None:
    from mediakit import datasets

    outputs = {name: " ".join(all_output_text(name).split()) for name in NAMES}
    combined = "\x00".join(outputs.values())
    snippets = set(CORPORA[corpus](datasets.path(corpus)))
    assert len(snippets) > 50
    leaks = [(name, s) for s in snippets if s in combined for name, text in outputs.items() if s in text]
    assert not leaks, f"{corpus} text in committed outputs: {leaks[:3]}"


def test_notebooks_prose_detector_flags_a_sentence() -> None:
    table = "<td>bbc</td><td>0.41</td>\n<td>Officials said on Tuesday that the new bridge would open to traffic next spring after years of delays</td>"
    assert list(prose_segments(table)) == [
        "Officials said on Tuesday that the new bridge would open to traffic next spring after years of delays"
    ]
    assert not list(prose_segments("readability.flesch_kincaid_grade  9.81  10.2  8.4  11.0  12.1  7.7"))


def test_notebooks_corpus_check_sees_escaped_table_text(tmp_path: Path) -> None:
    body = 'Officials said the bridge\'s "new" span & ramps would open next spring.\n\nShort.'
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"title": "t", "body": body}) + "\n")
    snippets = set(_snippets_jsonl(corpus, ("title", "body")))
    assert snippets == {body.split("\n")[0][:60]}
    import pandas as pd

    table = pd.DataFrame({"text": [body.split("\n")[0]]})
    output = nbformat.v4.new_output("execute_result", data={"text/html": table.to_html()})
    shown = " ".join("\n".join(output_texts(output)).split())
    assert all(s in shown for s in snippets)


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_end_with_conclusions(name: str) -> None:
    """Every notebook ends by saying what its numbers mean."""
    last = load(name).cells[-1]
    assert last.cell_type == "markdown" and re.match(r"## (Conclusions|Reading)", last.source), last.source[
        :80
    ]
    assert len(last.source.split()) >= 40


def test_notebooks_tables_go_through_the_display_layer() -> None:
    """No raw `.round(...)`/`.T` tables of metric columns in the notebooks this issue rebuilt."""
    for name in ("01_seed_article", "02_reference_corpus", "03_outlets", "05_your_corpus"):
        for i, cell in enumerate(code_cells(name)):
            assert not re.search(r"filter\(like=|\.T\.round\(", cell.source), f"{name} cell {i}"


def test_notebooks_05_parameters_and_example_corpus() -> None:
    cells = code_cells("05_your_corpus")
    params = next(c for c in cells if "parameters" in c.metadata.get("tags", []))
    names = {
        t.id
        for s in ast.parse(params.source).body
        if isinstance(s, ast.Assign)
        for t in s.targets
        if isinstance(t, ast.Name)
    }
    assert names == {"CORPUS", "FIELDS", "GROUP_BY", "DATE"}
    text = all_output_text("05_your_corpus")
    for outlet in ("Riverside Gazette", "Daily Clarion", "Valley Voice"):
        assert outlet in text
    assert "mean (95% bootstrap interval) per group" in text
    assert "above every Wikinews article" in text or "above all" in text


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_notebooks_05_runs_on_another_corpus_with_papermill(tmp_path: Path) -> None:
    """The template on a different corpus: JSON Lines, standard names, no dates, grouped by a custom column."""
    import papermill

    corpus = tmp_path / "other.jsonl"
    records = [
        {"id": f"o{i}", "headline": f"Report {i} on the harbour works", "story": body, "desk": desk}
        for i, (body, desk) in enumerate(
            [
                (
                    "The port authority said on Monday that dredging would finish in May, according to a statement.",
                    "city",
                ),
                (
                    'Officials said the new crane would double capacity. "We are ready," said manager Jo Park.',
                    "city",
                ),
                (
                    "SHOCKING scenes as furious dockers walk out! Sources say the row could last for weeks.",
                    "business",
                ),
                (
                    "You won't believe the cost of the harbour works! It is believed that bills will soar.",
                    "business",
                ),
                ("The harbour board approved its budget, the board's annual report said.", "business"),
            ]
        )
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "run.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOK_DIR / "05_your_corpus.ipynb"),
        str(out),
        parameters={"CORPUS": str(corpus), "FIELDS": {"body": "story"}, "GROUP_BY": "desk", "DATE": ""},
        cwd=str(NOTEBOOK_DIR),
        kernel_name="python3",
        progress_bar=False,
    )
    nb = nbformat.read(out, as_version=4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    text = "\n".join(t for c in nb.cells if c.cell_type == "code" for o in c.outputs for t in output_texts(o))
    assert "Riverside" not in text  # nothing left over from the example corpus
    assert "business" in text and "city" in text and "Report 2 on the harbour works" in text
    assert "no groups to compare" in text  # no dates: the trend table says so
    assert "5 of 5 articles were measured." in text


def test_notebooks_registry_wording_is_not_prose() -> None:
    from mediakit import display

    col = "readability.flesch_kincaid_grade"
    line = f"{display.info(col).label}: {display.reads(col)}; {display.info(col).label}: {display.reads(col)}."
    assert registry_text(line)
    assert not registry_text("Officials said on Tuesday that the new bridge would open to traffic next spring")
