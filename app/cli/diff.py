"""`pokin diff OLD NEW [--json] [--xlsx OUT] [--pdf OUT]`: what changed from OLD to NEW.

OLD and NEW are each a plan file, an exchange workbook or `FILE@NAME` (a
snapshot inside a plan file), a team plan's URL or `URL@NAME`. `--json` prints exactly the shape of contract
section 2; otherwise an Indonesian table, one line per change. `--xlsx` and
`--pdf` also write the matriks perubahan. Exit 0 after a comparison (with or
without changes), 2 when a plan cannot be read.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from .common import CliError, json_text, output, plan_source, same_file, table

NAME = "diff"
HELP = "bandingkan dua versi rencana (berkas, buku kerja .xlsx, atau BERKAS@REVISI)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="LAMA", help="versi lama: berkas rencana, .xlsx, atau BERKAS@REVISI")
    parser.add_argument("new", metavar="BARU", help="versi baru: berkas rencana, .xlsx, atau BERKAS@REVISI")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    parser.add_argument("--xlsx", metavar="KELUARAN.xlsx", help="simpan juga matriks perubahan sebagai buku kerja")
    parser.add_argument("--pdf", metavar="KELUARAN.pdf", help="simpan juga matriks perubahan sebagai PDF")


def run(args: argparse.Namespace) -> int:
    for out, suffix in ((args.xlsx, ".xlsx"), (args.pdf, ".pdf")):
        if out is None:
            continue
        if Path(out).suffix.lower() != suffix:
            raise CliError(f"Berkas keluaran '{Path(out).name}' harus berakhiran {suffix}.")
        if any(same_file(plan_source(ref), out) for ref in (args.old, args.new)):
            raise CliError("Berkas keluaran sama dengan berkas masukan; pilih nama lain.")

    from app.model.diff import diff_plans
    from app.plan_io import load_plan

    old = load_plan(args.old)
    new = load_plan(args.new)
    diff = diff_plans(old, new)
    old_label, new_label = version_label(args.old), version_label(args.new)
    if args.xlsx:
        from app.export.changes_xlsx import export_changes_xlsx

        _write(lambda: export_changes_xlsx(diff, old, new, args.xlsx, old_label=old_label,
                                           new_label=new_label), args.xlsx)
    if args.pdf:
        from app.export.changes_pdf import export_changes_pdf

        _write(lambda: export_changes_pdf(diff, old, new, args.pdf, old_label=old_label,
                                          new_label=new_label), args.pdf)
    if args.json:
        output(json_text(diff.to_dict()))
    else:
        output(human(diff, old, new, old_label, new_label))
    return 0


def _write(action, out: str) -> None:
    try:
        action()
    except OSError as exc:
        raise CliError(f"Berkas {Path(out).name} tidak dapat ditulis ({exc.strerror or exc}).") from exc


def version_label(ref: str) -> str:
    """Which version a reference is, for headers: the file and its date, or the snapshot's name and date."""
    source = plan_source(ref)
    if "://" in ref:  # a team plan, or a snapshot in one: the database's name
        from app.store.team import team_name

        database = team_name(source).name
        return f"{database} (rencana tim)" if source == ref else f"{database} @ {ref[len(source) + 1:]}"
    if source == ref:
        try:
            changed = dt.date.fromtimestamp(Path(ref).stat().st_mtime)
        except OSError:
            return Path(ref).name
        return f"{Path(ref).name} (diubah {changed.isoformat()})"
    name = ref[len(source) + 1:]
    label = f"{Path(source).name} @ {name}"
    created = _snapshot_created(source, name)
    return f"{label} ({created[:10]})" if created else label


def _snapshot_created(file: str, name: str) -> str:
    """When snapshot `name` was taken, read straight from the file's snapshot table.

    `PlanFile.open` would load the whole live plan just for this date (seconds
    at 20,000 nodes), so one read-only query it is; any failure gives no date.
    """
    import sqlite3

    try:
        from app.store.schema import read_only_uri

        conn = sqlite3.connect(read_only_uri(file), uri=True)
        try:
            row = conn.execute("SELECT created FROM snapshots WHERE name = ?", (name,)).fetchone()
        finally:
            conn.close()
    except Exception:  # a label is a courtesy; the plan itself was read
        return ""
    return str(row[0]) if row and row[0] else ""


def human(diff, old, new, old_label: str, new_label: str) -> str:
    """The comparison as an Indonesian text table."""
    from app.model.diff_rows import change_rows
    from app.util.indonesian import format_value

    lines = [
        f"Lama: {old.name or '(tanpa nama)'} [{old_label}]",
        f"Baru: {new.name or '(tanpa nama)'} [{new_label}]",
        "",
    ]
    rows = change_rows(diff, old, new)
    if not rows:
        lines.append("Tidak ada perubahan.")
        return "\n".join(lines)
    body = []
    for r in rows:
        if r.field:
            what = f"{r.field}: {_short(format_value(r.old_value))} → {_short(format_value(r.new_value))}"
        else:
            what = ""
        if r.kind in ("Ditambah", "Dihapus"):
            statement = r.new_statement or r.old_statement
            what = f"{statement} ({what})" if what else statement
        body.append([r.kind, r.key or "(rencana)", r.level, what])
    lines.append(table(["Perubahan", "ID", "Level", "Rincian"], body))
    c = diff.counts()
    lines += [
        "",
        f"{c['added']} ditambah, {c['removed']} dihapus, {c['moved']} dipindah, {c['changed']} diubah"
        f" ({c['indicators']} perubahan indikator, {c['targets']} perubahan target).",
    ]
    return "\n".join(lines)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if not text:
        return "-"
    return text if len(text) <= limit else text[: limit - 1] + "…"
