"""The plan as pure Python: no Qt, no database, no PDF or Excel library here."""

from .changes import ChangeSet
from .levels import LevelScheme
from .plan import Indicator, ModelError, Node, Plan, ReviewNote

__all__ = ["ChangeSet", "Indicator", "LevelScheme", "ModelError", "Node", "Plan", "ReviewNote"]
