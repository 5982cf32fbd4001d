"""Sync between a kiosk's local SQLite store and the municipality's central PostgreSQL database:
push what was submitted and done at the kiosk, pull what changed (:mod:`sync.engine` runs one).

Qt-free, like the core. Kiosks connect with their own PostgreSQL role (through
:mod:`central_database.connection`); row-level security decides what each may read and write, so no
server of our own sits in between.
"""
