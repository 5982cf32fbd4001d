"""A kiosk database made at the first schema revision upgrades to the newest and keeps its data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session, select

from mokoko_desktop.models import Idea, Offer, Signup
from mokoko_desktop.paths import DATABASE_FILE
from mokoko_desktop.store import SCHEMA_HEAD, Store, create_sqlite_engine, current_revision, head_revision, migrate

FIRST_REVISION = "0001"


def test_database_at_first_revision_upgrades_to_newest(data_dir: Path) -> None:
    engine = create_sqlite_engine(data_dir / DATABASE_FILE)
    migrate(engine, FIRST_REVISION)
    assert current_revision(engine) == FIRST_REVISION
    with engine.begin() as connection:  # data as the first version of MOKOKO wrote it
        connection.execute(text("INSERT INTO device VALUES ('d1', 'kiosk', 'ABCD', '2026-11-01T10:00:00.000000+00:00')"))
        connection.execute(text("INSERT INTO consultation VALUES ('c1', '{\"da\": \"?\"}', '{}', '2026-01-01', NULL)"))
        connection.execute(text("INSERT INTO theme (code, title, description, sort_order, active) VALUES ('t1', '{}', '{}', 0, 1)"))
        connection.execute(text("INSERT INTO stop VALUES ('s1', 'Langå', '', '2026-11-01', '2026-11-02', 0)"))
        connection.execute(
            text(
                "INSERT INTO idea (id, receipt_code, consultation_id, theme_code, text, language, stop_id,"
                " device_id, created_at, assisted) VALUES ('i1', 'ABCD22222X', 'c1', 't1', 'Bænke ved åen',"
                " 'da', 's1', 'd1', '2026-11-01T10:05:00.000000+00:00', 0)"
            )
        )
    engine.dispose()

    store = Store(data_dir)  # opening applies every newer migration
    assert current_revision(store.engine) == head_revision()
    with Session(store.engine) as session:
        idea = session.exec(select(Idea)).one()
    assert idea.text == "Bænke ved åen" and idea.receipt_code == "ABCD22222X"
    store.close()


def test_contact_details_of_sign_ups_and_posts_keep_their_values_under_one_naming(data_dir: Path) -> None:
    engine = create_sqlite_engine(data_dir / DATABASE_FILE)
    migrate(engine, "0003")
    with engine.begin() as connection:  # a sign-up and a post as version 0003 stored them
        connection.execute(text("INSERT INTO device VALUES ('d1', 'kiosk', 'ABCD', '2026-11-01T10:00:00.000000+00:00')"))
        connection.execute(text("INSERT INTO stop VALUES ('s1', 'Langå', '', '2026-11-01', '2026-11-02', 0)"))
        connection.execute(
            text(
                "INSERT INTO signup (id, receipt_code, interests, name, phone, email, age_group, availability, frequency,"
                " message, consent_version, language, stop_id, device_id, created_at, sync_conflict) VALUES ('u1',"
                " 'ABCD33333X', '[]', 'Åse', '+4520304050', 'ase@eksempel.dk', '65-79', '[]', 'once', '', 'v1', 'da',"
                " 's1', 'd1', '2026-11-01T10:05:00.000000+00:00', 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO offer (id, receipt_code, kind, text, tags, place, name, phone, email, consent_version,"
                " language, stop_id, device_id, created_at, sync_conflict) VALUES ('o1', 'ABCD44444X', 'offer', 'Trailer',"
                " '[]', '', 'Bo', NULL, 'bo@eksempel.dk', 'v1', 'da', 's1', 'd1', '2026-11-01T10:06:00.000000+00:00', 0)"
            )
        )
    engine.dispose()
    store = Store(data_dir)
    with Session(store.engine) as session:
        signup, post = session.exec(select(Signup)).one(), session.exec(select(Offer)).one()
    assert (signup.contact_name, signup.contact_phone, signup.contact_email) == ("Åse", "+4520304050", "ase@eksempel.dk")
    assert (post.contact_name, post.contact_phone, post.contact_email) == ("Bo", None, "bo@eksempel.dk")
    store.close()


def test_migrations_create_exactly_the_models_tables_and_columns(data_dir: Path) -> None:
    """The models and the migrations describe the same schema (a forgotten migration would
    only show up on a kiosk that upgrades)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    store = Store(data_dir)
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = compare_metadata(context, SQLModel.metadata)
    store.close()
    # Only tables and columns are compared: indexes and defaults are tuned in migrations.
    structural = [d for d in differences if d[0] in ("add_table", "remove_table", "add_column", "remove_column")]
    assert structural == []


def test_the_schema_head_the_store_checks_without_alembic_is_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_an_up_to_date_store_opens_without_importing_alembic(data_dir: Path) -> None:
    Store(data_dir).close()  # creates and migrates
    code = (
        "import sys; from pathlib import Path; from mokoko_desktop.store import Store;"
        f"Store(Path({str(data_dir)!r})).close();"
        "sys.exit(1 if 'alembic' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).returncode == 0
