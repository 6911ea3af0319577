"""`pokin import FILE.xlsx -o PLAN [--force]`: a new plan file from a workbook, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import CliError, output, plan_source, same_file

NAME = "import"
HELP = "buat berkas rencana baru dari buku kerja .xlsx"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BERKAS.xlsx", help="buku kerja pertukaran")
    parser.add_argument("-o", "--output", required=True, metavar="RENCANA", help="berkas rencana baru")
    parser.add_argument("--force", action="store_true", help="timpa RENCANA bila sudah ada")


def run(args: argparse.Namespace) -> int:
    if "://" in args.output:  # a team database (PostgreSQL URL)
        return _import_to_team(args)
    out = Path(args.output)
    if same_file(plan_source(args.file), out):
        raise CliError("Berkas keluaran sama dengan berkas masukan; pilih nama lain untuk -o.")
    if out.suffix.lower() in (".xlsx", ".xlsm"):
        raise CliError(
            f"'{out.name}' bernama seperti buku kerja; berkas rencana memakai akhiran .pokin "
            "(untuk buku kerja pakai 'pokin export-xlsx')."
        )
    if out.is_dir():
        raise CliError(f"'{out.name}' adalah folder, bukan berkas.")
    if out.exists() and not args.force:
        raise CliError(f"Berkas {out.name} sudah ada; pakai --force untuk menimpanya.")

    from app.plan_io import load_plan
    from app.store import PlanFile, StoreError

    plan = load_plan(args.file)  # refuses the whole workbook before anything is made
    try:
        PlanFile.create(out, plan, overwrite=args.force).close()
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    output(f"Rencana '{plan.name}' ({len(plan)} simpul) disimpan ke {out}.")
    return 0


def _import_to_team(args: argparse.Namespace) -> int:
    """`pokin import X.xlsx -o postgresql+psycopg://...`: the plan into an empty team database."""
    from app.plan_io import load_plan
    from app.store import PlanFile, StoreError

    plan = load_plan(args.file)
    try:
        PlanFile.create(args.output, plan, overwrite=args.force).close()
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    output(f"Rencana '{plan.name}' ({len(plan)} simpul) disimpan ke basis data tim.")
    return 0
