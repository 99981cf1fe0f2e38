"""The command line's machine-readable output on a large briefing: `facts --json` and `--jsonl`.

    python benchmarks/cli_bench.py                  # 10,000 generated articles
    python benchmarks/cli_bench.py --size 2000 --runs 5

Each measurement runs the real command (`python -m briefing`) in a fresh process, with its own
cache folder, output to a file: `facts --json` cold (empty cache) and warm (the median of
``--runs``: files read, facts and each article's JSON all in the cache), and once with only the
facts cached (as after an upgrade of briefing: files are read and JSON made and saved again),
checking that every run wrote the same bytes; the time to the first `--jsonl` line,
warm and cold; and how soon `facts --jsonl | head -1` ends on a cold cache (the command must stop
when its reader does, not finish extracting first). Figures are seconds and ratios to the floor
(the time merely to read the same files) and to the targets, with the CPU seconds of each
`--json` run (its worker processes included): on a shared machine, wall time varies with what
else runs, CPU time much less. Generated corpora live in benchmarks/generated/ (not in git).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from benchmarks.load_bench import ensure_corpus, measure_floor  # noqa: E402

TARGETS = {"json_warm": 3.0, "json_cold": 15.0, "jsonl_first_line": 1.0}
COMMAND = [sys.executable, "-m", "briefing", "facts", "--quiet"]


@dataclass(frozen=True)
class Written:
    seconds: float
    cpu: float  # user + system seconds of the command and its worker processes
    digest: str
    size: int


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _env(cache: Path) -> dict[str, str]:
    return {**os.environ, "BRIEFING_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}


def run_json(folder: Path, cache: Path, out: Path) -> Written:
    """`facts FOLDER --json` into a file: its time, and a digest of what it wrote."""
    start, cpu = time.perf_counter(), _children_cpu()
    with out.open("wb") as handle:
        result = subprocess.run([*COMMAND, str(folder), "--json"], stdout=handle, stderr=subprocess.PIPE,
                                env=_env(cache), timeout=900)  # fmt: skip
    seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if result.returncode != 0:
        raise SystemExit(f"facts --json failed ({result.returncode}):\n{result.stderr.decode()[-3000:]}")
    digest = hashlib.sha256()
    with out.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    size = out.stat().st_size
    out.unlink()
    return Written(seconds, cpu, digest.hexdigest(), size)


def first_line(folder: Path, cache: Path) -> tuple[float, float]:
    """(seconds to the first `--jsonl` line, seconds until the command has ended once its reader stopped)."""
    start = time.perf_counter()
    process = subprocess.Popen([*COMMAND, str(folder), "--jsonl"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=_env(cache))  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    seconds = time.perf_counter() - start
    if not line.startswith(b'{"id":'):
        process.kill()
        raise SystemExit(f"--jsonl did not start with an article: {line[:200]!r}")
    process.stdout.close()  # as `head -1` does: the next write meets a closed pipe
    process.wait(timeout=300)
    return seconds, time.perf_counter() - start


Row = tuple[str, float, float | None, float | None]  # label, seconds, target, CPU seconds


def report(count: int, floor: float, rows: list[Row]) -> None:
    print(f"\n{count:,} articles")
    print(f"  {'measure':<44}{'seconds':>9}{'× floor':>9}{'target':>8}{'× target':>10}  ok{'cpu s':>8}")
    for label, seconds, target, cpu in rows:
        ratio = seconds / floor if floor else float("nan")
        cpu_text = f"{cpu:>8.2f}" if cpu is not None else ""
        if target is None:
            print(f"  {label:<44}{seconds:>9.2f}{ratio:>9.1f}{'':>8}{'':>10}    {cpu_text}")
            continue
        verdict = "yes" if seconds <= target else "NO "
        print(f"  {label:<44}{seconds:>9.2f}{ratio:>9.1f}{target:>8.1f}{seconds / target:>10.2f}  {verdict}{cpu_text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3, help="warm runs (the median is reported)")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    folder = ensure_corpus(args.size)
    floor = min(measure_floor(folder) for _ in range(3))
    with tempfile.TemporaryDirectory(prefix="briefing-cli-bench-") as scratch:
        cache, out = Path(scratch) / "cache", Path(scratch) / "out.json"
        cold = run_json(folder, cache, out)
        warm = [run_json(folder, cache, out) for _ in range(args.runs)]
        with sqlite3.connect(cache / "facts.sqlite3") as raw:
            raw.execute("DELETE FROM files")
            raw.execute("DELETE FROM articles_json")
        facts_only = run_json(folder, cache, out)
        warm_line, _ = first_line(folder, cache)
        cold_line, cold_stop = first_line(folder, Path(scratch) / "empty-cache")
    same = all(run.digest == cold.digest for run in [*warm, facts_only])
    median = sorted(warm, key=lambda run: run.seconds)[len(warm) // 2]
    best = min(warm, key=lambda run: run.seconds)
    report(
        args.size,
        floor,
        [
            ("floor: read every file", floor, None, None),
            ("facts --json, cold (empty cache)", cold.seconds, TARGETS["json_cold"], cold.cpu),
            (f"facts --json, warm (median of {len(warm)})", median.seconds, TARGETS["json_warm"], median.cpu),
            ("facts --json, warm (best)", best.seconds, None, best.cpu),
            ("facts --json, only the facts cached", facts_only.seconds, None, facts_only.cpu),
            ("facts --jsonl, first line, warm", warm_line, TARGETS["jsonl_first_line"], None),
            ("facts --jsonl, first line, cold", cold_line, TARGETS["jsonl_first_line"], None),
            ("facts --jsonl | head -1, cold: command ended", cold_stop, None, None),
        ],
    )
    loads = ", ".join(f"{load:.2f}" for load in os.getloadavg())
    print(f"  load average at the end (1, 5, 15 min; other processes slow every figure): {loads}")
    verdict = "identical" if same else "DIFFERENT"
    print(f"  --json output: {cold.size / 1e6:,.0f} MB, cold and every other run {verdict} (sha256 {cold.digest[:16]})")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
