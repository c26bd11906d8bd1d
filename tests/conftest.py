"""Shared fixtures: the seed article, parsed once per session, and dataset location."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis properties check behaviour, not speed (speed lives in benchmarks/): no per-example deadline,
# so a loaded machine cannot fail a property by timing alone.
settings.register_profile("mediakit", deadline=None)
settings.load_profile("mediakit")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_92bdb6df40238d88.txt"


def data_root() -> Path | None:
    """Folder holding the shared corpora, or None when absent."""
    root = os.environ.get("MEDIAKIT_DATA")
    return Path(root) if root and Path(root).is_dir() else None


needs_data = pytest.mark.skipif(data_root() is None, reason="shared datasets not available (set MEDIAKIT_DATA)")


@pytest.fixture(scope="session")
def seed_row():
    import mediakit

    df = mediakit.load(SEED)
    return df.iloc[0]


@pytest.fixture(scope="session")
def seed_doc(seed_row):
    import mediakit

    return mediakit.to_doc(seed_row)
