"""`pokin export-tc27 FILE -o OUT.xlsx [--opd NAME]`: the plan as the Renstra table T-C.27."""

from __future__ import annotations

import argparse

from .common import CliError, output, workbook_output

NAME = "export-tc27"
HELP = "simpan rencana sebagai tabel Renstra T-C.27 (.xlsx), satu lembar per perangkat daerah"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BERKAS", help="berkas rencana, buku kerja .xlsx, atau BERKAS@SNAPSHOT")
    parser.add_argument("-o", "--output", required=True, metavar="KELUARAN.xlsx", help="buku kerja keluaran")
    parser.add_argument("--opd", metavar="NAMA", help="hanya perangkat daerah ini (bawaan: semua, satu lembar masing-masing)")


def run(args: argparse.Namespace) -> int:
    out = workbook_output(args.file, args.output)

    from app.exchange.oserrors import why
    from app.exchange.tc27_writer import MAX_YEARS, write_tc27
    from app.model.rules.base import norm_opd
    from app.plan_io import load_plan

    plan = load_plan(args.file)
    opds = plan.opds()
    if args.opd:
        chosen = [o for o in opds if norm_opd(o) == norm_opd(args.opd)]
        if not chosen:
            known = ", ".join(opds) or "tidak ada"
            raise CliError(f"Perangkat daerah '{args.opd}' tidak ada dalam rencana (yang ada: {known}).")
        opds = chosen[:1]
    try:
        sheets = write_tc27(plan, out, opds)
    except OSError as exc:
        raise CliError(f"Buku kerja {out.name} tidak dapat ditulis ({why(exc)}).") from exc
    years = list(plan.years)
    if len(years) > MAX_YEARS:
        output(f"Rencana {len(years)} tahun: T-C.27 memuat lima tahun pertama "
               f"({years[0]}-{years[MAX_YEARS - 1]}).")
    output(f"Tabel T-C.27 ({len(sheets)} lembar) disimpan ke {out}.")
    return 0
