"""Sentences for people that a view can translate: `Msg`.

The model speaks Indonesian (the contract's `pokin validate --json` messages,
refusals on the command line). A `Msg` is that Indonesian sentence as a plain
`str`, so every caller can print it, compare it or put it in JSON, while it
also keeps its template and values, so that the editor can show it in English:
`app.ui.i18n.translated` looks the template up in the Qt translation (one
source: the `.ts` file, where `resources/i18n/build_translations.py` gathers
every `Msg("...")` template of the model) and fills the same values in.
"""

from __future__ import annotations

from typing import Any


class Msg(str):
    """An Indonesian sentence made from a template and named values."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Msg:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple:  # copies and pickles keep the template
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Msg:
    return Msg(template, **values)
