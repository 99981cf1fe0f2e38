"""The help screen's rows come from Textual's public API and agree with the keys that are in force."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widget import Widget

from briefing.ui.app import BriefingApp
from briefing.ui.screens.help import WHERE, _key_label, binding_rows, declared_bindings
from tests.ui.helpers import wait_loaded

SIZE = (160, 48)


class Base(Widget):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "alpha", "Alpha", id="base.alpha"),
        Binding("b", "beta", "Beta", id="base.beta"),
    ]


class Derived(Base):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("b", "gamma", "Gamma", id="derived.gamma")]


def test_a_subclass_binding_replaces_its_bases_for_the_same_key() -> None:
    keys = {
        key: [binding.action for binding in bindings]
        for key, bindings in declared_bindings(Derived()).key_to_bindings.items()
    }
    assert keys["a"] == ["alpha"]
    assert keys["b"] == ["gamma"]


def test_rows_apply_the_keymap_and_tolerate_spaces_in_it() -> None:
    rows = binding_rows([Derived()], {"base.alpha": "x, ctrl+x"})
    by_id = {row[3]: row for row in rows}
    assert by_id["base.alpha"][1] == "x Ctrl+x"
    assert by_id["derived.gamma"][1] == "b"
    assert "base.beta" not in by_id


async def test_every_active_binding_shows_in_help_with_its_key(
    seed_dir: Path, make_app: Callable[..., BriefingApp]
) -> None:
    """Textual's own view of the keys in force (``Screen.active_bindings``), pane by pane, against the help rows."""
    app = make_app(seed_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        app.set_keymap({"main.next": "n,ctrl+n", "list.down": "j,ctrl+j"})
        nodes = app.main_screen.binding_nodes()
        rows = binding_rows(nodes, app.keymap)
        keys_by_row = {(where, binding_id): keys.split() for where, keys, _, binding_id in rows}
        checked = 0
        for pane in nodes[2:]:
            pane.focus()
            await pilot.pause()
            for key, active in app.screen.active_bindings.items():
                binding = active.binding
                if not binding.description or not binding.id:
                    continue
                where = WHERE.get(type(active.node).__name__, type(active.node).__name__)
                assert _key_label(key) in keys_by_row[(where, binding.id)], (where, binding.id, key)
                checked += 1
        assert keys_by_row[("Article list", "list.down")][:2] == ["j", "Ctrl+j"]
        assert checked > 20
