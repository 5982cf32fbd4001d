"""The municipality's central database (city hall's PostgreSQL): its schema and migrations, the
roles and what each may do, connecting with TLS, registering kiosks, people and web readers, the
municipality's keys, the nightly purge, the watchdog, and an embedded server for demos and tests.
Every other program reaches PostgreSQL only through :mod:`central_database.connection`."""
