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


def render_pages(pdf: Path, prefix: Path, first: int = 1, last: int = 1, dpi: int = 60) -> list[Path]:
    """Render PDF pages to PNG with pdftoppm (Debian poppler-utils, which .ci/run installs).

    Required, never skipped: a render check that quietly does nothing without the
    tool would pass while the PDF is broken.
    """
    import shutil
    import subprocess

    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is needed to render PDF pages (Debian: apt-get install poppler-utils)")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(first), "-l", str(last),
                    str(pdf), str(prefix)], check=True, timeout=120)
    return sorted(prefix.parent.glob(f"{prefix.name}-*.png"))


def require(present: bool, what: str) -> None:
    """A test that needs something outside Python (a program, a server).

    In CI (`CI` set, as `.ci/run` is run) it must be there: the test fails. On a
    developer's machine without it, the test is skipped and says what to install.
    """
    if present:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing; .ci/run installs and starts it")
    pytest.skip(f"{what} is missing")
