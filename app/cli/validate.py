"""`pokin validate FILE [--json]`: every check of contract section 3 over one plan.

Exit 0 when no finding is an error, 1 when one is, 2 when FILE cannot be read.
"""

from __future__ import annotations

import argparse

from .common import json_text, output, table

NAME = "validate"
HELP = "periksa rencana dengan semua aturan; keluar 1 bila ada galat"

SEVERITY_LABELS = {"error": "galat", "warning": "peringatan", "info": "info"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BERKAS", help="berkas rencana, buku kerja .xlsx, atau BERKAS@SNAPSHOT")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")


def run(args: argparse.Namespace) -> int:
    from app.model.checks import check_plan
    from app.plan_io import load_plan

    plan = load_plan(args.file)
    findings = check_plan(plan)
    has_error = any(f.severity == "error" for f in findings)
    if args.json:
        output(json_text({"plan": plan.name, "findings": [f.to_json() for f in findings]}))
    else:
        output(human(plan.name, findings))
    return 1 if has_error else 0


def human(plan_name: str, findings: list) -> str:
    lines = [f"Rencana: {plan_name}" if plan_name else "Rencana tanpa nama", ""]
    if findings:
        rows = [
            [f.rule, SEVERITY_LABELS.get(f.severity, f.severity), f.node, f.message]
            for f in findings
        ]
        lines.append(table(["Aturan", "Tingkat", "Simpul", "Pesan"], rows))
        lines.append("")
    lines.append(summary(findings))
    return "\n".join(lines)


def summary(findings: list) -> str:
    """ "3 temuan: 1 galat, 2 peringatan" (or that there is none)."""
    if not findings:
        return "Tidak ada temuan."
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    order = ["error", "warning"] + sorted(set(counts) - {"error", "warning"})
    parts = [f"{counts.get(s, 0)} {SEVERITY_LABELS.get(s, s)}" for s in order if s in SEVERITY_LABELS or counts.get(s)]
    return f"{len(findings)} temuan: " + ", ".join(parts)
