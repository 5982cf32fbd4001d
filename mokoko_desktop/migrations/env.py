"""Alembic environment for the kiosk's local SQLite database.

MOKOKO runs migrations itself at start (``store.migrate``) and passes the open connection in
``config.attributes["connection"]``; there is no alembic.ini.
"""

from alembic import context

connection = context.config.attributes["connection"]
# render_as_batch: SQLite can't ALTER most things, so Alembic copies tables instead.
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
