"""The findings panel ("Temuan"): what the checks say about the plan, by severity.

Rebuilt whenever the document rechecks (a debounced timer after each edit), so
it is always the live state of the plan. Each finding takes two lines: the node
it is about (level, code, the start of its statement), then what is wrong, so
a narrow panel never cuts a finding down to a fragment with no node named; the
whole sentence is in its tooltip. Clicking a finding selects and centres its
node; crosscutting is listed too, because planners look for it in the same
place. A closed group's rows are made when it is opened: a plan imported with
codes the nomenclature lacks may carry fifteen thousand warnings, and making
their rows at every recheck cost more than the checks themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.labels import short
from app.model.plan import Plan
from app.ui.i18n import translated

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NODE_ROLE = Qt.ItemDataRole.UserRole + 2  # the node line of a finding row
SEVERITY_TITLES = (("error", "Galat"), ("warning", "Peringatan"), ("info", "Info"))
SEVERITY_COLORS = {"error": "#C62828", "warning": "#EF6C00", "info": "#1565C0"}


def node_line(plan: Plan, key: str | None) -> str:
    """"PROGRAM 1.02.02 · Meningkatnya cakupan…": which node a finding is about."""
    node = plan.get(key)
    if node is None:
        return key or ""
    head = f"{node.level.upper()} {node.code}".strip()
    return f"{head} · {short(plan, key)}"


class _TwoLines(QStyledItemDelegate):
    """A finding as two lines: its node (muted) over its message, each elided at the edge."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(NODE_ROLE):
            size.setHeight(QFontMetrics(option.font).height() * 2 + 6)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        node = index.data(NODE_ROLE)
        if not node:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = option.rect.adjusted(4, 2, -4, -2)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(option.palette.highlightedText().color() if selected else QColor("#5F6368"))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         int(Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(node, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setPen(option.palette.highlightedText().color() if selected
                       else option.palette.text().color())
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
                         int(Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


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
        self.tree.setItemDelegate(_TwoLines(self.tree))
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemExpanded.connect(self._fill)
        self._waiting: dict[str, tuple[list, Plan]] = {}  # closed groups' rows, made when opened
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.set_findings([], [])

    def set_findings(self, findings: list, crosscuts: list, plan: Plan | None = None) -> None:
        """Show `findings` (Finding) and `crosscuts` (Crosscut) of `plan`."""
        plan = plan or Plan()
        open_groups = {
            self.tree.topLevelItem(i).data(0, KEY_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).isExpanded()
        }
        first_time = self.tree.topLevelItemCount() == 0
        self.tree.clear()
        self._waiting.clear()
        counts: dict[str, int] = {}
        by_severity: dict[str, list] = {severity: [] for severity, _title in SEVERITY_TITLES}
        for f in findings:
            by_severity.setdefault(f.severity, []).append(f)
        for severity, _title in SEVERITY_TITLES:
            rows = by_severity[severity]
            counts[severity] = len(rows)
            if not rows and severity == "info":
                continue
            group = QTreeWidgetItem([self._group_title(severity, len(rows))])
            group.setData(0, KEY_ROLE, f"#{severity}")
            group.setForeground(0, QBrush(QColor(SEVERITY_COLORS[severity])))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            opened = severity == "error" if first_time else f"#{severity}" in open_groups
            if opened:
                group.addChildren(self._finding_rows(rows, plan))
                group.setExpanded(True)
            elif rows:
                group.setChildIndicatorPolicy(
                    QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                self._waiting[f"#{severity}"] = (rows, plan)
        group = QTreeWidgetItem([self._group_title("crosscut", len(crosscuts))])
        group.setData(0, KEY_ROLE, "#crosscut")
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        children = []
        for c in crosscuts:
            key = c.node or (c.nodes[0] if c.nodes else None)
            if c.kind == "shared-program":
                what = f"{self.tr('Program bersama')} {c.code} {c.name}".strip()
            else:
                what = f"{self.tr('Simpul bersama')}: {node_line(plan, key)}"
            item = QTreeWidgetItem([", ".join(c.opds)])
            item.setData(0, KEY_ROLE, key)
            item.setData(0, NODE_ROLE, what)
            item.setToolTip(0, f"{what}\n{', '.join(c.opds)}")
            children.append(item)
        group.addChildren(children)
        self.tree.addTopLevelItem(group)
        group.setExpanded("#crosscut" in open_groups)
        self.summary.setText(" · ".join((
            self.tr("%Ln galat", "", counts["error"]),
            self.tr("%Ln peringatan", "", counts["warning"]),
            self.tr("%Ln crosscutting", "", len(crosscuts)),
        )))

    @staticmethod
    def _finding_rows(rows: list, plan: Plan) -> list[QTreeWidgetItem]:
        items = []
        for f in rows:
            message = translated(f.message)
            item = QTreeWidgetItem([message])
            item.setData(0, KEY_ROLE, f.node)
            item.setData(0, NODE_ROLE, node_line(plan, f.node))
            node = plan.get(f.node)
            where = node.statement if node is not None else ""
            item.setToolTip(0, f"{message}\n\n{f.rule} · {f.node}\n{where}".strip())
            items.append(item)
        return items

    def _fill(self, group: QTreeWidgetItem) -> None:
        """A closed group's rows, made when the planner opens it."""
        waiting = self._waiting.pop(str(group.data(0, KEY_ROLE)), None)
        if waiting is not None:
            rows, plan = waiting
            group.setChildIndicatorPolicy(
                QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)
            group.addChildren(self._finding_rows(rows, plan))

    def _group_title(self, group: str, n: int) -> str:
        """"Galat (3)" in Indonesian, "Errors (3)" / "Error (1)" in English."""
        return {
            "error": self.tr("Galat (%Ln)", "", n),
            "warning": self.tr("Peringatan (%Ln)", "", n),
            "info": self.tr("Info (%Ln)", "", n),
            "crosscut": self.tr("Crosscutting (%Ln)", "", n),
        }[group]

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
