"""Editing gestures of the canvas, each ending in one `document.push(command)`.

A mixin of `TreeView`: adding (Tab/Enter), deleting, copy and paste, moving by
drag and drop, contribution links, and committing the in-place editor. The view
never changes the plan by hand; it redraws from the document's `changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.model.commands import (
    AddNode,
    DeleteSubtree,
    MoveNode,
    SetField,
    add_further_parent,
    check_move,
    copy_subtree,
    remove_further_parent,
)
from app.model.plan import ModelError, Node


def ask_delete(parent: QWidget, message: str) -> bool:
    """The default confirmation before deleting a node with children (a modal question)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("GestureMixin", "Hapus simpul"),
        message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class GestureMixin:
    """Commands behind the canvas's keys, mouse and context menu (mixed into TreeView)."""

    def add_child(self) -> str | None:
        """Tab: a new node one level below the selection (same OPD at OPD levels), then edit it."""
        plan = self.plan
        sel = self.state.selected
        scheme = plan.scheme
        if sel is None:
            if plan.nodes:
                self.status_message.emit(self.tr("Pilih simpul induk terlebih dahulu."))
                return None
            level, parent, opds = scheme.names[0], None, ()
        else:
            i = scheme.index(plan[sel].level)
            if i < 0 or i + 1 >= len(scheme):
                self.status_message.emit(
                    self.tr("{level} adalah level terendah: tidak dapat menambah anak.").format(
                        level=plan[sel].level
                    )
                )
                return None
            level, parent = scheme.names[i + 1], sel
            opds = plan[sel].opds if scheme.is_opd_level(level) else ()
        return self._add(Node(plan.new_key(), level, "", opds=tuple(opds), parent=parent), None)

    def add_sibling(self) -> str | None:
        """Enter: a new node beside the selection, at its level, under its parent."""
        plan = self.plan
        sel = self.state.selected
        if sel is None:
            return self.add_child()
        node = plan[sel]
        opds = node.opds if plan.scheme.is_opd_level(node.level) else ()
        index = plan.index_in_parent(sel) + 1
        return self._add(
            Node(plan.new_key(), node.level, "", opds=tuple(opds), parent=node.parent), index
        )

    def _add(self, node: Node, index: int | None) -> str | None:
        if node.parent is not None:
            self.state.collapsed.discard(node.parent)
        if not self.document.push(AddNode(node, index)):
            return None
        self.select(node.key)
        self.edit_statement(node.key)
        return node.key

    def delete_selected(self) -> bool:
        sel = self.state.selected
        if sel is None:
            return False
        plan = self.plan
        below = len(plan.subtree(sel)) - 1
        if below:
            msg = self.tr(
                "Simpul ini memiliki {n} simpul turunan. Hapus simpul beserta seluruh "
                "turunannya?"
            ).format(n=below)
            if not self.confirm(self, msg):
                return False
        node = plan[sel]
        siblings = plan.children(node.parent)
        i = siblings.index(sel)
        nxt = (
            siblings[i + 1] if i + 1 < len(siblings) else siblings[i - 1] if i > 0 else node.parent
        )
        if not self.document.push(DeleteSubtree(sel)):
            return False
        self.select(nxt if nxt in plan else None)
        self.status_message.emit(
            self.tr("Simpul dihapus beserta {n} turunan.").format(n=below)
            if below
            else self.tr("Simpul dihapus.")
        )
        return True

    def copy_selected(self) -> None:
        sel = self.state.selected
        if sel is None:
            return
        self._clipboard = sel
        n = len(self.plan.subtree(sel))
        self.status_message.emit(self.tr("Cabang disalin ({n} simpul).").format(n=n))

    def paste_under_selected(self) -> str | None:
        src = self._clipboard
        sel = self.state.selected
        plan = self.plan
        if src is None:
            self.status_message.emit(self.tr("Belum ada cabang yang disalin."))
            return None
        if src not in plan:
            self.status_message.emit(self.tr("Cabang yang disalin sudah dihapus."))
            return None
        if sel is not None:
            li, pi = plan.scheme.index(plan[src].level), plan.scheme.index(plan[sel].level)
            if li >= 0 and pi >= 0 and li <= pi:
                self.status_message.emit(
                    self.tr("Cabang {branch} tidak dapat ditempel di bawah {under}.").format(
                        branch=plan[src].level, under=plan[sel].level
                    )
                )
                return None
        cmd = copy_subtree(plan, src, sel)
        top = cmd.nodes[0].key
        if sel is not None:
            self.state.collapsed.discard(sel)
        if not self.document.push(cmd):
            return None
        self.select(top)
        self.status_message.emit(self.tr("Cabang ditempel ({n} simpul).").format(n=len(cmd.nodes)))
        return top

    def start_link(self, key: str) -> None:
        """Context menu "Tambah induk lain…": the next card clicked becomes a further parent."""
        self._link_from = key
        self.status_message.emit(
            self.tr("Klik simpul yang juga didukung simpul ini (Esc membatalkan).")
        )

    def _finish_link(self, parent: str) -> None:
        key, self._link_from = self._link_from, None
        if key is not None:
            self._drop(key, parent, True)

    def unlink(self, key: str, parent: str) -> None:
        if self.document.push(remove_further_parent(self.plan, key, parent)):
            self.status_message.emit(self.tr("Tautan ke induk lain dihapus."))

    def _drop_problem(self, key: str, target: str, alt: bool) -> str | None:
        if alt:
            try:
                add_further_parent(self.plan, key, target)
            except ModelError as exc:
                return str(exc)
            return None
        if self.plan[key].parent == target:
            return self.tr("Simpul sudah berada di bawah induk ini.")
        return check_move(self.plan, key, target)

    def _drop(self, key: str, target: str, alt: bool) -> bool:
        why = self._drop_problem(key, target, alt)
        if why:
            self.status_message.emit(why)
            return False
        if alt:
            ok = self.document.push(add_further_parent(self.plan, key, target))
            if ok:
                self.status_message.emit(self.tr("Simpul kini juga mendukung induk lain tersebut."))
            return ok
        self.state.collapsed.discard(target)
        ok = self.document.push(MoveNode(key, target))
        if ok:
            self.status_message.emit(self.tr("Simpul dipindah."))
            self.select(key)
        return ok

    def _set_drop_target(self, key: str | None, ok: bool) -> None:
        old = self.state.drop_target
        if old == key and self.state.drop_ok == ok:
            return
        self.state.drop_target, self.state.drop_ok = key, ok
        for k in (old, key):
            item = self.tree_scene.cards.get(k) if k else None
            if item is not None:
                item.update()

    def _editor_done(self, key: str, text: str | None) -> None:
        self._editor = None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if text is None or key not in self.plan:
            return
        if text != self.plan[key].statement:
            self.document.push(SetField(key, "statement", text))

    def _close_editor(self, commit: bool) -> None:
        if self._editor is not None:
            self._editor.finish(commit)
