"""Team plan passwords in the system keyring: the store's module, for the connect dialog."""

from app.store.team_secrets import SERVICE, forget, recall, remember, secure

__all__ = ["SERVICE", "forget", "recall", "remember", "secure"]
