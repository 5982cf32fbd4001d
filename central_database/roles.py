"""The central database's names: its schema, its group roles and the prefixes of their logins, and
the limits every kiosk login gets. Declared here once; what each group may do is
:mod:`central_database.privileges`."""

SCHEMA = "mokoko"
OWNER_ROLE = "mokoko_owner"
OFFICE_ROLE = "mokoko_office"
PARTNER_ROLE = "mokoko_partner"  # an association that runs volunteer opportunities (c0031)
DPO_ROLE = "mokoko_dpo"  # the data-protection officer: reads the access log, nothing else
KIOSK_GROUP_ROLE = "mokoko_kiosk"
KIOSK_ROLE_PREFIX = "mokoko_kiosk_"
# Every kiosk login (add-device; migration c0003 for older ones): a kiosk needs one or two
# connections; a statement or an idle transaction of a kiosk never holds the server for long.
KIOSK_CONNECTION_LIMIT = 3
KIOSK_SETTINGS = {"statement_timeout": "30s", "idle_in_transaction_session_timeout": "30s"}
KIOSK_SUPERUSER_SETTINGS = {"temp_file_limit": "16MB"}  # only a superuser owner may set it
# The advisory lock change-log writers took before central migration c0018 (which the migrations
# c0005 to c0017 still name). Anybody could take it and sit on it; since c0018 writers lock
# mokoko.change_log_turn instead, a table no login may lock.
CHANGE_LOG_LOCK = 0x4D4F4B4F  # "MOKO"
