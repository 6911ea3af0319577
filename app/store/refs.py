"""Plan references on the command line: `FILE` or `FILE@NAME` (a snapshot inside FILE)."""

from __future__ import annotations

from pathlib import Path

from app.model.plan import Plan

from .planfile import PlanFile


def split_ref(ref: str) -> tuple[str, str | None]:
    """(file, snapshot name or None). Splits on the last '@' only when the part before is a file,

    so a plain file whose name holds an '@' still opens as itself.
    """
    if "@" in ref:
        file, name = ref.rsplit("@", 1)
        if file and Path(file).is_file():
            return file, name
    return ref, None


def read_plan_ref(ref: str) -> Plan:
    """The plan a reference names: a plan file, or snapshot NAME of plan file FILE (`FILE@NAME`)."""
    file, name = split_ref(ref)
    if name is None:
        return PlanFile.read(file)
    return PlanFile.read_snapshot(file, name)
