"""The help screen, generated from the real bindings of the app and the main screen's widgets.

Read through Textual's public API only: each class's ``BINDINGS``, merged as Textual merges
them, with the app's keymap applied by ``BindingsMap.apply_keymap``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingsMap, BindingType
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

WHERE = {
    "BriefingApp": "Anywhere",
    "MainScreen": "Main screen",
    "ArticleList": "Article list",
    "ArticleView": "Article",
    "FactsPane": "Key facts",
    "SearchScreen": "Search",
    "SearchResults": "Search results",
}


def declared_bindings(node: DOMNode) -> BindingsMap:
    """The node's bindings as its classes declare them, merged as Textual merges them.

    Every class's ``BINDINGS`` from the base down, a class's bindings for a key replacing its
    bases' for that key. (Textual also lets a class drop what it inherits, with
    ``inherit_bindings=False``; none of the classes shown here, nor their bases, does that.)
    """
    keys: dict[str, list[Binding]] = {}
    for cls in reversed(type(node).__mro__):
        if issubclass(cls, DOMNode) and "BINDINGS" in vars(cls):
            keys.update(BindingsMap(vars(cls)["BINDINGS"]).key_to_bindings)
    return BindingsMap.from_keys(keys)


def binding_rows(nodes: Iterable[DOMNode], keymap: Mapping[str, str] | None = None) -> list[tuple[str, str, str, str]]:
    """(where, keys, what, id) for every described binding on the nodes, with the keymap applied.

    The keymap is the app's (binding id to keys), so a remapped key shows here as it works.
    """
    keymap = _without_spaces(keymap or {})
    rows: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for node in nodes:
        where = WHERE.get(type(node).__name__, type(node).__name__)
        bindings_map = declared_bindings(node)
        if keymap:
            bindings_map.apply_keymap(keymap)
        grouped: dict[tuple[str, str], list[str]] = {}
        ids: set[str] = set()
        for key, bindings in bindings_map.key_to_bindings.items():
            for binding in bindings:
                if not binding.description:
                    continue
                if binding.id:
                    ids.add(binding.id)
                grouped.setdefault((binding.description, binding.id or binding.action), []).append(
                    # From the key actually bound (not key_display, which a keymap does not update).
                    _key_label(key)
                )
        for (description, binding_id), keys in grouped.items():
            if (where, binding_id) in seen:
                continue
            seen.add((where, binding_id))
            # Textual's own bindings have no id (a keymap cannot reach them): say so rather than show an action.
            shown_id = binding_id if binding_id in ids else "—"
            rows.append((where, " ".join(dict.fromkeys(keys)), description, shown_id))
    return rows


def _without_spaces(keymap: Mapping[str, str]) -> dict[str, str]:
    """The keymap with spaces around its keys dropped ("n, ctrl+n"), as Textual drops them when binding."""
    return {binding_id: ",".join(key.strip() for key in keys.split(",")) for binding_id, keys in keymap.items()}


def _key_label(key: str) -> str:
    names = {
        "question_mark": "?",
        "slash": "/",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "quotation_mark": '"',
        "left_parenthesis": "(",
        "right_parenthesis": ")",
        "shift+tab": "Shift+Tab",
        "tab": "Tab",
        "escape": "Escape",
        "enter": "Enter",
    }
    if key in names:
        return names[key]
    return "+".join(part.capitalize() if len(part) > 1 else part for part in key.split("+"))


class HelpScreen(ModalScreen[None]):
    """Every key binding, where it works, and its id (for keymaps)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(self, nodes: list[DOMNode]) -> None:
        super().__init__()
        # BriefingApp keeps the keymap it was given (Textual's own copy is private).
        self._rows = binding_rows(nodes, getattr(self.app, "keymap", None))

    def compose(self) -> ComposeResult:
        yield Static("Keys  (Escape closes; remap any binding by its id with a Textual keymap)", id="help-title")
        table: DataTable[Text] = DataTable(id="help-table", cursor_type="row", zebra_stripes=True)
        yield table

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Where", "Keys", "Does", "Binding id")
        for row in self._rows:
            # Rich Text (plain, never parsed as markup): DataTable measures it for column widths.
            table.add_row(*(Text(cell, no_wrap=True) for cell in row))
        table.focus()

    def action_dismiss(self) -> None:  # type: ignore[override]  # Screen's takes a result; help has none
        self.dismiss()
