"""Two themes made for reading: calm surfaces, and highlight colours that stay distinct and legible.

The article view's highlights come from these variables (see briefing.tcss):
``$warning`` mentions, ``$accent`` the current stop, ``$success`` / ``$warning`` /
``$primary`` direct / partial / indirect quotes, ``$secondary`` search hits. Any other
theme works too (the built-in picker: Ctrl+P, "Theme"), since only variables are used.
"""

from __future__ import annotations

from textual.app import App
from textual.theme import Theme

DEFAULT_THEME = "briefing-dark"

BRIEFING_DARK = Theme(
    name="briefing-dark",
    primary="#5B9BD5",
    secondary="#B48EDB",
    accent="#FFB454",
    warning="#E6C15A",
    error="#F0736A",
    success="#7FC97F",
    foreground="#E4E6EB",
    background="#15181D",
    surface="#1C2026",
    panel="#242A33",
    dark=True,
)

BRIEFING_LIGHT = Theme(
    name="briefing-light",
    primary="#1F5FA8",
    secondary="#7B3FB5",
    accent="#C2410C",
    warning="#B7791F",
    error="#C53030",
    success="#2F855A",
    foreground="#1A202C",
    background="#FBFAF7",
    surface="#F2F0EA",
    panel="#E6E2D8",
    dark=False,
)


def register_themes(app: App[int]) -> None:
    for theme in (BRIEFING_DARK, BRIEFING_LIGHT):
        app.register_theme(theme)
