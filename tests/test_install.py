"""briefing installed as a user installs it, and run from a folder outside the repository.

The sdist and the wheel are built (the wheel from the sdist, so the sdist is complete too); the
wheel goes into a brand-new venv with that venv's own pip, as it comes (no upgrade: a new venv's
pip is what exposed undeclared dependencies before); and `uv tool install .` installs the sources.
Each command then runs from a temporary folder, with nothing of the repository on its path.

Slow (a build and two installs from PyPI, about a minute), so one xdist worker runs all of it.
"""

from __future__ import annotations

import ensurepip
import functools
import json
import os
import subprocess
import sys
import tarfile
import threading
import zipfile
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import briefing
from tests.conftest import REPO

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("install")]

SHARED = Path("..") / "shared"  # the shared test data, beside the repository
PAGE = "bbc.com.52241221.html"
UV = Path(sys.executable).with_name("uv")  # a test dependency, installed beside this Python
SEED_TITLE = "Japan's PM offered to meet with Kim Jong Un 'as soon as possible,' North Korea says"
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://example.com/</link><description>d</description>
<item><title>Summit talks resume in Geneva</title><link>https://example.com/1</link>
<description>Foreign ministers met in Geneva on Monday, officials said.</description></item>
<item><title>Markets steady after rate decision</title><link>https://example.com/2</link>
<description>Shares rose 2% in Tokyo, traders said.</description></item>
</channel></rss>
"""


def shared() -> Path:
    """../shared, reached from the repository's root; the tests that need it skip without it."""
    folder = REPO / SHARED
    if not folder.is_dir():
        pytest.skip(f"{SHARED} (the shared test data) is not beside the repository")
    return folder.resolve()


def _clean_env() -> dict[str, str]:
    """This environment without anything that would let the installed command see the checkout."""
    hidden = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    return {name: value for name, value in os.environ.items() if name not in hidden}


def _run(command: list[str | Path], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, env=_clean_env(), capture_output=True, text=True, timeout=timeout
    )


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"{result.args} exited {result.returncode}:\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _ok(_run([UV, "build", "--quiet", "--out-dir", out, REPO], cwd=out))
    return out


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `briefing` command of a new venv into which its own stock pip installed the wheel."""
    venv = tmp_path_factory.mktemp("venv")
    _ok(_run([sys.executable, "-m", "venv", "--clear", venv], cwd=venv))
    pip = _ok(_run([venv / "bin" / "python", "-m", "pip", "--version"], cwd=venv)).stdout
    assert pip.startswith(f"pip {ensurepip.version()} "), f"not the venv's stock pip: {pip}"
    [wheel] = dist.glob("briefing-*.whl")
    _ok(_run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel], cwd=venv))
    return venv / "bin" / "briefing"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working folder outside the repository."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    assert not folder.resolve().is_relative_to(REPO)
    return folder


def test_sdist_and_wheel_carry_the_seeds_data_and_dependencies(dist: Path) -> None:
    [sdist] = dist.glob("briefing-*.tar.gz")
    [wheel] = dist.glob("briefing-*.whl")
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = set(archive.namelist())
        metadata = next(archive.read(name) for name in in_wheel if name.endswith(".dist-info/METADATA")).decode()
        entry_points = next(archive.read(name) for name in in_wheel if name.endswith(".dist-info/entry_points.txt"))
    for name in ("briefing/seeds/000_c032d804bf6d7f7e.txt", "briefing/ui/briefing.tcss", "briefing/data/chrome.txt"):
        assert name in in_sdist, name
        assert name in in_wheel, name
    for requirement in ("lxml_html_clean", "orjson", "textual"):
        assert f"Requires-Dist: {requirement}" in metadata.replace("lxml-html-clean", "lxml_html_clean"), requirement
    assert b"briefing = briefing.cli:main" in entry_points


def test_version(installed: Path, outside: Path) -> None:
    assert _ok(_run([installed, "--version"], outside)).stdout.strip() == f"briefing {briefing.__version__}"


def test_facts_without_a_path_reads_the_seeds_inside_the_installed_package(installed: Path, outside: Path) -> None:
    out = _ok(_run([installed, "facts"], outside)).stdout
    assert out.startswith(SEED_TITLE)
    assert "site-packages/briefing/seeds/000_c032d804bf6d7f7e.txt" in out
    assert str(REPO) not in out
    assert "People: Fumio Kishida" in out
    assert "“exercise of our sovereign right” (partial)" in out


def test_facts_on_a_saved_web_page(installed: Path, outside: Path) -> None:
    page = shared() / "html" / PAGE
    expected = json.loads((page.parent / "expected.json").read_text(encoding="utf-8"))[PAGE]
    document = json.loads(_ok(_run([installed, "facts", page, "--json"], outside)).stdout)
    assert document["problems"] == []
    [article] = document["articles"]
    assert "mass burials" in article["title"]  # the page's own headline (trafilatura may drop its prefix)
    for snippet in expected["with"]:
        assert snippet in article["body"], snippet
    assert article["entities"], "no key facts extracted"


@pytest.fixture
def served(outside: Path) -> Iterator[str]:
    """A local web server for the folder (only the loopback address)."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(outside))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _feed(outside: Path) -> tuple[Path, list[str]]:
    """A feed from ../shared if there is one (any title then), else one written here (its titles)."""
    folder = REPO / SHARED
    found = sorted(path for path in folder.rglob("*") if path.suffix in {".rss", ".atom", ".xml"})
    if found:
        return found[0].resolve(), []
    written = outside / "wire.xml"
    written.write_text(FEED, encoding="utf-8")
    return written, ["Summit talks resume in Geneva", "Markets steady after rate decision"]


def test_feeds_records_markdown_and_urls_load(installed: Path, outside: Path, served: str) -> None:
    feed, feed_titles = _feed(outside)
    (outside / "records.jsonl").write_text(
        json.dumps({"title": "A record", "body": "Olaf Scholz spoke in Berlin on Friday."}) + "\n", encoding="utf-8"
    )
    (outside / "note.md").write_text('# A note\n\nEmmanuel Macron said it was "a good day".\n', encoding="utf-8")
    (outside / "served.xml").write_text(FEED, encoding="utf-8")
    result = _ok(
        _run([installed, "facts", "--jsonl", feed, "records.jsonl", "note.md", f"{served}/served.xml"], outside)
    )
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    from_feed = len(titles) - 4
    assert from_feed >= 1, titles
    if feed_titles:
        assert titles[:from_feed] == feed_titles
    assert titles[from_feed:] == [
        "A record",
        "A note",
        "Summit talks resume in Geneva",
        "Markets steady after rate decision",
    ]
    assert result.stderr == ""


def test_search_with_typos_finds_the_seed(installed: Path, outside: Path) -> None:
    out = _ok(_run([installed, "search", "kishda sumit"], outside)).stdout
    assert out.startswith("  1. ")
    assert "Kishida" in out and "summit" in out.lower()


def test_uv_tool_install_from_a_source_tree(
    dist: Path, tmp_path: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`uv tool install .` as the README says, on the sources unpacked from the sdist.

    Not on the repository itself: installing from a folder builds the wheel in it, and setuptools
    leaves a build/ folder behind whose stale files would end up in later wheels.
    """
    [sdist] = dist.glob("briefing-*.tar.gz")
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path / "source", filter="data")
    [source] = (tmp_path / "source").iterdir()
    monkeypatch.setenv("UV_TOOL_DIR", str(tmp_path / "tools"))
    monkeypatch.setenv("UV_TOOL_BIN_DIR", str(tmp_path / "bin"))
    monkeypatch.setenv("UV_PYTHON_DOWNLOADS", "never")
    _ok(_run([UV, "tool", "install", "--quiet", "--python", sys.executable, "."], source))
    command = tmp_path / "bin" / "briefing"
    assert _ok(_run([command, "--version"], outside)).stdout.strip() == f"briefing {briefing.__version__}"
    [line] = _ok(_run([command, "facts", "--jsonl"], outside)).stdout.splitlines()
    assert json.loads(line)["title"] == SEED_TITLE
