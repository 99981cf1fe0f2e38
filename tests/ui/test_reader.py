"""The reader app opens the seeds headless, shows the article, moves between articles, and quits on q."""

from __future__ import annotations

from pathlib import Path

from briefing.session import Options
from briefing.ui.app import BriefingApp
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView
from tests.conftest import SEEDS
from tests.ui.helpers import wait_loaded


def screen_text(app: BriefingApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_opens_the_seeds_shows_the_article_and_quits_on_q() -> None:
    app = BriefingApp([str(SEEDS)], Options(use_cache=False))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        view = app.main_screen.query_one(ArticleView)
        assert view.article is not None and view.article.title.startswith("Japan's PM offered")
        text = screen_text(app)
        assert "Japan's PM offered to meet" in text
        assert "North Korea said Monday" in text
        await pilot.press("q")
    assert not app.is_running


async def test_brackets_move_between_articles(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Story {name.upper()}\n\nBody of story {name}.", encoding="utf-8")
    app = BriefingApp([str(tmp_path)], Options(use_cache=False))
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        view = app.main_screen.query_one(ArticleView)
        assert view.article.title == "Story A"
        await pilot.press("right_square_bracket")
        assert view.article.title == "Story B"
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert view.article.title == "Story C"  # wraps around
        app.main_screen.query_one(ArticleList).focus()
        await pilot.press("j")
        assert view.article.title == "Story A"
