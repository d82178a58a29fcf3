"""Import throughput: read + segment + date in memory, and import into SQLite.

Generates a synthetic case folder (zh and en, many sources) with
``bench/synth.py``, then measures, each in a fresh process so that peak RSS
is the step's own:

* ``memory``: every source read, decoded, segmented and placed in time (MB/s);
* ``sqlite``: the same, imported into a new SQLite store in one transaction.

Usage::

    python bench/import_bench.py --mb 100 --repeat 5   # both steps on a 100 MB corpus, best of 5
    python bench/import_bench.py --mb 1024 --steps sqlite   # the 1 GB streaming check

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
