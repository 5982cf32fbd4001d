"""What a database actually grants, compared with :mod:`central_database.privileges`: tables,
views, sequences and their columns, who may call each function, and the database itself. Used by
``mokoko central restore-check`` (a restored copy must grant no more and no less) and by
``tests/central_database/test_privileges.py`` (after every migration)."""

from __future__ import annotations

import psycopg

from central_database import privileges

RELATION_ACL = """
SELECT c.relname, coalesce(a.grantee::regrole::text, 'PUBLIC'), a.privilege_type
FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
WHERE c.relnamespace = 'mokoko'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p', 'f', 'S') AND a.grantee <> c.relowner
"""
COLUMN_ACL = """
SELECT c.relname, coalesce(nullif(a.grantee, 0)::regrole::text, 'PUBLIC'), a.privilege_type, att.attname
FROM pg_class c JOIN pg_attribute att ON att.attrelid = c.oid CROSS JOIN LATERAL aclexplode(att.attacl) a
WHERE c.relnamespace = 'mokoko'::regnamespace AND a.grantee <> c.relowner
"""
FUNCTION_CALLERS = """
SELECT substr(p.oid::regprocedure::text, length('mokoko.') + 1),
       coalesce((SELECT array_agg(coalesce(nullif(a.grantee, 0)::regrole::text, 'PUBLIC') ORDER BY 1)
                 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                 WHERE a.grantee <> p.proowner), '{}')
FROM pg_proc p WHERE p.pronamespace = 'mokoko'::regnamespace
"""
DATABASE_ACL = """
SELECT coalesce(nullif(a.grantee, 0)::regrole::text, 'PUBLIC'), a.privilege_type
FROM pg_database d CROSS JOIN LATERAL aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
WHERE d.datname = current_database() AND a.grantee <> d.datdba
"""


def relation_grants(connection: psycopg.Connection) -> set[tuple[str, str, str, str | None]]:
    """Every (relation, grantee, privilege, column or None) granted on the schema's relations."""
    whole = {(str(t), str(g), str(p), None) for t, g, p in connection.execute(RELATION_ACL)}
    columns = {(str(t), str(g), str(p), str(c)) for t, g, p, c in connection.execute(COLUMN_ACL)}
    return whole | columns


def database_grants(connection: psycopg.Connection) -> list[tuple[str, str]]:
    return sorted((str(grantee), str(privilege)) for grantee, privilege in connection.execute(DATABASE_ACL))


def declared_database_grants() -> list[tuple[str, str]]:
    return sorted((group, privilege) for group, spec in privileges.DATABASE.items() for privilege, _ in privileges.granted(spec))


def grant_differences(connection: psycopg.Connection) -> list[str]:
    """What the database grants that is not declared, and what is declared but not granted."""
    problems = []
    found, declared = relation_grants(connection), privileges.relation_grants()
    problems += [f"granted, not declared: {grant}" for grant in sorted(found - declared, key=str)]
    problems += [f"declared, not granted: {grant}" for grant in sorted(declared - found, key=str)]
    callers = {str(signature): sorted(map(str, who)) for signature, who in connection.execute(FUNCTION_CALLERS)}
    for signature in sorted(set(callers) | set(privileges.FUNCTIONS)):
        expected = sorted(privileges.FUNCTIONS[signature].execute) if signature in privileges.FUNCTIONS else None
        if callers.get(signature) != expected:
            problems.append(f"function {signature}: may be called by {callers.get(signature)}, declared {expected}")
    if database_grants(connection) != declared_database_grants():
        problems.append(f"the database grants {database_grants(connection)}, declared {declared_database_grants()}")
    return problems
