"""Live notices from a team plan: LISTEN on a connection of its own, in a thread of its own.

Every write to a team plan sends `NOTIFY pokin` with a JSON payload (planfile.py
`_notify`): the writer's token, its login, the node keys, whether the plan's
facts or review notes changed. A `Listener` waits for them without polling
the tables and hands each notice that is not this copy's own to `on_notice`
- from its own thread: the editor passes a Qt signal's `emit`, which queues
the notice to the window's thread, where the document then pulls (the same
change path as its own edits). The notice only says "look now"; what changed,
and who changed it, is read from the tables (`changed_by`, set by the server),
so a forged notice can at most cause a look.

A lost connection is tried again every few seconds; once back, `on_notice`
hears `{"reconnected": True}`, as notices may have been missed meanwhile.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from app.model.changes import ChangeSet

CHANNEL = "pokin"
NOTICE_MAX_BYTES = 7000  # a NOTIFY payload must stay under 8000 bytes
WAIT_S = 0.5  # how often the thread looks up from waiting, to see whether to stop
RETRY_S = (1.0, 2.0, 5.0)  # waits before connecting again after a lost connection

Notice = dict[str, Any]


class Listener:
    """Hears a team plan's notices; see the module docstring. `connect()` makes a fresh
    psycopg connection (the plan's own login and password)."""

    def __init__(self, connect: Callable[[], Any], token: str,
                 on_notice: Callable[[Notice], None]) -> None:
        self._connect = connect
        self._token = token
        self._on_notice = on_notice
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pokin-listener", daemon=True)
        self.listening = threading.Event()  # set while LISTEN is in place (tests wait on it)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def stop(self, wait_s: float = 2.0) -> None:
        self._stop.set()
        self._thread.join(wait_s)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception:  # the server is away: try again shortly
                self._stop.wait(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
                continue
            try:
                conn.autocommit = True
                conn.execute(f"LISTEN {CHANNEL}")
                self.listening.set()
                if failures:
                    self._on_notice({"reconnected": True})
                failures = 0
                while not self._stop.is_set():
                    for notice in conn.notifies(timeout=WAIT_S):
                        self._hand_over(notice.payload)
            except Exception:  # the connection broke: connect again
                failures += 1
            finally:
                self.listening.clear()
                try:
                    conn.close()
                except Exception:
                    pass
            if not self._stop.is_set() and failures:
                self._stop.wait(RETRY_S[min(failures - 1, len(RETRY_S) - 1)])

    def _hand_over(self, payload: str) -> None:
        try:
            notice = json.loads(payload)
        except ValueError:
            notice = {}
        if not isinstance(notice, dict):
            notice = {}
        if notice.get("writer") == self._token:
            return  # this copy's own write: already shown
        self._on_notice(notice)


def send_notice(conn: Connection, changes: ChangeSet, token: str, author: str) -> None:
    """The notice of one write (delivered by the server at commit): which nodes, by whom.

    The writer's token lets a copy skip its own notices. Over 200 keys, or a payload
    near PostgreSQL's limit, the notice says only that much changed.
    """
    keys = sorted(changes.touched() | changes.removed)
    body = {"writer": token, "by": author, "plan": bool(changes.plan),
            "reviews": bool(changes.reviews)}
    body["nodes"] = keys if len(keys) <= 200 else []
    body["many"] = len(keys) > 200
    text = json.dumps(body, ensure_ascii=False)
    if len(text.encode("utf-8")) > NOTICE_MAX_BYTES:
        body["nodes"], body["many"] = [], True
        text = json.dumps(body, ensure_ascii=False)
    conn.exec_driver_sql(f"SELECT pg_notify('{CHANNEL}', %s)", (text,))
