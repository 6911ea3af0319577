"""The outline ("Struktur"): the tree as an indented list, synced with the canvas.

The item model is lazy: it asks the plan for a node's children only when the
view expands it, and index ids are small integers mapped to node keys, so a
20,000-node plan costs nothing until it is scrolled. It follows change sets:
field edits repaint single rows; a change of shape resets the model while
keeping which branches were open and which node was selected.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from app.geometry.palette import level_colour
from app.model.changes import ChangeSet
from app.model.plan import Plan
from app.ui.keys import action_for
from app.ui.plan_editor import PlanEditor

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a shared default argument
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class OutlineModel(QAbstractItemModel):
    """A read-only lazy item model over a plan's main-parent tree (one column)."""

    def __init__(self, plan: Plan | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self._ids: dict[str, int] = {}
        self._keys: list[str] = []
        self._colors: dict[str, QColor] = {}
        self._cyclic_roots: set[str] = set()
        self._unannounced: tuple[str, int] | None = None  # (parent, row) of a row being inserted
        self._keep: frozenset[str] | None = None  # an OPD's tree: only these nodes
        self.set_plan(plan)

    # --- plumbing ------------------------------------------------------------

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._forget()
        self.endResetModel()

    def set_keep(self, keep: frozenset[str] | None) -> None:
        """Show only `keep` (an OPD's nodes and their ancestors), or the whole plan (None)."""
        if keep == self._keep:
            return
        self.beginResetModel()
        self._keep = keep
        self._forget()
        self.endResetModel()

    def _forget(self) -> None:
        self._ids.clear()
        self._keys.clear()
        plan = self._plan
        self._cyclic_roots = set()
        if plan is not None:
            self._cyclic_roots = {
                r for r in plan.roots() if plan.get(plan[r].parent) is not None
            }

    def _id(self, key: str) -> int:
        i = self._ids.get(key)
        if i is None:
            i = len(self._keys)
            self._ids[key] = i
            self._keys.append(key)
        return i

    def key(self, index: _Index) -> str | None:
        if not index.isValid():
            return None
        return self._keys[index.internalId()]

    def roots(self) -> list[str]:
        """The keys of the top rows."""
        return self._children(None)

    def _children(self, key: str | None) -> list[str]:
        plan = self._plan
        if plan is None:
            return []
        keep = self._keep
        if key is None:
            roots = plan.roots()
            return roots if keep is None else [k for k in roots if k in keep]
        kids = plan.children(key)
        if keep is not None:
            kids = [k for k in kids if k in keep]
        if self._cyclic_roots:
            kids = [k for k in kids if k not in self._cyclic_roots]
        hidden = self._unannounced
        if hidden is not None and hidden[0] == key:
            kids = kids[: hidden[1]] + kids[hidden[1] + 1 :]
        return kids

    def _parent_key(self, key: str) -> str | None:
        plan = self._plan
        assert plan is not None
        parent = plan[key].parent
        if parent is None or parent not in plan or key in self._cyclic_roots:
            return None
        return parent

    def _row(self, key: str) -> int:
        parent = self._parent_key(key)
        siblings = self._children(parent)
        return siblings.index(key)

    def index_of(self, key: str) -> QModelIndex:
        """The model index of a node key (invalid when the key is unknown)."""
        if self._plan is None or key not in self._plan:
            return QModelIndex()
        try:
            return self.createIndex(self._row(key), 0, self._id(key))
        except ValueError:
            return QModelIndex()

    # --- QAbstractItemModel ---------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        kids = self._children(self.key(parent))
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, 0, self._id(kids[row]))

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        key = self.key(index)
        if key is None or self._plan is None or key not in self._plan:
            return QModelIndex()
        parent = self._parent_key(key)
        if parent is None:
            return QModelIndex()
        return self.index_of(parent)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if parent.column() > 0:
            return 0
        return len(self._children(self.key(parent)))

    def hasChildren(self, parent: _Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        key = self.key(index)
        plan = self._plan
        if key is None or plan is None or key not in plan:
            return None
        node = plan[key]
        if role == Qt.ItemDataRole.DisplayRole:
            text = node.statement.strip() or "(tanpa pernyataan)"
            return f"{node.code}  {text}" if node.code else text
        if role == Qt.ItemDataRole.ToolTipRole:
            opds = "; ".join(node.opds)
            return f"{node.level} · {key}\n{node.statement}" + (f"\n{opds}" if opds else "")
        if role == Qt.ItemDataRole.DecorationRole:
            color = self._colors.get(node.level)
            if color is None:
                color = QColor(level_colour(plan.scheme, node.level))
                self._colors[node.level] = color
            return color
        if role == KEY_ROLE:
            return key
        return None

    # --- following the plan --------------------------------------------------

    def insert_added(self, changes: ChangeSet) -> bool:
        """Announce the one node an edit added (a pasted subtree comes under it) as a new row.

        Adding is the commonest structural edit; resetting the model for it makes
        the view forget and find again every open branch. Only a plain addition
        under an existing parent qualifies (its later siblings shifting is fine);
        anything else answers False and is left to `apply`. The model reads the
        plan live, so the row is announced after the plan has it, which views
        accept for insertions (removals would not be).
        """
        plan = self._plan
        if (plan is None or self._keep is not None or not changes.added or changes.removed
                or changes.changed
                or changes.plan or changes.reviews or self._cyclic_roots):
            return False
        added = changes.added
        tops = [k for k in added if k in plan and plan[k].parent not in added]
        if len(tops) != 1:
            return False
        parent = plan[tops[0]].parent
        if parent is None or parent not in plan or any(
                k not in plan or plan[k].parent != parent for k in changes.moved):
            return False
        row = self._row(tops[0])
        # Until the row is announced, the model answers as before the edit.
        self._unannounced = (parent, row)
        try:
            self.beginInsertRows(self.index_of(parent), row, row)
        finally:
            self._unannounced = None
        self.endInsertRows()
        return True

    def apply(self, changes: ChangeSet) -> None:
        """Bring the model up to date with one change set."""
        if self._plan is None:
            return
        if self._keep is None and self.insert_added(changes):
            return
        if changes.structural or "scheme" in changes.plan:
            self.beginResetModel()
            self._colors.clear()
            self._forget()
            self.endResetModel()
            return
        for key in changes.changed:
            index = self.index_of(key)
            if index.isValid():
                self.dataChanged.emit(index, index)


# Keys of the canvas that mean the same in the outline (arrows keep the tree view's own).
OUTLINE_GESTURES = ("add_child", "add_sibling", "edit_statement", "delete", "copy", "cut",
                    "paste", "move_up", "move_down")


class OutlinePanel(QWidget):
    """The "Struktur" tab: a tree view over `OutlineModel`, emitting the node a planner picks.

    With an editor object given (`set_editor`), the editing keys work here as on
    the canvas (Tab adds a child, Enter a sibling, Delete deletes, ...): they
    call the same gestures, and keep the keyboard focus in the outline.
    """

    node_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor: PlanEditor | None = None
        self.model = OutlineModel(None, self)
        self.view = QTreeView(self)
        self.view.setObjectName("outline")
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)  # lets Qt skip measuring 20,000 rows
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setModel(self.model)
        # The selection, not the current index: Qt makes the first row current on its own
        # when the tree takes the focus, which must not select (and centre) a node.
        self.view.selectionModel().selectionChanged.connect(self._on_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.installEventFilter(self)
        self._syncing = False
        self._selected: str | None = None

    def set_editor(self, editor: PlanEditor) -> None:
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and self._editor is not None and event.type() in (
                QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            name = action_for(event)  # type: ignore[arg-type]
            if name in OUTLINE_GESTURES:
                if event.type() == QEvent.Type.KeyPress:
                    self._gesture(name)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _gesture(self, name: str) -> None:
        editor = self._editor
        assert editor is not None
        gestures = {
            "add_child": editor.add_child, "add_sibling": editor.add_sibling,
            "edit_statement": editor.edit_statement, "delete": editor.delete_selected,
            "copy": editor.copy_selected, "cut": editor.cut_selected, "paste": editor.paste,
            "move_up": editor.move_up, "move_down": editor.move_down,
        }
        gestures[name]()
        if name not in ("add_child", "add_sibling", "edit_statement"):
            # The others leave the keyboard here; typing a statement takes it to the card.
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_keep(self, keep: frozenset[str] | None) -> None:
        """Only an OPD's tree (its nodes and their ancestors), or the whole plan (None)."""
        selected = self._selected
        self.model.set_keep(keep)
        for r in self.model.roots()[:20]:
            self.view.expand(self.model.index_of(r))
        if selected is not None:
            self.select(selected, scroll=True)

    def set_plan(self, plan: Plan | None) -> None:
        self.model.set_plan(plan)
        self._selected = None
        if plan is not None:
            for r in plan.roots()[:20]:
                self.view.expand(self.model.index_of(r))

    def apply(self, changes: ChangeSet) -> None:
        """Follow one change set, keeping open branches, the selection and the scroll."""
        if not (changes.structural or "scheme" in changes.plan):
            self.model.apply(changes)
            return
        if self.model.insert_added(changes):  # open branches and the scroll stay as they are
            return
        expanded = self._expanded_keys()
        scroll = self.view.verticalScrollBar().value()
        self.model.apply(changes)
        self._syncing = True
        try:
            for key in expanded:
                index = self.model.index_of(key)
                if index.isValid():
                    self.view.setExpanded(index, True)
            self.view.verticalScrollBar().setValue(scroll)
            if self._selected is not None:
                self.select(self._selected, scroll=False)
        finally:
            self._syncing = False

    def _expanded_keys(self) -> list[str]:
        """Keys of open branches, found by walking only what is open (cheap)."""
        out: list[str] = []
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.view.isExpanded(index):
                    out.append(self.model.key(index))  # type: ignore[arg-type]
                    stack.append(index)
        return out

    def selected_key(self) -> str | None:
        return self._selected

    def select(self, key: str | None, scroll: bool = True) -> None:
        """Show `key` selected (opening its ancestors) without echoing the choice back."""
        self._selected = key
        was = self._syncing
        self._syncing = True
        try:
            sm = self.view.selectionModel()
            if key is None:
                sm.clearSelection()
                return
            index = self.model.index_of(key)
            if not index.isValid():
                sm.clearSelection()
                return
            parent = index.parent()
            chain = []
            while parent.isValid():
                chain.append(parent)
                parent = parent.parent()
            for p in reversed(chain):
                self.view.setExpanded(p, True)
            sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if scroll:
                self.view.scrollTo(index)
        finally:
            self._syncing = was

    def _on_selected(self, *_args: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        key = self.model.key(rows[0]) if rows else None
        if key is None:
            return
        self._selected = key
        if not self._syncing:
            self.node_activated.emit(key)
