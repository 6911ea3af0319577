"""What every subcommand shares: the error that ends it, safe printing, output paths."""

from __future__ import annotations

import os
import sys
from pathlib import Path


class CliError(Exception):
    """Ends a subcommand with an Indonesian message on stderr and exit code `code` (2)."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def output(text: str) -> None:
    """Print to stdout; a closed pipe (`pokin validate x | head`) ends output quietly."""
    try:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # Point stdout at /dev/null so that Python's exit-time flush stays silent.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when two paths name one file (also through links), whether it exists or not."""
    pa, pb = Path(a), Path(b)
    try:
        if pa.exists() and pb.exists():
            return os.path.samefile(pa, pb)
    except OSError:
        pass
    return pa.resolve() == pb.resolve()


def plan_source(ref: str) -> str:
    """The file (or URL) part of a plan reference (`FILE@NAME` -> FILE, `URL@NAME` -> URL)."""
    if "://" in ref:
        from app.store.refs import split_url_ref

        return split_url_ref(ref)[0]
    if "@" in ref:
        file = ref.rsplit("@", 1)[0]
        if file and Path(file).is_file():
            return file
    return ref


def json_text(obj: object) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False, indent=2)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """An aligned text table; the last column is not padded (it holds long messages)."""
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row[:-1]):
            widths[i] = max(widths[i], len(cell))
    lines = []
    for row in [headers, ["-" * w for w in widths[:-1]] + ["-" * len(headers[-1])], *rows]:
        cells = [c.ljust(widths[i]) for i, c in enumerate(row[:-1])] + [row[-1]]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def workbook_output(source: str, output_path: str) -> Path:
    """The `-o` of a command writing a workbook: an .xlsx that is neither the input nor a folder."""
    out = Path(output_path)
    if same_file(plan_source(source), out):
        raise CliError("Berkas keluaran sama dengan berkas masukan; pilih nama lain untuk -o.")
    if out.suffix.lower() != ".xlsx":
        raise CliError(f"Buku kerja keluaran harus berakhiran .xlsx (bukan '{out.name}').")
    if out.is_dir():
        raise CliError(f"'{out.name}' adalah folder, bukan berkas.")
    return out
