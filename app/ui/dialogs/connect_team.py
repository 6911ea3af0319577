"""Buka Rencana Tim: connect to a plan kept on the team's PostgreSQL server.

The planner types the server, the database and their login, and the password
here (never on a command line); recent team plans are listed without their
passwords. TLS is `require` off this machine, so no password crosses a network
in clear unless the planner chooses so. A failed connection is said in place,
in Indonesian, with the fields kept: a wrong password, a server that does not
answer, a database that does not exist or holds no Pokin plan.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.store import team_secrets
from app.store.team_address import SSL_MODES, TeamAddress, default_ssl
from app.ui.settings import Settings

RECENT_KEY = "team/recent"
MAX_RECENT = 8
# try_connect(address, password) -> None when the plan opened, else why not (Indonesian).
Connector = Callable[[TeamAddress, str], "str | None"]


def recent_addresses(settings: Settings) -> list[TeamAddress]:
    """Team plans opened before, most recent first (URLs without passwords)."""
    value = settings.qs.value(RECENT_KEY, [])
    urls = [value] if isinstance(value, str) and value else list(value or [])
    out = []
    for url in urls:
        try:
            out.append(TeamAddress.from_url(str(url)))
        except ValueError:
            continue
    return out


def add_recent(settings: Settings, address: TeamAddress) -> None:
    urls = [a.url() for a in recent_addresses(settings) if a.url() != address.url()]
    settings.qs.setValue(RECENT_KEY, [address.url(), *urls][:MAX_RECENT])
    settings.qs.sync()


class ConnectTeamDialog(QDialog):
    """The address, the login and its password; `try_connect` opens the plan."""

    def __init__(self, settings: Settings, try_connect: Connector,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.try_connect = try_connect
        self.address: TeamAddress | None = None
        self.setWindowTitle(self.tr("Buka Rencana Tim"))
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentTeamPlans")
        for address in recent_addresses(settings):
            item = QListWidgetItem(address.label())
            item.setData(Qt.ItemDataRole.UserRole, address.url())
            self.recent.addItem(item)
        self.recent.currentItemChanged.connect(self._take_recent)
        self.recent.setVisible(self.recent.count() > 0)

        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("mis. server-bappeda atau 10.0.0.5"))
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.database.setObjectName("database")
        self.database.setPlaceholderText(self.tr("mis. rpd_kota_mojokerto"))
        self.login = QLineEdit(self)
        self.login.setObjectName("login")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ssl = QComboBox(self)
        self.ssl.setObjectName("ssl")
        for mode in SSL_MODES:
            self.ssl.addItem(mode, mode)
        self.host.textChanged.connect(self._ssl_for_host)
        self._ssl_chosen = False
        self.ssl.activated.connect(lambda _i: setattr(self, "_ssl_chosen", True))
        self._ssl_for_host("")
        self.keep = QCheckBox(self.tr("Simpan kata sandi di gantungan kunci sistem"), self)
        self.keep.setObjectName("keepPassword")
        if not team_secrets.secure():
            self.keep.setEnabled(False)
            self.keep.setToolTip(self.tr(
                "Komputer ini tidak menyediakan gantungan kunci yang aman; kata sandi tidak "
                "pernah disimpan di berkas biasa."))
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B71C1C;")
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Basis data"), self.database)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("TLS"), self.ssl)
        form.addRow("", self.keep)
        buttons = QDialogButtonBox(self)
        self.connect_button = buttons.addButton(self.tr("Sambungkan"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.recent.count():
            layout.addWidget(QLabel(self.tr("Rencana tim terakhir:"), self))
            layout.addWidget(self.recent)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    def _ssl_for_host(self, host: str) -> None:
        if not self._ssl_chosen:
            self.ssl.setCurrentIndex(self.ssl.findData(default_ssl(host)))

    def _take_recent(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        address = TeamAddress.from_url(str(item.data(Qt.ItemDataRole.UserRole)))
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.login.setText(address.login)
        self.ssl.setCurrentIndex(self.ssl.findData(address.sslmode))
        kept = team_secrets.recall(address.label())
        self.password.setText(kept or "")
        self.keep.setChecked(bool(kept))

    def typed_address(self) -> TeamAddress:
        return TeamAddress(self.host.text().strip(), self.database.text().strip(),
                           self.login.text().strip(), self.port.value(),
                           str(self.ssl.currentData()))

    def attempt(self) -> bool:
        """Connect with what is typed; stays open and says why when that fails."""
        address = self.typed_address()
        if not (address.database and address.login):
            self._say(self.tr("Isi nama basis data dan login."))
            return False
        why = self.try_connect(address, self.password.text())
        if why:
            self._say(why)
            return False
        self.address = address
        add_recent(self.settings, address)
        if self.keep.isChecked() and self.keep.isEnabled():
            team_secrets.remember(address.label(), self.password.text())
        elif not self.keep.isChecked():
            team_secrets.forget(address.label())
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
