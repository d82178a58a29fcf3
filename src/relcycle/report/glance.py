"""The case at a glance: actors, contract, sources by kind and over time; the list of sources."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from relcycle.domain import Source
from relcycle.report.labels import in_script, is_chinese, word
from relcycle.report.naming import Namer
from relcycle.report.views import ActorRow, Bar, Glance, SourceRow
from relcycle.trajectory.result import Analysis


def _bars(counts: Sequence[tuple[str, int]]) -> tuple[Bar, ...]:
    top = max((n for _, n in counts), default=0)
    return tuple(Bar(label, n, round(100 * n / top) if top else 0) for label, n in counts)


def _value(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    return str(value)


def _over_time(names: Namer, analysis: Analysis, sources: Sequence[Source]) -> tuple[Bar, ...]:
    """Sources per period of their own date, with those before and after the studied period."""
    periods = analysis.periods
    if not periods:
        return ()
    counts = [0] * len(periods)
    before = after = 0
    for s in sources:
        if s.date < periods[0].start:
            before += 1
        elif s.date > periods[-1].end:
            after += 1
        else:
            counts[next(i for i, p in enumerate(periods) if p.contains(s.date))] += 1
    rows = [(p.label, n) for p, n in zip(periods, counts, strict=True)]
    if before:
        rows.insert(0, (names.t["before_period"], before))
    if after:
        rows.append((names.t["after_period"], after))
    return _bars(rows)


def origin_counts(lang: str, by_origin: Mapping[str, int]) -> str:
    """Evidence items by origin: ``171 automatic codings, 22 imported codings``.

    In Chinese: ``自动编码 171 条、导入编码 22 条``.
    """
    if is_chinese(lang):
        unit = in_script(lang, "条")
        return "、".join(f"{word(lang, 'origin', k)} {n} {unit}" for k, n in by_origin.items())
    return ", ".join(f"{n} {word(lang, 'origin', k)}" for k, n in by_origin.items())


def _term(lang: str, key: str) -> str:
    """A contract term's label: the report's word, else the key written as a heading.

    ``procurement_route`` reads "Procurement route", as "Scope of service" does beside it.
    """
    label = word(lang, "contract", key)
    if label != key:
        return label
    spaced = " ".join(key.replace("_", " ").split())
    return spaced[:1].upper() + spaced[1:]


def glance(names: Namer, analysis: Analysis, sources: Sequence[Source]) -> Glance:
    """The case at a glance."""
    case = analysis.case
    lang = names.lang
    actors = tuple(
        ActorRow(a.name, word(lang, "role", a.role), "、".join(a.aliases) if is_chinese(lang)
                 else ", ".join(a.aliases))
        for a in case.actors
    )  # fmt: skip
    contract: tuple[tuple[str, str], ...] = ()
    if case.contract is not None:
        contract = tuple((_term(lang, str(k)), _value(v)) for k, v in case.contract.terms.items())
    kinds = Counter(s.kind for s in sources)
    ev = analysis.evidence
    origins = origin_counts(lang, ev.by_origin)
    note = case.extra.get("note")
    return Glance(
        id=case.id,
        title=case.title,
        note=str(note) if note else None,
        studied=f"{case.start} – {case.end}",
        grain=word(lang, "grain", analysis.grain),
        actors=actors,
        contract=contract,
        by_kind=_bars([(word(lang, "kind", k), n) for k, n in kinds.most_common()]),
        over_time=_over_time(names, analysis, sources),
        evidence=names.t["evidence_summary"].format(
            items=ev.items, origins=origins or "–", used=ev.used, outside=ev.before + ev.after
        ),
    )


def source_rows(names: Namer, sources: Sequence[Source]) -> tuple[SourceRow, ...]:
    """Every source, by date then id."""
    return tuple(
        SourceRow(
            id=s.id,
            date=s.date.isoformat(),
            kind=word(names.lang, "kind_one", s.kind),
            title=s.title or "",
            informant=(names.actor(s.informant) or "") if s.informant else "",
        )
        for s in sorted(sources, key=lambda s: (s.date, s.id))
    )
