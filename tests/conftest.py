"""Test set-up: Qt runs offscreen, before any QApplication exists."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_XLSX = ROOT / "tests" / "data" / "rpd-kota-contoh.xlsx"  # copy of shared/samples
BUNDLED_XLSX = ROOT / "resources" / "rpd-kota-mojokerto.xlsx"
SCREENSHOTS = ROOT / "tests" / "output"


@pytest.fixture
def contoh_xlsx() -> Path:
    """The small sample plan with known faults (shared with the team)."""
    return SAMPLE_XLSX


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
