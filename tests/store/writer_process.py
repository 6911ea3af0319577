"""Run as a child process by test_two_processes: one writer on a shared plan, driven line by line.

`python -m tests.store.writer_process PLAN` reads one JSON request per line on
stdin and answers one JSON line on stdout, so that the parent can interleave
two real processes' edits exactly:

  {"op": "set", "key": K, "field": F, "value": V}   -> {"ok": true} | {"conflict": [...]}
  {"op": "add", "parent": P, "level": L}            -> {"ok": true, "key": NEW}
  {"op": "delete", "key": K}                        -> {"ok": true} | {"conflict": [...]}
  {"op": "undo"} / {"op": "pull"} / {"op": "get", "key": K, "field": F}
"""

from __future__ import annotations

import json
import sys

from app.model.commands import AddNode, DeleteSubtree, SetField
from app.model.plan import Node
from app.model.session import Conflict, EditSession
from app.store import PlanFile


def _answer(edits: EditSession, request: dict) -> dict:
    plan, op = edits.plan, request["op"]
    try:
        if op == "set":
            edits.push(SetField(request["key"], request["field"], request["value"]))
        elif op == "add":
            key = plan.new_key()
            edits.push(AddNode(Node(key, request["level"], "baru", parent=request["parent"])))
            return {"ok": True, "key": key}
        elif op == "delete":
            edits.push(DeleteSubtree(request["key"]))
        elif op == "undo":
            edits.undo()
        elif op == "pull":
            changes = edits.pull()
            return {"ok": True, "changed": sorted(changes.changed), "added": sorted(changes.added),
                    "removed": sorted(changes.removed)}
        elif op == "get":
            node = plan.get(request["key"])
            return {"ok": True, "value": None if node is None else getattr(node, request["field"])}
    except Conflict as exc:
        return {"conflict": [[i.node, i.field, repr(i.mine), repr(i.theirs)] for i in exc.items]}
    return {"ok": True}


def main() -> None:
    with PlanFile.open(sys.argv[1]) as pf:
        edits = EditSession(pf.plan, pf)
        print(json.dumps({"ready": True}), flush=True)
        for line in sys.stdin:
            print(json.dumps(_answer(edits, json.loads(line))), flush=True)


if __name__ == "__main__":
    main()
