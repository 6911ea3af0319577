"""Plan references on the command line: `FILE`, `FILE@NAME` (a snapshot inside FILE), a team
plan's URL, and `URL@NAME` (a snapshot inside the team plan)."""

from __future__ import annotations

from pathlib import Path

from app.model.plan import Plan

from .planfile import PlanFile


def split_url_ref(ref: str) -> tuple[str, str | None]:
    """(URL, snapshot name or None) of a team plan reference.

    A URL's login sits before an '@' too (`postgresql://dinsos@server/rpd`), so only an
    '@' after the database name counts: `postgresql://dinsos@server/rpd@Sebelum asistensi`.
    """
    scheme, sep, rest = ref.partition("://")
    authority, slash, path = rest.partition("/")
    if not sep or not slash or "@" not in path:
        return ref, None
    database, name = path.rsplit("@", 1)
    return f"{scheme}://{authority}/{database}", name


def split_ref(ref: str) -> tuple[str, str | None]:
    """(file or URL, snapshot name or None). A file's part splits on the last '@' only when the
    part before is a file, so a plain file whose name holds an '@' still opens as itself."""
    if "://" in ref:
        return split_url_ref(ref)
    if "@" in ref:
        file, name = ref.rsplit("@", 1)
        if file and Path(file).is_file():
            return file, name
    return ref, None


def read_plan_ref(ref: str) -> Plan:
    """The plan a reference names: a plan file or team plan, or snapshot NAME inside one."""
    file, name = split_ref(ref)
    if name is None:
        return PlanFile.read(file)
    return PlanFile.read_snapshot(file, name)
