"""Markdown tables of a framework's codes, indicators, stage types and advice.

``python -m relcycle.frameworks.doc`` prints them for the built-in framework;
``--write docs/FRAMEWORK.md`` replaces the generated part of that file (between
``<!-- generated:start -->`` and ``<!-- generated:end -->``) instead, and
``--check`` exits with status 1 when that part is out of date.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from relcycle.frameworks.loader import load_framework
from relcycle.frameworks.model import Framework

START = "<!-- generated:start -->"
END = "<!-- generated:end -->"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def codes_table(framework: Framework) -> str:
    """One row per code: id (indented by depth), labels, role, rule counts, definition."""
    rows = [
        "| code | 中文 | English | applies to | rules zh / en | definition |",
        "|---|---|---|---|---|---|",
    ]
    for code in framework.codes:
        depth = len(framework.ancestors(code.id))
        name = "&nbsp;&nbsp;" * depth + f"`{code.id}`"
        zh = len(code.rules_for("zh")) + len(code.turn_rules_for("zh"))
        counts = f"{zh} / {len(code.rules_for('en')) + len(code.turn_rules_for('en'))}"
        rows.append(
            f"| {name} | {_cell(code.label.text('zh'))} | {_cell(code.label.text('en'))} "
            f"| {code.applies_to} | {counts} | {_cell(code.definition.text('en'))} |"
        )
    return "\n".join(rows)


def family_summary(framework: Framework) -> str:
    """Codes and rules per family."""
    rows = ["| family | codes | rules zh | rules en |", "|---|---|---|---|"]
    families = dict.fromkeys(c.family for c in framework.codes)
    for family in families:
        codes = framework.family(family)
        zh = sum(len(c.rules_for("zh")) + len(c.turn_rules_for("zh")) for c in codes)
        en = sum(len(c.rules_for("en")) + len(c.turn_rules_for("en")) for c in codes)
        rows.append(f"| {family} | {len(codes)} | {zh} | {en} |")
    return "\n".join(rows)


def indicators_table(framework: Framework) -> str:
    """One row per indicator: scope and weighted codes."""
    rows = ["| indicator | scope | codes (weight) |", "|---|---|---|"]
    for ind in framework.indicators:
        weights = ", ".join(f"`{c}` {w:g}" for c, w in ind.codes.items())
        rows.append(f"| `{ind.id}` {_cell(ind.label.text('en'))} | {ind.scope} | {weights} |")
    return "\n".join(rows)


def stages_table(framework: Framework) -> str:
    """One row per stage type: signature and typical next stages."""
    rows = ["| stage | signature | typical next |", "|---|---|---|"]
    for stage in framework.stages:
        signature = ", ".join(f"{i}: {lvl}" for i, lvl in stage.signature.items())
        following = ", ".join(stage.typical_next) or "–"
        if stage.first_only:
            following += " (first stage only)"
        label = f"`{stage.id}` {_cell(stage.label.text('zh'))} / {_cell(stage.label.text('en'))}"
        rows.append(f"| {label} | {signature} | {following} |")
    return "\n".join(rows)


def advice_table(framework: Framework) -> str:
    """One row per advice rule: title, audience, condition keys, cited codes."""
    rows = ["| advice | for | when | cites |", "|---|---|---|---|"]
    for advice in framework.advice:
        cites = ", ".join(f"`{c}`" for c in advice.cite_codes)
        when = _cell(str(dict(advice.when_written)))
        rows.append(
            f"| `{advice.id}` {_cell(advice.title.text('en'))} | {advice.audience} "
            f"| `{when}` | {cites} |"
        )
    return "\n".join(rows)


def generated(framework: Framework) -> str:
    """Everything generated for the documentation, as one Markdown block."""
    parts = [
        f"Built-in framework `{framework.id}` version {framework.version}, "
        f"hash `{framework.hash}`.",
        "### Families\n\n" + family_summary(framework),
        "### Codes\n\n" + codes_table(framework),
        "### Indicators\n\n" + indicators_table(framework),
        "### Stage types\n\n" + stages_table(framework),
        "### Advice\n\n" + advice_table(framework),
    ]
    return "\n\n".join(parts)


def replace_generated(document: str, block: str) -> str:
    """``document`` with the text between the generated markers replaced by ``block``.

    Raises:
        ValueError: The document lacks the markers.
    """
    if START not in document or END not in document:
        raise ValueError(f"the document has no {START} … {END} markers")
    head, rest = document.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{block}\n{END}{tail}"


def main(argv: Sequence[str] | None = None) -> int:
    """Print, write or check the generated documentation; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m relcycle.frameworks.doc")
    parser.add_argument("--framework", default=None, help="built-in id or path")
    parser.add_argument("--write", type=Path, help="update the generated part of this file")
    parser.add_argument("--check", type=Path, help="fail if this file's generated part is stale")
    args = parser.parse_args(argv)
    block = generated(load_framework(args.framework))
    target = args.write or args.check
    if target is None:
        sys.stdout.write(block + "\n")
        return 0
    current = target.read_text(encoding="utf-8")
    updated = replace_generated(current, block)
    if args.check:
        if updated != current:
            sys.stderr.write(f"{target} is out of date; run with --write {target}\n")
            return 1
        return 0
    target.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
