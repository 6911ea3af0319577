"""The exchange workbook (.xlsx): how a plan travels between Pokin, Excel and other tools.

`write_workbook(plan, path)` and `read_workbook(path) -> Plan` (raising
`WorkbookError` with every structural problem). The format is the outside
contract's section 1; names live in `schema`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import Problem, WorkbookError

if TYPE_CHECKING:
    from app.model.plan import Plan

__all__ = ["Problem", "WorkbookError", "read_workbook", "write_workbook"]


def write_workbook(plan: Plan, path) -> None:
    """Write `plan` as an exchange workbook at `path`, atomically."""
    from .writer import write_workbook as _write

    _write(plan, path)


def read_workbook(path) -> Plan:
    """Read an exchange workbook; raises `WorkbookError` listing every structural problem."""
    from .reader import read_workbook as _read

    return _read(path)
