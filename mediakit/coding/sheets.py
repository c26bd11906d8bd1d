"""Coding sheets and keys on disk: CSV and XLSX (openpyxl), read back with every row checked.

A sheet is what coders get: one row per unit, the unit in its context, an empty
``code`` column (and a free ``comment`` column). The XLSX workbook has the
instructions on a sheet of their own and a drop-down list of the allowed codes
on the ``code`` cells. The key (the kit's codes and the sampling weights) is a
separate CSV file, ``<sheet>.key.csv`` by default, never handed to coders.

Reading checks every row and reports every problem at once, naming the row as a
spreadsheet numbers it (the header is row 1): a code that is not allowed, an
empty or duplicated ``unit_id``, a malformed offset. The file itself is never
modified. Empty codes are allowed and reported (``attrs["blank_rows"]`` and a
:class:`BlankCodesWarning`).

Text cells that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``) are written to CSV with a leading apostrophe, which
:func:`read_sheet` removes; in XLSX they are stored as text cells.
"""

from __future__ import annotations

import csv
import math
import os
import re
import warnings
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from mediakit.coding.sampling import KEY_COLUMNS, SHEET_COLUMNS
from mediakit.coding.tasks import Code, Task, get_task
from mediakit.errors import MediakitError

PathLike = str | os.PathLike[str]
#: File types a sheet can be written to and read from.
SHEET_SUFFIXES = (".csv", ".xlsx")
#: Name of the worksheet holding the units in an XLSX sheet.
CODING_SHEET = "coding"
#: Name of the worksheet holding the instructions.
INSTRUCTIONS_SHEET = "instructions"
#: Problems listed in one error message (the count of the rest follows).
MAX_PROBLEMS = 25
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_COLUMN_WIDTHS = {
    "unit_id": 10,
    "article_id": 18,
    "start": 8,
    "end": 8,
    "text": 90,
    "code": 12,
    "comment": 30,
}


class CodingSheetError(MediakitError, ValueError):
    """A coding sheet or key that cannot be used; ``problems`` lists every bad row.

    Attributes:
        path: The file (or "<frame>").
        problems: One line per problem, each naming its row.
    """

    def __init__(self, path: str, problems: Sequence[str]) -> None:
        self.path = path
        self.problems = list(problems)
        shown = self.problems[:MAX_PROBLEMS]
        more = len(self.problems) - len(shown)
        lines = [f"{path}: {len(self.problems)} problem(s); nothing was read, the file is unchanged:"]
        lines += [f"  {p}" for p in shown]
        if more:
            lines.append(f"  ... and {more} more")
        super().__init__("\n".join(lines))


class BlankCodesWarning(UserWarning):
    """Some units of a sheet have no code yet."""


def key_path(sheet_path: PathLike) -> Path:
    """The default key file of a sheet: ``sheet.xlsx`` -> ``sheet.key.csv``."""
    return Path(sheet_path).with_suffix(".key.csv")


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SHEET_SUFFIXES:
        hint = " (save it as .xlsx)" if suffix in (".xls", ".ods", ".numbers") else ""
        raise CodingSheetError(
            str(path),
            [
                f"a coding sheet must be a {' or '.join(SHEET_SUFFIXES)} file, not {suffix or 'no suffix'!r}{hint}"
            ],
        )
    return suffix


# --------------------------------------------------------------------------- writing


def _task_of(frame: pd.DataFrame, task: str | Task | None) -> Task:
    if task is not None:
        return get_task(task)
    name = frame.attrs.get("task")
    if not name and "task" in frame and len(frame):
        name = str(frame["task"].iloc[0])
    if not name:
        raise ValueError("cannot tell the coding task: pass task=... or a sheet from mediakit.coding.sample")
    return get_task(str(name))


def _columns(frame: pd.DataFrame, wanted: Sequence[str]) -> list[str]:
    return [c for c in wanted if c in frame] + [c for c in frame.columns if c not in wanted]


def _cell(value: Any) -> Any:
    """A Python value for a spreadsheet cell (None for missing)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def write_sheet(sheet: pd.DataFrame, path: PathLike, *, task: str | Task | None = None) -> Path:
    """Write a coding sheet as CSV or XLSX (chosen by the suffix).

    The XLSX workbook has an ``instructions`` worksheet (task, unit, question,
    allowed codes, coding instructions) and a ``coding`` worksheet with the units,
    a drop-down list of the allowed codes on every ``code`` cell, wrapped text
    and a frozen header. A CSV sheet is the table alone (UTF-8 with BOM, so that
    spreadsheets detect the encoding).

    Args:
        sheet: A sheet from :func:`mediakit.coding.sample` (or any frame with
            ``unit_id``, ``text`` and ``code``).
        path: ``.csv`` or ``.xlsx`` file to write.
        task: The task, when the sheet does not say (its ``task`` column).

    Returns:
        The path written.
    """
    out = Path(path)
    suffix = _suffix(out)
    t = _task_of(sheet, task)
    missing = [c for c in ("unit_id", "text", "code") if c not in sheet]
    if missing:
        raise ValueError(f"not a coding sheet: no column {', '.join(missing)}")
    frame = sheet[_columns(sheet, SHEET_COLUMNS)]
    if suffix == ".csv":
        _write_csv(frame, out)
    else:
        _write_xlsx(frame, out, t)
    return out


def _write_csv(frame: pd.DataFrame, out: Path) -> None:
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(list(frame.columns))
        for row in frame.itertuples(index=False):
            cells = []
            for value in row:
                v = _cell(value)
                if isinstance(v, str) and v.startswith(_FORMULA_START):
                    v = "'" + v
                cells.append("" if v is None else v)
            writer.writerow(cells)


def _write_xlsx(frame: pd.DataFrame, out: Path, task: Task) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    info = wb.active
    info.title = INSTRUCTIONS_SHEET
    rows = [
        ("Task", task.name),
        ("Unit", task.unit),
        ("Question", task.question),
        ("Allowed codes", task.codes_text()),
        ("Instructions", task.instructions),
        (
            "Where",
            f"Code every row of the '{CODING_SHEET}' sheet in its 'code' column (a drop-down list of the "
            "allowed codes). The unit is marked [[ like this ]] in the 'text' column.",
        ),
        ("Units", str(len(frame))),
    ]
    info.append(["mediakit coding sheet"])
    info["A1"].font = Font(bold=True, size=13)
    for label, value in rows:
        info.append([label, value])
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 100
    for row in info.iter_rows(min_row=2):
        row[0].font = Font(bold=True)
        row[0].alignment = Alignment(vertical="top")
        row[1].alignment = Alignment(wrap_text=True, vertical="top")

    ws = wb.create_sheet(CODING_SHEET)
    columns = list(frame.columns)
    ws.append(columns)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for r, row in enumerate(frame.itertuples(index=False), start=2):
        for c, value in enumerate(row, start=1):
            v = _cell(value)
            if isinstance(v, str):
                v = ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", v)
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            cell.alignment = wrap if columns[c - 1] in ("text", "comment") else top
    for c, name in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(c)].width = _COLUMN_WIDTHS.get(name, 14)
    ws.freeze_panes = "A2"
    code_col = get_column_letter(columns.index("code") + 1)
    allowed = ",".join(str(x) for x in task.codes)
    dv = DataValidation(
        type="list",
        formula1=f'"{allowed}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Code not allowed",
        error=f"Allowed codes: {task.codes_text()}",
        showInputMessage=True,
        promptTitle="Code",
        prompt=task.question[:255],
    )
    ws.add_data_validation(dv)
    dv.add(f"{code_col}2:{code_col}{max(2, len(frame) + 1)}")
    wb.properties.creator = "mediakit"
    wb.save(out)


def write_key(key: pd.DataFrame, path: PathLike) -> Path:
    """Write a key (the kit's codes and weights) as CSV; keep it from the coders."""
    out = Path(path)
    key[_columns(key, KEY_COLUMNS)].to_csv(out, index=False, encoding="utf-8")
    return out


# --------------------------------------------------------------------------- reading


def _blank(value: Any) -> bool:
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return isinstance(value, str) and not value.strip()


def normalize_code(task: Task, value: Any) -> Code | None:
    """A code as the task spells it ("Yes " -> "yes", "3.0" -> 3), None when blank.

    Raises:
        ValueError: The value is not one of the task's codes.
    """
    if _blank(value):
        return None
    if task.scale == "rating":
        text = str(value).strip()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = float(value)
        elif re.fullmatch(r"[+-]?\d+(?:\.0*)?", text):
            number = float(text)
        else:
            raise ValueError(f"code {value!r} is not allowed; allowed: {task.codes_text()}")
        if number.is_integer() and int(number) in task.codes:
            return int(number)
        raise ValueError(f"code {value!r} is not allowed; allowed: {task.codes_text()}")
    text = re.sub(r"[\s-]+", "_", str(value).strip().lower())
    if text in task.codes:
        return text
    raise ValueError(f"code {str(value)!r} is not allowed; allowed: {task.codes_text()}")


def _read_rows(path: Path, suffix: str) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    """Header and ``(spreadsheet row number, cells)`` of every non-empty data row."""
    if suffix == ".xlsx":
        return _read_xlsx(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # a spreadsheet's "CSV" in a Windows locale
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(text.splitlines(keepends=True) if text else [], delimiter=delimiter)
    rows = list(reader)
    if not rows:
        return [], []
    header = rows[0]
    body = [(i, r) for i, r in enumerate(rows[1:], start=2) if any(x.strip() for x in r)]
    return header, body


def _read_xlsx(path: Path) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    from openpyxl import load_workbook

    if not zipfile.is_zipfile(path):
        raise CodingSheetError(str(path), ["not an XLSX workbook (was it saved in another format?)"])
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        names = wb.sheetnames
        ws = wb[CODING_SHEET] if CODING_SHEET in names else None
        if ws is None:
            for name in names:
                first = next(wb[name].iter_rows(max_row=1, values_only=True), ())
                if "unit_id" in [str(x).strip().lower() for x in first if x is not None]:
                    ws = wb[name]
                    break
        if ws is None:
            raise CodingSheetError(
                str(path), [f"no worksheet named {CODING_SHEET!r} and none with a unit_id column"]
            )
        rows = list(ws.iter_rows(values_only=True))
    finally:
        wb.close()
    if not rows:
        return [], []
    header = ["" if x is None else str(x) for x in rows[0]]
    body = [(i, list(r)) for i, r in enumerate(rows[1:], start=2) if any(not _blank(x) for x in r)]
    return header, body


def _unquote(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value


def read_sheet(
    path: PathLike | pd.DataFrame, *, task: str | Task | None = None, warn: bool = True
) -> pd.DataFrame:
    """Read a coded sheet back (CSV or XLSX), checking every row.

    Args:
        path: The sheet file, or a sheet DataFrame to check.
        task: The task; by default the sheet's ``task`` column says.
        warn: Emit a :class:`BlankCodesWarning` when some codes are empty.

    Returns:
        The sheet with ``code`` normalised ("yes"/"no", a class, or an int
        rating; None when blank) and every other column kept. ``attrs``:
        ``task``, ``path`` and ``blank_rows`` (``(row, unit_id)`` of empty codes).

    Raises:
        CodingSheetError: Wrong file type, a missing column, codes that are not
            allowed, empty or duplicated unit ids, bad offsets; every problem
            is listed with its row.
    """
    if isinstance(path, pd.DataFrame):
        where = "<frame>"
        header = [str(c) for c in path.columns]
        body = [(i, list(r)) for i, r in enumerate(path.itertuples(index=False), start=2)]
        frame_task = path.attrs.get("task")
    else:
        p = Path(path)
        where = str(p)
        header, body = _read_rows(p, _suffix(p))
        frame_task = None
    names = [str(h).strip().lower() for h in header]
    missing = [c for c in ("unit_id", "code") if c not in names]
    if missing:
        raise CodingSheetError(
            where, [f"row 1 (header): no column {', '.join(missing)} (found: {', '.join(names) or 'none'})"]
        )
    width = len(names)
    records = [(r, [_unquote(x) for x in (cells + [None] * width)[:width]]) for r, cells in body]
    col = {n: i for i, n in reversed(list(enumerate(names)))}
    t = _resolve_task(where, task, frame_task, records, col.get("task"))
    problems: list[str] = []
    first_row: dict[str, int] = {}
    codes: list[Code | None] = []
    blanks: list[tuple[int, str]] = []
    for r, cells in records:
        raw_id = cells[col["unit_id"]]
        uid = "" if _blank(raw_id) else str(_cell(raw_id)).strip()
        label = f"row {r}" + (f" (unit {uid})" if uid else "")
        if not uid:
            problems.append(f"{label}: unit_id is empty")
        elif uid in first_row:
            problems.append(f"{label}: unit_id {uid} repeats row {first_row[uid]}")
        else:
            first_row[uid] = r
        try:
            code = normalize_code(t, cells[col["code"]])
        except ValueError as exc:
            problems.append(f"{label}: {exc}")
            code = None
        else:
            if code is None and uid:
                blanks.append((r, uid))
        codes.append(code)
        for name in ("start", "end"):
            if name in col and not _blank(cells[col[name]]):
                try:
                    value = float(cells[col[name]])
                    if not value.is_integer():
                        raise ValueError
                except (TypeError, ValueError):
                    problems.append(f"{label}: {name} {cells[col[name]]!r} is not a character offset")
    if problems:
        raise CodingSheetError(where, problems)
    out = pd.DataFrame([cells for _r, cells in records], columns=names)
    out = out.astype(object).where(out.notna(), None)
    out["unit_id"] = [str(_cell(x)).strip() for x in out["unit_id"]]
    out["code"] = pd.Series(codes, dtype=object, index=out.index)
    for name in ("start", "end"):
        if name in out:
            out[name] = [None if _blank(x) else int(float(x)) for x in out[name]]
    if "task" in out:
        out["task"] = t.name
    out.attrs.update({"task": t.name, "path": where, "blank_rows": blanks})
    if blanks and warn:
        rows = ", ".join(str(r) for r, _u in blanks[:10]) + (" ..." if len(blanks) > 10 else "")
        warnings.warn(
            f"{where}: {len(blanks)} unit(s) without a code (rows {rows})", BlankCodesWarning, stacklevel=2
        )
    return out


def _resolve_task(
    where: str,
    task: str | Task | None,
    frame_task: Any,
    records: list[tuple[int, list[Any]]],
    col: int | None,
) -> Task:
    named = (
        sorted({str(cells[col]).strip() for _r, cells in records if not _blank(cells[col])})
        if col is not None
        else []
    )
    if task is not None:
        t = get_task(task)
        if named and named != [t.name]:
            raise CodingSheetError(where, [f"the sheet is for task {', '.join(named)}, not {t.name}"])
        return t
    if len(named) > 1:
        bad = next(r for r, cells in records if col is not None and str(cells[col]).strip() != named[0])
        raise CodingSheetError(where, [f"row {bad}: tasks differ within the sheet ({', '.join(named)})"])
    if named:
        return get_task(named[0])
    if frame_task:
        return get_task(str(frame_task))
    raise CodingSheetError(where, ["cannot tell the coding task: no task column; pass task=..."])


def read_key(path: PathLike | pd.DataFrame, *, task: str | Task | None = None) -> pd.DataFrame:
    """Read (and check) a key: ``unit_id``, ``kit_code`` and ``weight`` for every unit.

    Returns:
        The key with ``kit_code`` normalised as codes are and ``weight`` as float;
        ``attrs["task"]`` names the task.

    Raises:
        CodingSheetError: A missing column, an unknown kit code, a weight that is
            not positive, an empty or repeated unit id (each with its row).
    """
    if isinstance(path, pd.DataFrame):
        where, frame = "<key>", path.copy()
        frame_task = path.attrs.get("task")
    else:
        where = str(path)
        if Path(path).suffix.lower() != ".csv":
            raise CodingSheetError(
                where, [f"a key must be a .csv file, not {Path(path).suffix or 'no suffix'!r}"]
            )
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        frame_task = None
    missing = [c for c in ("unit_id", "kit_code", "weight") if c not in frame]
    if missing:
        raise CodingSheetError(where, [f"row 1 (header): no column {', '.join(missing)}"])
    records = [(i, [frame[c].iloc[i - 2] for c in frame.columns]) for i in range(2, len(frame) + 2)]
    t = _resolve_task(
        where, task, frame_task, records, list(frame.columns).index("task") if "task" in frame else None
    )
    problems: list[str] = []
    seen: dict[str, int] = {}
    kit: list[Code | None] = []
    weights: list[float] = []
    for r, (uid, code, weight) in enumerate(
        zip(frame["unit_id"], frame["kit_code"], frame["weight"], strict=True), start=2
    ):
        uid = "" if _blank(uid) else str(_cell(uid)).strip()
        if not uid:
            problems.append(f"row {r}: unit_id is empty")
        elif uid in seen:
            problems.append(f"row {r}: unit_id {uid} repeats row {seen[uid]}")
        else:
            seen[uid] = r
        try:
            k = normalize_code(t, code)
            if k is None:
                raise ValueError("kit_code is empty")
        except ValueError as exc:
            problems.append(f"row {r}: kit {exc}")
            k = None
        kit.append(k)
        try:
            w = float(weight)
            if not w > 0 or math.isinf(w):
                raise ValueError
        except (TypeError, ValueError):
            problems.append(f"row {r}: weight {weight!r} is not a positive number")
            w = float("nan")
        weights.append(w)
    if problems:
        raise CodingSheetError(where, problems)
    frame["unit_id"] = list(seen)
    frame["kit_code"] = pd.Series(kit, dtype=object, index=frame.index)
    frame["weight"] = weights
    if "stratum" in frame:
        frame["stratum"] = frame["stratum"].astype(str)
    for name in ("start", "end"):
        if name in frame:
            frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("Int64")
    frame.attrs.update({"task": t.name, "path": where})
    return frame
