"""`pokin team init|add-user|users URL ...`: setting a team plan up on PostgreSQL (contract §4).

Run by the Bappeda's IT person as the database's owner:

    pokin team init postgresql://pokin_admin@server/rpd_kota --from rpd.pokin
    echo "$SANDI" | pokin team add-user postgresql://pokin_admin@server/rpd_kota dinsos \\
        --role opd --opd "Dinas Sosial"
    pokin team users postgresql://pokin_admin@server/rpd_kota

`init` creates or upgrades the schema, the roles and their rules; `--from`
copies a plan file (with its snapshots and review notes), a workbook or
another team plan into it. `add-user` reads the new login's password as one
line from standard input (asked without echo at a terminal), so that it is
never on a command line. The owner's own password comes from PGPASSWORD,
~/.pgpass or the system keyring.

Exit codes: 0 done; 2 the plan or server cannot be read or the input is wrong;
4 not allowed (not the owner, no right to create roles).
"""

from __future__ import annotations

import argparse
import sys

from .common import CliError, json_text, output, table

NAME = "team"
HELP = "siapkan rencana tim di PostgreSQL: init, add-user, users"
EXIT_NOT_ALLOWED = 4
ROLES = ("bappeda", "opd", "evaluator")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="team_command", metavar="PERINTAH", title="perintah")
    sub.required = True
    init = sub.add_parser("init", help="buat atau tingkatkan skema, peran dan aturannya (sebagai "
                          "pemilik basis data)", description="Buat atau tingkatkan skema, peran "
                          "dan aturan hak akses rencana tim, sebagai pemilik basis data.")
    init.add_argument("url", metavar="URL", help="postgresql://PEMILIK@SERVER[:PORT]/BASISDATA")
    init.add_argument("--from", dest="source", metavar="RENCANA",
                      help="salin rencana ini ke dalamnya (berkas .pokin beserta revisi dan "
                      "catatan reviunya, buku kerja .xlsx, atau URL rencana tim lain)")
    init.add_argument("--force", action="store_true",
                      help="dengan --from: ganti rencana yang sudah ada di basis data")
    add = sub.add_parser("add-user", help="buat login (kata sandi dari masukan standar) atau ubah "
                         "peran dan perangkat daerahnya", description="Buat login baru dengan "
                         "kata sandi yang dibaca sebagai satu baris dari masukan standar, atau "
                         "ubah peran dan perangkat daerah login yang sudah ada.")
    add.add_argument("url", metavar="URL", help="postgresql://PEMILIK@SERVER[:PORT]/BASISDATA")
    add.add_argument("login", metavar="LOGIN", help="nama login, mis. dinsos")
    add.add_argument("--role", required=True, choices=ROLES,
                     help="bappeda (semua), opd (cabang perangkat daerahnya), evaluator "
                     "(catatan reviu)")
    add.add_argument("--opd", action="append", default=[], metavar="NAMA",
                     help="perangkat daerah login berperan opd (boleh diulang)")
    users = sub.add_parser("users", help="daftar login dengan peran dan perangkat daerahnya",
                           description="Daftar login rencana tim dengan peran dan perangkat "
                           "daerahnya.")
    users.add_argument("url", metavar="URL", help="postgresql://LOGIN@SERVER[:PORT]/BASISDATA")
    users.add_argument("--json", action="store_true", help="keluaran JSON")


def run(args: argparse.Namespace) -> int:
    from app.store import NotAllowed, StoreError

    if "://" not in args.url:
        raise CliError(f"'{args.url}' bukan alamat basis data tim (postgresql://LOGIN@SERVER/"
                       "BASISDATA).")
    try:
        return {"init": _init, "add-user": _add_user, "users": _users}[args.team_command](args)
    except NotAllowed as exc:
        raise CliError(str(exc), EXIT_NOT_ALLOWED) from exc
    except StoreError as exc:
        raise CliError(str(exc)) from exc


def _init(args: argparse.Namespace) -> int:
    from app.store import PlanFile, team_admin
    from app.store.team import team_label

    label = team_label(args.url)
    if args.source is None:
        if args.force:
            raise CliError("--force hanya berarti bersama --from.")
        done = team_admin.init(args.url)
        output(f"Rencana tim di {label}: {done}.")
        return 0
    plan, kept = _source(args.source, args.url)
    done = team_admin.init(args.url)
    if not args.force:
        with PlanFile.open(args.url, read_only=True) as there:
            if len(there.plan) or there.snapshots():
                raise CliError(f"{label.capitalize()} sudah berisi rencana '{there.plan.name}' "
                               f"({len(there.plan)} simpul); pakai --force untuk menggantinya.")
    with PlanFile.create(args.url, plan, overwrite=True) as pf:
        pf.put_snapshot_rows(kept)
    output(f"Rencana tim di {label}: {done}. Disalin dari {args.source}: '{plan.name}', "
           f"{len(plan)} simpul, {len(plan.reviews)} catatan reviu, {len(kept)} revisi.")
    return 0


def _source(ref: str, target: str) -> tuple:
    """The plan to copy in and its snapshots (a plan file's or team plan's; none for others)."""
    from app.plan_io import is_workbook, load_plan
    from app.store import PlanFile
    from app.store.refs import split_ref

    from .common import plan_source

    if plan_source(ref) == target:
        raise CliError("--from menunjuk basis data yang sama; pilih rencana lain.")
    plan = load_plan(ref)
    file, snapshot = split_ref(ref)
    if snapshot is not None or ("://" not in file and is_workbook(file)):
        return plan, []
    try:
        with open(file, "rb") as fh:
            is_plan_file = fh.read(16).startswith(b"SQLite format 3")
    except OSError:
        is_plan_file = "://" in file
    if not is_plan_file:
        return plan, []  # a planner's table imported by load_plan: no revisions to copy
    with PlanFile.open(file, read_only=True) as pf:
        return plan, pf.snapshot_rows()


def _read_password(login: str) -> str | None:
    """One line from standard input (asked without echo at a terminal); None when empty."""
    if sys.stdin is None:
        return None
    if sys.stdin.isatty():
        import getpass

        text = getpass.getpass(f"Kata sandi untuk login '{login}' (kosong: tidak diubah): ")
    else:
        text = sys.stdin.readline()
    text = text.rstrip("\r\n")
    return text or None


def _add_user(args: argparse.Namespace) -> int:
    from app.store import team_admin

    password = _read_password(args.login)
    created = team_admin.add_user(args.url, args.login, args.role, tuple(args.opd), password)
    opds = f", perangkat daerah {'; '.join(args.opd)}" if args.opd else ""
    if created:
        output(f"Login '{args.login}' dibuat: peran {args.role}{opds}.")
    else:
        changed = " dan kata sandinya diganti" if password else ""
        output(f"Login '{args.login}' diperbarui: peran {args.role}{opds}{changed}.")
    return 0


def _users(args: argparse.Namespace) -> int:
    from app.store import team_admin

    found = team_admin.members(args.url)
    if args.json:
        output(json_text({"users": [{"login": m.login, "role": m.role, "opds": list(m.opds),
                                     "can_login": m.can_login} for m in found]}))
    elif not found:
        output("Belum ada login. Tambahkan dengan 'pokin team add-user URL LOGIN --role ...'.")
    else:
        rows = [[m.login, m.role, "ya" if m.can_login else "tidak", "; ".join(m.opds) or "-"]
                for m in found]
        output(table(["Login", "Peran", "Dapat masuk", "Perangkat Daerah"], rows))
    return 0
