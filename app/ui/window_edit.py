"""Edit, check, view and help actions of the main window (the Sunting, Periksa, Bantuan menus).

The canvas handles its own keys; these are the same edits reached from the
menus (mouse users, and the window when the canvas is not focused). Each one
is a model command pushed on the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.model.commands import AddNode, DeleteSubtree, copy_subtree
from app.model.plan import Node

if TYPE_CHECKING:
    from app.ui.document import Document
    from app.ui.panels.inspector import InspectorPanel
    from app.ui.settings import Settings

SHORTCUTS = (
    ("Tab / Enter", "tambah anak / tambah saudara"),
    ("F2, klik ganda", "sunting pernyataan di tempat"),
    ("Del", "hapus simpul (bertanya bila punya anak)"),
    ("Ctrl+Z / Ctrl+Y", "urungkan / ulangi"),
    ("Panah", "pindah pilihan (induk, anak, saudara)"),
    ("Ctrl+F, F3, Shift+F3", "cari, hasil berikutnya, hasil sebelumnya"),
    ("F atau Ctrl+0", "paskan pohon ke jendela"),
    ("Ctrl+plus / Ctrl+minus", "perbesar / perkecil"),
    ("1 … 6", "tampilkan sampai level N"),
    ("Ctrl+C / Ctrl+V", "salin / tempel cabang"),
    ("F5 / Esc", "mode presentasi / keluar"),
)


class EditMixin:
    """Edits through model commands; mixed into MainWindow (which provides the attributes)."""

    document: Document | None
    inspector: InspectorPanel
    settings: Settings
    _clipboard: str | None

    def _new_node(self, level: str, parent: str | None, opds: tuple[str, ...]) -> Node:
        plan = self.document.plan  # type: ignore[union-attr]
        return Node(plan.new_key(), level, "", opds=opds, parent=parent)

    def _after_add(self, key: str) -> None:
        self.select_node(key, True)  # type: ignore[attr-defined]
        self.edit_statement()

    def _canvas_does(self, name: str) -> bool:
        """Let the canvas do a gesture it implements itself, so keys and menus behave alike."""
        method = getattr(getattr(self, "canvas", None), name, None)
        if not callable(method):
            return False
        method()
        return True

    def add_child(self) -> None:
        doc, key = self.document, self.selected_key()  # type: ignore[attr-defined]
        if doc is None or self._canvas_does("add_child"):
            return
        plan = doc.plan
        names = plan.scheme.names
        if key is None:
            node = self._new_node(names[0], None, ())
        else:
            parent = plan[key]
            i = plan.scheme.index(parent.level)
            if i >= len(names) - 1:
                self.show_status_message(  # type: ignore[attr-defined]
                    f"{parent.level} adalah level terendah: tidak dapat diberi anak."
                )
                return
            level = names[max(i + 1, 0)]
            opds = parent.opds if plan.scheme.is_opd_level(level) else ()
            node = self._new_node(level, key, opds)
        if doc.push(AddNode(node)):
            self._after_add(node.key)

    def add_sibling(self) -> None:
        doc, key = self.document, self.selected_key()  # type: ignore[attr-defined]
        if doc is None or self._canvas_does("add_sibling"):
            return
        if key is None:
            self.add_child()
            return
        plan = doc.plan
        me = plan[key]
        parent = me.parent if me.parent in plan else None
        node = self._new_node(me.level, parent, me.opds)
        index = plan.index_in_parent(key) + 1 if parent is not None else None
        if doc.push(AddNode(node, index)):
            self._after_add(node.key)

    def edit_statement(self) -> None:
        key = self.selected_key()  # type: ignore[attr-defined]
        if key is None:
            return
        canvas = getattr(self, "canvas", None)
        if hasattr(canvas, "edit_statement"):
            canvas.edit_statement(key)  # type: ignore[union-attr]
        else:
            self.inspector.statement.setFocus()

    def delete_selected(self) -> None:
        doc, key = self.document, self.selected_key()  # type: ignore[attr-defined]
        if doc is None or key is None or self._canvas_does("delete_selected"):
            return
        below = len(doc.plan.subtree(key)) - 1
        if below and not self.confirm(  # type: ignore[attr-defined]
            "Hapus simpul",
            f"Simpul ini punya {below} turunan. Hapus simpul beserta semua turunannya?",
        ):
            return
        doc.push(DeleteSubtree(key))

    def copy_selected(self) -> None:
        key = self.selected_key()  # type: ignore[attr-defined]
        if key is not None and not self._canvas_does("copy_selected"):
            self._clipboard = key
            self.show_status_message("Cabang disalin.")  # type: ignore[attr-defined]

    def paste_under_selected(self) -> None:
        doc, key = self.document, self.selected_key()  # type: ignore[attr-defined]
        if doc is not None and self._canvas_does("paste_under_selected"):
            return
        source = self._clipboard
        if doc is None or source is None or source not in doc.plan:
            return
        command = copy_subtree(doc.plan, source, key)
        if doc.push(command):
            self.select_node(command.nodes[0].key, True)  # type: ignore[attr-defined]

    # --- Periksa, Tampilan, Bantuan -----------------------------------------------

    def check_now(self) -> None:
        if self.document is not None:
            self.document.recheck()
            self.left_tabs.setCurrentWidget(self.findings_panel)  # type: ignore[attr-defined]

    def crosscut_matrix_dialog(self) -> None:
        from app.ui.dialogs.crosscut_matrix import CrosscutMatrixDialog

        if self.document is None:
            return
        if not self.document.crosscuts:
            self.document.recheck()
        dialog = CrosscutMatrixDialog(self.document.plan, self.document.crosscuts, self)  # type: ignore[arg-type]
        dialog.node_activated.connect(lambda k: self.select_node(k, True))  # type: ignore[attr-defined]
        dialog.highlight_requested.connect(self.set_extra_marks)  # type: ignore[attr-defined]
        self.crosscut_dialog = dialog
        dialog.show()

    def choose_language(self, code: str) -> None:
        if code == self.settings.language():
            return
        self.settings.set_language(code)
        self.notify(  # type: ignore[attr-defined]
            "Bahasa",
            "Bahasa antarmuka akan berganti setelah Pokin dibuka ulang."
            if code == "id"
            else "The interface language changes when Pokin is started again.",
        )

    def presentation_available(self) -> bool:
        try:
            import app.ui.presentation  # noqa: F401
        except ImportError:
            return False
        return True

    def start_presentation(self) -> None:
        if self.document is None or not self.presentation_available():
            return
        from app.ui import presentation

        starter = getattr(presentation, "start_presentation", None)
        if callable(starter):
            starter(self)

    def show_shortcuts(self) -> None:
        text = "\n".join(f"{k}: {v}" for k, v in SHORTCUTS)
        self.notify("Pintasan Keyboard", text)  # type: ignore[attr-defined]

    def show_about(self) -> None:
        from app import __version__

        self.notify(  # type: ignore[attr-defined]
            "Tentang Pokin",
            f"Pokin {__version__}\nPenyunting pohon kinerja pemerintah daerah: cascading, "
            "crosscutting, pemeriksaan, dan cetak.",
        )
