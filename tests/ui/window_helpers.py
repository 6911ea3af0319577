"""Plans and windows for the main-window, panel and dialog tests.

The plan is built in code (not read from the sample workbook) so that each
test knows exactly which nodes, OPDs and faults exist.
"""

from __future__ import annotations

from pathlib import Path

from app.model.plan import Indicator, Node, Plan

KES = "Dinas Kesehatan, Pengendalian Penduduk dan KB"
SOS = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
PU = "Dinas PUPR, Perumahan Rakyat dan Kawasan Permukiman"


def _ind(name: str, jenis: str, satuan: str = "%", base: float = 10.0) -> Indicator:
    return Indicator(name, jenis, satuan, "naik", base, {2024: base + 1, 2025: base + 2,
                                                        2026: base + 3})


def build_plan() -> Plan:
    """A small tree over every default level, with one shared program and a few faults."""
    plan = Plan("RPD Kota Uji 2024-2026", "Kota Uji", "kota", "RPD", 2024, 2026)
    nodes = [
        Node("T1", "Tujuan", "Meningkatnya kualitas hidup masyarakat",
             indicators=(_ind("Indeks pembangunan manusia", "dampak", "indeks", 78.0),)),
        Node("S1", "Sasaran", "Meningkatnya derajat kesehatan masyarakat", parent="T1",
             indicators=(_ind("Usia harapan hidup", "outcome", "tahun", 73.0),)),
        Node("S2", "Sasaran", "Menurunnya angka kemiskinan", parent="T1",
             indicators=(Indicator("Persentase penduduk miskin", "outcome", "%", "turun", 8.1,
                                   {2024: 7.8, 2025: 7.5, 2026: 7.2}),)),
        Node("SS1", "Sasaran Strategis PD", "Meningkatnya mutu layanan kesehatan",
             opds=(KES,), parent="S1",
             indicators=(_ind("Indeks kepuasan layanan kesehatan", "outcome", "indeks", 80),)),
        Node("SS2", "Sasaran Strategis PD", "Meningkatnya perlindungan sosial keluarga rentan",
             opds=(SOS,), parent="S2",
             indicators=(_ind("Persentase keluarga rentan terlindungi", "outcome"),)),
        Node("P1", "Program", "Meningkatnya cakupan upaya kesehatan masyarakat", code="1.02.02",
             opds=(KES,), parent="SS1",
             indicators=(_ind("Persentase penduduk terlayani", "outcome", "%", 70),)),
        Node("P2", "Program", "Meningkatnya gizi balita keluarga miskin", code="1.02.02",
             opds=(SOS,), parent="SS2",
             indicators=(_ind("Prevalensi stunting", "outcome", "%", 20),)),
        Node("K1", "Kegiatan", "Tersedianya layanan kesehatan ibu dan anak",
             code="1.02.02.2.02", opds=(KES,), parent="P1",
             indicators=(_ind("Jumlah ibu hamil terlayani", "output", "orang", 900),)),
        Node("SK1", "Sub Kegiatan", "Tersedianya pemeriksaan ibu hamil di puskesmas",
             code="1.02.02.2.02.0001", opds=(KES,), parent="K1",
             indicators=(_ind("Jumlah pemeriksaan", "output", "kali", 1200),),
             budget={2024: 150_000_000.0}),
        # faults: no indicator, activity statement, no OPD at an OPD level
        Node("K2", "Kegiatan", "Penyusunan dokumen perencanaan Pèrangkat Daerah",
             code="1.02.02.2.01", opds=(PU,), parent="P1"),
    ]
    plan.load_nodes(nodes)
    return plan


def make_plan_file(tmp_path: Path, plan: Plan | None = None, name: str = "uji.pokin"):
    """A real plan file in `tmp_path` holding `plan` (the test plan by default)."""
    from app.store import PlanFile

    return PlanFile.create(tmp_path / name, plan or build_plan())


def open_window(qtbot, tmp_path: Path, plan: Plan | None = None):
    """A main window on a real plan file, with notify/confirm recorded instead of shown."""
    from app.ui.document import Document
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    messages: list[tuple[str, str]] = []
    answers: list[bool] = []
    window = MainWindow(
        Settings.at(tmp_path / "settings.ini"),
        notify=lambda title, text: messages.append((title, text)),
        confirm=lambda title, text: answers.pop(0) if answers else True,
    )
    window.messages = messages  # type: ignore[attr-defined]
    window.answers = answers  # type: ignore[attr-defined]
    imports: list[Path] = []  # tables that would have gone through the import dialog
    window.ask_import = lambda path: imports.append(path)  # type: ignore[method-assign]
    window.imports = imports  # type: ignore[attr-defined]
    qtbot.addWidget(window, before_close_func=lambda w: w.deleteLater())
    if plan is not False:  # type: ignore[comparison-overlap]
        plan_file = make_plan_file(tmp_path, plan)
        window.set_document(Document(plan_file.plan, plan_file))
    window.show()
    qtbot.waitExposed(window)
    return window
