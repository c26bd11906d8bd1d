"""The metric registry: the single source of truth for what mediakit measures.

Each metric family registers one :class:`Family` with its version and its
:class:`Column` declarations (name, direction, unit, reference). The CLI's
``metrics`` listing, the docs table, the contract tests and
:func:`mediakit.analyze` all read this registry; no list of metric names is kept
anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from mediakit.errors import UnknownMetricError
from mediakit.text.parse import Doc

Direction = Literal["higher_harder", "higher_easier", "higher_more", "neutral"]

#: What each direction means, for tables, docs and ``mediakit metrics``.
DIRECTIONS: dict[str, str] = {
    "higher_harder": "a higher value means harder to read",
    "higher_easier": "a higher value means easier to read",
    "higher_more": "a higher value means more of what the column counts (a count, rate or share)",
    "neutral": "descriptive: a higher value is neither better nor worse",
}


class Evidence(NamedTuple):
    """One piece of evidence behind a number.

    Attributes:
        family: Metric family that produced it ("readability", "sourcing", ...).
        kind: What it is within the family ("long_sentence", "cue", "hedge", ...).
        start: Start offset into ``field`` (the body unless ``field == "title"``).
        end: End offset (exclusive).
        text: The covered text, ``source[start:end]``.
        field: "body" or "title".
        label: Finer category (e.g. "fear" for an emotive word), may be "".
        metric: The column this evidence feeds, may be "".
    """

    family: str
    kind: str
    start: int
    end: int
    text: str
    field: str = "body"
    label: str = ""
    metric: str = ""


@dataclass(frozen=True)
class Column:
    """Declaration of one output column.

    Attributes:
        name: Short name; the public column is ``"<family>.<name>"``.
        description: One line saying what the number is.
        direction: How to read it: "higher_harder", "higher_easier",
            "higher_more" (a count or rate), or "neutral".
        unit: Unit or scale ("grade", "count", "per 100 words", ...).
        reference: Published source of the formula or construct.
        label: Short human label for tables and figures ("Flesch-Kincaid grade");
            empty means "derive one from the name".
        decimals: Decimals shown in tables and summaries (display only; values are
            never rounded).
        higher: What a higher value means, completing "higher = more ..."
            ("difficult to read", "sensational", "attributions"); empty for
            ``neutral`` columns.
    """

    name: str
    description: str
    direction: Direction = "higher_more"
    unit: str = "count"
    reference: str = ""
    label: str = ""
    decimals: int = 2
    higher: str = ""

    @property
    def display_label(self) -> str:
        """``label``, or the name made readable ("n_sources" -> "N sources")."""
        return self.label or self.name.replace("_", " ").capitalize()

    @property
    def reads(self) -> str:
        """How to read the number: "higher = more <higher>"; neutral columns add "(descriptive)".

        Without ``higher``, the direction alone says it: "higher = harder to read",
        "higher = easier to read", "higher = more <label>", or "descriptive
        (neither better nor worse)" (see :data:`DIRECTIONS`).
        """
        if self.higher:
            text = f"higher = more {self.higher}"
            return f"{text} (descriptive)" if self.direction == "neutral" else text
        return {
            "higher_harder": "higher = harder to read",
            "higher_easier": "higher = easier to read",
            "higher_more": f"higher = more {self.display_label.lower()}",
        }.get(self.direction, "descriptive (neither better nor worse)")


@dataclass
class FamilyResult:
    """What a family's compute function returns for one article."""

    values: dict[str, float]
    evidence: list[Evidence] = field(default_factory=list)


ComputeFn = Callable[..., FamilyResult]


@dataclass(frozen=True)
class Family:
    """A registered metric family.

    Attributes:
        name: Family name, the prefix of its columns.
        version: Bumped whenever any of its numbers change (see CHANGELOG.md).
        description: What the family measures.
        columns: Declared output columns, in output order.
        compute: ``compute(doc, *, evidence: bool, **options) -> FamilyResult``.
        reference: Main reference for the family.
        options: Accepted option names with their defaults.
        summary: Columns shown in one-line summaries (CLI), most telling first; the
            first is the family's key metric (group comparisons, report headers,
            the outlets figure: :func:`mediakit.corpus.family_keys`).
    """

    name: str
    version: str
    description: str
    columns: tuple[Column, ...]
    compute: ComputeFn
    reference: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)
    summary: tuple[str, ...] = ()

    @property
    def column_names(self) -> list[str]:
        """Public column names, ``family.metric``."""
        return [f"{self.name}.{c.name}" for c in self.columns]

    def run(self, doc: Doc, *, evidence: bool = False, **options: Any) -> FamilyResult:
        """Compute the family on a parsed article and check the declared columns."""
        unknown = set(options) - set(self.options)
        if unknown:
            raise UnknownMetricError(f"{self.name} option {sorted(unknown)[0]}", sorted(self.options))
        result = self.compute(doc, evidence=evidence, **options)
        if list(result.values) != [c.name for c in self.columns]:
            raise AssertionError(f"{self.name} returned columns out of contract: {list(result.values)}")
        return result


_REGISTRY: dict[str, Family] = {}


def register(family: Family) -> Family:
    """Add a family to the registry (a name may be registered once)."""
    if family.name in _REGISTRY:
        raise ValueError(f"metric family {family.name!r} registered twice")
    _REGISTRY[family.name] = family
    return family


def families() -> list[Family]:
    """Return every registered family in registration order."""
    _ensure_loaded()
    return list(_REGISTRY.values())


def get_family(name: str) -> Family:
    """Return one family by name, or raise :class:`UnknownMetricError`."""
    _ensure_loaded()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownMetricError(name, list(_REGISTRY)) from None


def all_columns() -> list[str]:
    """Every public metric column name, in output order."""
    return [c for f in families() for c in f.column_names]


def get_column(name: str) -> tuple[Family, Column]:
    """The family and declaration of a public column ("readability.words").

    Raises:
        UnknownMetricError: For a name that is not a registered column.
    """
    _ensure_loaded()
    fam_name, _, short = name.partition(".")
    fam = _REGISTRY.get(fam_name)
    if fam is not None:
        for col in fam.columns:
            if col.name == short:
                return fam, col
    raise UnknownMetricError(name, all_columns())


def select(metrics: str | Iterable[str] | None) -> list[tuple[Family, list[str]]]:
    """Resolve a selection of families and/or columns.

    Args:
        metrics: ``None`` (everything), a family name ("readability"), a column
            ("readability.flesch_kincaid_grade"), or an iterable of those.

    Returns:
        ``(family, [public column names])`` pairs in registry order.

    Raises:
        UnknownMetricError: For a name that is neither a family nor a column.
    """
    fams = families()
    if metrics is None:
        return [(f, f.column_names) for f in fams]
    names = [metrics] if isinstance(metrics, str) else list(metrics)
    valid = [f.name for f in fams] + all_columns()
    wanted: dict[str, set[str]] = {}
    for name in names:
        fam_name = name.split(".", 1)[0]
        if name not in valid:
            raise UnknownMetricError(name, valid)
        fam = _REGISTRY[fam_name]
        cols = fam.column_names if "." not in name else [name]
        wanted.setdefault(fam_name, set()).update(cols)
    return [(f, [c for c in f.column_names if c in wanted[f.name]]) for f in fams if f.name in wanted]


def registry_table() -> list[dict[str, Any]]:
    """Rows describing every column: the source of CLI listings, docs tables and the display layer.

    Keys: ``column, family, version, label, unit, decimals`` (int), ``direction``,
    ``reads`` ("higher = more ..."), ``higher``, ``description``, ``reference``.
    """
    rows = []
    for f in families():
        for c in f.columns:
            rows.append(
                {
                    "column": f"{f.name}.{c.name}",
                    "family": f.name,
                    "version": f.version,
                    "label": c.display_label,
                    "unit": c.unit,
                    "decimals": int(c.decimals),
                    "direction": c.direction,
                    "reads": c.reads,
                    "higher": c.higher,
                    "description": c.description,
                    "reference": c.reference or f.reference,
                }
            )
    return rows


def _ensure_loaded() -> None:
    # Importing the families registers them (once).
    import mediakit.metrics  # noqa: F401
