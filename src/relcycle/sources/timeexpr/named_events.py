"""Times named by the case's own events: 换届以后, 创文那段时间, after the restructure.

Interviews date things by what happened, not by the calendar. When a case lists
its events (events.csv), a reference to one of them in a source's text names
that event's time: 换届以后 is the month after the 换届 of 2022-04-18, as
中期评估以后 is the month after the mid-term review (see
:func:`~relcycle.sources.timeexpr.zh_project.resolve_mid_term`).

A reference is a frame around a phrase X: zh ``X以后 / X之后 / X以来 / X后`` (after),
``X之前 / X以前`` (before), ``X那会儿 / X那时候 / X那段时间 / X的时候 / X前后`` (at);
en ``after / since / following / before / until / when / during + the + X``
(``when the new X started`` too). X names an event when it shares a distinctive
term with exactly one event's summary: zh a string of two or more characters
that the summary also contains, ending at most :data:`_ZH_TAIL` characters
before the frame (新书记|来了之后); en every content word of X, lemmatised
simply. Common words (工作, 活动, 书记, meeting, service, new ...) are no terms;
a phrase whose terms are found in several events' summaries names none of them.

This is a pass after the rules (:func:`place_by_events`), over segments left at
their source's date; a year named right before X (去年换届以后) gives way to the
event when the event falls in that year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from relcycle.domain import Event
from relcycle.sources.timeexpr.model import Span
from relcycle.sources.timeexpr.spans import add_months, fit, month_end, month_of
from relcycle.sources.timeexpr.traditional import as_simplified

#: How far back from a Chinese frame X is read (characters).
_ZH_REACH = 10
#: Characters allowed between a term and the frame (新书记|来了|之后, 创文|检查|那段时间).
_ZH_TAIL = 3
#: The longest term looked up (characters).
_ZH_LONGEST = 8

#: The Chinese frames and what each says of the event's time.
_ZH_FRAME = re.compile(
    r"(?P<after>以后|之后|以来|(?<![然最之以过此随前落背今往先])后(?![来面续期勤果悔台头边]))"
    r"|(?P<before>之前|以前)"
    r"|(?P<at>那会儿?|那时候?|那个时候|那段时间|那阵子?|那一阵子?|的时候|前后)"
)
#: What may stand between a term and the frame: no number (试点三个月后 counts months from it).
_ZH_NUMBER = re.compile(r"[0-9〇零一二两三四五六七八九十百半几]")
#: What after a frame looks ahead (评估的时候会不会…, 居委会以后有事会…): no past event's time.
_ZH_AHEAD = ("会", "要", "再", "能", "可能", "得", "还会", "就会", "就要")
#: What after an English X says it ended (since the ID check was dropped): the end, not the event.
_EN_ENDED = re.compile(
    r"\s+(?:was|were|had\s+been|got)\s+(?:dropped|lifted|ended|scrapped|removed|over|cancell?ed"
    r"|withdrawn|stopped|abandoned|reversed)"
)
#: What says that someone named in X arrived (新书记|来了, 吴科长|接手) ...
_ZH_ARRIVED = re.compile(r"(?:刚|新)?(?:来了?|上来了?|过来了?|到任|上任|接手|调来|来到)")
#: ... and what says it in an event's summary (王书记调离，刘书记到任).
_ZH_ARRIVAL = r"(?:到任|上任|接手|履新|就任|调来|来了|到岗)"
#: What says it in English (when the new X started; Greg Hale starts as County Administrator).
_EN_ARRIVED = frozenset(["started", "came", "arrived", "joined", "took"])
_EN_ARRIVAL = re.compile(
    r"(?i:\b(?:starts|started|joins|joined|arrives|arrived|takes\s+over|took\s+over|appointed)\b)"
)
#: Where X stops, read backwards: punctuation, spaces, Latin letters and digits, and words
#: that start a clause's subject or object (的, 是, 说, 把, 从, 自 ...).
_ZH_STOP = re.compile(r"[^\u4e00-\u9fff]|[的是说把被从自就都也还跟对给让叫等]")

#: Chinese words too common in a case's events to name one of them.
_ZH_COMMON = frozenset(
    """
    工作 活动 会议 服务 项目 社区 街道 机构 社工 居民 老人 要求 开展 我们 他们 你们 咱们
    时候 一个 开始 没有 什么 这个 那个 大家 领导 政府 部门 中心 同意 表示 双方 进行 问题
    情况 方案 合同 协议 管理 组织 每周 每月 每天 每年 一次 第一 开会 提前 报送 上报 负责
    联合 举办 参加 参与 签订 一起 通知 人员 社会 单位 文件 材料 事情 时间 今年 去年 明年
    前年 当年 当时 那时 后来 以前 以后 之后 之前 通过 建立 继续 恢复 已经 主任 科长 书记
    局长 处长 所长 站长 主席 经理 老师 干部 工作人员 服务中心 社会工作 居委会 区里 镇里
    街道办 月份 年底 年初 季度 上半 下半 来了 成立 召开 决定 举行 完成 发现 提出 认为 希望
    落实 支持 配合 协调 沟通 联系 汇报 反映 安排 调整 评估 检查 审核 审批 报批 考核 督导
    验收 培训 例会 结算 结束 签字 付款 拨付 整改 台账 报表 简报 方案 计划 总结 春节 国庆
    中秋 重阳 元旦 端午 清明 元宵 除夕 过年 暑假 寒假 疫情 新冠
    """.split()  # noqa: SIM905
)
#: Times and counts, which the rules read (半年后, 年度, 下个月, 三个, 第二次): no term holds one.
_ZH_TIME_CHARS = re.compile(r"[年月日季0-9]|[〇零一二两三四五六七八九十半几][个次周天名位]|第")

#: The English frames: the word before ``the`` and what it says of the event's time.
_EN_FRAME = re.compile(
    r"(?<![A-Za-z])(?P<word>[Aa]fter|[Ss]ince|[Ff]ollowing|[Bb]efore|[Uu]ntil|[Tt]ill|[Ww]hen"
    r"|[Dd]uring)\s+the\s+(?P<phrase>[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,4})"
)
_EN_DIRECTION = {
    "after": "after", "since": "after", "following": "after", "before": "before",
    "until": "before", "till": "before", "when": "at", "during": "at", "once": "after",
}  # fmt: skip
#: Someone's arrival as a frame (when Morag took over, since Greg Hale arrived): the person's
#: name, capitalised, right before a verb of arriving; of that person's events, the arrival.
_EN_PERSON_FRAME = re.compile(
    r"(?<![A-Za-z])(?P<word>[Aa]fter|[Ss]ince|[Bb]efore|[Uu]ntil|[Tt]ill|[Ww]hen|[Oo]nce)\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+"
    r"(?:took\s+over|took\s+up|started|arrived|joined|came\s+in|came\s+on\s+board|stepped\s+in)\b"
)
#: What must be in a text for :data:`_EN_PERSON_FRAME` to be looked for at all.
_EN_ARRIVED_HINT = re.compile(r"\b(?:took|started|arrived|joined|came|stepped)\b")
#: Where an English X stops: function words, pronouns and the verbs of ``when the new X started``.
_EN_STOP = frozenset(
    """
    of in on at to for from by with about into over under and or but as than that which who
    whom whose this these those there then so if we they he she it i you our their his her its
    my your us them was were is are be been being had has have did do does will would could
    should can may might must not started start starts came come comes arrived arrives joined
    took takes began begin begins got went left came in was
    """.split()  # noqa: SIM905
)
#: English words too common in a case's events to name one of them (lemmatised).
_EN_COMMON = frozenset(
    """
    a an the new old first last next second third final other same whole big small
    meeting service work council contract project trust charity organisation organization
    county department government team staff manager director officer board group programme
    program report letter e-mail email call visit plan year month week day time quarter
    change thing people family families resident client community centre center office
    agreement funding money fund partner partnership session event start end
    spring summer autumn fall winter christmas easter holiday holidays pandemic covid
    lockdown january february march april may june july august september october november
    december review check audit inspection payment
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class EventReference:
    """A segment's reference to one of the case's events.

    Attributes:
        start: Offset of the reference in the segment's text (its first term).
        end: Offset one past its frame.
        event: The event named.
        span: The time the reference names (after, before or at the event).
    """

    start: int
    end: int
    event: Event
    span: Span


@dataclass(frozen=True, slots=True)
class EventIndex:
    """What references are matched against: each event's terms, built once per case.

    Attributes:
        events: The case's events, in events.csv's order.
        zh_terms: Each Chinese term (a string of two or more characters of a summary) →
            the indices of the events whose summaries contain it.
        en_words: Each English content word (lemmatised) → the events whose summaries have it.
    """

    events: tuple[Event, ...]
    zh_terms: dict[str, frozenset[int]]
    en_words: dict[str, frozenset[int]]


def _lemma(word: str) -> str:
    """An English word reduced simply: lower case, no possessive, hyphens, plural -s."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'").replace("-", "")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _en_words(text: str) -> set[str]:
    words = {_lemma(w) for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text)}
    return {w for w in words if len(w) > 2 and w not in _EN_COMMON and w not in _EN_STOP}


@lru_cache(maxsize=8)
def event_index(events: tuple[Event, ...]) -> EventIndex:
    """The terms of each event's summary (cached: one case's events are read once)."""
    zh: dict[str, set[int]] = {}
    en: dict[str, set[int]] = {}
    for i, event in enumerate(events):
        for run in re.findall(r"[\u4e00-\u9fff]{2,}", as_simplified(event.summary)):
            for a in range(len(run) - 1):
                for b in range(a + 2, min(len(run), a + _ZH_LONGEST) + 1):
                    zh.setdefault(run[a:b], set()).add(i)
        for word in _en_words(event.summary):
            en.setdefault(word, set()).add(i)
    return EventIndex(
        events,
        {
            t: frozenset(s)
            for t, s in zh.items()
            if t not in _ZH_COMMON and not _ZH_TIME_CHARS.search(t)
        },
        {w: frozenset(s) for w, s in en.items()},
    )


def event_span(event: Event, direction: str) -> Span:
    """The time after, before or at an event, as the mid-term review's is read.

    An event of one day: the month after it (the next day on), the month before it, or
    its month; an event of a month (2022-04): the next month, the month before, or it.
    """
    whole_month = event.start.day == 1 and event.end == month_end(event.end.year, event.end.month)
    if direction == "after":
        day = event.end + timedelta(days=1)
        return month_of(day) if whole_month else fit(day, add_months(event.end, 1))
    if direction == "before":
        day = event.start - timedelta(days=1)
        return month_of(day) if whole_month else fit(add_months(event.start, -1), day)
    return (
        month_of(event.start)
        if whole_month or event.start == event.end
        else fit(event.start, event.end)
    )


def _one(found: set[int]) -> int | None:
    return next(iter(found)) if len(found) == 1 else None


def _zh_references(text: str, index: EventIndex, floor: int) -> list[EventReference]:
    found = []
    terms = index.zh_terms
    for m in _ZH_FRAME.finditer(text):
        at = m.start()
        first = max(floor, at - _ZH_REACH)
        for stop in _ZH_STOP.finditer(text, first, at):
            first = stop.end()
        x = text[first:at]
        if len(x) < 2 or text.startswith(_ZH_AHEAD, m.end()):
            continue
        common = _within_common(x)
        events: set[int] = set()
        start, named = at, ""
        for a in range(len(x) - 1):
            for b in range(a + 2, min(len(x), a + _ZH_LONGEST) + 1):
                hit = terms.get(x[a:b])
                if hit is not None and not any(c <= a and b <= d for c, d in common):
                    events |= hit
                    near = len(x) - b <= _ZH_TAIL and not _ZH_NUMBER.search(x, b)
                    if near and (first + a < start or (first + a == start and b - a > len(named))):
                        start, named = first + a, x[a:b]
        event = _one(events)
        if event is None and named and _ZH_ARRIVED.fullmatch(x, len(named) + start - first):
            # 刘书记来了之后: of 刘书记到任 and 刘书记要求…, the event of the arrival
            arrivals = re.compile(re.escape(named) + r".{0,2}?" + _ZH_ARRIVAL)
            event = _one({i for i in events if arrivals.search(index.events[i].summary)})
        if event is not None and start < at:
            kind = m.lastgroup or "at"
            span = event_span(index.events[event], kind)
            found.append(EventReference(start, m.end(), index.events[event], span))
    return found


def _within_common(x: str) -> list[tuple[int, int]]:
    """Where common words stand in ``x`` (居委会): no term lies wholly within one (委会)."""
    found = []
    for a in range(len(x) - 1):
        for b in range(a + 2, min(len(x), a + 5) + 1):
            if x[a:b] in _ZH_COMMON:
                found.append((a, b))
    return found


def _en_references(text: str, index: EventIndex) -> list[EventReference]:
    """``after the restructure``: X's words of one event's summary.

    X's content words are read from the first as long as each is an event's
    (the restructure | nobody answers).
    """
    found = []
    for m in _EN_FRAME.finditer(text):
        words = []
        for word in m.group("phrase").split():
            if word.lower() in _EN_STOP:
                break
            words.append(word)
        if _EN_ENDED.match(text, m.start("phrase") + len(" ".join(words))):
            continue  # since the ID check was dropped: its end, not its time
        events: set[int] = set()
        named = 0
        for n, word in enumerate(words, 1):
            lemma = _lemma(word)
            if len(lemma) <= 2 or lemma in _EN_COMMON:
                continue
            hit = index.en_words.get(lemma)
            if hit is None:
                break
            events |= hit
            named = n
        event = _one(events)
        after = m.group("phrase").split()[len(words) : len(words) + 1]
        if event is None and named and after and after[0].lower() in _EN_ARRIVED:
            # when the new director started: of the director's events, the arrival
            event = _one({i for i in events if _EN_ARRIVAL.search(index.events[i].summary)})
        if event is None:
            continue
        end = m.start("phrase") + len(" ".join(words[:named]))
        direction = _EN_DIRECTION[m.group("word").lower()]
        span = event_span(index.events[event], direction)
        found.append(EventReference(m.start(), end, index.events[event], span))
    return found


def _en_arrivals(text: str, index: EventIndex) -> list[EventReference]:
    """``when Morag took over``: of the events that name the person, the one saying they arrived."""
    found = []
    for m in _EN_PERSON_FRAME.finditer(text):
        names = [_lemma(word) for word in m.group("name").split()]
        if any(name in _EN_COMMON or name in _EN_STOP for name in names):
            continue  # When Council started …, Since Monday …: no one's name
        holders = frozenset.intersection(*(index.en_words.get(n, frozenset()) for n in names))
        event = _one({i for i in holders if _EN_ARRIVAL.search(index.events[i].summary)})
        if event is None:
            continue
        span = event_span(index.events[event], _EN_DIRECTION[m.group("word").lower()])
        found.append(EventReference(m.start(), m.end("name"), index.events[event], span))
    return found


def find_references(
    text: str, index: EventIndex, floor: int = 0, english: bool = True
) -> list[EventReference]:
    """The references to the case's events in ``text``, in order.

    Args:
        text: A segment's text.
        index: The case's events (:func:`event_index`).
        floor: Where a Chinese X may start at the earliest (the end of a year named
            right before it: 去年|换届以后).
        english: Whether English references are looked for too.
    """
    found: list[EventReference] = []
    if index.zh_terms and any("\u4e00" <= c <= "\u9fff" for c in text):
        found += _zh_references(text, index, floor)
    if english and index.en_words:
        if "the" in text or "The" in text:
            found += _en_references(text, index)
        if _EN_ARRIVED_HINT.search(text):
            found += _en_arrivals(text, index)
    found.sort(key=lambda r: r.start)
    return found


def note_for(expression: str, event: Event) -> str:
    """The anchor's note: which event, of which date, the expression names."""
    when = event.start.isoformat() if event.start == event.end else _written(event)
    return (
        f"'{expression}' is the event of {when}: '{event.summary}' (events.csv line {event.line})"
    )


def _written(event: Event) -> str:
    if event.start.day == 1 and event.end == month_end(event.end.year, event.end.month):
        return event.start.isoformat()[:7]
    return f"{event.start}..{event.end}"


def within(year_start: date, year_end: date, event: Event) -> bool:
    """Whether ``event`` falls in ``[year_start, year_end]`` (去年 before 换届以后)."""
    return year_start <= event.start and event.end <= year_end
