"""`pokin import FILE -o PLAN [--layout ...] [--opd NAME] [--years YYYY-YYYY]`: a new plan from a workbook.

The workbook may be the exchange format, a Renstra table T-C.27 or a staircase
tabel cascading (.xlsx, .xls, or an HTML table saved as .xls). All or nothing:
the whole file is read before the plan file is made, and a refused file leaves
nothing behind. The report (what was read, what was skipped and why) goes to
stdout.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from .common import CliError, output, plan_source, same_file

NAME = "import"
HELP = "buat rencana baru dari buku kerja (pertukaran, T-C.27, atau tabel cascading)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BERKAS", help="buku kerja .xlsx/.xls atau tabel HTML .xls")
    parser.add_argument("-o", "--output", required=True, metavar="RENCANA",
                        help="berkas rencana baru (.pokin) atau URL basis data tim")
    parser.add_argument("--layout", choices=("auto", "exchange", "tc27", "staircase"), default="auto",
                        help="tata letak buku kerja (bawaan: auto, dikenali sendiri)")
    parser.add_argument("--opd", metavar="NAMA", default="",
                        help="perangkat daerah, bila tabel tidak menyebutnya")
    parser.add_argument("--years", metavar="AWAL-AKHIR", help="tahun rencana, mis. 2025-2029")
    parser.add_argument("--force", action="store_true", help="timpa RENCANA bila sudah ada")


def parse_years(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*[-–/]\s*(\d{4})\s*", text)
    if not m or not (1900 <= int(m.group(1)) <= int(m.group(2)) <= 2999):
        raise CliError(f"--years '{text}' bukan rentang tahun (tulis seperti 2025-2029).")
    if int(m.group(2)) - int(m.group(1)) > 9:
        raise CliError(f"--years '{text}': rentang lebih dari sepuluh tahun.")
    return int(m.group(1)), int(m.group(2))


def _is_plan(ref: str) -> bool:
    """True for what is not a spreadsheet: a Pokin plan file, FILE@SNAPSHOT, a database URL."""
    if "://" in ref:
        return True
    path = Path(ref)
    if not path.is_file():
        return "@" in ref and Path(plan_source(ref)).is_file()
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods", ".htm", ".html"):
        return False
    with open(path, "rb") as f:
        return f.read(16).startswith(b"SQLite format 3")


def run(args: argparse.Namespace) -> int:
    team = "://" in args.output
    out = Path(args.output)
    years = parse_years(args.years)
    if not team:
        if same_file(plan_source(args.file), out):
            raise CliError("Berkas keluaran sama dengan berkas masukan; pilih nama lain untuk -o.")
        if out.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
            raise CliError(
                f"'{out.name}' bernama seperti buku kerja; berkas rencana memakai akhiran .pokin "
                "(untuk buku kerja pakai 'pokin export-xlsx')."
            )
        if out.is_dir():
            raise CliError(f"'{out.name}' adalah folder, bukan berkas.")
        if out.exists() and not args.force:
            raise CliError(f"Berkas {out.name} sudah ada; pakai --force untuk menimpanya.")

    from app.exchange import WorkbookError
    from app.exchange.importer import import_workbook
    from app.exchange.report import ImportOptions
    from app.store import PlanFile, StoreError

    src = Path(args.file)
    report = None
    kept: list = []  # the revisions of a plan file or team plan copied whole
    if _is_plan(args.file):  # a plan file, a snapshot (FILE@NAME) or a team database: copied
        from app.plan_io import load_plan

        plan = load_plan(args.file)
        if plan_source(args.file) == args.file:
            try:
                with PlanFile.open(args.file, read_only=True) as source:
                    kept = source.snapshot_rows()
            except StoreError as exc:
                raise CliError(str(exc)) from exc
    else:
        try:  # the whole workbook is read (or refused) before anything is made
            plan, report = import_workbook(src, args.layout, ImportOptions(opd=args.opd, years=years))
        except WorkbookError as exc:
            raise CliError(str(exc)) from exc
    try:
        with PlanFile.create(args.output, plan, overwrite=args.force) as made:
            made.put_snapshot_rows(kept)
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    if report is not None and report.layout != "exchange":
        output(report.text(plan))
    where = "basis data tim" if team else str(out)
    output(f"Rencana '{plan.name}' ({len(plan)} simpul) disimpan ke {where}.")
    return 0
