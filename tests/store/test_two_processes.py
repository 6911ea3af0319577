"""Two real writer processes on one plan: a .pokin file, and a database on a real server.

Each child (writer_process.py) holds its own plan and edit session, as two
editors on two computers would; the test interleaves their edits line by
line and reads the stored plan itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import PlanFile

from .conftest import rich_plan

ROOT = Path(__file__).resolve().parents[2]


class Child:
    def __init__(self, place: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.store.writer_process", place], cwd=ROOT, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert json.loads(self.proc.stdout.readline()) == {"ready": True}

    def __call__(self, op: str, **args: object) -> dict:
        self.proc.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        assert self.proc.returncode == 0


@pytest.fixture
def two(place):
    PlanFile.create(place, rich_plan()).close()
    a, b = Child(place), Child(place)
    yield a, b
    a.close()
    b.close()


def test_two_processes_merge_conflict_and_see_each_other(two, place):
    a, b = two
    assert a("set", key="L2-0", field="statement", value="dari proses A") == {"ok": True}
    assert b("set", key="L2-0", field="code", value="1.02.02") == {"ok": True}
    node = PlanFile.read(place)["L2-0"]
    assert (node.statement, node.code) == ("dari proses A", "1.02.02")

    clash = b("set", key="L2-0", field="statement", value="dari proses B")
    assert clash["conflict"][0][:2] == ["L2-0", "statement"]
    assert "dari proses A" in clash["conflict"][0][3]
    assert b("pull")["changed"] == ["L2-0"]
    assert b("get", key="L2-0", field="statement")["value"] == "dari proses A"

    key_a = a("add", parent="L0-1", level="Sasaran")["key"]
    key_b = b("add", parent="L0-1", level="Sasaran")["key"]
    assert key_a != key_b and {key_a, key_b} <= set(PlanFile.read(place).nodes)

    assert a("delete", key="L4-1") == {"ok": True}
    assert b("set", key="L4-1", field="notes", value="x")["conflict"][0][:2] == ["L4-1", "*"]
    assert "L4-1" not in PlanFile.read(place)

    assert b("set", key="L1-1", field="notes", value="B") == {"ok": True}
    a("pull")
    assert a("set", key="L1-1", field="notes", value="A sesudah B") == {"ok": True}
    assert "conflict" in b("undo")  # it would revert A's notes
    assert PlanFile.read(place)["L1-1"].notes == "A sesudah B"
    b("pull")
    a("pull")
    assert b("get", key="L1-1", field="notes")["value"] == "A sesudah B"
