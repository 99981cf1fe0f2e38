"""Refresh: only changed sources are read again (conditional requests for feeds), a failing one is a problem
that drops nothing, and `briefing sync` counts against the previous sync."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing.events import FactIndexReady, Refreshed, SearchIndexReady
from briefing.fact_index import FactIndex
from briefing.refresh import Refresh, signatures_of
from briefing.session import Options, Session
from tests.conftest import SEED
from tests.feed_server import Feed, rss, serve
from tests.test_cli import run

FIRST = ("urn:1", "Summit talks resume", "Foreign Minister Park Jin said the talks would resume on Monday.")
SECOND = ("urn:2", "Ports reopen", "The harbour authority said 40 ships were waiting to enter Busan.")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(folder))
    return folder


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "b.txt").write_text("Rain in Seoul\n\nHeavy rain fell on Seoul, the weather agency said.\n")
    return folder


def _sync(desk: Path) -> dict:
    result = run("sync", str(desk), "--json", cwd=desk.parent)
    assert result.returncode in (0, 1) and result.stdout, result.stderr
    return json.loads(result.stdout)


def test_sync_counts_against_the_last_sync_with_conditional_requests(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    feed = Feed(rss(FIRST))
    with serve(feed) as url:
        desk = tmp_path / "desk.toml"
        desk.write_text(f'name = "Desk"\nsources = ["articles", "{url}"]\n')
        first = _sync(desk)
        assert first == {"new": 3, "updated": 0, "removed": 0, "unchanged": 0, "unread": 3, "problems": []}

        again = _sync(desk)
        assert again == {"new": 0, "updated": 0, "removed": 0, "unchanged": 3, "unread": 3, "problems": []}
        assert feed.requests[-1]["if-none-match"] == '"v1"' and feed.answers[-1] == 304

        feed.publish(rss(SECOND, FIRST))  # a new entry on top: the old one keeps its identity
        (folder / "c.txt").write_text("Bridge opens\n\nA new bridge opened over the Han river on Tuesday.\n")
        (folder / "b.txt").write_text("Rain in Seoul\n\nHeavy rain fell on Seoul again, the agency said.\n")
        os.utime(folder / "b.txt", ns=(1, 1))  # a different time whatever the clock's resolution
        (folder / "a.txt").unlink()
        changed = _sync(desk)
        assert changed == {"new": 2, "updated": 1, "removed": 1, "unchanged": 1, "unread": 4, "problems": []}
        assert feed.answers[-1] == 200

        feed.status = 500
        failed = _sync(desk)
        assert failed["removed"] == 0 and failed["unchanged"] == 4
        [problem] = failed["problems"]
        assert problem["path"] == url and "500" in problem["reason"]

        feed.status = 200
        feed.publish(b"\x00\x01 this is no feed")
        garbage = _sync(desk)
        assert garbage["removed"] == 0 and garbage["unchanged"] == 4
        [problem] = garbage["problems"]
        assert problem["path"] == url


def _load(paths: list[str]) -> Session:
    session = Session(paths, Options())
    for _ in session.events():
        pass
    return session


def test_refresh_reads_only_what_changed_and_the_new_article_is_searchable(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    feed = Feed(rss(FIRST))
    with serve(feed) as url:
        paths = [str(folder), url]
        signatures = signatures_of(paths)
        briefing = _load(paths).briefing
        before = list(briefing.articles)
        refresh = Refresh(paths, Options(), signatures)
        assert list(refresh.events(briefing)) == []  # nothing changed: nothing to say
        assert refresh.outcome is not None and not refresh.outcome.changed and refresh.outcome.unchanged == 3

        (folder / "c.txt").write_text("Bridge opens\n\nA new bridge opened over the Han river, Mayor Oh said.\n")
        feed.status = 500
        events = list(refresh.events(briefing))
        assert refresh.outcome.new and not refresh.outcome.removed
        kinds = [type(event) for event in events if not hasattr(event, "stage")]
        assert kinds[0] is Refreshed and set(kinds[1:]) == {FactIndexReady, SearchIndexReady}
        assert len(refresh.outcome.problems) == 1 and "500" in refresh.outcome.problems[0].reason
        assert feed.requests[-1]["if-none-match"] == '"v1"'
        for event in events:
            briefing.apply(event)
        assert len(briefing.articles) == 4
        assert all(any(old is new for new in briefing.articles) for old in before)  # the same objects, kept
        [added] = [article for article in briefing.articles if article.title == "Bridge opens"]
        assert briefing.facts.unpack(briefing.position(added.id)) is not None
        assert briefing.search_index is not None
        hits = briefing.search_index.search("han river bridge")
        assert hits and hits[0].mark.position == briefing.position(added.id)


def test_a_layered_index_moves_old_hits_drops_changed_ones_and_finds_new_ones(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = {
        "a.txt": "Harbour news\n\nThe lighthouse keeper counted forty trawlers at dawn.\n",
        "b.txt": "Orchard news\n\nApricot growers expect a record harvest this summer.\n",
        "c.txt": "Mountain news\n\nClimbers reached the glacier camp on Friday.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text)
    paths = [str(folder)]
    signatures = signatures_of(paths)
    briefing = _load(paths).briefing
    (folder / "b.txt").write_text("Orchard news\n\nPlum growers fear an early frost this spring.\n")
    os.utime(folder / "b.txt", ns=(1, 1))
    (folder / "c.txt").unlink()
    (folder / "0.txt").write_text("Desert news\n\nCamel breeders gathered at the oasis market.\n")
    refresh = Refresh(paths, Options(), signatures)
    for event in refresh.events(briefing):
        briefing.apply(event)
    assert type(briefing.search_index).__name__ == "LayeredIndex"
    titles = [article.title for article in briefing.articles]
    assert titles == ["Desert news", "Harbour news", "Orchard news"]  # in the walk's order, the new file first
    assert briefing.search_index is not None

    def found(query: str) -> list[str]:
        assert briefing.search_index is not None
        return [briefing.articles[hit.mark.position].title for hit in briefing.search_index.search(query)]

    assert found("lighthouse trawlers")[0] == "Harbour news"  # an old hit, moved to its new place
    assert found("camel oasis")[0] == "Desert news"
    assert found("plum frost")[0] == "Orchard news"
    assert "Orchard news" not in found("apricot harvest")  # the words the update took away
    assert found("glacier climbers") == []  # the removed article
    # The fact index kept the sentences of the article that did not change, and is the one a build makes.
    assert briefing.fact_index == FactIndex.build(briefing.articles, briefing.facts)


def test_a_refresh_of_the_folders_alone_leaves_the_feed_in_its_place(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    feed = Feed(rss(FIRST))
    with serve(feed) as url:
        paths = [url, str(folder)]  # the feed first: its articles must stay first
        refresh = Refresh(paths, Options(), signatures_of(paths), kinds=frozenset(("files",)))
        briefing = _load(paths).briefing
        asked = len(feed.requests)
        feed.publish(rss(SECOND, FIRST))
        (folder / "c.txt").write_text("Bridge opens\n\nA new bridge opened over the Han river on Tuesday.\n")
        for event in refresh.events(briefing):
            briefing.apply(event)
        assert len(feed.requests) == asked  # the feed was not asked
        assert briefing.articles[0].title == "Summit talks resume"
        assert briefing.articles[-1].title == "Bridge opens"

        web = Refresh(paths, Options(), refresh.signatures, kinds=frozenset(("web",)))
        for event in web.events(briefing):
            briefing.apply(event)
        assert web.outcome is not None and len(web.outcome.new) == 1
        assert [a.title for a in briefing.articles][:2] == ["Ports reopen", "Summit talks resume"]
