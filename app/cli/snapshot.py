"""`pokin snapshot FILE NAME [--author A] [--note N]` and `pokin snapshot FILE --list [--json]`.

Saves a named revision of the plan inside its plan file ("Sebelum asistensi
19 Mei 2024"), so that `pokin diff FILE@NAME FILE` shows later what a session
changed. FILE may be a team plan's URL (`pokin diff URL@NAME URL`): there only
Bappeda saves revisions (exit 4 for others) and the author is the login. A
workbook cannot hold revisions: it is refused with a hint.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from .common import CliError, json_text, output, plan_source, table

NAME = "snapshot"
EXIT_NOT_ALLOWED = 4
HELP = "simpan revisi bernama di dalam berkas rencana, atau daftar revisinya (--list)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BERKAS", help="berkas rencana (.pokin) atau URL rencana tim")
    parser.add_argument("name", metavar="NAMA", nargs="?", help="nama revisi, mis. 'Sebelum asistensi'")
    parser.add_argument("--author", metavar="PENULIS", help="penulis revisi (bawaan: pengguna komputer)")
    parser.add_argument("--note", metavar="CATATAN", default="", help="catatan revisi")
    parser.add_argument("--list", action="store_true", help="daftar revisi yang tersimpan")
    parser.add_argument("--json", action="store_true", help="daftar dalam JSON (dengan --list)")


def run(args: argparse.Namespace) -> int:
    team = "://" in args.file
    path: str | Path = args.file if team else Path(args.file)
    if plan_source(args.file) != args.file:
        raise CliError(f"'{args.file}' menunjuk sebuah revisi; beri nama berkas rencananya saja.")
    if not team:
        from app.plan_io import is_workbook

        assert isinstance(path, Path)
        if path.is_file() and is_workbook(path):
            raise CliError(
                f"{path.name} adalah buku kerja .xlsx; revisi hanya dapat disimpan di berkas "
                f"rencana (buat dulu dengan 'pokin import {path.name} -o RENCANA.pokin')."
            )
        if not path.exists():
            raise CliError(f"Berkas {path.name}: berkas tidak ditemukan.")
    if args.list:
        if args.name:
            raise CliError("Pakai --list tanpa NAMA.")
        return _list(path, args.json)
    if not args.name:
        raise CliError("Beri NAMA revisi, atau --list untuk melihat revisi yang ada.")

    from app.store import NotAllowed, PlanFile, StoreError

    try:
        with PlanFile.open(path) as pf:
            # On a team plan the author is the login (the server enforces it): --author is ignored.
            info = pf.save_snapshot(args.name, _author(args.author), args.note)
            where = pf.path.name
    except NotAllowed as exc:
        raise CliError(str(exc), EXIT_NOT_ALLOWED) from exc
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    by = f" oleh {info.author}" if team and info.author else ""
    output(f"Revisi '{info.name}' ({info.node_count} simpul) disimpan di {where}{by}.")
    return 0


def _list(path: str | Path, as_json: bool) -> int:
    from app.store import PlanFile, StoreError

    try:
        with PlanFile.open(path, read_only=True) as pf:
            infos = pf.snapshots()
            where = pf.path.name
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    if as_json:
        output(json_text({"snapshots": [
            {"name": i.name, "created": i.created, "author": i.author, "note": i.note,
             "nodes": i.node_count} for i in infos
        ]}))
    elif not infos:
        output(f"Belum ada revisi di {where}.")
    else:
        rows = [[i.name, _when(i.created), i.author or "-", str(i.node_count), i.note or "-"]
                for i in infos]
        output(table(["Nama", "Dibuat", "Penulis", "Simpul", "Catatan"], rows))
    return 0


def _author(given: str | None) -> str:
    if given is not None:
        return given
    try:
        return getpass.getuser()
    except Exception:  # no user name known: leave it empty
        return ""


def _when(iso: str) -> str:
    """2024-05-19T02:30:00+00:00 -> 2024-05-19 02:30 UTC."""
    text = iso.replace("T", " ")
    if text.endswith("+00:00"):
        return text[:16] + " UTC"
    return text[:16]
