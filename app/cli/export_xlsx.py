"""`pokin export-xlsx FILE -o OUT.xlsx`: a plan as an exchange workbook."""

from __future__ import annotations

import argparse

from .common import CliError, output, workbook_output

NAME = "export-xlsx"
HELP = "simpan rencana sebagai buku kerja pertukaran .xlsx"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BERKAS", help="berkas rencana, buku kerja .xlsx, atau BERKAS@SNAPSHOT")
    parser.add_argument("-o", "--output", required=True, metavar="KELUARAN.xlsx", help="buku kerja keluaran")


def run(args: argparse.Namespace) -> int:
    out = workbook_output(args.file, args.output)

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
