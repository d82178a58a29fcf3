"""Write each training and blind case's codings.csv from its readable labels.tsv.

    python tests/data/trainset/make_codings.py            # write every codings.csv
    python tests/data/trainset/make_codings.py --check    # exit 1 if one is out of date
    python tests/data/trainset/make_codings.py --stats    # also count the labels per code

The cases are the folders of ``tests/data/trainset`` (what the hybrid coder's
model learns from) and ``tests/data/blindset`` (written the same way, kept out
of everything to measure the coders). ``labels.tsv`` holds one label a line, three tab-separated fields: the source
file's name, the quoted text of the coded span and the code (``#`` starts a
comment line). The quote must occur exactly once in the source's body; when the
span alone is not unique, the quote gives context and marks the span with
double brackets (``何静：[[收到，周五前发。]]``), as in ``../devset/make_codings.py``,
whose quote finder this script uses. Every code must be a behaviour code of
the built-in framework and every span must lie inside one segment as relcycle
splits the body. The rows are written with coder ``gold`` and code-point
offsets, end exclusive.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from relcycle import read_case
from relcycle.frameworks import load_framework

HERE = Path(__file__).resolve().parent
ROOTS = (HERE, HERE.parent / "blindset")


def _devset_script() -> Any:
    """``../devset/make_codings.py`` as a module (its quote finder is shared)."""
    spec = importlib.util.spec_from_file_location(
        "devset_make_codings", HERE.parent / "devset" / "make_codings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_DEVSET = _devset_script()
body_of = _DEVSET.body_of
locate = _DEVSET.locate

CODER = "gold"
Row = tuple[str, int, int, str]


def rows_of(folder: Path, behaviour: frozenset[str]) -> list[Row]:
    """The labels of one case resolved to ``(source, start, end, code)``, sorted.

    Raises:
        ValueError: A label line is malformed, names an unknown source or a code
            that is no behaviour code, or its quote is missing, repeated or
            crosses a segment boundary (the message names the file and line).
    """
    labels = folder / "labels.tsv"
    bodies: dict[str, str] = {}
    segments = {p.source.id: p.segments for p in read_case(folder).sources}
    rows: set[Row] = set()
    for n, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{labels}:{n}"
        fields = line.split("\t")
        if len(fields) != 3:
            raise ValueError(f"{where}: want 3 tab-separated fields, found {len(fields)}")
        source, quote, code = (f.strip() for f in fields)
        if code not in behaviour:
            raise ValueError(f"{where}: {code!r} is not a behaviour code of the framework")
        if source not in segments:
            raise ValueError(f"{where}: no source {source!r} in {folder / 'sources'}")
        if source not in bodies:
            bodies[source] = body_of(folder / "sources" / source)
        try:
            start, end = locate(bodies[source], quote, where)
        except AssertionError as err:
            raise ValueError(str(err)) from None
        if not any(s.start <= start and end <= s.end for s in segments[source]):
            raise ValueError(f"{where}: the quote crosses a segment boundary")
        rows.add((source, start, end, code))
    return sorted(rows)


def csv_text(rows: list[Row]) -> str:
    """The codings.csv text of ``rows``."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["source", "start", "end", "code", "coder"])
    w.writerows([(source, start, end, code, CODER) for source, start, end, code in rows])
    return out.getvalue()


def main(argv: list[str]) -> int:
    """Write (or with ``--check`` compare) every training and blind case's codings.csv."""
    framework = load_framework()
    behaviour = frozenset(c.id for c in framework.codes if c.family == "behaviour")
    stale = []
    for labels in sorted(p for root in ROOTS for p in root.glob("*/labels.tsv")):
        folder = labels.parent
        rows = rows_of(folder, behaviour)
        text = csv_text(rows)
        target = folder / "codings.csv"
        if "--check" in argv:
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                stale.append(target)
        else:
            partial = target.with_suffix(".csv.tmp")
            partial.write_text(text, encoding="utf-8")
            partial.replace(target)
        print(f"{folder.name}: {len(rows)} codings")
        if "--stats" in argv:
            for code, k in sorted(Counter(code for *_, code in rows).items()):
                print(f"  {code:32} {k}")
    for target in stale:
        print(f"{target} is out of date: run python {Path(__file__).relative_to(HERE.parents[2])}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
