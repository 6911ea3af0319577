"""The findings panel ("Temuan"): what the checks say about the plan, by severity.

Rebuilt whenever the document rechecks (a debounced timer after each edit), so
it is always the live state of the plan. Clicking a finding selects and
centres its node; crosscutting is listed too, because planners look for it
in the same place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.util.indonesian import format_int

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_TITLES = (("error", "Galat"), ("warning", "Peringatan"), ("info", "Info"))
SEVERITY_COLORS = {"error": "#C62828", "warning": "#EF6C00", "info": "#1565C0"}


class FindingsPanel(QWidget):
    """A two-level list: severity groups with counts, then one row per finding."""

    node_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("findingsSummary")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findings")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.set_findings([], [])

    def set_findings(self, findings: list, crosscuts: list, statements: dict | None = None) -> None:
        """Show `findings` (Finding) and `crosscuts` (Crosscut); `statements` maps keys to text."""
        statements = statements or {}
        open_groups = {
            self.tree.topLevelItem(i).data(0, KEY_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).isExpanded()
        }
        first_time = self.tree.topLevelItemCount() == 0
        self.tree.clear()
        counts: dict[str, int] = {}
        for severity, _title in SEVERITY_TITLES:
            rows = [f for f in findings if f.severity == severity]
            counts[severity] = len(rows)
            if not rows and severity == "info":
                continue
            group = QTreeWidgetItem([f"{self._title(severity)} ({format_int(len(rows))})"])
            group.setData(0, KEY_ROLE, f"#{severity}")
            group.setForeground(0, QBrush(QColor(SEVERITY_COLORS[severity])))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            children = []
            for f in rows:
                item = QTreeWidgetItem([f"{f.message}"])
                item.setData(0, KEY_ROLE, f.node)
                where = statements.get(f.node, "")
                item.setToolTip(0, f"{f.message}\n\n{f.rule} · {f.node}\n{where}".strip())
                children.append(item)
            group.addChildren(children)
            self.tree.addTopLevelItem(group)
            if first_time or f"#{severity}" in open_groups:
                group.setExpanded(severity == "error" or f"#{severity}" in open_groups)
        group = QTreeWidgetItem([f"{self.tr('Crosscutting')} ({format_int(len(crosscuts))})"])
        group.setData(0, KEY_ROLE, "#crosscut")
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        children = []
        for c in crosscuts:
            key = c.node or (c.nodes[0] if c.nodes else None)
            if c.kind == "shared-program":
                text = f"{self.tr('Program bersama')} {c.code} {c.name}".strip()
            else:
                text = f"{self.tr('Simpul bersama')}: {statements.get(key, key)}"
            item = QTreeWidgetItem([f"{text} — {', '.join(c.opds)}"])
            item.setData(0, KEY_ROLE, key)
            children.append(item)
        group.addChildren(children)
        self.tree.addTopLevelItem(group)
        group.setExpanded("#crosscut" in open_groups)
        self.summary.setText(
            self.tr("{e} galat · {w} peringatan · {c} crosscutting").format(
                e=format_int(counts["error"]),
                w=format_int(counts["warning"]),
                c=format_int(len(crosscuts)),
            )
        )

    def _title(self, severity: str) -> str:
        return {
            "error": self.tr("Galat"),
            "warning": self.tr("Peringatan"),
            "info": self.tr("Info"),
        }[severity]

    def group_item(self, name: str) -> QTreeWidgetItem | None:
        """The group row for 'error', 'warning', 'info' or 'crosscut' (tests and keyboard use)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, KEY_ROLE) == f"#{name}":
                return item
        return None

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        if key and not str(key).startswith("#"):
            self.node_activated.emit(str(key))
