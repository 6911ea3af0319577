"""What a scene really paints: a paint device that records every text drawn on it.

Pixels say little about which words were drawn; Qt's paint engine does know.
`record_texts` renders a scene area through QGraphicsScene.render onto a device
whose engine keeps each text item with its font, device position and width, so
that tests can check the very strings the cards painted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPaintDevice, QPaintEngine, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsScene


@dataclass(frozen=True)
class PaintedText:
    text: str
    x: float  # device pixels: where the text starts, on its baseline
    y: float
    width: float  # device pixels
    pixel_size: float  # the font's size on the device
    bold: bool


class _Recorder(QPaintEngine):
    def __init__(self) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.texts: list[PaintedText] = []
        self.transform = QTransform()

    def begin(self, _device) -> bool:
        return True

    def end(self) -> bool:
        return True

    def updateState(self, state) -> None:
        if state.state() & QPaintEngine.DirtyFlag.DirtyTransform:
            self.transform = state.transform()

    def drawTextItem(self, p, item) -> None:
        t = self.transform
        origin = t.map(p)
        font = item.font()
        scale = abs(t.m22())
        self.texts.append(PaintedText(item.text(), origin.x(), origin.y(),
                                      item.width() * abs(t.m11()), font.pixelSize() * scale,
                                      font.bold()))

    # Shapes are not recorded.
    def drawPixmap(self, *_args) -> None: ...

    def drawImage(self, *_args) -> None: ...

    def drawPath(self, *_args) -> None: ...

    def drawPolygon(self, *_args) -> None: ...

    def drawRects(self, *_args) -> None: ...

    def drawLines(self, *_args) -> None: ...

    def drawEllipse(self, *_args) -> None: ...

    def drawPoints(self, *_args) -> None: ...

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User


class _Device(QPaintDevice):
    def __init__(self, width: int, height: int) -> None:
        super().__init__()
        self.engine = _Recorder()
        self.size = (width, height)

    def paintEngine(self) -> QPaintEngine:
        return self.engine

    def metric(self, m: QPaintDevice.PaintDeviceMetric) -> int:
        M = QPaintDevice.PaintDeviceMetric
        return {
            M.PdmWidth: self.size[0], M.PdmHeight: self.size[1], M.PdmWidthMM: self.size[0],
            M.PdmHeightMM: self.size[1], M.PdmDpiX: 96, M.PdmDpiY: 96, M.PdmPhysicalDpiX: 96,
            M.PdmPhysicalDpiY: 96, M.PdmDepth: 32, M.PdmNumColors: 1 << 24,
            M.PdmDevicePixelRatio: 1, M.PdmDevicePixelRatioScaled: 1 << 16,
        }.get(m, 0)


def record_texts(scene: QGraphicsScene, source: QRectF, zoom: float) -> list[PaintedText]:
    """Render `source` (scene units) at `zoom` device pixels per unit; the texts painted."""
    w, h = round(source.width() * zoom), round(source.height() * zoom)
    device = _Device(w, h)
    painter = QPainter(device)
    scene.render(painter, QRectF(0, 0, w, h), source)
    painter.end()
    return device.engine.texts
