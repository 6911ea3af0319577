"""The editor's canvas: the tree drawn as cards on a QGraphicsScene.

`TreeView` is the widget the main window embeds; everything else here serves it.
"""

from .view import TreeView

__all__ = ["TreeView"]
