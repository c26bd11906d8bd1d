"""Validation rounds (issue 16): task registry, sampling with weights, sheets, agreement, CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit
import mediakit.coding as mc
from mediakit.cli import main
from mediakit.coding.stats import weighted_ranks
from mediakit.coding.tasks import MAX_TEXT_CHARS, Unit
from tests.conftest import ROOT, needs_data
from tests.html_safety import HOSTILE, active_content

EXAMPLES = ROOT / "examples" / "coding"
TASKS = [t.name for t in mc.tasks()]
PROPS = settings(derandomize=True, database=None, deadline=None, max_examples=60)


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return mediakit.load(EXAMPLES)


def _every_unit(articles: pd.DataFrame, task: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    return mc.sample(articles, task, n=10**6, stratify=False)


def _fill_xlsx(src: Path, dst: Path, codes: dict[str, object]) -> None:
    """A coder at work: open the workbook, type codes into the code column, save as another file."""
    from openpyxl import load_workbook

    wb = load_workbook(src)
    ws = wb["coding"]
    header = [c.value for c in ws[1]]
    uid_col, code_col = header.index("unit_id") + 1, header.index("code") + 1
    for r in range(2, ws.max_row + 1):
        uid = ws.cell(row=r, column=uid_col).value
        if uid in codes:
            ws.cell(row=r, column=code_col, value=codes[uid])
    wb.save(dst)


# --------------------------------------------------------------------------- registry


def test_coding_registry_declares_every_task():
    assert TASKS == ["attribution", "source", "loaded_language", "article_sensational", "restated_paragraph"]
    for t in mc.tasks():
        assert t.question.endswith("?") and t.instructions and t.unit and t.codes
        assert t.scale in ("binary", "nominal", "rating")
        assert (t.codes == ("yes", "no")) == (t.scale == "binary")
        assert (t.reject in t.codes) == (t.scale == "nominal")
    assert [r["task"] for r in mc.tasks_table()] == TASKS


def test_coding_unknown_task_names_the_valid_ones():
    with pytest.raises(mc.UnknownTaskError, match="valid tasks: attribution, source"):
        mc.get_task("sourcing")


def test_coding_loaded_language_kinds_lead_with_the_family_kind(articles):
    from mediakit.coding.tasks import LOADED_LANGUAGE_FALLBACK

    assert mc.LOADED_LANGUAGE_KINDS[0] == "loaded_language"
    assert set(mc.LOADED_LANGUAGE_KINDS[1:]) <= set(LOADED_LANGUAGE_FALLBACK)
    storm = articles[articles["id"] == "02_storm_chaos"].iloc[0]
    emitted = set(mediakit.evidence(storm, "sensational")["kind"])
    assert emitted & set(mc.LOADED_LANGUAGE_KINDS)  # the task samples spans the family really emits
    _sheet, key = _every_unit(articles, "loaded_language")
    assert (key["kit_code"] == "yes").sum() >= 5


def test_coding_source_task_reads_columns_sources_has(articles):
    table = mediakit.sources(articles.iloc[0])
    assert set(mc.SOURCE_COLUMNS) <= set(table.columns)


# --------------------------------------------------------------------------- sampling


@pytest.mark.parametrize("task", TASKS)
def test_coding_sample_unstratified_with_large_n_is_every_unit(articles, task):
    sheet, key = _every_unit(articles, task)
    t = mc.get_task(task)
    expected = sorted(
        (aid, u.start, u.end)
        for aid, body in zip(articles["id"], articles.index, strict=True)
        for u in t.units(mediakit.to_doc(articles.loc[body]))
    )
    assert len(sheet) == len(expected) > 0
    assert sorted(zip(sheet["article_id"], sheet["start"], sheet["end"], strict=True)) == expected
    assert (key["weight"] == 1.0).all()
    assert list(sheet.columns) == list(mc.SHEET_COLUMNS)
    assert list(key.columns) == list(mc.KEY_COLUMNS)
    assert sheet["code"].isna().all()
    assert list(sheet["unit_id"]) == list(key["unit_id"]) == [f"u{i:04d}" for i in range(1, len(sheet) + 1)]


@pytest.mark.parametrize("task", ["attribution", "source", "loaded_language", "restated_paragraph"])
def test_coding_sample_text_marks_the_unit_at_its_offsets(articles, task):
    sheet, _key = _every_unit(articles, task)
    bodies = dict(zip(articles["id"], articles["body"], strict=True))
    for _, r in sheet.iterrows():
        unit = bodies[r["article_id"]][r["start"] : r["end"]]
        assert f"{mc.MARK_OPEN}{unit}{mc.MARK_CLOSE}" in r["text"]
        assert r["text"].count(mc.MARK_OPEN) == 1


def test_coding_sample_article_task_shows_headline_and_body(articles):
    sheet, key = _every_unit(articles, "article_sensational")
    for _, r in sheet.iterrows():
        art = articles[articles["id"] == r["article_id"]].iloc[0]
        assert r["text"] == f"{art['title']}\n\n{art['body']}"
        assert (r["start"], r["end"]) == (0, len(art["body"]))
    assert set(key["kit_code"]) <= {1, 2, 3, 4, 5}


def test_coding_sample_stratified_halves_and_weights(articles):
    _all, census = _every_unit(articles, "attribution")
    population = census["kit_code"].value_counts().to_dict()
    _sheet, key = mc.sample(articles, "attribution", n=10, seed=3)
    assert key["kit_code"].value_counts().to_dict() == {"yes": 5, "no": 5}
    for code, n_h in population.items():
        assert np.allclose(key.loc[key["kit_code"] == code, "weight"], n_h / 5)
    assert key["weight"].sum() == pytest.approx(
        len(census)
    )  # Horvitz-Thompson estimate of the frame size is exact
    assert key.attrs["design"]["population"] == {"yes": population["yes"], "no": population["no"]}
    assert list(key["kit_code"]) != sorted(key["kit_code"], key=lambda c: c != "yes")  # shuffled, not grouped


def test_coding_sample_is_seeded(articles):
    a = mc.sample(articles, "loaded_language", n=12, seed=7)
    b = mc.sample(articles, "loaded_language", n=12, seed=7)
    c = mc.sample(articles, "loaded_language", n=12, seed=8)
    pd.testing.assert_frame_equal(a[0], b[0])
    pd.testing.assert_frame_equal(a[1], b[1])
    assert not a[1][["article_id", "start"]].equals(c[1][["article_id", "start"]])


def test_coding_sheet_never_carries_the_kit_codes(articles):
    sheet, _key = mc.sample(articles, "attribution", n=10)
    assert not {"kit_code", "weight", "stratum"} & set(sheet.columns)
    assert "stratum" not in sheet.attrs and "design" not in sheet.attrs


def test_coding_sample_rejects_nonpositive_n(articles):
    with pytest.raises(ValueError, match="at least 1"):
        mc.sample(articles, "attribution", n=0)


def test_coding_sample_skips_error_and_empty_rows():
    rows = [
        {"title": "t", "body": "The mayor said the bridge would open. It rained."},
        {"title": "t", "body": "  "},
    ]
    sheet, key = mc.sample(rows, "attribution", n=50, stratify=False)
    assert len(sheet) == 2 and key.attrs["design"]["skipped_articles"] == 1


def test_coding_sample_repeated_article_ids_are_told_apart():
    rows = [{"id": "a", "title": "t", "body": "The mayor said it would open."}] * 2
    sheet, _key = mc.sample(rows, "attribution", n=10, stratify=False)
    assert sorted(sheet["article_id"]) == ["a", "a#2"]


def test_coding_long_context_is_cut_with_balanced_marks():
    from mediakit.coding.sampling import _text

    body = "x" * (MAX_TEXT_CHARS + 500)
    text = _text("", body, Unit(10, len(body), "yes", ((0, len(body)),)))
    assert len(text) <= MAX_TEXT_CHARS + 10
    assert text.count(mc.MARK_OPEN) == text.count(mc.MARK_CLOSE) == 1


@PROPS
@given(st.lists(st.integers(0, 40), min_size=1, max_size=6), st.integers(0, 150))
def test_coding_allocate_is_equal_capped_and_complete(sizes, n):
    strata = {f"h{i}": s for i, s in enumerate(sizes)}
    alloc = mc.allocate(strata, n)
    assert sum(alloc.values()) == min(n, sum(sizes))
    assert all(0 <= alloc[h] <= strata[h] for h in strata)
    uncapped = [alloc[h] for h in strata if alloc[h] < strata[h]]
    if uncapped:  # a stratum left short got at least as much as any other, give or take one
        assert max(alloc.values()) - min(uncapped) <= 1


@pytest.mark.parametrize(
    ("width", "kwargs", "n"),
    [
        (0.1, {}, 385),  # Cochran's classic 1.96^2 * 0.25 / 0.05^2 = 384.2
        (0.1, {"population": 1000}, 278),
        (0.1, {"deff": 2.0}, 769),
        (0.2, {"p": 0.9}, 35),
    ],
)
def test_coding_sample_size(width, kwargs, n):
    assert mc.sample_size(width, **kwargs) == n


def test_coding_design_effect():
    assert mc.design_effect([2.0, 2.0, 2.0]) == pytest.approx(1.0)
    assert mc.design_effect([1.0, 3.0]) == pytest.approx(2 * 10 / 16)


# --------------------------------------------------------------------------- statistics: hand-computed and libraries

KIT8 = ["yes", "yes", "yes", "yes", "no", "no", "no", "no"]
CODER8 = ["yes", "yes", "yes", "no", "yes", "no", "no", "no"]


def _key(
    kit: list[object],
    weights: list[float] | None = None,
    task: str = "attribution",
    strata: list[str] | None = None,
) -> pd.DataFrame:
    ids = [f"u{i:04d}" for i in range(1, len(kit) + 1)]
    return pd.DataFrame(
        {
            "unit_id": ids,
            "kit_code": kit,
            "weight": weights or [1.0] * len(kit),
            "stratum": strata or [str(k) for k in kit],
            "task": task,
        }
    )


def _sheet(codes: list[object], task: str = "attribution") -> pd.DataFrame:
    ids = [f"u{i:04d}" for i in range(1, len(codes) + 1)]
    return pd.DataFrame({"unit_id": ids, "text": "…", "code": pd.Series(codes, dtype=object), "task": task})


def test_coding_agreement_hand_computed_binary():
    # tp 3, fp 1, fn 1, tn 3: P = R = F1 = accuracy = 0.75; p_e = 0.5, kappa = (0.75 - 0.5) / 0.5 = 0.5
    table = mc.agreement({"anna": _sheet(CODER8)}, _key(KIT8), n_boot=200)
    anna = table.set_index("coder").loc["anna"]
    for stat, value in {
        "precision": 0.75,
        "recall": 0.75,
        "f1": 0.75,
        "accuracy": 0.75,
        "kappa": 0.5,
        "prevalence": 0.5,
    }.items():
        assert anna[stat] == pytest.approx(value)
        assert anna[f"{stat}_low"] <= anna[stat] <= anna[f"{stat}_high"]
    assert anna["n"] == 8
    assert list(table["coder"]) == ["anna", "majority", "alpha"]
    assert np.isnan(table.attrs["alpha"])  # one coder: no reliability


def test_coding_agreement_weights_estimate_the_corpus_not_the_sample():
    # Corpus: 100 kit-yes units (80 truly yes), 900 kit-no units (90 truly yes). A stratified sample of
    # 10 + 10 with exactly those shares: the weighted estimates are the corpus values, the sample's
    # unweighted ones are not.
    kit = ["yes"] * 10 + ["no"] * 10
    coder = ["yes"] * 8 + ["no"] * 2 + ["yes"] * 1 + ["no"] * 9
    weights = [10.0] * 10 + [90.0] * 10
    row = mc.agreement({"c": _sheet(coder)}, _key(kit, weights), n_boot=200).set_index("coder").loc["c"]
    assert row["precision"] == pytest.approx(80 / 100)
    assert row["recall"] == pytest.approx(80 / 170)
    assert row["prevalence"] == pytest.approx(170 / 1000)
    assert row["accuracy"] == pytest.approx((80 + 810) / 1000)
    naive = mc.agreement({"c": _sheet(coder)}, _key(kit), n_boot=200).set_index("coder").loc["c"]
    assert naive["recall"] == pytest.approx(8 / 9)  # what the sample alone would claim


@pytest.mark.parametrize("seed", range(6))
def test_coding_binary_statistics_match_scikit_learn(seed):
    from sklearn.metrics import accuracy_score, cohen_kappa_score, f1_score, precision_score, recall_score

    rng = np.random.default_rng(seed)
    n = 60
    kit = list(rng.choice(["yes", "no"], n))
    coder = [k if rng.random() < 0.75 else ("no" if k == "yes" else "yes") for k in kit]
    w = list(rng.choice([1.0, 2.5, 9.0], n))
    row = mc.agreement({"c": _sheet(coder)}, _key(kit, w), n_boot=50).set_index("coder").loc["c"]
    kw = {"sample_weight": w}
    assert row["precision"] == pytest.approx(precision_score(coder, kit, pos_label="yes", **kw))
    assert row["recall"] == pytest.approx(recall_score(coder, kit, pos_label="yes", **kw))
    assert row["f1"] == pytest.approx(f1_score(coder, kit, pos_label="yes", **kw))
    assert row["accuracy"] == pytest.approx(accuracy_score(coder, kit, **kw))
    assert row["kappa"] == pytest.approx(cohen_kappa_score(coder, kit, sample_weight=w))


@pytest.mark.parametrize("seed", range(4))
def test_coding_nominal_statistics_match_scikit_learn(seed):
    from sklearn.metrics import accuracy_score, cohen_kappa_score

    t = mc.get_task("source")
    rng = np.random.default_rng(seed)
    kit = list(rng.choice(list(t.codes[:-1]), 50))
    coder = [k if rng.random() < 0.7 else str(rng.choice(t.codes)) for k in kit]
    w = list(rng.choice([1.0, 4.0], 50))
    row = (
        mc.agreement({"c": _sheet(coder, "source")}, _key(kit, w, "source"), n_boot=50)
        .set_index("coder")
        .loc["c"]
    )
    assert row["kappa"] == pytest.approx(cohen_kappa_score(coder, kit, sample_weight=w))
    assert row["accuracy"] == pytest.approx(accuracy_score(coder, kit, sample_weight=w))
    rejected = sum(wi for wi, c in zip(w, coder, strict=True) if c == "not_source")
    assert row["precision"] == pytest.approx(1 - rejected / sum(w))
    assert np.isnan(row["recall"])


def test_coding_alpha_hand_computed_and_library():
    import krippendorff

    a = ["yes", "yes", "no", "no", "yes", "no", "yes", "yes", "no", "no"]
    b = ["yes", "no", "no", "no", "yes", "no", "yes", "yes", "yes", "no"]
    # Coincidences: o_yy = o_nn = 8, o_yn = o_ny = 2; n = 20, n_y = n_n = 10;
    # alpha = 1 - (n - 1) * (o_yn + o_ny) / (2 n_y n_n) = 1 - 19 * 4 / 200 = 0.62.
    kit = ["yes"] * 10
    table = mc.agreement({"a": _sheet(a), "b": _sheet(b)}, _key(kit), n_boot=300)
    assert table.attrs["alpha"] == pytest.approx(0.62)
    row = table.set_index("coder").loc["alpha"]
    assert row["alpha"] == pytest.approx(0.62) and row["n"] == 10
    assert row["alpha_low"] < 0.62 < row["alpha_high"]
    data = [[1 if x == "yes" else 0 for x in coder] for coder in (a, b)]
    assert table.attrs["alpha"] == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    )


@pytest.mark.parametrize("seed", range(4))
def test_coding_alpha_matches_library_with_missing_codes(seed):
    import krippendorff

    rng = np.random.default_rng(seed)
    truth = rng.choice(["yes", "no"], 40)
    coders = {}
    for name in "abc":
        codes: list[object] = [t if rng.random() < 0.85 else ("no" if t == "yes" else "yes") for t in truth]
        for i in rng.choice(40, 5, replace=False):
            codes[int(i)] = None
        coders[name] = codes
    table = mc.agreement({k: _sheet(v) for k, v in coders.items()}, _key(list(truth)), n_boot=50)
    data = [[np.nan if c is None else float(c == "yes") for c in v] for v in coders.values()]
    assert table.attrs["alpha"] == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    )


def test_coding_ratings_spearman_and_ordinal_alpha():
    import krippendorff
    from scipy.stats import spearmanr

    kit = [1, 2, 3, 4, 5, 2, 3, 1, 5, 4]
    a = [1, 2, 4, 4, 5, 1, 3, 2, 5, 3]
    b = [2, 2, 3, 5, 5, 1, 3, 1, 4, 3]
    table = mc.agreement(
        {"a": _sheet(a, "article_sensational"), "b": _sheet(b, "article_sensational")},
        _key(kit, task="article_sensational"),
        n_boot=100,
    )
    assert {"spearman", "accuracy"} <= set(table.columns) and "precision" not in table.columns
    row = table.set_index("coder").loc["a"]
    assert row["spearman"] == pytest.approx(spearmanr(kit, a).statistic)
    assert row["accuracy"] == pytest.approx(0.6)
    assert table.attrs["alpha_level"] == "ordinal"
    assert table.attrs["alpha"] == pytest.approx(
        krippendorff.alpha(
            reliability_data=[a, b], level_of_measurement="ordinal", value_domain=[1, 2, 3, 4, 5]
        )
    )


@PROPS
@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5), st.integers(1, 4)), min_size=3, max_size=30))
def test_coding_weighted_spearman_equals_replicated_rows(rows):
    from scipy.stats import spearmanr

    x, y, w = (np.array(v, dtype=float) for v in zip(*rows, strict=True))
    expanded = np.repeat(np.arange(len(x)), w.astype(int))
    ours = mc.weighted_spearman(x, y, w)
    if np.isnan(ours):
        assert np.ptp(x[expanded]) == 0 or np.ptp(y[expanded]) == 0
    else:
        assert ours == pytest.approx(spearmanr(x[expanded], y[expanded]).statistic)


def test_coding_weighted_ranks_are_midranks_for_equal_weights():
    v = np.array([3.0, 1.0, 3.0, 2.0])
    assert list(weighted_ranks(v, np.ones(4))) == [3.0, 0.5, 3.0, 1.5]  # mid-ranks minus 1/2


def test_coding_majority_needs_more_than_half():
    t = mc.get_task("attribution")
    assert mc.majority_codes(
        [["yes", "no"], ["yes", "yes"], ["yes", None], [None, None], ["no", "no", "yes"]], t
    ) == [
        None,
        "yes",
        "yes",
        None,
        "no",
    ]
    r = mc.get_task("article_sensational")
    assert mc.majority_codes([[2, 4], [3, 3], [1, 3, 5], [2, 5, 5, 2]], r) == [None, 3, 3, None]


def test_coding_intervals_are_seeded():
    kit = KIT8 * 5
    a = mc.agreement({"x": _sheet(CODER8 * 5), "y": _sheet(KIT8 * 5)}, _key(kit), n_boot=300, seed=4)
    b = mc.agreement({"x": _sheet(CODER8 * 5), "y": _sheet(KIT8 * 5)}, _key(kit), n_boot=300, seed=4)
    c = mc.agreement({"x": _sheet(CODER8 * 5), "y": _sheet(KIT8 * 5)}, _key(kit), n_boot=300, seed=5)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(c)


def test_coding_agreement_accepts_wide_frame():
    wide = _sheet(CODER8).drop(columns="code").assign(code_anna=CODER8, code_ben=KIT8)
    table = mc.agreement(wide, _key(KIT8), n_boot=50)
    assert list(table["coder"]) == ["anna", "ben", "majority", "alpha"]
    assert table.set_index("coder").loc["ben", "kappa"] == pytest.approx(1.0)


def test_coding_agreement_refuses_units_of_another_round():
    sheet = _sheet(CODER8)
    sheet.loc[3, "unit_id"] = "u9999"
    with pytest.raises(mc.CodingSheetError, match=r"row 5: unit u9999 is not in the key"):
        mc.agreement({"a": sheet}, _key(KIT8))


def test_coding_agreement_refuses_a_sheet_of_another_task():
    with pytest.raises(mc.CodingSheetError, match="for task attribution, not restated_paragraph"):
        mc.agreement({"a": _sheet(CODER8)}, _key(KIT8, task="restated_paragraph"))


def test_coding_agreement_reports_blanks():
    codes: list[object] = list(CODER8)
    codes[2] = None
    table = mc.agreement({"a": _sheet(codes)}, _key(KIT8), n_boot=50)
    assert table.attrs["blank"] == {"a": ["u0003"]}
    assert table.set_index("coder").loc["a", "n"] == 7


def test_coding_coder_names_from_files():
    assert mc.coder_names([Path("sheet_anna.xlsx"), Path("sheet_ben.xlsx")]) == ["anna", "ben"]
    assert mc.coder_names([Path("a.xlsx"), Path("b.csv")]) == ["a", "b"]
    assert mc.coder_names([Path("x/s.xlsx"), Path("y/s.xlsx")]) == ["s", "s_2"]


# --------------------------------------------------------------------------- sheets on disk

TRICKY = [
    "=1+1",
    "-3 dead",
    "+cmd",
    "@SUM(A1)",
    "line one\nline two",
    "“Curly” quotes, émigré, 😀",
    "[[nested]] marks",
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_coding_sheet_round_trip_loses_nothing(tmp_path, articles, suffix):
    sheet, _key = mc.sample(articles, "attribution", n=12)
    sheet.loc[: len(TRICKY) - 1, "text"] = TRICKY
    sheet.loc[0, "comment"] = "unsure: long quote"
    path = mc.write_sheet(sheet, tmp_path / f"sheet{suffix}")
    with pytest.warns(mc.BlankCodesWarning, match="12 unit"):
        back = mc.read_sheet(path)
    assert list(back.columns) == list(mc.SHEET_COLUMNS)
    for col in ("unit_id", "article_id", "start", "end", "text", "task"):
        assert list(back[col]) == list(sheet[col]), col
    assert back.loc[0, "comment"] == "unsure: long quote"
    assert back["code"].isna().all()
    assert [r for r, _u in back.attrs["blank_rows"]] == list(range(2, 14))


def test_coding_xlsx_has_dropdown_instructions_and_no_key(tmp_path, articles):
    from openpyxl import load_workbook

    sheet, _key = mc.sample(articles, "attribution", n=10)
    mc.write_sheet(sheet, tmp_path / "s.xlsx")
    wb = load_workbook(tmp_path / "s.xlsx")
    assert wb.sheetnames == ["instructions", "coding"]
    ws = wb["coding"]
    header = [c.value for c in ws[1]]
    assert not {"kit_code", "weight", "stratum"} & set(header)
    [dv] = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.formula1 == '"yes,no"'
    code_col = "ABCDEFGH"[header.index("code")]
    assert str(dv.sqref) == f"{code_col}2:{code_col}11"
    text = " ".join(str(c.value) for row in wb["instructions"].iter_rows() for c in row)
    assert mc.get_task("attribution").question in text and "yes, no" in text
    everything = " ".join(str(c.value) for name in wb.sheetnames for row in wb[name].iter_rows() for c in row)
    assert "stratum" not in everything and "weight" not in everything


def test_coding_xlsx_formula_like_text_stays_text(tmp_path, articles):
    from openpyxl import load_workbook

    sheet, _key = mc.sample(articles, "attribution", n=3)
    sheet.loc[0, "text"] = '=HYPERLINK("http://x")'
    mc.write_sheet(sheet, tmp_path / "s.xlsx")
    cell = load_workbook(tmp_path / "s.xlsx")["coding"]["E2"]
    assert cell.data_type == "s" and cell.value == sheet.loc[0, "text"]


def test_coding_rating_sheet_dropdown_and_numbers(tmp_path, articles):
    sheet, _key = _every_unit(articles, "article_sensational")
    path = mc.write_sheet(sheet, tmp_path / "r.xlsx")
    _fill_xlsx(path, tmp_path / "r_a.xlsx", {"u0001": 4, "u0002": "2", "u0003": 5.0})
    back = mc.read_sheet(tmp_path / "r_a.xlsx")
    assert list(back["code"]) == [4, 2, 5]
    from openpyxl import load_workbook

    assert load_workbook(path)["coding"].data_validations.dataValidation[0].formula1 == '"1,2,3,4,5"'


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda s: s.assign(code=["maybe", *["yes"] * (len(s) - 1)]),
            r"row 2 \(unit u0001\): code 'maybe' is not allowed; allowed: yes, no",
        ),
        (lambda s: s.assign(unit_id=["", *s["unit_id"][1:]]), r"row 2: unit_id is empty"),
        (
            lambda s: s.assign(unit_id=[*s["unit_id"][:-1], "u0001"]),
            r"row 7 \(unit u0001\): unit_id u0001 repeats row 2",
        ),
        (
            lambda s: s.assign(start=["ten", *s["start"][1:]]),
            r"row 2 \(unit u0001\): start 'ten' is not a character offset",
        ),
        (lambda s: s.drop(columns="code"), r"row 1 \(header\): no column code"),
    ],
)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_coding_malformed_sheet_is_a_clear_error(tmp_path, articles, edit, message, suffix):
    sheet, _key = mc.sample(articles, "attribution", n=6)
    path = tmp_path / f"bad{suffix}"
    bad = edit(sheet.assign(code="yes"))
    if suffix == ".csv":
        bad.to_csv(path, index=False)
    else:
        bad.to_excel(path, index=False, sheet_name="coding")
    before = path.read_bytes()
    with pytest.raises(mc.CodingSheetError, match=message) as err:
        mc.read_sheet(path)
    assert str(path) in str(err.value)
    assert path.read_bytes() == before  # nothing lost: the coder's file is untouched


def test_coding_malformed_sheet_lists_every_bad_row(tmp_path, articles):
    sheet, _key = mc.sample(articles, "attribution", n=6)
    path = tmp_path / "bad.csv"
    sheet.assign(code=["yes", "ja", "no", "nein", "", "si"]).to_csv(path, index=False)
    with pytest.raises(mc.CodingSheetError) as err:
        mc.read_sheet(path)
    assert [p.split(":")[0] for p in err.value.problems] == [
        "row 3 (unit u0002)",
        "row 5 (unit u0004)",
        "row 7 (unit u0006)",
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("sheet.ods", b"PK\x03\x04", "must be a .csv or .xlsx file, not '.ods' \\(save it as .xlsx\\)"),
        ("sheet.txt", b"unit_id,code\n", "must be a .csv or .xlsx file, not '.txt'"),
        ("sheet.xlsx", b"unit_id,code\nu0001,yes\n", "not an XLSX workbook"),
    ],
)
def test_coding_wrong_file_type_is_refused(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(mc.CodingSheetError, match=message):
        mc.read_sheet(path, task="attribution")


def test_coding_codes_are_normalised():
    t = mc.get_task("attribution")
    assert [mc.normalize_code(t, v) for v in ("Yes", " NO ", "", None, float("nan"))] == [
        "yes",
        "no",
        None,
        None,
        None,
    ]
    assert mc.normalize_code(mc.get_task("source"), "Not source") == "not_source"
    r = mc.get_task("article_sensational")
    assert [mc.normalize_code(r, v) for v in ("3", "3.0", 4, 5.0)] == [3, 3, 4, 5]
    for bad in ("3.5", "6", 0, "three"):
        with pytest.raises(ValueError, match="not allowed"):
            mc.normalize_code(r, bad)


def test_coding_csv_from_a_european_spreadsheet(tmp_path):
    path = tmp_path / "s.csv"
    path.write_bytes("unit_id;code;task;text\r\nu0001;Yes;attribution;Zoë sagte: ja\r\n".encode("cp1252"))
    back = mc.read_sheet(path)
    assert list(back["code"]) == ["yes"] and back.loc[0, "text"] == "Zoë sagte: ja"


def test_coding_key_errors_name_rows(tmp_path):
    path = tmp_path / "k.key.csv"
    _key(KIT8).assign(weight=[1, 1, 0, 1, 1, 1, 1, "x"]).to_csv(path, index=False)
    with pytest.raises(mc.CodingSheetError, match=r"row 4: weight '0' is not a positive number") as err:
        mc.read_key(path)
    assert "row 9: weight 'x'" in str(err.value)
    assert mc.key_path("round/sheet.xlsx") == Path("round/sheet.key.csv")


# --------------------------------------------------------------------------- HTML


def test_coding_show_sheet_escapes_text_and_marks_the_unit(articles):
    sheet, _key = mc.sample(articles, "attribution", n=len(HOSTILE))
    sheet["text"] = [f"{h} before [[{h}]] after {h}" for h in HOSTILE[: len(sheet)]]
    sheet["article_id"] = HOSTILE[: len(sheet)]
    page = mc.show_sheet(sheet)._repr_html_()
    assert active_content(page) == []
    assert page.count("<mark>") == len(sheet)
    assert "&lt;script&gt;" in page


# --------------------------------------------------------------------------- CLI


def test_coding_cli_round_trip(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    sheet = tmp_path / "sheet.xlsx"
    assert main(["code", "sample", str(corpus), "--task", "attribution", "-n", "200", "-o", str(sheet)]) == 0
    err = capsys.readouterr().err
    assert "wrote" in err and "sheet.key.csv" in err
    key = mc.read_key(tmp_path / "sheet.key.csv")
    units = mc.read_sheet(sheet, warn=False)
    assert len(units) == len(key) == 26  # fewer units than asked: every one
    kit = dict(zip(key["unit_id"], key["kit_code"], strict=True))
    flipped = dict(kit, u0001="no" if kit["u0001"] == "yes" else "yes")
    _fill_xlsx(sheet, tmp_path / "a.xlsx", {u: c.upper() for u, c in kit.items()})  # coders type as they like
    _fill_xlsx(sheet, tmp_path / "b.xlsx", {u: c for u, c in flipped.items() if u != "u0002"})
    args = [
        "code",
        "agreement",
        str(tmp_path / "a.xlsx"),
        str(tmp_path / "b.xlsx"),
        "--key",
        str(tmp_path / "sheet.key.csv"),
    ]
    assert (
        main([*args, "--boot", "200", "-o", str(tmp_path / "t.csv"), "--figure", str(tmp_path / "f.png")])
        == 0
    )
    captured = capsys.readouterr()
    assert "b: 1 unit(s) without a code (u0002)" in captured.err
    lines = captured.out.splitlines()
    a_line = next(line for line in lines if line.startswith("a "))
    assert "1.000 [1.000, 1.000]" in a_line
    assert "Krippendorff's alpha (nominal) among coders:" in captured.out
    table = pd.read_csv(tmp_path / "t.csv")
    assert list(table["coder"]) == ["a", "b", "majority", "alpha"]
    assert 0 < table.loc[3, "alpha"] < 1
    assert (tmp_path / "f.png").exists() and (tmp_path / "f.svg").exists()


def test_coding_cli_coder_copies_and_csv(tmp_path, capsys):
    out = tmp_path / "s.csv"
    assert (
        main(
            [
                "code",
                "sample",
                str(EXAMPLES),
                "--task",
                "loaded_language",
                "-n",
                "8",
                "-o",
                str(out),
                "--coders",
                "anna",
                "ben",
            ]
        )
        == 0
    )
    assert (
        (tmp_path / "s_anna.csv").exists()
        and (tmp_path / "s_ben.csv").exists()
        and (tmp_path / "s.key.csv").exists()
    )
    assert not out.exists()
    assert "yes: 4 of" in capsys.readouterr().err


def test_coding_cli_errors(tmp_path, capsys):
    assert (
        main(
            [
                "code",
                "sample",
                str(tmp_path / "missing"),
                "--task",
                "attribution",
                "-o",
                str(tmp_path / "s.xlsx"),
            ]
        )
        == 2
    )
    sample = ["code", "sample", str(EXAMPLES), "--task", "attribution", "-o"]
    assert main([*sample, str(tmp_path / "s.ods")]) == 2
    assert main([*sample, str(tmp_path / "no" / "s.csv")]) == 2
    err = capsys.readouterr().err
    assert "s.ods: must end in .xlsx or .csv" in err and "does not exist" in err
    bad = tmp_path / "bad.csv"
    bad.write_text("unit_id,code,task\nu0001,maybe,attribution\n", encoding="utf-8")
    key = tmp_path / "k.key.csv"
    _key(["yes"]).to_csv(key, index=False)
    assert main(["code", "agreement", str(bad), "--key", str(key)]) == 2
    assert "row 2 (unit u0001): code 'maybe' is not allowed" in capsys.readouterr().err


def test_coding_cli_tasks_and_size(capsys):
    assert main(["code", "tasks"]) == 0
    out = capsys.readouterr().out
    assert all(t in out for t in TASKS)
    assert main(["code", "size", "--width", "0.1"]) == 0
    assert capsys.readouterr().out.startswith("385 units")


# --------------------------------------------------------------------------- PolNeAR: gold as coders


@needs_data
def test_coding_polnear_gold_sheet_gives_the_kits_precision_and_recall():
    from mediakit.coding.polnear import corpus_scores, fill, gold_attribution_codes, polnear_articles
    from mediakit.evaluate.sourcing import evaluate_polnear

    sheet, key = mc.sample(polnear_articles("dev"), "attribution", n=10**6, stratify=False)
    gold = fill(sheet, gold_attribution_codes(sheet, "dev"))
    kit_p = float(
        np.mean([g == "yes" for g, k in zip(gold["code"], key["kit_code"], strict=True) if k == "yes"])
    )
    kit_r = float(
        np.mean([k == "yes" for g, k in zip(gold["code"], key["kit_code"], strict=True) if g == "yes"])
    )
    row = mc.agreement({"gold": gold}, key, n_boot=20).set_index("coder").loc["gold"]
    assert row["precision"] == pytest.approx(kit_p) and row["recall"] == pytest.approx(kit_r)
    truth = corpus_scores("dev")
    assert (truth["precision"], truth["recall"]) == pytest.approx((kit_p, kit_r))
    reported = evaluate_polnear(("dev",)).iloc[0]
    assert (round(kit_p, 4), round(kit_r, 4)) == (reported["sentence_precision"], reported["sentence_recall"])


@needs_data
def test_coding_polnear_round_estimates_cover_the_whole_split():
    from mediakit.coding.polnear import corpus_scores, polnear_round

    r = polnear_round("dev")
    truth = corpus_scores("dev")
    rows = r.table.set_index("coder")
    assert list(rows.index) == ["A", "B", "majority", "alpha"]
    for stat in ("precision", "recall", "prevalence"):
        assert rows.loc["A", f"{stat}_low"] <= truth[stat] <= rows.loc["A", f"{stat}_high"]
    assert 0.7 < r.table.attrs["alpha"] < 1
    assert key_design_is_half_and_half(r.key)


def key_design_is_half_and_half(key: pd.DataFrame) -> bool:
    return key["kit_code"].value_counts().to_dict() == {"yes": 100, "no": 100}


@needs_data
def test_coding_polnear_coverage_counts_rounds():
    from mediakit.coding.polnear import corpus_scores, coverage

    table = coverage("dev", rounds=3, n_boot=200)
    assert list(table.index) == ["precision", "recall", "f1", "prevalence"]
    assert (table["rounds"] == 3).all() and table["covered"].between(0, 3).all()
    assert table.loc["recall", "whole_split"] == pytest.approx(corpus_scores("dev")["recall"])
    assert (table["mean_width"] > 0).all()
