"""A killed editor loses nothing it reported done, and leaves a file that opens.

A child process edits through a plan file and prints after each committed
edit; the test kills it with SIGKILL mid-way and reopens the file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.model.session import EditSession
from app.store import PlanFile

from .conftest import rich_plan
from .crash_writer import apply_edit

ROOT = Path(__file__).resolve().parents[2]


def _killed_after(path: Path, reported: int, total: int) -> int:
    """Start the writer, kill it once it has reported `reported` edits; the last reported index."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_writer", str(path), str(total)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    last = -1
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            last = int(line)
            if last + 1 >= reported:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the writer finished before it was killed"
    return last


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("reported", [1, 40])
def test_a_killed_writer_keeps_every_reported_edit(tmp_path, reported):
    path = tmp_path / "r.pokin"
    PlanFile.create(path, rich_plan()).close()
    last = _killed_after(path, reported, total=100_000)
    assert last + 1 >= reported

    plan = PlanFile.read(path)  # opens: the file is whole
    done = sum(1 for k in plan.nodes if k.startswith("C-"))
    assert done >= last + 1  # nothing reported is lost (one more may have landed unreported)
    # The file holds exactly the state after `done` edits, an indicator edit at most pending.
    expected = rich_plan()
    edits = EditSession(expected)
    for i in range(done):
        apply_edit(edits, i)
    tail = f"C-{done - 1}"
    if plan[tail].indicators == ():  # killed between the two commits of the last edit
        expected.nodes[tail].indicators = ()
    assert plan == expected

    # The file keeps working after the crash.
    with PlanFile.open(path) as pf:
        apply_edit(EditSession(pf.plan, pf), done)
        after = pf.plan.copy()
    assert PlanFile.read(path) == after
    assert sorted(os.listdir(tmp_path)) == ["r.pokin"]
