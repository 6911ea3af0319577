"""Test set-up: Qt runs offscreen, before any QApplication exists."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_XLSX = ROOT.parent / "shared" / "samples" / "rpd-kota-contoh.xlsx"
BUNDLED_XLSX = ROOT / "resources" / "rpd-kota-mojokerto.xlsx"
SCREENSHOTS = ROOT / "tests" / "output"


@pytest.fixture
def contoh_xlsx() -> Path:
    """The small sample plan with known faults (shared with the team)."""
    if not SAMPLE_XLSX.exists():
        pytest.skip("shared sample plan not present")
    return SAMPLE_XLSX


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
