"""`pokin export-minutes FILE -o OUT.pdf [--title T] [--date D] [--opd NAME] [--status S]`.

The minutes (notulen) of an assistance session from the review notes kept in
a plan: grouped by OPD, with each node's statement and the decision taken.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import CliError, output, plan_source, same_file

NAME = "export-minutes"
HELP = "simpan notulen asistensi (catatan reviu per perangkat daerah) sebagai PDF"
STATUSES = {"terbuka": "open", "selesai": "resolved", "open": "open", "resolved": "resolved"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BERKAS", help="berkas rencana, buku kerja .xlsx, atau BERKAS@REVISI")
    parser.add_argument("-o", "--output", required=True, metavar="KELUARAN.pdf", help="PDF keluaran")
    parser.add_argument("--title", default="Notulen Asistensi", help="judul (bawaan: Notulen Asistensi)")
    parser.add_argument("--date", metavar="TANGGAL", help="tanggal sesi, mis. 2024-05-19")
    parser.add_argument("--opd", metavar="NAMA", help="hanya catatan pada simpul perangkat daerah ini")
    parser.add_argument("--status", choices=sorted(STATUSES), help="hanya catatan terbuka atau selesai")


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        raise CliError(f"Berkas keluaran harus berakhiran .pdf (bukan '{out.name}').")
    if same_file(plan_source(args.file), out):
        raise CliError("Berkas keluaran sama dengan berkas masukan; pilih nama lain untuk -o.")

    from app.export.minutes import export_minutes, group_notes
    from app.plan_io import load_plan

    plan = load_plan(args.file)
    if args.opd and args.opd not in plan.opds():
        raise CliError(f"Perangkat daerah '{args.opd}' tidak ada di rencana ini.")
    status = STATUSES[args.status] if args.status else None
    try:
        export_minutes(plan, out, title=args.title, date=args.date, opd=args.opd, status=status)
    except OSError as exc:
        raise CliError(f"Berkas {out.name} tidak dapat ditulis ({exc.strerror or exc}).") from exc
    count = len({n.id for _, notes in group_notes(plan, args.opd, status) for n in notes})
    output(f"Notulen ({count} catatan reviu) disimpan ke {out}.")
    return 0
