"""Issue 31, associations see their volunteers: a login per association ('mokoko central
add-partner') reads the sign-ups for its own opportunities only, opens a volunteer's contact details
with its own key after city hall handed them over (each look in the access log with its reason),
and marks them contacted, placed or declined, which reaches the citizen's follow-up and e-mail.
Every other thing an association login might try is refused by the database. Real PostgreSQL."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg import errors

from central_database.connection import CentralError
from central_database.devices import add_device
from central_database.office_users import add_office_user
from central_database.partners import add_partner
from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.command_line import main
from shared_kernel.sealing import read_key_file
from sync.engine import sync_once
from tests.city_hall.conftest import central_rows
from tests.conftest import demo_key, office_of

PASSPHRASE = "bogvennernes egen nøgle"


def _login_of(url: str) -> str:
    partner = office_of(url).partner
    assert partner is not None, "an association's login"
    return partner.login


def _signup(kiosk, opportunity: str, name: str, email: str) -> str:
    draft = SignupDraft(
        opportunity_id=opportunity, name=name, email=email, age_group="65-79", availability=["weekdays"], consent=True, notify_me=True
    )
    return kiosk.submit(draft).receipt_code


@pytest.fixture
def town(owner_url, data_dir, clock, tmp_path, monkeypatch, capsys):
    kiosk = open_kiosk(data_dir, demo=True, clock=clock)
    codes = {
        "books": _signup(kiosk, "bogvenner", "Åse Holm", "aase@example.dk"),
        "books2": _signup(kiosk, "bogvenner", "Bo Ørsted", "bo@example.dk"),
        "driving": _signup(kiosk, "vennetjeneste-korsel", "Carl Bæk", "carl@example.dk"),
        "idea": kiosk.submit(
            IdeaDraft(theme_code="andet", text="Hemmelig idé", name="Dorte", email="d@example.dk", consent=True)
        ).receipt_code,
    }
    kiosk_url = add_device(owner_url, "Havndal").url
    mette = add_office_user(owner_url, "Mette Østergård", ["aeldre-kultur"], login=f"office_t{uuid.uuid4().hex[:10]}")
    sync_once(kiosk, kiosk_url)
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", PASSPHRASE)
    key_file = tmp_path / "bogvenner.key"
    assert main(["central", "add-partner", "Bibliotekets Bogvenner", "--opportunity", "bogvenner", "--url", owner_url,
                 "--key-out", str(key_file), "--login", f"partner_t{uuid.uuid4().hex[:10]}"]) == 0  # fmt: skip
    books_url = capsys.readouterr().out.strip().splitlines()[-1]
    driving = add_partner(
        owner_url,
        "Havndal Vennetjeneste",
        ["vennetjeneste-korsel"],
        f"partner_t{uuid.uuid4().hex[:10]}",
        key_out=tmp_path / "havndal.key",
        passphrase=PASSPHRASE,
    )
    yield {
        "kiosk": kiosk,
        "kiosk_url": kiosk_url,
        "codes": codes,
        "books": books_url,
        "books_key": read_key_file(key_file, PASSPHRASE),
        "driving": driving,
        "mette": mette,
    }
    kiosk.close()


def test_an_association_reads_opens_and_marks_its_own_volunteers(owner_url, town) -> None:
    codes, books = town["codes"], office_of(town["books"])
    assert [line.receipt_code for line in books.signups()] == [codes["books2"], codes["books"]]  # never Carl's sign-up
    assert books.partner is not None and books.partner.name == "Bibliotekets Bogvenner"
    assert office_of(town["mette"].url).partner is None  # a city-hall login
    with pytest.raises(CentralError, match="not handed"):  # city hall has not handed them over yet
        books.open_contact(codes["books"], "Ringer for at aftale første besøg", [town["books_key"]], "signup")
    assert office_of(town["mette"].url).hand_over_due([demo_key()]) == 3  # Åse, Bo (Bogvenner) and Carl (Vennetjenesten)
    assert office_of(town["mette"].url).hand_over_due([demo_key()]) == 0  # each once
    details = books.open_contact(codes["books"], "Ringer for at aftale første besøg", [town["books_key"]], "signup")
    assert details.fields["name"] == "Åse Holm" and details.fields["email"] == "aase@example.dk"
    log = central_rows(owner_url, "SELECT by_role, receipt_code, why FROM mokoko.access_log ORDER BY id DESC LIMIT 1")
    assert log == [(_login_of(town["books"]), codes["books"], "Ringer for at aftale første besøg")]
    with pytest.raises(CentralError, match="cannot be opened"):  # the municipality's key does not open what is sealed to theirs
        books.open_contact(codes["books"], "Ringer for at aftale første besøg", [demo_key()], "signup")

    assert main(["office", "signup-status", codes["books"], "contacted", "--url", town["books"]]) == 0
    books.mark_signup(codes["books2"], "declined")
    assert {line.receipt_code: line.status for line in books.signups()} == {codes["books"]: "contacted", codes["books2"]: "declined"}
    office_line = {line.receipt_code: line for line in office_of(town["mette"].url).signups()}[codes["books"]]
    assert office_line.status == "contacted" and office_line.status_by == "Bibliotekets Bogvenner"  # city hall sees who
    sync_once(town["kiosk"], town["kiosk_url"])
    assert town["kiosk"].follow_up(codes["books"]).signup_status == "contacted"  # the citizen's follow-up, as today
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.outbox WHERE kind = 'signup' AND status = 'contacted'") == [(1,)]


def test_erased_contact_details_are_gone_for_the_association_too(owner_url, town) -> None:
    codes, books = town["codes"], office_of(town["books"])
    office_of(town["mette"].url).hand_over_due([demo_key()])
    office_of(town["mette"].url).erase(codes["books"], "Borgeren bad om det i telefonen")
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.partner_contact WHERE role_name = %s", (_login_of(town["books"]),)) == [
        (1,)
    ]
    with pytest.raises(CentralError, match="not handed"):
        books.open_contact(codes["books"], "Ringer for at aftale første besøg", [town["books_key"]], "signup")
    login = _login_of(town["books"])
    assert main(["central", "remove-partner", login, "--url", owner_url]) == 0  # the association stops
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.partner_contact WHERE role_name = %s", (login,)) == [(0,)]
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.partner_contact") == [(1,)]  # the other association keeps Carl's


def test_an_association_login_is_refused_everything_else(owner_url, town) -> None:
    """A careless association PC, or a stolen password: another association's volunteers, any idea,
    any contact details not handed over and revealed, city hall's notes and people, and the
    municipality's tables are all closed; the database says no, whatever the client does."""
    codes = town["codes"]
    office_of(town["mette"].url).hand_over_due([demo_key()])
    office_of(town["mette"].url).mark_signup(codes["driving"], "contacted", "Carl ringede selv; han har ingen bil")
    with psycopg.connect(town["books"], autocommit=True) as books:
        seen = {row[0] for row in books.execute("SELECT receipt_code FROM mokoko.partner_signup_listing")}
        assert seen == {codes["books"], codes["books2"]}
        assert books.execute("SELECT count(*) FROM mokoko.partner").fetchone() == (1,)  # its own row only
        assert books.execute("SELECT count(*) FROM mokoko.partner_opportunity").fetchone() == (1,)
        assert books.execute("SELECT count(*) FROM mokoko.signup_status").fetchone() == (0,)  # Carl's status is not its business
        for statement in (
            "SELECT * FROM mokoko.signup",
            "SELECT * FROM mokoko.signup_listing",
            "SELECT * FROM mokoko.idea",
            "SELECT * FROM mokoko.access_log",
            "SELECT * FROM mokoko.partner_contact",
            "SELECT * FROM mokoko.office_user",
            "SELECT * FROM mokoko.outbox",
            "SELECT * FROM mokoko.change_log",
            "SELECT note FROM mokoko.signup_status",
            f"SELECT mokoko.reveal_contact('signup', '{codes['driving']}', 'Jeg vil gerne ringe til ham')",
            f"SELECT mokoko.reveal_contact('idea', '{codes['idea']}', 'Jeg vil gerne ringe til hende')",
            "INSERT INTO mokoko.partner_contact (signup_id, role_name, key_id, sealed) SELECT signup_id, role_name, key_id, 'x' "
            "FROM mokoko.partner_contact",
            "UPDATE mokoko.partner SET public_key = public_key",
            "INSERT INTO mokoko.partner_opportunity VALUES (current_user, 'vennetjeneste-korsel')",
            "INSERT INTO mokoko.signup_status (signup_id, status, note) SELECT id, 'contacted', 'x' FROM mokoko.partner_signup_listing",
            f"SET ROLE {town['driving'].role_name}",
            "SET ROLE mokoko_office",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                books.execute(statement)
        other = central_rows(owner_url, "SELECT id FROM mokoko.signup WHERE receipt_code = %s", (codes["driving"],))[0][0]
        with pytest.raises(errors.InsufficientPrivilege):  # row-level security: not one of its opportunities
            books.execute("INSERT INTO mokoko.signup_status (signup_id, status) VALUES (%s, 'declined')", (other,))
        own = central_rows(owner_url, "SELECT id FROM mokoko.signup WHERE receipt_code = %s", (codes["books"],))[0][0]
        with pytest.raises(errors.InsufficientPrivilege):  # "new" is the kiosk's word, not a mark
            books.execute("INSERT INTO mokoko.signup_status (signup_id, status) VALUES (%s, 'new')", (own,))
        logged = central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log")
        assert books.execute("SELECT mokoko.partner_reveal(%s, 'Jeg vil gerne ringe til ham')", (codes["driving"],)).fetchone() == (None,)
        assert books.execute("SELECT mokoko.partner_reveal(%s, 'Jeg vil gerne ringe')", (codes["idea"],)).fetchone() == (None,)
        assert central_rows(owner_url, "SELECT count(*) FROM mokoko.access_log") == logged  # nothing to log: nothing shown
    assert central_rows(owner_url, "SELECT count(*) FROM mokoko.signup_status") == [(1,)]  # only city hall's mark of Carl


def test_city_hall_cannot_hand_a_volunteer_to_an_association_that_does_not_run_the_opportunity(owner_url, town) -> None:
    codes, books_login = town["codes"], _login_of(town["books"])
    carl = central_rows(owner_url, "SELECT id FROM mokoko.signup WHERE receipt_code = %s", (codes["driving"],))[0][0]
    with psycopg.connect(town["mette"].url, autocommit=True) as office:
        [(key_id,)] = office.execute("SELECT key_id FROM mokoko.partner WHERE role_name = %s", (books_login,)).fetchall()
        with pytest.raises(errors.InsufficientPrivilege):
            office.execute(
                "INSERT INTO mokoko.partner_contact (signup_id, role_name, key_id, sealed) VALUES (%s, %s, %s, 'x')",
                (carl, books_login, key_id),
            )
        assert office.execute("SELECT mokoko.signup_has_contact(%s)", (carl,)).fetchone() == (True,)
        with pytest.raises(errors.InsufficientPrivilege):  # the sealed copies are the associations' alone
            office.execute("SELECT sealed FROM mokoko.partner_contact")


def test_a_kiosk_the_web_reader_and_city_hall_are_refused_an_associations_view_and_reveal(owner_url, town) -> None:
    """Every other login: a stolen kiosk, the internet-facing follow-up site, a city-hall PC."""
    from central_database.web_readers import add_web_reader

    office_of(town["mette"].url).hand_over_due([demo_key()])
    reader = add_web_reader(owner_url, f"t{uuid.uuid4().hex[:10]}")
    for url in (town["kiosk_url"], reader, town["mette"].url):
        with psycopg.connect(url, autocommit=True) as login:
            for statement in (
                "SELECT * FROM mokoko.partner_signup_listing",
                f"SELECT mokoko.partner_reveal('{town['codes']['books']}', 'Jeg vil gerne ringe')",
                "SELECT sealed FROM mokoko.partner_contact",
                "INSERT INTO mokoko.partner (role_name, name) VALUES (current_user, 'Falsk forening')",
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    login.execute(statement)
