"""Alembic's environment: the revisions run on the connection the store hands over.

Pokin runs Alembic from inside the program (migrations/__init__.py), never
from the `alembic` command: the connection, and the transaction it is in,
are the store's, so an upgrade is all or nothing with the opening around it.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection)
with context.begin_transaction():
    context.run_migrations()
