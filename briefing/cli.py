"""The command line: open the app, or print facts, search hits, a digest, or cache details."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from contextlib import closing
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from briefing import __version__
from briefing.events import FactsReady, Progress, Warned
from briefing.indexing import index_folder
from briefing.json_output import JsonDocument, JsonLines
from briefing.loaded import Briefing
from briefing.model import Article, Facts, Problem, Quote
from briefing.packed import unpack
from briefing.sanitize import one_line
from briefing.session import Options, Session
from briefing.sources.files import DEFAULT_MAX_BYTES, Found, walk
from briefing.sources.formats import knows
from briefing.store import FactStore

if TYPE_CHECKING:
    from briefing.profile import Profile
    from briefing.timeline import Timeline


def bundled_seeds() -> Path:
    """The example articles shipped inside the package (``briefing/seeds``), wherever it is installed.

    In a checkout ``briefing/seeds`` is a link to the repository's ``seeds/``; a wheel holds the files.
    The package is always a folder on disk (never imported from a zip), so this is a real path.
    """
    return Path(str(resources.files("briefing") / "seeds"))


EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _size(text: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = text.strip().lower().removesuffix("b")
    try:
        if text and text[-1] in units:
            return int(float(text[:-1]) * units[text[-1]])
        return int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 50M)") from error


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the facts cache")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.add_argument(
        "--max-size", type=_size, default=DEFAULT_MAX_BYTES, metavar="BYTES", help="skip files larger than this (50M)"
    )


COMMAND_HELP = {
    "open": "open the app (the default command)",
    "facts": "print each article and its key facts",
    "search": "fuzzy search across every article",
    "who": "profile one person, organisation or place across the briefing",
    "export": "write a Markdown digest of the briefing",
    "timeline": "every date the articles mention, on the calendar and in order",
    "cache": "show or empty the facts cache",
    "sync": "refresh a briefing's sources and say what changed since the last sync or open",
}

COMMANDS = tuple(COMMAND_HELP)


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser: --help and --version, and the list of commands."""
    commands = "\n".join(f"  {name:<8}{text}" for name, text in COMMAND_HELP.items())
    parser = argparse.ArgumentParser(
        prog="briefing",
        usage="briefing [COMMAND] [PATH ...] [options]",
        description="A terminal reader for news briefings. With no command, opens the app "
        "(on the bundled seeds when no path is given).",
        epilog=f"commands:\n{commands}\n\nbriefing COMMAND --help tells more about each.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def command_parser(command: str) -> argparse.ArgumentParser:
    """One parser per command, so options may come before, between or after the paths."""
    parser = argparse.ArgumentParser(prog=f"briefing {command}", description=COMMAND_HELP[command])
    if command == "open":
        parser.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help="a briefing file (.toml), or files, folders, URLs, - for standard input",
        )
        parser.add_argument(
            "--watch", action="store_true", help="follow folders live; refresh feeds on the file's refresh_minutes"
        )
    elif command == "facts":
        parser.add_argument("paths", nargs="*", metavar="PATH", help="default: the bundled seeds")
        form = parser.add_mutually_exclusive_group()
        form.add_argument("--json", action="store_true", help='one JSON document: {"articles": [], "problems": []}')
        form.add_argument(
            "--jsonl",
            action="store_true",
            help="one JSON article per line, each as soon as it is ready (problems: stderr)",
        )
    elif command == "search":
        parser.add_argument("query")
        parser.add_argument("paths", nargs="*", metavar="PATH", help="default: the bundled seeds")
        parser.add_argument("--limit", type=int, default=20, metavar="N")
        parser.add_argument("--json", action="store_true")
    elif command == "who":
        parser.add_argument("name", metavar="NAME", help="a name or a short form of it; typos are fine")
        parser.add_argument("paths", nargs="*", metavar="PATH", help="default: the bundled seeds")
        parser.add_argument("--json", action="store_true")
    elif command == "sync":
        parser.add_argument("paths", nargs="+", metavar="PATH", help="a briefing file (.toml), or its sources")
        parser.add_argument(
            "--json", action="store_true", help='{"new", "updated", "removed", "unchanged", "unread", "problems"}'
        )
    elif command == "timeline":
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--who", metavar="NAME", help="only the dates in sentences naming this entity")
        parser.add_argument("--json", action="store_true", help='{"events": [], "unresolved": []}')
    elif command == "export":
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
        parser.add_argument(
            "--starred", action="store_true", help="the starred quotes (with citations), other stars and notes"
        )
    if command == "cache":
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--info", action="store_true")
        action.add_argument("--clear", action="store_true")
    else:
        _common(parser)
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    argv = list(argv)
    if argv and argv[0] in COMMANDS:
        command, rest = argv[0], argv[1:]
    elif {"-h", "--help", "--version"} & set(argv):
        build_parser().parse_args(argv)  # prints and exits
        raise AssertionError("unreachable")
    else:
        command, rest = "open", argv  # `briefing PATH ...` means `briefing open PATH ...`
    args = command_parser(command).parse_intermixed_args(rest)
    args.command = command
    return args


def _warn(message: str) -> None:
    print(f"briefing: {message}", file=sys.stderr)


def _options(args: argparse.Namespace) -> Options:
    return Options(max_bytes=args.max_size, use_cache=not args.no_cache)


def _load(
    args: argparse.Namespace,
    paths: Sequence[str],
    on_facts: Callable[[Sequence[Article], Sequence[bytes], int], object] = lambda articles, blobs, extracted: None,
    *,
    bar: bool = True,
    indexes: bool = False,
) -> Briefing:
    """Run a loading session to the end, with a progress bar unless ``bar`` is False; warnings are printed
    as they come, problems at the end. ``on_facts`` gets the articles in order, with their packed facts, as
    soon as those are in (and how many of them were extracted just now: ``FactsReady``); ``indexes``: build
    the search index too."""
    session = Session(paths, _options(args), indexes=indexes)
    from briefing.progress import progress_reporter

    with progress_reporter(enabled=bar and not args.quiet) as on_progress, closing(session.events()) as events:
        for event in events:
            match event:
                case Progress():
                    on_progress(event)
                case Warned(message=message):
                    _warn(message)
                case FactsReady(start=start, end=end, blobs=blobs, extracted=extracted):
                    on_facts(session.briefing.articles[start:end], blobs, extracted)
    briefing = session.briefing
    for problem in briefing.problems:
        _warn(str(problem))
    if briefing.skipped:
        _warn(f"skipped {briefing.skipped} hidden file(s) or file(s) of a kind briefing does not read")
    return briefing


def _status(briefing: Briefing) -> int:
    return EXIT_PROBLEMS if briefing.problems else EXIT_OK


def _print_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


class FactsOutput(Protocol):
    """How `briefing facts` writes: articles and their packed facts as they are ready (in order), then problems."""

    def articles(self, articles: Sequence[Article], blobs: Sequence[bytes], extracted: int = 0) -> None: ...

    def end(self, problems: Sequence[Problem]) -> None: ...

    def close(self) -> None: ...


class Readable:
    """The summaries, one after another (problems are on standard error)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out  # held: while the progress bar is drawn, sys.stdout is the bar's stand-in

    def articles(self, articles: Sequence[Article], blobs: Sequence[bytes], extracted: int = 0) -> None:
        summaries = (summarise(article, unpack(blob)) for article, blob in zip(articles, blobs, strict=True))
        self.out.write("".join(summary + "\n" for summary in summaries))
        self.out.flush()

    def end(self, problems: Sequence[Problem]) -> None:
        return None

    def close(self) -> None:
        return None


def _facts_output(args: argparse.Namespace, store: FactStore | None) -> FactsOutput:
    if args.json:
        return JsonDocument(sys.stdout.buffer, store, _warn)
    if args.jsonl:
        return JsonLines(sys.stdout.buffer, store, _warn)
    return Readable(sys.stdout)


def run_facts(args: argparse.Namespace) -> int:
    # The articles' JSON is cached too (``json_output``): a warm run writes saved bytes.
    store = FactStore.open(warn=_warn) if (args.json or args.jsonl) and not args.no_cache else None
    output = _facts_output(args, store)
    # Articles are written while loading: on a terminal they show the progress, and a bar would garble them.
    bar = not sys.stdout.isatty()
    try:
        briefing = _load(args, args.paths or [str(bundled_seeds())], output.articles, bar=bar)
        output.end(briefing.problems)
    finally:
        output.close()
        if store is not None:
            store.close()
    return _status(briefing)


def summarise(article: Article, facts: Facts | None) -> str:
    """A readable summary: title, source, people with mention counts, quotes by speaker, figures, dates."""
    lines = [article.title, f"  {article.path} · {article.word_count} words"]
    if article.byline or article.published:
        lines.append("  " + " · ".join(part for part in (article.byline, article.published) if part))
    if article.dek:
        lines.append(f"  {article.dek}")
    if facts is not None:
        if facts.limited:
            lines.append("  (Key facts from the first part only: more names, quotes or figures than any article.)")
        for kind, heading in (("person", "People"), ("organisation", "Organisations"), ("place", "Places")):
            named = [f"{entity.name} ({len(entity.mentions)})" for entity in facts.entities if entity.kind == kind]
            if named:
                lines.append(f"  {heading}: " + ", ".join(named))
        by_speaker: dict[str, list[Quote]] = defaultdict(list)
        for quote in facts.quotes:
            by_speaker[quote.speaker or quote.speaker_text or "unattributed"].append(quote)
        if by_speaker:
            lines.append("  Quotes:")
            for speaker, quotes in by_speaker.items():
                lines.append(f"    {speaker}:")
                lines.extend(f"      {quoted(quote)}" for quote in quotes)
        for heading, items in (("Figures", facts.figures), ("Dates", facts.dates)):
            if items:
                counted = Counter(item.text for item in items)
                lines.append(f"  {heading}: " + ", ".join(counted))
    return "\n".join(lines) + "\n"


def quoted(quote: Quote) -> str:
    """A quote marked honestly by kind, as the app does: “direct”, “partial” (partial), ≈ indirect.

    Indirect speech is the reporter's paraphrase, not the speaker's words, so it gets no quotation marks.
    """
    text = _clip(quote.text)
    if quote.kind == "indirect":
        return f"≈ {text}"
    if quote.kind == "partial":
        return f"“{text}” (partial)"
    return f"“{text}”"


def _clip(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def run_search(args: argparse.Namespace) -> int:
    briefing = _load(args, args.paths or [str(bundled_seeds())], indexes=True)
    assert briefing.search_index is not None  # a session that ran to the end built it
    hits = briefing.search_index.search(args.query, limit=max(args.limit, 0))
    if args.json:
        _print_json({"query": args.query, "hits": [hit.to_dict() for hit in hits]})
    else:
        for rank, hit in enumerate(hits, start=1):
            speaker = f" — {hit.speaker}" if hit.speaker else ""
            print(f"{rank:>3}. {hit.title}{speaker}  [{hit.kind} {hit.mark.start}-{hit.mark.end}]")
            print(f"     {_clip(hit.snippet, 200)}")
        if not hits:
            print("no matches", file=sys.stderr)
    return _status(briefing)


def run_who(args: argparse.Namespace) -> int:
    from briefing.profile import build_profile

    briefing = _load(args, args.paths or [str(bundled_seeds())], indexes=True)
    chosen = _chosen_entity(briefing, args.name, args.json)
    profile = build_profile(briefing, briefing.fact_index, chosen) if chosen and briefing.fact_index else None
    if profile is None:
        if chosen:
            _warn(f"no person, organisation or place in the briefing is called {one_line(args.name)!r}")
        return EXIT_PROBLEMS
    if args.json:
        from briefing.serialize import profile_to_dict

        _print_json({"query": args.name, **profile_to_dict(profile, briefing)})
    else:
        sys.stdout.write(describe(profile, briefing))
    return _status(briefing)


def _chosen_entity(briefing: Briefing, name: str, as_json: bool) -> str:
    """The canonical name of the entity ``name`` means (said on standard error), or "" after saying
    why none was chosen: the candidates when it could be several (as JSON too, with ``as_json``)."""
    from briefing.lookup import find_entity

    assert briefing.fact_index is not None  # a session that ran to the end built it
    found = find_entity(briefing.fact_index, name)
    chosen = found.chosen
    if chosen is not None:
        _warn(f"{one_line(name)!r}: {chosen.name} ({chosen.kind})")
        return chosen.name
    if found.candidates:
        _warn(f"{one_line(name)!r} could be any of these; name one:")
        for one in found.candidates:
            print(f"  {one_line(one.name)} ({one.kind}, {one.mentions} mentions)", file=sys.stderr)
    else:
        _warn(f"no person, organisation or place in the briefing is called {one_line(name)!r}")
    if as_json:
        candidates = [{"name": one.name, "kind": one.kind, "mentions": one.mentions} for one in found.candidates]
        _print_json({"query": name, "entity": None, "candidates": candidates})
    return ""


def describe(profile: Profile, briefing: Briefing) -> str:
    """A readable profile: names, roles, articles, quotes by and about the entity, who it appears with."""
    from briefing.profile import quote_at

    articles = briefing.articles
    count = len(profile.articles)
    lines = [
        f"{profile.name} · {profile.kind} · {profile.mentions} mentions in {count} article{'s' if count != 1 else ''}"
    ]
    if profile.roles:
        lines.append("  Roles: " + ", ".join(profile.roles))
    lines.append("  Written as: " + ", ".join(f"{form} ({times})" for form, times in profile.forms))
    lines.append(f"  Articles ({len(profile.articles)}):")
    lines.extend(f"    {at.mentions:>4}  {articles[at.position].title}" for at in profile.articles)
    for heading, places in (("Quotes by", profile.quotes_by), ("Quotes about", profile.quotes_about)):
        lines.append(f"  {heading} ({len(places)}):")
        for place in places:
            quote = quote_at(briefing, place)
            if quote is not None:
                speaker = "" if heading == "Quotes by" else f"{quote.speaker or quote.speaker_text or 'unattributed'}: "
                lines.append(f"    {speaker}{quoted(quote)}  ({articles[place.position].title})")
    if profile.companions:
        lines.append("  Appears with: " + ", ".join(f"{one.name} ({one.count})" for one in profile.companions))
    return "\n".join(lines) + "\n"


def run_export(args: argparse.Namespace) -> int:
    from briefing.export import render_digest

    if args.output and _is_an_input(Path(args.output), args.paths):
        _warn(f"{one_line(args.output)}: refusing to overwrite an input file")
        return EXIT_USAGE
    briefing = _load(args, args.paths)
    digest = _starred(args, briefing) if args.starred else render_digest(briefing.articles, briefing.facts)
    if args.output:
        Path(args.output).write_text(digest, encoding="utf-8")
    else:
        sys.stdout.write(digest)
    return _status(briefing)


def _starred(args: argparse.Namespace, briefing: Briefing) -> str:
    from briefing.export import render_starred
    from briefing.state import StateStore, briefing_key

    key = briefing_key(args.paths, args.briefing_file.path if args.briefing_file else None)
    state = StateStore.open(key, warn=_warn)
    try:
        name = args.briefing_file.name if args.briefing_file else ", ".join(args.paths)
        return render_starred(name, state.stars(), state.notes(), briefing)
    finally:
        state.close()


def run_timeline(args: argparse.Namespace) -> int:
    from briefing.timeline import build_timeline, timeline_to_dict

    briefing = _load(args, args.paths, indexes=bool(args.who))
    subject = _chosen_entity(briefing, args.who, args.json) if args.who else ""
    if args.who and not subject:
        return EXIT_PROBLEMS
    timeline = build_timeline(briefing, subject)
    if args.json:
        _print_json(timeline_to_dict(timeline, briefing))
    else:
        sys.stdout.write(render_timeline(timeline, briefing))
    return _status(briefing)


def render_timeline(timeline: Timeline, briefing: Briefing) -> str:
    """The timeline as text: a heading per day, month, year or period, a line per date under it."""
    lines = [f"{timeline.label}: {len(timeline.events):,} dated, {len(timeline.unresolved):,} unresolved"]
    heading = None
    for event in timeline.rows:
        if event.heading != heading:
            heading = event.heading
            lines.append(f"\n{heading}")
        title = briefing.articles[event.position].title
        lines.append(f"  {event.text} · {event.sentence}  — {title}")
    return "\n".join(lines) + "\n"


def _is_an_input(output: Path, paths: Sequence[str]) -> bool:
    """Whether the output file is one of the files the inputs would read (by identity, not by name)."""
    try:
        target = output.stat()
    except OSError:
        return False  # it does not exist yet, so it cannot be an input
    for found in walk(paths, knows):
        try:
            if isinstance(found, Found) and os.path.samestat(target, os.stat(found.path)):
                return True
        except OSError:
            continue
    return False


def run_cache(args: argparse.Namespace) -> int:
    from briefing.search.persist import clear_saved

    store = FactStore.open(warn=_warn)
    indexes = index_folder()
    if args.clear:
        store.clear()
        removed = clear_saved(indexes)
        print(f"cleared {store.info().path} and {removed} saved search index(es)")
    else:
        info = store.info()
        state = "enabled" if info.enabled else "disabled"
        saved = list(indexes.glob("*.index"))
        print(f"path: {info.path}\nentries: {info.entries}\nsize: {info.size_bytes:,} bytes")
        print(f"files read: {info.files}\narticles as JSON: {info.articles_json}")
        print(f"extractor version: {info.extractor_version}\nstate: {state}")
        print(f"saved search indexes: {len(saved)} in {indexes} ({sum(p.stat().st_size for p in saved):,} bytes)")
    store.close()
    return EXIT_OK


def run_sync(args: argparse.Namespace) -> int:
    """Read again only the sources that changed (stored signatures, conditional requests), count against the state."""
    from briefing.refresh import facts_for, scan
    from briefing.serialize import problem_to_dict
    from briefing.state import StateStore, briefing_key

    key = briefing_key(args.paths, args.briefing_file.path if args.briefing_file else None)
    state = StateStore.open(key, warn=_warn)
    read: list[Article] = []
    problems: list[Problem] = []
    kept: set[str] = set()
    signatures: dict[str, str] = {}
    for item in scan(args.paths, state.signatures(), args.max_size):
        if isinstance(item, Problem):
            problems.append(item)
            _warn(str(item))
            continue
        if item.signature:
            signatures[item.source] = item.signature
        if item.loaded is None:
            kept.add(item.source)
        else:
            read += (loaded for loaded in item.loaded if isinstance(loaded, Article))
    changes = state.record(read, kept_sources=kept)
    changed = set(changes.new) | set(changes.updated)
    # Extracted now, into the cache, so that opening the briefing next finds their facts ready.
    facts_for([article for article in read if article.id in changed], _options(args), _warn)
    state.save_signatures(signatures)
    unread = len(state.read_state().unread)
    state.close()
    counts = {
        "new": len(changes.new),
        "updated": len(changes.updated),
        "removed": len(changes.removed),
        "unchanged": changes.unchanged,
        "unread": unread,
    }
    if args.json:
        _print_json({**counts, "problems": [problem_to_dict(problem) for problem in problems]})
    else:
        print(", ".join(f"{count:,} {name}" for name, count in counts.items()))
    return EXIT_PROBLEMS if problems else EXIT_OK


def run_open(args: argparse.Namespace) -> int:
    from briefing.ui.app import BriefingApp

    app = BriefingApp(
        args.paths or [str(bundled_seeds())], _options(args), briefing_file=args.briefing_file, watch=args.watch
    )
    app.run()
    return app.return_code or 0


RUNNERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "open": run_open,
    "facts": run_facts,
    "search": run_search,
    "who": run_who,
    "export": run_export,
    "timeline": run_timeline,
    "cache": run_cache,
    "sync": run_sync,
}


def _open_briefing_file(args: argparse.Namespace) -> str | None:
    """A briefing file among the paths stands for its sources (``args.briefing_file``); an error line if unusable."""
    from briefing.briefing_file import BriefingFileError, is_briefing_file, read_briefing_file

    args.briefing_file = None
    paths = getattr(args, "paths", None) or []
    named = [path for path in paths if is_briefing_file(path)]
    if not named:
        return None
    if len(paths) > 1:
        return f"{one_line(named[0])}: a briefing file is opened alone, not with other paths"
    try:
        args.briefing_file = read_briefing_file(named[0])
    except BriefingFileError as error:
        return str(error)
    args.paths = list(args.briefing_file.sources)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    problem = _open_briefing_file(args)
    if problem:
        _warn(problem)
        return EXIT_USAGE
    try:
        return RUNNERS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped reading (`| head`): not an error. Standard output goes to /dev/null
        # so that Python's last flush on the way out does not fail on the closed pipe too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


__all__ = ["Problem", "main", "summarise"]
