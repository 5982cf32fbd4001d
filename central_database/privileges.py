"""Who may do what in the central database, declared once.

Every login is a member of one group role, and each group may do exactly what this module
names, on every table, view, sequence and function of the ``mokoko`` schema, on the database and
on the schema; nothing is granted to PUBLIC. ``tests/central_database/test_privileges.py`` reads
``pg_catalog`` after every central migration and fails on anything granted that is not named
here, on anything named here that is not granted, and on a function whose configuration differs.
A migration that grants or revokes changes this declaration in the same commit.

The groups:
- ``mokoko_kiosk``: a kiosk (a PC in a container that can be stolen). Inserts its own submissions
  and actions, reads the catalogue and what the change log says about its own codes and stops;
  asks about another kiosk's code through ``kiosk_followup`` (30 a minute).
- ``mokoko_web``: the follow-up site (a host on the internet). Three functions, nothing else.
- ``mokoko_office``: a person at city hall. Reads ideas without contact details, answers, routes,
  publishes; contact details only through ``reveal_contact`` (which writes the access log).
- ``mokoko_dpo``: the data-protection officer. Reads the access log.
- ``mokoko_partner``: an association that runs volunteer opportunities (c0031). Reads the sign-ups
  for its own opportunities without contact details, marks them, and opens a volunteer's contact
  details only through ``partner_reveal`` (logged), sealed to its own key by city hall.
- ``mokoko_admin``: the administrator (IT). Registers logins, loads the catalogue and keys, runs
  the purge, the pruning and the watchdog; never reads a record or writes the change log.

The owner, ``mokoko_owner``, is a NOLOGIN role no login is a member of. Every function runs with
``search_path = pg_catalog, mokoko, pg_temp`` (the caller's temporary schema last, so no login can
shadow a type or a table a SECURITY DEFINER function uses), except the plain expressions
PostgreSQL inlines into CHECK constraints, which may carry no settings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KIOSK, WEB, OFFICE, DPO, ADMIN = "mokoko_kiosk", "mokoko_web", "mokoko_office", "mokoko_dpo", "mokoko_admin"
PARTNER = "mokoko_partner"
OWNER = "mokoko_owner"
GROUPS = (KIOSK, WEB, OFFICE, DPO, ADMIN, PARTNER)
PINNED_PATH = "search_path=pg_catalog, mokoko, pg_temp"
# Server roles the owner holds for its two session functions (the watchdog and ending a removed
# login's sessions); no login holds the owner.
OWNER_SERVER_ROLES = ("pg_read_all_stats", "pg_signal_backend")
# The administrator may grant these groups (CREATEROLE with ADMIN OPTION), nothing else.
ADMIN_MANAGES = (KIOSK, OFFICE, DPO, WEB, PARTNER)

DATABASE = {KIOSK: "CONNECT TEMPORARY", WEB: "CONNECT", OFFICE: "CONNECT", DPO: "CONNECT", ADMIN: "CONNECT", PARTNER: "CONNECT"}
SCHEMA = {KIOSK: "USAGE", WEB: "USAGE", OFFICE: "USAGE", DPO: "USAGE", ADMIN: "USAGE", PARTNER: "USAGE"}

_IDEA_SENT = (
    "id, device_role, device_id, receipt_code, consultation_id, theme_code, text, contact_name, contact_email, "
    "contact_phone, consent_version, age_group, home_area_code, language, stop_id, created_at, assisted, content_hash, "
    "sealed_contact, notify_me, typed_at"
)
_IDEA_OFFICE_READS = (
    "id, device_role, device_id, receipt_code, consultation_id, theme_code, text, consent_version, age_group, "
    "home_area_code, language, stop_id, created_at, assisted, content_hash, received_at, text_search, typed_at"
)
_SUBMISSION_KIOSK_READS = "id, device_role, device_id, receipt_code, content_hash, received_at"
_DOCUMENT_SENT = "id, device_role, device_id, receipt_code, data, created_at, content_hash"
_DOCUMENT_OFFICE_READS = "id, device_role, device_id, receipt_code, content_hash, created_at, received_at"
_CONFLICT_READS = "id, kind, record_id, device_role, content_hash, detected_at"
_CATALOGUE_WRITES = "SELECT INSERT UPDATE"

# Tables and views: what each group may do. "SELECT" is the whole table; "SELECT(a, b)" those
# columns only. Row-level security narrows it further (POLICIES).
RELATIONS: dict[str, dict[str, str]] = {
    # The catalogue and tour plan: every kiosk reads it; the administrator loads it.
    "admin_area": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: _CATALOGUE_WRITES},
    "home_area": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: _CATALOGUE_WRITES},
    "theme": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: _CATALOGUE_WRITES},
    "consultation": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: _CATALOGUE_WRITES},
    "stop": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: _CATALOGUE_WRITES, PARTNER: "SELECT"},
    "interest": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: _CATALOGUE_WRITES},
    "opportunity": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: _CATALOGUE_WRITES, PARTNER: "SELECT"},
    "status": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: _CATALOGUE_WRITES},
    "retention": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: _CATALOGUE_WRITES},
    "municipality": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: _CATALOGUE_WRITES},  # the data controller's facts (c0035)
    "sealing_key": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: "SELECT INSERT UPDATE(active)"},
    "effect_goal": {OFFICE: "SELECT", ADMIN: _CATALOGUE_WRITES},
    "catalogue_code": {KIOSK: "SELECT"},  # read by the reference checks of a kiosk's insert
    # Kiosks and their submissions.
    "device": {KIOSK: "SELECT", OFFICE: "SELECT", ADMIN: "SELECT INSERT"},
    "device_tag": {ADMIN: "SELECT"},
    "device_stop": {},
    "idea": {KIOSK: f"INSERT({_IDEA_SENT}) SELECT({_SUBMISSION_KIOSK_READS})", OFFICE: f"SELECT({_IDEA_OFFICE_READS})"},
    "signup": {KIOSK: f"INSERT({_DOCUMENT_SENT}) SELECT({_SUBMISSION_KIOSK_READS})", OFFICE: f"SELECT({_DOCUMENT_OFFICE_READS})"},
    "offer": {KIOSK: f"INSERT({_DOCUMENT_SENT}) SELECT({_SUBMISSION_KIOSK_READS})", OFFICE: f"SELECT({_DOCUMENT_OFFICE_READS})"},
    "push_conflict": {
        KIOSK: f"INSERT(kind, record_id, device_role, content_hash, payload) SELECT({_CONFLICT_READS})",
        OFFICE: f"SELECT({_CONFLICT_READS})",
    },
    "moderation": {KIOSK: "INSERT(client_id, receipt_code, reason, at)", OFFICE: "SELECT"},
    "erasure_request": {KIOSK: "INSERT(client_id, receipt_code, requested_at)", OFFICE: "SELECT"},
    "voucher": {},  # kiosks report through report_voucher(); nobody reads it but the owner's functions
    # What kiosks pull: written by the database's own triggers only.
    "change_log": {KIOSK: "SELECT"},
    "change_log_horizon": {KIOSK: "SELECT"},
    "change_log_turn": {},  # the lock every writer of the change log takes; nobody may take it
    # City hall.
    "office_user": {OFFICE: "SELECT", DPO: "SELECT", ADMIN: "SELECT INSERT UPDATE(removed_at, email)"},
    "area_contact": {OFFICE: "SELECT", ADMIN: "SELECT INSERT DELETE"},
    "status_update": {OFFICE: "SELECT INSERT(idea_id, status, public_reply, reason, translated_reply)"},
    "idea_route": {OFFICE: "SELECT INSERT(idea_id, admin_area_code, note)"},
    "signup_status": {
        OFFICE: "SELECT INSERT(signup_id, status, note)",
        PARTNER: "SELECT(id, signup_id, status, set_at) INSERT(signup_id, status)",
    },
    "idea_state": {OFFICE: "SELECT"},
    "access_log": {OFFICE: "SELECT", DPO: "SELECT"},
    "conflict_decision": {OFFICE: "SELECT INSERT(conflict_id, decision, note)"},
    "conflict_listing": {OFFICE: "SELECT"},
    "signup_listing": {OFFICE: "SELECT"},
    "offer_listing": {OFFICE: "SELECT"},
    "published_story": {OFFICE: "SELECT INSERT DELETE"},
    "outbox": {OFFICE: "SELECT UPDATE(attempts, next_attempt_at, sent_at, failed_at, last_error)"},
    "signup_fingerprint": {OFFICE: "SELECT INSERT(signup_id, key_id, phone, email)"},  # keyed: see city_hall/duplicates.py
    "session_limit": {ADMIN: "SELECT UPDATE"},
    "followup_budget": {},  # kiosk_followup() counts a kiosk's look-ups here; nobody reads or resets it
    "device_health": {OFFICE: "SELECT", ADMIN: "SELECT"},  # written by report_health() only
    "idea_search": {OFFICE: "SELECT"},  # the office's search index, filled off the kiosk's path (c0033)
    "idea_unindexed": {},  # ideas waiting for the search index: written by a trigger, read by index_new_ideas()
    "idea_group": {OFFICE: "SELECT INSERT(title) UPDATE(title)"},  # cases of similar ideas (c0028)
    "idea_group_member": {OFFICE: "SELECT INSERT(idea_id, group_id) DELETE"},
    "idea_assignment": {OFFICE: "SELECT INSERT(idea_id, owner_role)"},  # who has a case (c0029)
    "idea_note": {OFFICE: "SELECT INSERT(idea_id, text)"},  # never to the citizen, a kiosk or the change log
    # Associations that run opportunities (c0031): their own rows, their own sign-ups, never a contact they were not handed.
    "partner": {ADMIN: "SELECT INSERT UPDATE(removed_at, key_id, public_key)", OFFICE: "SELECT", PARTNER: "SELECT"},
    "partner_opportunity": {ADMIN: "SELECT INSERT DELETE", OFFICE: "SELECT", PARTNER: "SELECT"},
    "partner_contact": {OFFICE: "SELECT(signup_id, role_name, key_id, set_at, set_by) INSERT(signup_id, role_name, key_id, sealed)"},
    "partner_signup_listing": {PARTNER: "SELECT"},
    "fleet_policy": {OFFICE: "SELECT", ADMIN: "SELECT UPDATE(oldest_version, offered_version, bundle_sha256, bundle_url)"},
}

SEQUENCES: dict[str, dict[str, str]] = {
    "change_log_seq_seq": {},
    "push_conflict_id_seq": {KIOSK: "USAGE"},
    "erasure_request_id_seq": {KIOSK: "USAGE"},
    "moderation_id_seq": {KIOSK: "USAGE"},
    "status_update_id_seq": {OFFICE: "USAGE"},
    "idea_route_id_seq": {OFFICE: "USAGE"},
    "signup_status_id_seq": {OFFICE: "USAGE", PARTNER: "USAGE"},
    "access_log_id_seq": {},
    "outbox_id_seq": {},
    "idea_group_id_seq": {OFFICE: "USAGE"},
    "idea_assignment_id_seq": {OFFICE: "USAGE"},
    "idea_note_id_seq": {OFFICE: "USAGE"},
}


@dataclass(frozen=True)
class Function:
    """A function of the schema: who besides the owner may call it; whether it runs as the owner
    (SECURITY DEFINER); whether it is a plain expression PostgreSQL inlines (then no settings)."""

    execute: tuple[str, ...] = ()
    definer: bool = False
    inlined: bool = False


TRIGGER = Function()  # a trigger's function: fired by the database, called by nobody
DEFINER_TRIGGER = Function(definer=True)

FUNCTIONS: dict[str, Function] = {
    # Helpers of rules and policies.
    "current_device_id()": Function(execute=(KIOSK,)),
    "calling_device()": Function(definer=True),
    "code_is_mine(text)": Function(definer=True),
    "receipt_code_valid(text)": Function(execute=(KIOSK,), inlined=True),
    "area_contact_names(text)": Function(execute=(OFFICE,)),
    "idea_area(uuid)": Function(),
    "hidden_reason(text)": Function(execute=(OFFICE,), definer=True),
    "story_row(mokoko.published_story)": Function(definer=True),
    "voucher_row(mokoko.voucher)": Function(),
    "log_idea_status(uuid)": Function(),
    "partner_runs(uuid,name)": Function(execute=(OFFICE, PARTNER), definer=True),  # in policies
    "signup_has_contact(uuid)": Function(execute=(OFFICE,), definer=True),
    # What logins call.
    "reveal_contact(text,text,text)": Function(execute=(OFFICE,), definer=True),
    "index_new_ideas(integer)": Function(execute=(ADMIN, OFFICE), definer=True),  # the watchdog's round, city hall's search
    "partner_reveal(text,text)": Function(execute=(PARTNER,), definer=True),
    "erase_contact(text,text)": Function(execute=(OFFICE,), definer=True),
    "take_change_log_turn()": Function(execute=(OFFICE,), definer=True),
    "public_followup(text)": Function(execute=(WEB,), definer=True),
    "public_stories(integer)": Function(execute=(WEB,), definer=True),
    "public_privacy()": Function(execute=(WEB,), definer=True),  # the privacy notice's facts and periods (c0035)
    "kiosk_followup(text)": Function(execute=(KIOSK,), definer=True),
    "report_voucher(text,text,timestamp with time zone,timestamp with time zone)": Function(execute=(KIOSK,), definer=True),
    "report_vouchers(text[],text[],timestamp with time zone[],timestamp with time zone[])": Function(execute=(KIOSK,), definer=True),
    "report_idea_vouchers(text[])": Function(execute=(KIOSK,), definer=True),  # a new idea's voucher, with the idea (c0034)
    "serve_stop(text)": Function(execute=(KIOSK,), definer=True),
    "report_health(text,text,text,integer,integer,text,bigint,timestamp with time zone,text)": Function(execute=(KIOSK,), definer=True),
    "offered_update()": Function(execute=(KIOSK,), definer=True),
    "end_overlong_sessions()": Function(execute=(ADMIN,), definer=True),
    "end_sessions_of(name)": Function(execute=(ADMIN,), definer=True),
    "prune_change_log()": Function(execute=(ADMIN,), definer=True),
    "purge_expired()": Function(execute=(ADMIN,), definer=True),
    # Triggers.
    "access_log_is_append_only()": TRIGGER,
    "stamp_author()": TRIGGER,
    "check_idea_references()": TRIGGER,
    "check_document_references()": TRIGGER,
    "check_kiosk_codes()": DEFINER_TRIGGER,
    "check_code_is_mine()": DEFINER_TRIGGER,
    "remember_catalogue_code()": DEFINER_TRIGGER,
    "serialise_change_log()": DEFINER_TRIGGER,
    "log_catalogue_change()": DEFINER_TRIGGER,
    "log_status_change()": DEFINER_TRIGGER,
    "log_route_change()": DEFINER_TRIGGER,
    "log_signup_status()": DEFINER_TRIGGER,
    "log_story_change()": DEFINER_TRIGGER,
    "log_voucher_change()": DEFINER_TRIGGER,  # no trigger uses it since c0032; its downgrade does
    "log_voucher_changes()": DEFINER_TRIGGER,  # once per statement (c0032)
    "queue_for_search()": DEFINER_TRIGGER,  # a kiosk's new ideas wait for the search index (c0033)
    "log_voucher_moderation()": DEFINER_TRIGGER,
    "keep_idea_state()": DEFINER_TRIGGER,
    "queue_idea_message()": DEFINER_TRIGGER,
    "queue_signup_message()": DEFINER_TRIGGER,
    "queue_routed_message()": DEFINER_TRIGGER,  # routing e-mails the area's contact persons (c0030)
    "take_hidden_off_the_wall()": DEFINER_TRIGGER,
    "refuse_hidden_story()": DEFINER_TRIGGER,
    "forget_fingerprint()": DEFINER_TRIGGER,
    "stamp_fingerprint()": TRIGGER,
    "forget_partner_contact()": DEFINER_TRIGGER,
    "forget_removed_partner()": DEFINER_TRIGGER,
}

# Row-level security: the tables that enable and force it, and their policies (name: command, roles).
POLICIES: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "idea": {"kiosk_inserts_own": ("INSERT", (KIOSK,)), "kiosk_reads_own": ("SELECT", (KIOSK,)), "office_all": ("ALL", (OFFICE, OWNER))},
    "signup": {"kiosk_inserts_own": ("INSERT", (KIOSK,)), "kiosk_reads_own": ("SELECT", (KIOSK,)), "office_all": ("ALL", (OFFICE, OWNER))},
    "offer": {"kiosk_inserts_own": ("INSERT", (KIOSK,)), "kiosk_reads_own": ("SELECT", (KIOSK,)), "office_all": ("ALL", (OFFICE, OWNER))},
    "push_conflict": {
        "kiosk_inserts_own": ("INSERT", (KIOSK,)),
        "kiosk_reads_own": ("SELECT", (KIOSK,)),
        "office_all": ("ALL", (OFFICE, OWNER)),
    },
    "moderation": {"kiosk_inserts_own": ("INSERT", (KIOSK,)), "office_reads": ("SELECT", (OFFICE,)), "owner_all": ("ALL", (OWNER,))},
    "erasure_request": {"kiosk_inserts_own": ("INSERT", (KIOSK,)), "office_reads": ("SELECT", (OFFICE,)), "owner_all": ("ALL", (OWNER,))},
    "change_log": {"kiosk_reads_what_concerns_it": ("SELECT", (KIOSK,)), "owner_writes": ("ALL", (OWNER,))},
}
# Tables with row-level security enabled but not forced (the owner is not subject to it).
POLICIES_NOT_FORCED: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "device": {"kiosk_reads_own": ("SELECT", (KIOSK,)), "office_all": ("ALL", (OFFICE,)), "admin_registers": ("ALL", (ADMIN,))},
    "partner": {"admin_all": ("ALL", (ADMIN,)), "office_reads": ("SELECT", (OFFICE,)), "partner_reads_own": ("SELECT", (PARTNER,))},
    "partner_opportunity": {
        "admin_all": ("ALL", (ADMIN,)),
        "office_reads": ("SELECT", (OFFICE,)),
        "partner_reads_own": ("SELECT", (PARTNER,)),
    },
    "partner_contact": {"office_reads": ("SELECT", (OFFICE,)), "office_hands_over": ("INSERT", (OFFICE,))},
    "signup_status": {
        "office_all": ("ALL", (OFFICE,)),
        "partner_reads_own": ("SELECT", (PARTNER,)),
        "partner_marks_own": ("INSERT", (PARTNER,)),
    },
}


_PRIVILEGE = re.compile(r"([A-Z]+)(?:\(([^)]*)\))?")


def granted(spec: str) -> set[tuple[str, str | None]]:
    """``"SELECT INSERT(a, b)"`` as {("SELECT", None), ("INSERT", "a"), ("INSERT", "b")}."""
    result: set[tuple[str, str | None]] = set()
    for privilege, columns in _PRIVILEGE.findall(spec):
        if columns:
            result |= {(privilege, column.strip()) for column in columns.split(",")}
        else:
            result.add((privilege, None))
    return result


def relation_grants() -> set[tuple[str, str, str, str | None]]:
    """Every (relation, group, privilege, column or None) declared for tables, views and sequences."""
    declared = set()
    for table, by_group in (RELATIONS | SEQUENCES).items():
        for group, spec in by_group.items():
            declared |= {(table, group, privilege, column) for privilege, column in granted(spec)}
    return declared
