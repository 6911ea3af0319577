"""The editor on a real X screen (Xvfb), as a planner's desktop would run it.

Offscreen tests do not load Qt's xcb plugin and its libraries; this one does,
so a missing system library shows up here rather than on a user's machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE_XLSX, require

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui.app import start_editor
from app.ui.settings import Settings

window = start_editor(sys.argv[1], Settings.at(sys.argv[2]))
app = QApplication.instance()

def done():
    print(app.platformName(), window.windowTitle(), window.document is not None)
    window.grab().save(sys.argv[3])
    app.quit()

QTimer.singleShot(1500, done)
sys.exit(app.exec())
"""


def test_the_editor_opens_the_sample_on_an_x_screen(tmp_path: Path, screenshots: Path):
    require(shutil.which("xvfb-run") is not None, "Xvfb (Debian package xvfb)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    plan = tmp_path / "contoh.pokin"
    subprocess.run([sys.executable, "-m", "app.cli", "import", str(SAMPLE_XLSX), "-o", str(plan)],
                   check=True, capture_output=True, timeout=120)
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-c", SCRIPT, str(plan),
         str(tmp_path / "settings.ini"), str(screenshots / "x11-main-window.png")],
        capture_output=True, text=True, timeout=180, env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[0] == "xcb"
    assert "RPD Kota Contoh" in done.stdout and done.stdout.strip().endswith("True")
