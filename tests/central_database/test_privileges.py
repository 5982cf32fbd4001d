"""The central database grants exactly what ``central_database/privileges.py`` declares (issue 26): read from
``pg_catalog`` after every central migration, both ways (nothing more is granted, nothing
declared is missing), for tables, columns, sequences, functions, the schema and the database."""

from __future__ import annotations

import re
import uuid
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from central_database import privileges
from central_database.privilege_check import database_grants, declared_database_grants, grant_differences, relation_grants
from central_database.privileges import FUNCTIONS, OWNER, PINNED_PATH
from central_database.schema import init_central
from tests.central_database.conftest import central_rows

_FUNCTIONS = """
SELECT substr(p.oid::regprocedure::text, length('mokoko.') + 1), pg_get_userbyid(p.proowner), p.prosecdef, p.proconfig,
       coalesce((SELECT array_agg(coalesce(nullif(a.grantee, 0)::regrole::text, 'PUBLIC') ORDER BY 1)
                 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                 WHERE a.grantee <> p.proowner), '{}'),
       l.lanname, p.prosrc
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.pronamespace = 'mokoko'::regnamespace
"""


def test_tables_views_sequences_and_columns_are_granted_as_declared(owner_url) -> None:
    with psycopg.connect(owner_url) as connection:
        found = relation_grants(connection)
    declared = privileges.relation_grants()
    assert sorted(found - declared) == []  # granted, not declared
    assert sorted(declared - found) == []  # declared, not granted
    relations = {
        row[0]
        for row in central_rows(
            owner_url,
            "SELECT relname FROM pg_class WHERE relnamespace = 'mokoko'::regnamespace AND relkind IN ('r', 'v', 'm', 'p', 'f', 'S')",
        )
    }
    assert relations == set(privileges.RELATIONS) | set(privileges.SEQUENCES)  # every one of them is in the declaration


def test_every_function_is_declared_configured_and_granted(owner_url) -> None:
    found = {signature: rest for signature, *rest in central_rows(owner_url, _FUNCTIONS)}
    assert sorted(found) == sorted(FUNCTIONS)
    for signature, (owner, definer, config, callers, language, source) in found.items():
        declared = FUNCTIONS[signature]
        assert owner == OWNER, signature
        assert definer == declared.definer, signature
        assert sorted(callers) == sorted(declared.execute), signature  # nobody else (not PUBLIC either)
        if declared.inlined:
            assert config is None and language == "sql", signature
        else:
            assert config == [PINNED_PATH], signature
        if definer and language == "plpgsql":
            declare = re.search(r"\bDECLARE\b(.*?)\bBEGIN\b", source, re.S | re.I)
            variables = re.findall(r"^\s*(\w+)\s+([\w.]+)", declare.group(1), re.M) if declare else []
            unqualified = [f"{name} {kind}" for name, kind in variables if "." not in kind]
            assert unqualified == [], f"{signature}: name every variable's type by its schema: {unqualified}"


def test_the_owner_is_no_ones_and_holds_only_what_its_functions_need(owner_url) -> None:
    [(can_login,)] = central_rows(owner_url, "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (OWNER,))
    assert can_login is False
    members = central_rows(owner_url, "SELECT m.member::regrole::text FROM pg_auth_members m WHERE m.roleid = %s::regrole", (OWNER,))
    assert members == []
    held = central_rows(
        owner_url, "SELECT m.roleid::regrole::text FROM pg_auth_members m WHERE m.member = %s::regrole ORDER BY 1", (OWNER,)
    )
    assert [role for (role,) in held] == sorted(privileges.OWNER_SERVER_ROLES)
    owners = central_rows(owner_url, "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = 'mokoko'::regnamespace")
    assert owners == [(OWNER,)]


def test_the_groups_are_nologin_and_the_administrator_manages_only_them(owner_url, admin_url) -> None:
    groups = central_rows(
        owner_url,
        "SELECT rolname, rolcanlogin, rolsuper, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = ANY(%s) ORDER BY 1",
        (list(privileges.GROUPS),),
    )
    assert groups == [(group, False, False, False, False) for group in sorted(privileges.GROUPS)]
    held = central_rows(
        owner_url,
        "SELECT m.roleid::regrole::text, m.admin_option, m.inherit_option, m.set_option "
        "FROM pg_auth_members m WHERE m.member = 'mokoko_admin'::regrole ORDER BY 1",
    )
    assert held == [(group, True, False, False) for group in sorted(privileges.ADMIN_MANAGES)]
    for group in privileges.GROUPS:  # the groups hold no other role
        assert central_rows(owner_url, "SELECT count(*) FROM pg_auth_members WHERE member = %s::regrole", (group,)) == [
            (0 if group != privileges.ADMIN else len(privileges.ADMIN_MANAGES),)
        ]


def _database_grants(url: str) -> list[tuple[str, str]]:
    with psycopg.connect(url) as connection:
        return database_grants(connection)


DECLARED_DATABASE_GRANTS = declared_database_grants()


def test_the_database_and_the_schema_are_granted_as_declared(owner_url) -> None:
    assert _database_grants(owner_url) == DECLARED_DATABASE_GRANTS
    schema = central_rows(
        owner_url,
        "SELECT coalesce(nullif(a.grantee, 0)::regrole::text, 'PUBLIC'), a.privilege_type "
        "FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a "
        "WHERE n.nspname = 'mokoko' AND a.grantee <> n.nspowner",
    )
    assert sorted(schema) == sorted((group, "USAGE") for group in privileges.SCHEMA)
    creators = central_rows(
        owner_url,
        "SELECT n.nspname FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a "
        "WHERE a.privilege_type = 'CREATE' AND (a.grantee = 0 OR a.grantee::regrole::text = ANY(%s))",
        (list(privileges.GROUPS),),
    )
    assert creators == []  # no group may create anything in any schema


@pytest.mark.parametrize("forced", [True, False])
def test_row_level_security_and_its_policies_are_as_declared(owner_url, forced) -> None:
    declared = privileges.POLICIES if forced else privileges.POLICIES_NOT_FORCED
    tables = central_rows(
        owner_url,
        "SELECT relname FROM pg_class WHERE relnamespace = 'mokoko'::regnamespace AND relrowsecurity "
        "AND relforcerowsecurity = %s ORDER BY 1",
        (forced,),
    )
    assert [table for (table,) in tables] == sorted(declared)
    for table, policies in declared.items():
        found = central_rows(
            owner_url, "SELECT policyname, cmd, roles::text[] FROM pg_policies WHERE schemaname = 'mokoko' AND tablename = %s", (table,)
        )
        assert {name: (command, tuple(sorted(roles))) for name, command, roles in found} == {
            name: (command, tuple(sorted(roles))) for name, (command, roles) in policies.items()
        }, table


def test_a_copy_of_the_database_gets_its_own_grants_back_from_init(pg_server, central_template) -> None:
    """A database's grants are not in its schema: a copy (or a restore without --create) lets every
    login of the server connect and make temporary objects, until ``mokoko central init`` runs."""
    copy = "copy_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {copy} TEMPLATE {central_template}")
    url = urlunsplit(urlsplit(pg_server.get_uri())._replace(path="/" + copy))
    assert ("PUBLIC", "CONNECT") in _database_grants(url) and ("PUBLIC", "TEMPORARY") in _database_grants(url)
    init_central(url)
    assert _database_grants(url) == DECLARED_DATABASE_GRANTS


def test_the_restore_checks_comparison_finds_nothing_on_a_fresh_schema_and_a_grant_too_many(owner_url) -> None:
    with psycopg.connect(owner_url, autocommit=True) as connection:
        assert grant_differences(connection) == []
        connection.execute("GRANT SELECT ON mokoko.voucher TO mokoko_web")
        assert grant_differences(connection) == ["granted, not declared: ('voucher', 'mokoko_web', 'SELECT', None)"]
