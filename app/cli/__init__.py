"""The `pokin` command (contract section 2).

`pokin` opens the editor; `pokin FILE` opens FILE in it; `pokin SUBCOMMAND ...`
works without a display.

Adding a subcommand: write a module here with `NAME`, `HELP`,
`add_arguments(parser)` and `run(args) -> int` (exit code), then add the
module's name to `COMMANDS` below. Keep module-level imports light (argparse
only): import the model, store or export code inside `run`, so that
`pokin validate` never pays for Qt or reportlab. Raise `CliError` (or let
`PlanReadError` through) for a message on stderr and exit code 2; `output`
prints to stdout safely when the reader of a pipe has gone.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from . import words
from .common import CliError, output

__all__ = ["COMMANDS", "CliError", "main", "output"]

# Module names under app.cli, in the order `pokin --help` lists them.
COMMANDS: list[str] = [
    "validate",
    "crosscut",
    "import_xlsx",
    "export_xlsx",
    "export_tc27",
    "export_pdf",
    "diff",
    "snapshot",
    "export_minutes",
    "set",
    "team",
]

EXIT_UNREADABLE = 2


def _version() -> str:
    from app import __version__

    return __version__


def _modules() -> list:
    return [importlib.import_module(f"{__name__}.{name}") for name in dict.fromkeys(COMMANDS)]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pokin",
        description=(
            "Pokin: penyunting pohon kinerja pemerintah daerah. Tanpa argumen membuka "
            "penyunting; 'pokin BERKAS' membuka BERKAS (.pokin atau .xlsx) di penyunting."
        ),
        epilog="Bantuan tiap perintah: pokin PERINTAH --help",
    )
    parser.add_argument("--version", action="version", version=f"pokin {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", title="perintah")
    for mod in _modules():
        # argparse %-formats help texts: a literal "100 %" must not break `pokin --help`.
        p = sub.add_parser(mod.NAME, help=mod.HELP.replace("%", "%%"), description=mod.HELP)
        mod.add_arguments(p)
        p.set_defaults(run=mod.run)
    _translate(parser)
    return parser


def _translate(parser: argparse.ArgumentParser) -> None:
    """argparse's own English headings, in Indonesian."""
    for group in parser._action_groups:
        if group.title == "options":
            group.title = "pilihan"
        elif group.title == "positional arguments":
            group.title = "argumen"
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = "tampilkan bantuan ini lalu keluar"
        elif isinstance(action, argparse._VersionAction):
            action.help = "tampilkan versi lalu keluar"
        elif isinstance(action, argparse._SubParsersAction):
            for choice in action.choices.values():
                _translate(choice)


def _subcommand_names() -> set[str]:
    return {mod.NAME for mod in _modules()}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `pokin`; returns the exit code (never shows a traceback)."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    _utf8_streams()
    words.install()
    try:
        if not args_in:
            return _editor(None)
        first = args_in[0]
        if not first.startswith("-") and first not in _subcommand_names():
            if len(args_in) > 1:
                raise CliError(
                    f"Perintah '{first}' tidak dikenal. Lihat 'pokin --help'."
                )
            return _editor(first)
        parser = build_parser()
        args = parser.parse_args(args_in)
        if getattr(args, "run", None) is None:
            return _editor(None)
        return int(args.run(args))
    except CliError as exc:
        print(f"pokin: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("pokin: dihentikan.", file=sys.stderr)
        return 130
    except Exception as exc:  # the user sees a message, never a traceback
        from app.plan_io import PlanReadError

        if isinstance(exc, PlanReadError):
            print(f"pokin: {exc}", file=sys.stderr)
        else:
            print(f"pokin: terjadi kesalahan tak terduga: {exc!r}", file=sys.stderr)
        return EXIT_UNREADABLE


def _editor(path: str | None) -> int:
    try:
        from app.ui.app import run_editor
    except ImportError as exc:
        raise CliError(f"Penyunting tidak dapat dibuka: {exc}") from exc
    return int(run_editor(path) or 0)


def _utf8_streams() -> None:
    """JSON and Indonesian text go out as UTF-8 whatever the locale, also into a pipe."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError, OSError):
            pass
