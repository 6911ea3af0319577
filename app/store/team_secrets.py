"""Team plan passwords kept in the system keyring, and only there, when the planner asks.

Never in a settings file, never in plain text, never on a command line: where
the desktop offers no secure keyring (a bare Linux without a secret service),
`secure()` is False and the connect dialog does not offer to remember.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

SERVICE = "Pokin (rencana tim)"
# Backends that keep nothing, or keep it readable by anyone with the file.
_UNSAFE = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file",
           "keyrings.alt.Windows")


def _backend() -> KeyringBackend:
    return keyring.get_keyring()


def secure() -> bool:
    """True when the keyring is one the system protects (not absent, not a plain file)."""
    backend = _backend()
    module = type(backend).__module__
    if any(module.startswith(u) for u in _UNSAFE):
        return False
    return getattr(backend, "priority", 0) > 0


def remember(account: str, password: str) -> bool:
    """Keep `password` for `account` (a team plan's login@server/database); False when not kept."""
    if not secure():
        return False
    try:
        keyring.set_password(SERVICE, account, password)
    except KeyringError:
        return False
    return True


def recall(account: str) -> str | None:
    if not secure():
        return None
    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError:
        return None


def forget(account: str) -> None:
    if not secure():
        return
    try:
        keyring.delete_password(SERVICE, account)
    except KeyringError:
        pass
