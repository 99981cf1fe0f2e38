"""The user's keymap (``ui/keymap``): where it is, how it is read, and what the app does with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ui.app import BriefingApp
from briefing.ui.keymap import ENV, keymap_path, load_keymap
from briefing.ui.widgets.article_view import ArticleView
from tests.ui.helpers import wait_loaded


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- where it is -----------------------------------------------------------------------------------


def test_the_environment_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, str(tmp_path / "mine.toml"))
    assert keymap_path() == tmp_path / "mine.toml"


def test_else_it_is_in_the_users_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert keymap_path() == tmp_path / "briefing" / "keymap.toml"
    monkeypatch.setenv(ENV, "")  # set but empty counts as not set
    assert keymap_path() == tmp_path / "briefing" / "keymap.toml"


# --- reading it ------------------------------------------------------------------------------------


def test_no_file_is_no_keymap_and_no_problem(tmp_path: Path) -> None:
    assert load_keymap(tmp_path / "absent.toml") == ({}, None)


def test_the_keymap_table_maps_binding_ids_to_keys(tmp_path: Path) -> None:
    path = write(tmp_path / "keymap.toml", '[keymap]\n"main.next" = "n,ctrl+n"\n"main.search" = "slash,ctrl+f"\n')
    assert load_keymap(path) == ({"main.next": "n,ctrl+n", "main.search": "slash,ctrl+f"}, None)


def test_without_a_table_the_whole_file_is_the_keymap(tmp_path: Path) -> None:
    path = write(tmp_path / "keymap.toml", '"main.next" = "ctrl+n"\n')
    assert load_keymap(path) == ({"main.next": "ctrl+n"}, None)


def test_values_that_are_not_keys_are_left_out(tmp_path: Path) -> None:
    path = write(tmp_path / "keymap.toml", '[keymap]\n"main.next" = "x"\n"main.help" = 3\n"main.search" = ["a", "b"]\n')
    assert load_keymap(path) == ({"main.next": "x"}, None)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'[keymap\n"main.next" = "x"\n', "Ignoring {path}: "),  # not TOML
        (b'keymap = "n"\n', "Ignoring {path}: [keymap] must map binding ids to keys"),
        (b'[keymap]\n"main.next" = "\xff"\n', "Ignoring {path}: "),  # not UTF-8
    ],
    ids=["not-toml", "keymap-not-a-table", "not-utf8"],
)
def test_an_unreadable_file_is_ignored_with_one_line_saying_why(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "keymap.toml"
    path.write_bytes(content)
    found, reason = load_keymap(path)
    assert found == {}
    assert reason is not None and reason.startswith(problem.format(path=path)) and "\n" not in reason


def test_a_folder_in_its_place_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "keymap.toml"
    folder.mkdir()
    assert load_keymap(folder)[0] == {}
    assert str(load_keymap(folder)[1]).startswith(f"Ignoring {folder}: ")


def test_with_no_path_it_reads_the_file_the_environment_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, str(write(tmp_path / "k.toml", '[keymap]\n"main.help" = "f1"\n')))
    assert load_keymap() == ({"main.help": "f1"}, None)


# --- in the app ------------------------------------------------------------------------------------


async def test_the_app_uses_the_keymap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_app) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a", "b", "c"):
        write(folder / f"{name}.txt", f"Story {name.upper()}\n\nBody of story {name}.")
    monkeypatch.setenv(ENV, str(write(tmp_path / "keymap.toml", '[keymap]\n"main.next_article" = "x"\n')))
    app: BriefingApp = make_app(folder)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        view = app.main_screen.query_one(ArticleView)
        assert app.keymap == {"main.next_article": "x"}  # what the help screen shows
        assert view.article.title == "Story A"
        await pilot.press("x")
        assert view.article.title == "Story B"
        await pilot.press("right_square_bracket")  # the default key no longer does it
        assert view.article.title == "Story B"


async def test_the_app_says_why_it_ignored_a_keymap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_app) -> None:
    monkeypatch.setenv(ENV, str(write(tmp_path / "keymap.toml", "[keymap\n")))
    said: list[tuple[str, str]] = []
    real_notify = BriefingApp.notify

    def notify(self, message, *args, **kwargs):
        said.append((str(message), kwargs.get("severity", "")))
        return real_notify(self, message, *args, **kwargs)

    monkeypatch.setattr(BriefingApp, "notify", notify)
    app: BriefingApp = make_app(tmp_path / "nothing-here")
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        assert app.keymap == {}
        ignored = [(message, severity) for message, severity in said if message.startswith("Ignoring ")]
        assert ignored == [(ignored[0][0], "warning")]
        assert str(tmp_path / "keymap.toml") in ignored[0][0]
