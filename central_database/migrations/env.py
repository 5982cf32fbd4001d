"""Alembic environment for the central PostgreSQL schema; run by ``central_database.schema.init_central``
with an open connection in ``config.attributes["connection"]``."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, version_table="alembic_version", version_table_schema="public")
with context.begin_transaction():
    context.run_migrations()
