"""Project-wide pytest setup: dataset location, headless plotting, notebook gating."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SHARED_DATA = ROOT.parent / "shared" / "datasets"

# Developers and CI keep the corpora beside the checkout; users point MEDIAKIT_DATA elsewhere.
if "MEDIAKIT_DATA" not in os.environ and SHARED_DATA.is_dir():
    os.environ["MEDIAKIT_DATA"] = str(SHARED_DATA)
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("MPLCONFIGDIR", str(ROOT / ".pytest_mpl"))
os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")

#: Notebooks that read the shared corpora; skipped (with the reason) when MEDIAKIT_DATA is absent.
DATA_NOTEBOOKS = {"02_reference_corpus.ipynb", "03_outlets.ipynb", "04_validation.ipynb", "06_validate_your_corpus.ipynb"}


def pytest_collectstart(collector):  # type: ignore[no-untyped-def]
    """nbval: never compare stderr (library warnings vary by platform; errors still fail the cell)."""
    if hasattr(collector, "skip_compare"):
        collector.skip_compare = (*collector.skip_compare, "stderr")


def pytest_collection_modifyitems(config, items):  # type: ignore[no-untyped-def]
    """Skip the corpus notebooks when the datasets are not available."""
    import pytest

    root = os.environ.get("MEDIAKIT_DATA")
    if root and Path(root).is_dir():
        return
    skip = pytest.mark.skip(reason="corpus notebook: set MEDIAKIT_DATA to the datasets folder")
    for item in items:
        if Path(str(item.fspath)).name in DATA_NOTEBOOKS:
            item.add_marker(skip)
