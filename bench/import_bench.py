"""Import throughput: read + segment + date in memory, and import into SQLite.

Generates a synthetic case folder (zh and en, many sources) with
``bench/synth.py``, then measures, each in a fresh process so that peak RSS
is the step's own:

* ``memory``: every source read, decoded, segmented and placed in time (MB/s);
* ``sqlite``: the same, imported into a new SQLite store in one transaction;
* ``stages``: the ``memory`` step cut into reading and segmenting, the anchor
  pre-scan, the rest of the time search and the anchors (CPU seconds, in one
  process; ``--repeat`` runs each stage that many times and keeps the least, and
  says what the first search took beyond that: work done once a process),
  with the pre-scan's regexes and then with the compiled pre-scan (numba:
  ``timeexpr/compiled.py``; a large import loads it, the ``memory`` step on
  64 MB or more from its first source).

Usage::

    python bench/import_bench.py --mb 100 --repeat 5   # both steps on a 100 MB corpus, best of 5
    python bench/import_bench.py --mb 1024 --steps sqlite   # the 1 GB streaming check
    python bench/import_bench.py --mb 20 --steps stages --repeat 5   # where the time goes

Prints one line per step: size, wall-clock seconds and MB/s, CPU seconds and
MB/s, peak RSS (with ``--repeat``, of the run with the least CPU time, and
every run's wall-clock time). The machine is shared: when it is busy the wall
clock measures the other work too, and CPU time (user + system, of this
process) is the steadier figure.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synth import make_corpus


def _corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in (folder / "sources").iterdir())


def _run_step(step: str, folder: Path, db: Path) -> dict[str, float]:
    """Run one step in this process and return its figures."""
    from relcycle.services.imports import import_folder
    from relcycle.settings import Settings
    from relcycle.sources.folder import CaseFolder

    t0 = time.perf_counter()
    c0 = time.process_time()
    if step == "memory":
        reader = CaseFolder(folder)
        segments = sum(len(p.segments) for p in reader.iter_sources())
    else:
        settings = Settings.from_env({}, db=f"sqlite:///{db}")
        result = import_folder(folder, settings=settings)
        segments = result.segments
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "cpu": cpu, "segments": segments, "peak_rss_mb": rss_mb}


def _stages(folder: Path, repeat: int) -> None:
    """Print the CPU seconds of each stage of the ``memory`` step (best of ``repeat``)."""
    from relcycle.domain import Case, Segment, Source
    from relcycle.sources import timeexpr
    from relcycle.sources.folder import CaseFolder
    from relcycle.sources.timeexpr import compiled, place
    from relcycle.sources.timeexpr.find import clear_memos, default_scanner, memo_for
    from relcycle.sources.timeexpr.model import TimeContext
    from relcycle.sources.timeexpr.scanner import Found

    read: list[tuple[list[Segment], Source, Case]] = []
    day_first: list[Callable[[], bool | None] | None] = []

    def keep(
        segments: list[Segment],
        source: Source,
        case: Case,
        events: object = (),
        *,
        sources_day_first: Callable[[], bool | None] | None = None,
    ) -> list[object]:
        read.append((segments, source, case))  # as read: it knows which start with a stamp
        day_first.append(sources_day_first)
        return []

    firsts: list[float] = []  # what each first run took beyond the least: once a process

    def best(work: Callable[[], object]) -> float:
        times = []
        for _ in range(repeat):
            clear_memos()
            start = time.process_time()
            work()
            times.append(time.process_time() - start)
        firsts.append(times[0] - min(times))
        return min(times)

    def read_all() -> None:
        read.clear()
        day_first.clear()
        for _ in CaseFolder(folder).iter_sources():
            pass

    # The reader imports place_segments from the package when it reads a source.
    real = timeexpr.place_segments
    setattr(timeexpr, "place_segments", keep)  # noqa: B010  # the reader without dating
    try:
        reading = best(read_all)
    finally:
        setattr(timeexpr, "place_segments", real)  # noqa: B010
    scanner = default_scanner()
    prescan = best(lambda: [scanner._prescan.hits(source.text) for _, source, _ in read])

    def search() -> None:
        for segments, source, case in read:
            ctx = TimeContext.for_source(case, source)
            memo = memo_for(ctx)
            parts = [(s.start, s.end) for s in segments]

            def keep(found: list[Found], ctx: TimeContext = ctx) -> Found:
                return place._kept(found, ctx.case_start, ctx.case_end)

            scanner.scan_parts(source.text, parts, memo, keep)

    size_mb = _corpus_bytes(folder) / 1024 / 1024
    parts = [[(s.start, s.end) for s in segments] for segments, _, _ in read]
    after = compiled.AFTER_CHARS
    compiled.AFTER_CHARS = 10**15  # the regexes first, however much is read
    for title in ("regexes", "compiled"):
        if title == "compiled":  # the compiled pre-scan from here on (numba; see compiled.py)
            compiled.AFTER_CHARS = after
            start = time.process_time()
            kernel = scanner.compiled()
            if kernel is None:
                print("  (no compiled pre-scan: numba unavailable)")
                return
            kernel.plan("去年三月 in May 2018", [(0, 8)])  # the first call loads the kernels
            load = time.process_time() - start
            print(f"  numba's import, the programs and the kernels' load: {load:.2f} s CPU (once)")

            def plan(kernel: compiled.Compiled = kernel) -> None:
                for (_, source, _), spans in zip(read, parts, strict=True):
                    kernel.plan(source.text, spans)

            prescan = best(plan)
        searching = best(search)
        if title == "regexes" and repeat > 1:
            print(
                f"  the first search's extra: {firsts[-1]:.2f} s CPU (probe regexes made on first "
                "use, from the code kept in __pycache__ (timeexpr/regexes.py) after the first "
                "process; caches filled: once a process)"
            )
        dating = best(
            lambda: [
                place.place_segments(*args, sources_day_first=df)
                for args, df in zip(read, day_first, strict=True)
            ]
        )
        total = reading + dating
        print(f"with the {title} pre-scan:")
        for name, seconds in (
            ("read, decode, front matter, segment", reading),
            ("anchor pre-scan of each body" if title == "regexes" else "compiled pre-scan (plan)",
             prescan),
            ("rest of Scanner.scan_parts", searching - prescan),
            ("anchors and notes (place)", dating - searching),
            ("total", total),
        ):  # fmt: skip
            print(f"  {name:38s} {seconds:6.2f} s CPU  {100 * seconds / total:4.0f} %")
        print(
            f"stages  {size_mb:8.1f} MB  cpu {total:6.2f} s {size_mb / total:5.1f} MB/s ({title})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100.0, help="corpus size in MB")
    parser.add_argument("--steps", default="memory,sqlite", help="comma-separated steps")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="runs per step (best reported)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(_run_step(args.child, Path(args.folder), Path(args.db))))
        return

    with tempfile.TemporaryDirectory(prefix="relcycle-bench-") as tmp:
        folder = make_corpus(Path(tmp) / "case", args.mb, seed=args.seed)
        size_mb = _corpus_bytes(folder) / 1024 / 1024
        n = len(list((folder / "sources").iterdir()))
        print(f"corpus: {size_mb:.1f} MB in {n} sources (zh and en)")
        for step in args.steps.split(","):
            if step == "stages":
                _stages(folder, args.repeat)
                continue
            runs = [_child(step, folder, Path(tmp) / f"{step}-{n}.db") for n in range(args.repeat)]
            fig = min(runs, key=lambda r: r["cpu"])
            walls = ", ".join(f"{r['seconds']:.1f}" for r in runs)
            print(
                f"{step:7s} {size_mb:8.1f} MB  wall {fig['seconds']:6.1f} s "
                f"{size_mb / fig['seconds']:5.1f} MB/s  cpu {fig['cpu']:6.1f} s "
                f"{size_mb / fig['cpu']:5.1f} MB/s  peak RSS {fig['peak_rss_mb']:5.0f} MB  "
                f"({int(fig['segments'])} segments; wall of each run: {walls} s)"
            )


def _child(step: str, folder: Path, db: Path) -> dict[str, float]:
    """Run one step in a fresh process (so that peak RSS is the step's own)."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", step, "--folder", str(folder), "--db", str(db)],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        sys.exit(f"step {step} failed:\n{out.stderr}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


if __name__ == "__main__":
    main()
