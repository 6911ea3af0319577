"""`pokin crosscut FILE [--json]`: crosscutting found in a plan (LKE 1.b.9)."""

from __future__ import annotations

import argparse

from .common import json_text, output, table

NAME = "crosscut"
HELP = "daftar crosscutting dalam rencana (program dan simpul bersama)"

KIND_LABELS = {"shared-program": "program bersama", "shared-node": "simpul bersama"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BERKAS", help="berkas rencana, buku kerja .xlsx, atau BERKAS@SNAPSHOT")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")


def run(args: argparse.Namespace) -> int:
    from app.model.crosscut import find_crosscutting
    from app.plan_io import load_plan

    plan = load_plan(args.file)
    found = find_crosscutting(plan)
    if args.json:
        output(json_text({"crosscutting": [c.to_json() for c in found]}))
        return 0
    lines = [f"Rencana: {plan.name}" if plan.name else "Rencana tanpa nama", ""]
    if found:
        rows = []
        for c in found:
            if c.kind == "shared-program":
                what = f"{c.code} {c.name}".strip()
            else:
                node = plan.get(c.node)
                what = f"{c.node}: {node.statement}" if node else c.node
            rows.append([KIND_LABELS.get(c.kind, c.kind), "; ".join(c.opds), what])
        lines.append(table(["Jenis", "Perangkat Daerah", "Program / Simpul"], rows))
        lines.append("")
        lines.append(f"{len(found)} crosscutting ditemukan.")
    else:
        lines.append("Tidak ada crosscutting.")
    output("\n".join(lines))
    return 0
