"""`pokin set PLAN KEY FIELD VALUE [--expect OLD]`: one edit, as the connecting user (contract §2).

Through the same path as an edit in the editor: an `EditSession` over the
plan file or team database, so the edit merges with what others stored and is
refused as a conflict when someone else changed the same field. With
`--expect`, the edit is stored only if the stored value is OLD at the moment
of writing (compare-and-set): of twenty processes running the same
`pokin set ... --expect OLD` at once, exactly one stores; the others exit 3.

Exit codes: 0 stored; 2 unreadable plan, unknown key or field (or a value the
field cannot take); 3 conflict, the stored value printed on stderr; 4 not
allowed for this user.
"""

from __future__ import annotations

import argparse

from .common import CliError, output

NAME = "set"
HELP = "ubah satu bidang satu simpul, sebagai pengguna yang tersambung (dengan --expect: hanya bila nilai tersimpan masih LAMA)"
FIELDS = ("statement", "code", "position", "notes", "level", "opds")
EXIT_CONFLICT = 3
EXIT_NOT_ALLOWED = 4
LOCK_WAIT_S = 15.0  # a script may wait longer for other writers than a person at the keyboard


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="RENCANA", help="berkas rencana (.pokin) atau URL basis data tim")
    parser.add_argument("key", metavar="KUNCI", help="kunci simpul (kolom ID di workbook)")
    parser.add_argument("field", metavar="BIDANG", help="statement, code, position, notes, level "
                        "atau opds (beberapa OPD dipisah ';')")
    parser.add_argument("value", metavar="NILAI", help="nilai baru")
    parser.add_argument("--expect", metavar="LAMA",
                        help="simpan hanya bila nilai yang tersimpan sekarang adalah LAMA")


def _parse(field: str, text: str) -> object:
    if field == "opds":
        return tuple(p.strip() for p in text.split(";") if p.strip())
    return text.strip() if field == "statement" else text


def _show(field: str, value: object) -> str:
    if value is None:
        return "(simpul sudah dihapus)"
    if field == "opds":
        return "; ".join(value)  # type: ignore[arg-type]
    return str(value)


def run(args: argparse.Namespace) -> int:
    from app.plan_io import is_workbook

    if "://" not in args.plan and is_workbook(args.plan):
        raise CliError(f"{args.plan}: buku kerja tidak dapat diubah dengan 'pokin set'; impor dulu "
                       "dengan 'pokin import' menjadi berkas rencana.")
    if args.field not in FIELDS:
        raise CliError(f"Bidang '{args.field}' tidak dikenal; pilih salah satu: {', '.join(FIELDS)}.")

    from app.model.commands import SetField
    from app.model.session import Conflict, EditSession
    from app.store import NotAllowed, PlanFile, StoreError

    try:
        pf = PlanFile.open(args.plan)
    except NotAllowed as exc:
        raise CliError(str(exc), EXIT_NOT_ALLOWED) from exc
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    with pf:
        plan = pf.plan
        if args.key not in plan:
            raise CliError(f"Simpul '{args.key}' tidak ada di {pf.path.name}.")
        value = _parse(args.field, args.value)
        if args.field == "level" and value not in plan.scheme.names:
            raise CliError(f"Level '{value}' tidak ada di skema rencana ini "
                           f"({'; '.join(plan.scheme.names)}).")
        stored = getattr(plan[args.key], args.field)
        if args.expect is not None:
            pf.strict = True  # the stored value must be OLD, whoever stored what
            if stored != _parse(args.field, args.expect):
                raise CliError(_conflict(args, stored, ""), EXIT_CONFLICT)
        pf.lock_wait = LOCK_WAIT_S
        command = SetField(args.key, args.field, value)
        why = pf.rights.check(command, plan) if pf.rights is not None else None
        if why:  # the team plan's rule, said before the server says it
            raise CliError(why, EXIT_NOT_ALLOWED)
        try:
            EditSession(plan, pf).push(command)
        except Conflict as exc:
            item = next((i for i in exc.items if i.node == args.key), exc.items[0])
            theirs = item.theirs if item.field == args.field else None
            raise CliError(_conflict(args, theirs, item.by), EXIT_CONFLICT) from exc
        except NotAllowed as exc:
            raise CliError(str(exc), EXIT_NOT_ALLOWED) from exc
        except StoreError as exc:
            raise CliError(str(exc)) from exc
    output(f"Tersimpan: {args.field} simpul '{args.key}' di {pf.path.name}.")
    return 0


def _conflict(args: argparse.Namespace, stored: object, by: str) -> str:
    who = f" (terakhir diubah oleh {by})" if by else ""
    return (f"bentrok: nilai {args.field} simpul '{args.key}' yang tersimpan bukan yang diharapkan"
            f"{who}; tidak ada yang diubah. Nilai tersimpan:\n{_show(args.field, stored)}")
