"""`pokin export-xlsx FILE -o OUT.xlsx`: a plan as an exchange workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import CliError, output, plan_source, same_file

NAME = "export-xlsx"
HELP = "simpan rencana sebagai buku kerja pertukaran .xlsx"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BERKAS", help="berkas rencana, buku kerja .xlsx, atau BERKAS@SNAPSHOT")
    parser.add_argument("-o", "--output", required=True, metavar="KELUARAN.xlsx", help="buku kerja keluaran")


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if same_file(plan_source(args.file), out):
        raise CliError("Berkas keluaran sama dengan berkas masukan; pilih nama lain untuk -o.")
    if out.suffix.lower() != ".xlsx":
        raise CliError(f"Buku kerja keluaran harus berakhiran .xlsx (bukan '{out.name}').")
    if out.is_dir():
        raise CliError(f"'{out.name}' adalah folder, bukan berkas.")

    from app.exchange import write_workbook
    from app.exchange.oserrors import why
    from app.plan_io import load_plan

    plan = load_plan(args.file)
    try:
        write_workbook(plan, out)
    except OSError as exc:
        raise CliError(f"Buku kerja {out.name} tidak dapat ditulis ({why(exc)}).") from exc
    output(f"Rencana '{plan.name}' ({len(plan)} simpul) disimpan ke {out}.")
    return 0
