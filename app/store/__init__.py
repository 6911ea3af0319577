"""The plan file (.pokin): SQLite through SQLAlchemy Core, written edit by edit."""

from .errors import StoreError
from .planfile import PlanFile, SnapshotInfo
from .refs import read_plan_ref

__all__ = ["PlanFile", "SnapshotInfo", "StoreError", "read_plan_ref"]
