"""Choosing a figure or a date walks every one of its kind in the article, named as a reader would."""

from __future__ import annotations

from pathlib import Path

from briefing.ui.screens.main import MainScreen
from briefing.ui.widgets.facts_pane import FactsPane


async def test_choosing_a_figure_walks_the_figures_of_the_article(tmp_path: Path, make_app) -> None:
    (tmp_path / "a.txt").write_text(
        "Budget news\n\nThe plan costs $500 million. It adds 80,000 jobs and 12% growth by 2004.\n"
    )
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        pane = screen.query_one(FactsPane)
        article = screen.current
        assert article is not None
        start = article.body.index("80,000")
        pane.post_message(FactsPane.SpanChosen(article.id, start, start + len("80,000 jobs"), "figure"))
        await pilot.pause()
        assert screen.walk is not None
        assert screen.walk.unit == "figure"
        assert screen.walk.total == 3
        assert "figure 2 of 3" in screen.walk.status()
