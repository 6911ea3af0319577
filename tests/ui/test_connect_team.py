"""The Buka Rencana Tim dialog: addresses without passwords, TLS off loopback, the keyring.

The system keyring of a desktop is not there on a test machine; a keyring
backend that the `keyring` package loads like any other (kept in memory, with
a priority, as the desktop's secret service would be) stands in for it.
"""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.store import team_secrets
from app.store.team_address import TeamAddress, connection_problem
from app.ui.dialogs.connect_team import ConnectTeamDialog, recent_addresses
from app.ui.settings import Settings


class MemoryKeyring(KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def system_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def test_an_address_becomes_a_url_without_a_password_and_tls_off_loopback():
    remote = TeamAddress("server-bappeda", "rpd_kota", "dinkes")
    assert remote.url() == ("postgresql+psycopg://dinkes@server-bappeda:5432/rpd_kota"
                            "?sslmode=require")
    assert TeamAddress("localhost", "rpd", "a").sslmode == "prefer"
    back = TeamAddress.from_url("postgresql://dinkes:rahasia@server-bappeda:6543/rpd_kota")
    assert back == TeamAddress("server-bappeda", "rpd_kota", "dinkes", 6543)
    assert "rahasia" not in back.url()


def test_connection_problems_are_said_for_the_planner():
    address = TeamAddress("10.0.0.5", "rpd", "dinkes")
    wrong = connection_problem(Exception(
        'FATAL:  password authentication failed for user "dinkes"'), address)
    assert "kata sandinya salah" in wrong
    away = connection_problem(Exception(
        "connection failed: Connection refused\n\tIs the server running on that host"), address)
    assert "tidak dapat dihubungi" in away
    missing = connection_problem(Exception('FATAL:  database "rpd" does not exist'), address)
    assert "tidak ada di server" in missing


def test_the_dialog_says_why_in_place_and_remembers_only_in_the_keyring(
        qtbot, tmp_path, system_keyring):
    settings = Settings.at(tmp_path / "s.ini")
    tries: list[tuple[TeamAddress, str]] = []

    def try_connect(address: TeamAddress, password: str) -> str | None:
        tries.append((address, password))
        return None if password == "benar" else "Login 'dinkes' ditolak: kata sandinya salah."

    dialog = ConnectTeamDialog(settings, try_connect)
    qtbot.addWidget(dialog)
    assert team_secrets.secure() and dialog.keep.isEnabled()
    qtbot.keyClicks(dialog.host, "server-bappeda")
    assert dialog.ssl.currentData() == "require"
    qtbot.keyClicks(dialog.database, "rpd_kota")
    qtbot.keyClicks(dialog.login, "dinkes")
    qtbot.keyClicks(dialog.password, "salah")
    assert not dialog.attempt()
    assert dialog.problem.isVisibleTo(dialog) and "salah" in dialog.problem.text()
    assert dialog.host.text() == "server-bappeda"  # nothing typed is lost
    dialog.password.setText("benar")
    dialog.keep.setChecked(True)
    assert dialog.attempt()
    assert system_keyring.kept == {(team_secrets.SERVICE, "dinkes@server-bappeda/rpd_kota"): "benar"}
    settings_text = (tmp_path / "s.ini").read_text()
    assert "benar" not in settings_text and "dinkes@server-bappeda" in settings_text
    # Next time: the recent plan is offered, with its password from the keyring.
    again = ConnectTeamDialog(settings, try_connect)
    qtbot.addWidget(again)
    assert [a.label() for a in recent_addresses(settings)] == ["dinkes@server-bappeda/rpd_kota"]
    assert again.database.text() == "rpd_kota" and again.password.text() == "benar"


def test_without_a_secure_keyring_the_password_is_never_kept(qtbot, tmp_path):
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = ConnectTeamDialog(Settings.at(tmp_path / "s.ini"), lambda a, p: None)
        qtbot.addWidget(dialog)
        assert not team_secrets.secure() and not dialog.keep.isEnabled()
        assert not team_secrets.remember("a@b/c", "x")
    finally:
        keyring.set_keyring(before)
