"""Domain objects for store tests, built directly (no folder reader needed)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from relcycle.domain import (
    Actor,
    Case,
    Coding,
    Contract,
    Event,
    ParsedSource,
    Precision,
    Segment,
    Source,
    TimeAnchor,
)

ACTORS = (
    Actor("gov", "L镇宣传文化办", "government", ("镇政府", "宣传办", "文化站")),
    Actor("swo", "启明社会工作服务中心", "social_org", ("社工机构", "中心")),
    Actor("residents", "居民", "community"),
)


def make_case(case_id: str = "ltown", **changes: Any) -> Case:
    fields: dict[str, Any] = {
        "id": case_id,
        "title": "L镇文化中心项目",
        "language": "zh",
        "period": "month",
        "start": date(2017, 9, 1),
        "end": date(2019, 12, 31),
        "actors": ACTORS,
        "contract": Contract(
            terms={
                "signed": date(2017, 9, 1),
                "term_months": 24,
                "mid_term": date(2018, 9, 1),
                "budget": 600000,
                "currency": "CNY",
                "scope": "文化中心日常运营、文化活动策划与执行",
            },
            signed=date(2017, 9, 1),
            start=date(2017, 9, 1),
            end=date(2019, 8, 31),
            mid_term=date(2018, 9, 1),
        ),
        "framework": None,
        "extra": {"note": "虚构案例", "budget_by_year": {2018: 300000, 2019: 300000}},
    }
    fields.update(changes)
    return Case(**fields)


_TURN = re.compile(r"^([^\n：:]{1,12})[：:]")


def make_source(
    source_id: str,
    text: str,
    *,
    day: date = date(2018, 3, 15),
    kind: str = "field_note",
    title: str | None = "周例会",
    informant: str | None = None,
    meta: Mapping[str, Any] | None = None,
    encoding: str = "utf-8",
    anchors: Mapping[int, tuple[date, date, str]] | None = None,
) -> ParsedSource:
    """A source split into paragraph segments, each anchored at ``day``.

    ``anchors`` maps a segment index to ``(start, end, expression)`` for segments
    that name their own time.
    """
    checksum = hashlib.sha256(f"{source_id}\0{text}\0{meta!r}\0{day}".encode()).hexdigest()
    source = Source(
        id=source_id,
        kind=kind,
        date=day,
        title=title,
        informant=informant,
        text=text,
        filename=source_id.rsplit("/", 1)[-1],
        encoding=encoding,
        checksum=checksum,
        meta=dict(meta or {}),
    )
    segments: list[Segment] = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        turn = _TURN.match(m.group(0))
        speaker = turn.group(1) if turn else None
        actor = {"答": "swo", "问": None}.get(speaker or "")
        segments.append(
            Segment(source_id, len(segments), m.start(), m.end(), m.group(0), speaker, actor)
        )
    out: list[TimeAnchor] = []
    for g in segments:
        given = (anchors or {}).get(g.index)
        if given is None:
            out.append(TimeAnchor(source_id, g.index, day, day, Precision.DAY, "source_date"))
        else:
            start, end, expression = given
            out.append(
                TimeAnchor(
                    source_id,
                    g.index,
                    start,
                    end,
                    Precision.MONTH,
                    "text",
                    expression=expression,
                    note="relative to the source date",
                    in_period=end >= date(2017, 9, 1),
                )
            )
    return ParsedSource(source, tuple(segments), tuple(out))


NOTE = (
    "今天上午社工在文化中心组织了二十名居民参加广场舞排练，气氛很好。\n\n"
    "镇里要求中心每周上报活动台账，并提前审批活动方案。\n\n"
    "去年三月镇领导来中心检查过一次，对场地布置提出了意见。"
)
INTERVIEW = (
    "问：您觉得和镇里的关系怎么样？\n\n"
    "答：刚开始还好，后来任务越来越多。\n\n"
    "问：什么时候开始的？\n\n"
    "答：大概是去年春节前后，镇里让我们去帮忙拍照宣传。"
)
ENGLISH = (
    "This morning the team ran a coffee morning for twelve residents.\n\n"
    "The council asked us to submit weekly monitoring returns."
)


def make_sources() -> list[ParsedSource]:
    """Three sources: a Chinese field note, an interview and an English note."""
    return [
        make_source(
            "2018-03-15-field-note.md",
            NOTE,
            anchors={2: (date(2017, 3, 1), date(2017, 3, 31), "去年三月")},
            meta={"place": "文化中心", "visited": date(2018, 3, 14)},
        ),
        make_source(
            "interviews/swo-director.md",
            INTERVIEW,
            day=date(2019, 12, 5),
            kind="interview",
            title="机构主任访谈",
            informant="swo",
            encoding="gb18030",
            anchors={3: (date(2019, 1, 1), date(2019, 2, 28), "去年春节前后")},
        ),
        make_source(
            "2018-04-02-minutes.txt",
            ENGLISH,
            day=date(2018, 4, 2),
            kind="minutes",
            title=None,
            meta={"attendees": ["gov", "swo"]},
        ),
    ]


def make_events() -> list[Event]:
    return [
        Event(
            date(2018, 4, 2),
            date(2018, 4, 2),
            "gov",
            "swo",
            "镇里要求中心每周上报活动台账并提前审批活动方案",
            ("control.approval", "control.reporting"),
            line=2,
        ),
        Event(date(2018, 9, 1), date(2018, 9, 30), "swo", None, "中期评估", (), line=3),
    ]


def make_codings(coder: str = "coder-a") -> list[Coding]:
    return [
        Coding("2018-03-15-field-note.md", 35, 60, "gov.control.approval", coder, "台账"),
        Coding("interviews/swo-director.md", 0, 15, "relation.trust", coder),
    ]


def corpus(n: int, chars: int = 2_000, prefix: str = "s") -> list[ParsedSource]:
    """``n`` generated sources of about ``chars`` code points each."""
    para = "镇里要求中心每周上报活动台账，并提前审批活动方案。" * 4
    body = "\n\n".join([para] * max(1, chars // (len(para) + 2)))
    return [make_source(f"{prefix}{i:05d}.md", f"{i}\n\n{body}") for i in range(n)]


def without_text(segments: Sequence[Segment]) -> list[tuple[Any, ...]]:
    return [(g.source_id, g.index, g.start, g.end, g.speaker, g.actor) for g in segments]
