"""A second editor in a process of its own on a team plan: a real `Document`, with its listener.

`python -m tests.ui.live_peer URL` (the login's password in PGPASSWORD) opens the
plan as the editor does and, for each JSON line on stdin, answers one line:

  {"op": "set", "key": K, "field": F, "value": V}  -> {"ok": true} | {"failed": "..."}
  {"op": "get", "key": K, "field": F}              -> {"ok": true, "value": ...}

Whenever another person's edit arrives (through the listener: the 3-second look
is switched off here, so nothing else could bring it), it prints unasked
{"arrived": {key: login}, "values": {key: statement}, "t": time.time()}.
"""

from __future__ import annotations

import json
import os
import queue
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.model.commands import SetField
    from app.store import PlanFile
    from app.ui.document import Document

    app = QApplication([])
    pf = PlanFile.open(sys.argv[1])
    doc = Document(pf.plan, pf)
    doc._look_timer.stop()  # only the listener may bring others' edits in here
    failures: list[str] = []
    doc.refused.connect(failures.append)
    doc.write_failed.connect(lambda exc, _cmd: failures.append(str(exc)))

    def say(obj: dict) -> None:
        print(json.dumps(obj, ensure_ascii=False), flush=True)

    def arrived() -> None:
        recent = doc.recent_changes()
        if recent:
            say({"arrived": recent, "t": time.time(),
                 "values": {k: doc.plan[k].statement for k in recent if k in doc.plan}})

    doc.others_changed.connect(arrived)
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in sys.stdin:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()

    def serve() -> None:
        while not lines.empty():
            line = lines.get()
            if line is None:
                doc.close()
                app.quit()
                return
            request = json.loads(line)
            if request["op"] == "set":
                failures.clear()
                ok = doc.push(SetField(request["key"], request["field"], request["value"]))
                say({"ok": True} if ok else {"failed": failures[0] if failures else "?"})
            elif request["op"] == "get":
                say({"ok": True, "value": getattr(doc.plan[request["key"]], request["field"])})

    timer = QTimer()
    timer.timeout.connect(serve)
    timer.start(10)
    doc._listener.listening.wait(10)
    say({"ready": True})
    app.exec()


if __name__ == "__main__":
    main()
