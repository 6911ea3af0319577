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
The tables are described in `schema.py`, older files are upgraded by
`migrations.py`, and `sync.py` turns change sets into rows.
"""

from .errors import Locked, NotAllowed, StoreError
from .planfile import PlanFile
from .refs import read_plan_ref
from .revisions import SnapshotInfo

__all__ = ["Locked", "NotAllowed", "PlanFile", "SnapshotInfo", "StoreError", "read_plan_ref"]
