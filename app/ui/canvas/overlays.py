"""Widgets laid over the canvas: the breadcrumb of a focused branch and the counts of cards
beyond the screen's edges (presentation mode). The legend of levels is `legend_bar.LevelBar`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from . import fonts


class OffScreenHints(QWidget):
    """"◀ 3 kartu" at the left edge, "2 kartu ▶" at the right, "▼ 5 kartu" at the bottom right.

    On the projector a branch wider than the screen at a readable size is cut;
    these say how many cards lie beyond each edge, so that the room knows there
    is more and the presenter which arrow reaches it. Large, bold, on a dark
    chip; transparent to the mouse.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.counts: dict[str, int] = {}
        self.top_room = 0
        self.bottom_room = 0
        self.hide()

    def set_counts(self, left: int, right: int, above: int, below: int,
                   top_room: int = 0, bottom_room: int = 0) -> None:
        """Show the counts (zeros are not shown) over the parent, below `top_room` pixels."""
        self.counts = {"left": left, "right": right, "above": above, "below": below}
        self.top_room, self.bottom_room = top_room, bottom_room
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.setVisible(any(self.counts.values()))
        self.raise_()
        self.update()

    def texts(self) -> dict[str, str]:
        """The chips as shown, by side."""
        n = self.counts
        out = {}
        if n.get("left"):
            out["left"] = self.tr("◀ %n kartu", "", n["left"])
        if n.get("right"):
            out["right"] = self.tr("%n kartu ▶", "", n["right"])
        if n.get("above"):
            out["above"] = self.tr("▲ %n kartu", "", n["above"])
        if n.get("below"):
            out["below"] = self.tr("▼ %n kartu", "", n["below"])
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        texts = self.texts()
        if not texts:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = fonts.font(20, True)
        p.setFont(font)
        fm = p.fontMetrics()
        w, h = self.width(), self.height()
        top, bottom = self.top_room, h - self.bottom_room
        mid = (top + bottom) / 2
        for side, text in texts.items():
            tw, th = fm.horizontalAdvance(text) + 24, fm.height() + 12
            if side == "left":
                r = QRectF(6, mid - th / 2, tw, th)
            elif side == "right":
                r = QRectF(w - tw - 6, mid - th / 2, tw, th)
            elif side == "above":  # in the right corners: the card shown is centred across
                r = QRectF(w - tw - 6, top + 6, tw, th)
            else:
                r = QRectF(w - tw - 6, bottom - th - 6, tw, th)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, 215))
            p.drawRoundedRect(r, 8, 8)
            p.setPen(QColor("#FFD600"))
            p.drawText(r, int(Qt.AlignmentFlag.AlignCenter), text)
        p.end()


class Breadcrumb(QLabel):
    """Where the card being shown sits: its ancestors, top first; clicking one focuses it.

    On a 1024x768 projector at 22 px, five ancestors with their statements took
    four lines and a fifth of the screen. The trail is kept to `MAX_LINES`: the
    current card's statement stays whole (it is what the room is discussing),
    the ancestors' statements are shortened at word boundaries, then reduced to
    their level names, then the top ones give way to "…". The text is fitted
    again whenever the width changes (`heightForWidth` is what the view asks).
    """

    MAX_LINES = 2
    # Characters kept of each ancestor's statement, tried in turn (0: the level name only).
    ANCESTOR_LIMITS = (60, 44, 32, 22, 14, 0)

    def __init__(self, parent: QWidget, on_pick: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.on_pick = on_pick  # presentation mode puts its own focusing here while it runs
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.linkActivated.connect(lambda key: self.on_pick(key))
        self._trail: list[tuple[str, str, str]] = []
        self._link = ""
        self._fitted: tuple | None = None  # (trail, link, width, big) the text was fitted for
        self.big = False
        self.set_big(False)
        self.hide()

    def set_big(self, big: bool) -> None:
        self.big = big
        size = 22 if big else 13
        bg = "#263238" if big else "rgba(255,255,255,235)"
        fg = "#FFFFFF" if big else "#263238"
        self.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; padding: 6px 10px;"
            f" font-family: '{fonts.family()}'; font-size: {size}px; }}"
        )
        self._fitted = None
        if self._trail:
            self._fit(self._width())

    def set_trail(self, trail: list[tuple[str, str, str]], link_colour: str) -> None:
        """`trail` = (key, level, statement) from the top down to the card shown."""
        self._trail = list(trail)
        self._link = link_colour
        if not trail:
            self.hide()
            return
        self._fit(self._width())
        self.show()

    def heightForWidth(self, width: int) -> int:
        if self._trail:
            self._fit(width)
        return super().heightForWidth(width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._trail:
            self._fit(self.width())

    def lines(self) -> int:
        """How many lines the trail takes at the current width."""
        return self._lines_for(self._width())

    # --- fitting ----------------------------------------------------------------------

    def _width(self) -> int:
        if self.width() > 50:
            return self.width()
        parent = self.parentWidget()
        return max(200, (parent.width() if parent is not None else 800) - 16)

    def _fit(self, width: int) -> None:
        key = (tuple(self._trail), self._link, width, self.big)
        if key == self._fitted:
            return
        self._fitted = key
        trail = self._trail
        n = len(trail)
        for drop in range(n):  # top ancestors given way to "…", one at a time
            for limit in self.ANCESTOR_LIMITS:
                self.setText(self._html(trail, limit, drop))
                if self._lines_for(width) <= self.MAX_LINES:
                    return
        # The current card alone is too long: shorten even it, at a word boundary.
        _, level, statement = trail[-1]
        for limit in (160, 120, 90, 60):
            self.setText(self._html([(trail[-1][0], level, _short(statement, limit))], 0, 0))
            if self._lines_for(width) <= self.MAX_LINES:
                return

    def _lines_for(self, width: int) -> int:
        self.ensurePolished()  # the style sheet's font size, not the default one
        h = super().heightForWidth(width)
        one = self.fontMetrics().lineSpacing()
        pad = 12  # the style sheet's vertical padding
        return max(1, round((h - pad) / one)) if one > 0 else 1

    def _html(self, trail: list[tuple[str, str, str]], limit: int, drop: int) -> str:
        parts = []
        if drop:
            parts.append("…")
        last = len(trail) - 1
        for i, (key, level, statement) in enumerate(trail):
            if i < drop and i < last:
                continue
            text = statement.strip() or self.tr("(belum diisi)")
            if i == last:
                parts.append(f"<b>{_esc(level)}</b>: {_esc(' '.join(text.split()))}")
                continue
            label = f"<b>{_esc(level)}</b>"
            if limit:
                label += f": {_esc(_short(text, limit))}"
            parts.append(f"<a href='{_esc(key)}' style='color:{self._link};"
                         f"text-decoration:none'>{label}</a>")
        return " &nbsp;›&nbsp; ".join(parts)


def _short(text: str, n: int) -> str:
    """The first words of `text` within `n` characters, and "…" when some were left out."""
    words = text.split()
    out: list[str] = []
    used = 0
    for w in words:
        if used + len(w) + (1 if out else 0) > n:
            break
        out.append(w)
        used += len(w) + (1 if len(out) > 1 else 0)
    if len(out) == len(words):
        return " ".join(out)
    return (" ".join(out) + " …") if out else "…"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
