"""The plan file (.pokin): SQLite through SQLAlchemy Core, written edit by edit.

    from app.store import PlanFile, StoreError, SnapshotInfo, read_plan_ref

    pf = PlanFile.create(path, plan)        # new file; `plan` stays the live plan
    pf = PlanFile.open(path)                # or read_only=True; pf.plan is the loaded plan
    edits = EditSession(pf.plan, pf)        # app.model.session: the one path of a change
    edits.push(command)                     # on disk when push returns (or rolled back, raised)
    edits.pull()                            # other writers' edits, through the same phases
    pf.save_snapshot("Sebelum asistensi")   # revisi kept inside the file
    plan = read_plan_ref("rpd.pokin@Sebelum asistensi")

Every failure is a `StoreError` whose message is Indonesian and names the file.
The tables are described in `schema.py`, older files and servers are upgraded
by the Alembic revisions in `migrations/`, and `merge.py` writes change sets.
A path may be a team plan's URL (`PlanFile.open(url, password=...)`, team.py):
its login's rights are `pf.rights`, enforced by the server (team_rules.py);
`pf.listen(...)` hears the others' writes as they commit (live.py).
"""

from .errors import Locked, NotAllowed, StoreError
from .planfile import PlanFile
from .refs import read_plan_ref
from .revisions import SnapshotInfo

__all__ = ["Locked", "NotAllowed", "PlanFile", "SnapshotInfo", "StoreError", "read_plan_ref"]
