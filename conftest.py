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
