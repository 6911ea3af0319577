"""Translations: Indonesian is the language of the code; English comes from a Qt translation.

The .ts file in `resources/i18n/` is the source (made by pyside6-lupdate from
the code, English filled in); the compiled .qm next to it is what runs. A
language change takes effect when the editor is started again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.model.text import Msg

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
_installed: list[QTranslator] = []


def translation_file(language: str) -> Path:
    return I18N_DIR / f"pokin_{language}.qm"


LOCALES = {"id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}


def remove_translation(app: QCoreApplication) -> None:
    """Back to the Indonesian of the code (numbers written 1.234 again)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(LOCALES["id"])
    qt = QTranslator(app)  # Qt's own texts (file dialogs, standard buttons) in Indonesian
    if qt.load(str(I18N_DIR / "qt_id.qm")):
        app.installTranslator(qt)
        _installed.append(qt)


def install_translation(app: QCoreApplication, language: str) -> bool:
    """Install the translation for `language` ('id' needs none); False when none was loaded."""
    remove_translation(app)
    if language == "id":
        return False
    QLocale.setDefault(LOCALES.get(language, LOCALES["id"]))  # %Ln counts: 1,234 in English
    translator = QTranslator(app)
    if not translator.load(str(translation_file(language))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def translated(text: str) -> str:
    """A model's sentence in the interface language.

    A `Msg` (app.model.text) is looked up by its template in the "Msg" context of
    the translation and its values filled in again; any other text is shown as it is.
    """
    if not isinstance(text, Msg):
        return text
    template = QCoreApplication.translate("Msg", text.template)
    # Values that are sentences themselves ("{edit} · {node}") are translated too.
    values = {k: translated(v) if isinstance(v, Msg) else v for k, v in text.values.items()}
    if template == text.template and values == text.values:
        return str(text)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)  # a translation that lost a value: the Indonesian is still right
