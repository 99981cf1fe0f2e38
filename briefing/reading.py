"""The reader's standing on an open briefing: which articles are unread, new or updated, kept in the state database.

The app keeps one ``Reading`` per open briefing and asks it how to show each article; it is told
when an article has been read (or marked), and when a refresh changed the briefing. The sets live
here, in memory, so showing never waits for the database; each change is written through at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Literal

from briefing.model import Article
from briefing.state import Star, StateStore

StarKey = tuple[str, str, str]  # article, kind, key

Mark = Literal["", "new", "updated"]


class Reading:
    def __init__(self, store: StateStore, unread: Iterable[str], new: Iterable[str], updated: Iterable[str]) -> None:
        self.store = store
        self.unread = set(unread)
        self.new = set(new)
        self.updated = set(updated)
        self.stars: dict[StarKey, Star] = {_key(star): star for star in store.stars()}
        self.notes: dict[str, str] = store.notes()

    @classmethod
    def open(cls, key: str, articles: Sequence[Article], warn: Callable[[str], None]) -> Reading:
        """Record this open as a run (``StateStore.record``) and read what the reader has done before.

        On a briefing's first open nothing is "new": every article is, and marking all of them says nothing.
        """
        store = StateStore.open(key, warn=warn)
        store.record(articles)
        state = store.read_state(() if store.writable else articles)
        first_open = store.run <= 1
        return cls(store, state.unread, () if first_open else state.new, state.updated)

    def is_unread(self, article_id: str) -> bool:
        return article_id in self.unread

    def mark(self, article_id: str) -> Mark:
        if article_id in self.new:
            return "new"
        return "updated" if article_id in self.updated else ""

    # Each change is made in two steps: in memory on the thread that shows it (``set_read``,
    # ``refreshed``), then in the database on another (``save_read``, ``record``), which may wait.

    def set_read(self, articles: Sequence[Article], read: bool = True) -> None:
        """Mark articles read or unread (in memory; then ``save_read``)."""
        ids = {article.id for article in articles}
        if read:
            self.unread -= ids
            self.updated -= ids
        else:
            self.unread |= ids

    def save_read(self, articles: Sequence[Article], read: bool = True) -> bool:
        """Keep ``set_read`` in the database; False when it could not (it said why once)."""
        return self.store.mark_read(articles, read)

    def record(self, articles: Sequence[Article]) -> None:
        """Keep a refresh's articles in the database (within this run: what it found is new in it)."""
        self.store.record(articles, new_run=False)

    def refreshed(self, articles: Sequence[Article], new: Iterable[str], updated: Iterable[str]) -> None:
        """A refresh changed the briefing (now ``articles``): new and updated ones are unread and marked."""
        new, updated = set(new), set(updated)
        present = {article.id for article in articles}
        self.new = (self.new | new) & present
        self.updated = (self.updated | updated) & present
        self.unread = (self.unread | new | updated) & present

    def is_starred(self, star: Star) -> bool:
        return _key(star) in self.stars

    def article_starred(self, article_id: str) -> bool:
        return (article_id, "article", "") in self.stars

    def toggle_star(self, star: Star) -> bool:
        """Star it, or take its star away (in memory; then ``save_star``). Returns whether it is starred now."""
        if self.stars.pop(_key(star), None) is not None:
            return False
        self.stars[_key(star)] = star
        return True

    def save_star(self, star: Star, starred: bool) -> bool:
        return self.store.set_star(star, starred)

    def set_note(self, article_id: str, text: str) -> None:
        """Attach a note to an article (in memory; then ``save_note``); blank text takes it away."""
        if text.strip():
            self.notes[article_id] = text
        else:
            self.notes.pop(article_id, None)

    def save_note(self, article_id: str, text: str) -> bool:
        return self.store.set_note(article_id, text)

    def counts(self, articles: Sequence[Article]) -> tuple[int, int]:
        """(unread, new) among these articles."""
        return (
            sum(1 for article in articles if article.id in self.unread),
            sum(1 for article in articles if article.id in self.new),
        )

    def close(self) -> None:
        self.store.close()


def _key(star: Star) -> StarKey:
    return (star.article, star.kind, star.key)
