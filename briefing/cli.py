"""The command line: open the app, or print facts, search hits, a digest, or cache details."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing import __version__
from briefing.model import Article, Problem
from briefing.pipeline import Briefing, Options, load
from briefing.serialize import article_to_dict, problem_to_dict
from briefing.sources.files import DEFAULT_MAX_BYTES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
COMMANDS = ("open", "facts", "search", "export", "cache")

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="A terminal reader for news briefings. With no command, opens the app "
        "(on the bundled seeds when no path is given).",
        epilog="commands: open, facts, search, export, cache (briefing COMMAND --help for each)",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_ = commands.add_parser("open", help="open the app (the default command)")
    open_.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, URLs, or - for standard input")
    _common(open_)

    facts = commands.add_parser("facts", help="print each article and its key facts")
    facts.add_argument("paths", nargs="+", metavar="PATH")
    facts.add_argument("--json", action="store_true", help='one JSON document: {"articles": [...], "problems": [...]}')
    _common(facts)

    search = commands.add_parser("search", help="fuzzy search across every article")
    search.add_argument("query")
    search.add_argument("paths", nargs="*", metavar="PATH", help="default: the bundled seeds")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.add_argument("--json", action="store_true")
    _common(search)

    export = commands.add_parser("export", help="write a Markdown digest of the briefing")
    export.add_argument("paths", nargs="+", metavar="PATH")
    export.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    _common(export)

    cache = commands.add_parser("cache", help="show or empty the facts cache")
    action = cache.add_mutually_exclusive_group(required=True)
    action.add_argument("--info", action="store_true")
    action.add_argument("--clear", action="store_true")
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    argv = list(argv)
    # `briefing PATH ...` means `briefing open PATH ...`.
    first_positional = next((arg for arg in argv if not arg.startswith("-") or arg == "-"), None)
    if first_positional not in COMMANDS and not {"-h", "--help", "--version"} & set(argv):
        argv.insert(0, "open")
    elif not argv:
        argv = ["open"]
    return build_parser().parse_args(argv)


def _warn(message: str) -> None:
    print(f"briefing: {message}", file=sys.stderr)


def _load(args: argparse.Namespace, paths: Sequence[str]) -> Briefing:
    options = Options(max_bytes=args.max_size, use_cache=not args.no_cache, warn=_warn)
    from briefing.progress import progress_reporter

    with progress_reporter(enabled=not args.quiet) as on_progress:
        briefing = load(paths, options, on_progress=on_progress)
    for problem in briefing.problems:
        _warn(str(problem))
    if briefing.skipped:
        _warn(f"skipped {briefing.skipped} file(s) of a kind briefing does not read")
    return briefing


def _status(briefing: Briefing) -> int:
    return EXIT_PROBLEMS if briefing.problems else EXIT_OK


def _print_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def run_facts(args: argparse.Namespace) -> int:
    briefing = _load(args, args.paths)
    if args.json:
        _print_json(
            {
                "articles": [article_to_dict(article) for article in briefing.articles],
                "problems": [problem_to_dict(problem) for problem in briefing.problems],
            }
        )
    else:
        for article in briefing.articles:
            print(summarise(article))
    return _status(briefing)


def summarise(article: Article) -> str:
    """A readable summary: title, source, people with mention counts, quotes by speaker, figures, dates."""
    lines = [article.title, f"  {article.path} · {article.word_count} words"]
    if article.byline or article.published:
        lines.append("  " + " · ".join(part for part in (article.byline, article.published) if part))
    if article.dek:
        lines.append(f"  {article.dek}")
    facts = article.facts
    if facts is not None:
        for kind, heading in (("person", "People"), ("organisation", "Organisations"), ("place", "Places")):
            named = [f"{entity.name} ({len(entity.mentions)})" for entity in facts.entities if entity.kind == kind]
            if named:
                lines.append(f"  {heading}: " + ", ".join(named))
        by_speaker: dict[str, list[str]] = defaultdict(list)
        for quote in facts.quotes:
            by_speaker[quote.speaker or quote.speaker_text or "unattributed"].append(quote.text)
        if by_speaker:
            lines.append("  Quotes:")
            for speaker, quotes in by_speaker.items():
                lines.append(f"    {speaker}:")
                lines.extend(f"      “{_clip(text)}”" for text in quotes)
        for heading, items in (("Figures", facts.figures), ("Dates", facts.dates)):
            if items:
                counted = Counter(item.text for item in items)
                lines.append(f"  {heading}: " + ", ".join(counted))
    return "\n".join(lines) + "\n"


def _clip(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def run_search(args: argparse.Namespace) -> int:
    from briefing.search import SearchIndex

    briefing = _load(args, args.paths or [str(SEEDS)])
    index = SearchIndex.build(briefing.articles)
    hits = index.search(args.query, limit=max(args.limit, 0))
    if args.json:
        _print_json({"query": args.query, "hits": [hit.to_dict() for hit in hits]})
    else:
        for rank, hit in enumerate(hits, start=1):
            speaker = f" — {hit.speaker}" if hit.speaker else ""
            print(f"{rank:>3}. {hit.title}{speaker}  [{hit.kind} {hit.start}-{hit.end}]")
            print(f"     {_clip(hit.snippet, 200)}")
        if not hits:
            print("no matches", file=sys.stderr)
    return _status(briefing)


def run_export(args: argparse.Namespace) -> int:
    from briefing.export import render_digest

    briefing = _load(args, args.paths)
    digest = render_digest(briefing.articles)
    if args.output:
        output = Path(args.output).resolve()
        if any(_same_file(output, article.path) for article in briefing.articles):
            _warn(f"{args.output}: refusing to overwrite an input file")
            return EXIT_USAGE
        output.write_text(digest, encoding="utf-8")
    else:
        sys.stdout.write(digest)
    return _status(briefing)


def _same_file(output: Path, path: str) -> bool:
    try:
        return output.exists() and output.samefile(path)
    except OSError:
        return False


def run_cache(args: argparse.Namespace) -> int:
    from briefing.store import FactStore

    store = FactStore.open(warn=_warn)
    if args.clear:
        store.clear()
        print(f"cleared {store.info().path}")
    else:
        info = store.info()
        state = "enabled" if info.enabled else "disabled"
        print(f"path: {info.path}\nentries: {info.entries}\nsize: {info.size_bytes:,} bytes")
        print(f"extractor version: {info.extractor_version}\nstate: {state}")
    store.close()
    return EXIT_OK


def run_open(args: argparse.Namespace) -> int:
    from briefing.ui.app import BriefingApp

    options = Options(max_bytes=args.max_size, use_cache=not args.no_cache)
    app = BriefingApp(args.paths or [str(SEEDS)], options)
    app.run()
    return app.return_code or 0


RUNNERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "open": run_open,
    "facts": run_facts,
    "search": run_search,
    "export": run_export,
    "cache": run_cache,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return RUNNERS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


__all__ = ["Problem", "main", "summarise"]
