"""Chinese expressions placed by the project, the reference date or the previous mention.

刚进驻的时候, 项目启动时, 中期评估前后, 合同快到期 (the contract's dates);
两个月前, 半年前, 最近, 前段时间, 昨天 (the source's date);
当时, 那时候, 第二天, 两个月后, 之后两个月 (the previous mention in the same source).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from relcycle.domain import Precision
from relcycle.sources.timeexpr.festivals import ZH_MODIFIERS, festival_span
from relcycle.sources.timeexpr.model import Resolved, Span, TimeContext, TimeMention, Unresolved
from relcycle.sources.timeexpr.numerals import zh_number
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.scanner import Rule
from relcycle.sources.timeexpr.spans import (
    add_months,
    day_span,
    fit,
    iso_week,
    month_of,
    year_span,
)
from relcycle.sources.timeexpr.zh_calendar import (
    NO_PREVIOUS,
    NOT_A_DAY,
    festival_key,
    names_days,
    said_of_each_zh,
)

_NUM = "0-9〇零○一二两三四五六七八九十"

_WHEN = r"(?:的时候|那会儿?|那阵子?|时候|时|之初|嗰阵时?|嗰时)"  # 嗰陣: Cantonese
NUMW = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3}|半)"
UNIT = r"(?:个)?多?(?P<unit>月|年|周|星期|礼拜|天)"
_UNITS = {"月": "month", "年": "year", "周": "week", "星期": "week", "礼拜": "week", "天": "day"}


_BEFORE = {"前", "之前", "以前", "before", "ahead of", "until", "by"}
_AFTER = {"后", "之后", "以后", "after", "since"}


def _direction(mod: str | None) -> str | None:
    """``"before"`` / ``"after"`` for 前 / 之后 / before / since ..., else ``None`` (at, 前后)."""
    word = " ".join((mod or "").lower().split())
    return "before" if word in _BEFORE else "after" if word in _AFTER else None


def resolve_start(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """刚进驻的时候, 项目刚开始, 刚签合同: the contract's first month (项目初期: three)."""
    start = ctx.project_start
    if m.groupdict().get("early"):
        return Resolved(fit(start, add_months(start, 3) - timedelta(days=1)), True)
    return Resolved(month_of(start), True)


_FIRST_MONTHS = {"一两": 2, "两三": 3, "几": 3, "两": 2, "三": 3, "四": 4, "半": 6}


#: 进驻以后的第一个春节: the festivals (and school breaks) counted from the contract's start.
_FIRST_FESTIVALS = "春节|过年|国庆节?|中秋节?|端午节?|元旦|元宵节?|清明节?|五一|暑假|寒假|重阳节?"


def resolve_first_festival(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """进驻以后的第一个春节, 签合同后第一个国庆前后: the first after the contract began."""
    start = ctx.project_start
    key = festival_key(m.group("fest"))
    modifier = ZH_MODIFIERS.get(m.group("fmod") or "")
    for year in range(start.year, start.year + 3):
        base = festival_span(key, year)
        if base is not None and base.start > start:
            span = festival_span(key, year, modifier)
            return None if span is None else Resolved(span, True)
    return None


def resolve_first_months(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """头几个月, 项目头两个月, 最初的几个月, 头半年: the contract's first months (几: three)."""
    start = ctx.project_start
    months = _FIRST_MONTHS[m.group("first")]
    return Resolved(fit(start, add_months(start, months) - timedelta(days=1)), True)


#: What makes 中期评估 a thing rather than a time: its report or findings (but for the
#: report's coming out, 报告出来以后), or a pair with the final review (中期评估和末期评估).
_MID_TERM_THING = re.compile(
    r"(?:的)?(?:报告|结果|结论|意见|建议|得分|分数)(?!出来|出炉|公布|下来|以后|之后|后|前|时|的时候)"
    r"|[和与及、](?:末期|终期|结项)"
)


def _named_thing(text: str, start: int, end: int) -> bool:
    """What :func:`resolve_mid_term` reads after its match: the review named as a thing."""
    return _MID_TERM_THING.match(text, end) is not None


def resolve_mid_term(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """中期评估 (前后 / 前 / 后): the month of the mid-term review, when the case gives it."""
    mid = ctx.mid_term
    if mid is None:
        return Unresolved("the case gives no mid-term date (contract: mid_term)")
    direction = _direction(m.groupdict().get("mod"))
    if direction == "before":
        return Resolved(fit(add_months(mid, -1), mid - timedelta(days=1)), True)
    if direction == "after":
        return Resolved(fit(mid + timedelta(days=1), add_months(mid, 1)), True)
    return Resolved(month_of(mid), True)


def resolve_zh_mid_term(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """中期评估 as :func:`resolve_mid_term` reads it, unless it names a thing.

    The review's report or findings named as a thing (带着中期评估报告去了民政局, 研究了中期
    评估报告的意见) and a rule's 中期评估和末期评估 say no time: the text is placed by its
    own day, not moved to the review's month.
    """
    if not m.group("mod") and _named_thing(m.string, m.start(), m.end()):
        return None
    return resolve_mid_term(m, ctx, prev)


def resolve_end(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """合同快到期, 项目末期, 结项时: the contract's last months (or the month it ends)."""
    end = ctx.project_end
    groups = m.groupdict()
    if (
        ctx.prospective
        and ctx.reference > end
        and not any(groups.get(g) for g in ("mod", "near", "near2", "late"))
        and m.string.startswith("了", m.end())
    ):
        return None  # 项目结束了 in a note written after the contract's end: the state now
    direction = _direction(groups.get("mod"))
    if direction == "after":
        return Resolved(fit(end + timedelta(days=1), add_months(end, 1)), True)
    if direction == "before" or groups.get("near") or groups.get("near2") or groups.get("late"):
        return Resolved(fit(add_months(end, -3) + timedelta(days=1), end), True)
    return Resolved(month_of(end), True)


def _ended_now(text: str, start: int, end: int) -> bool:
    """What :func:`resolve_end` reads around its match: 了 right after it (项目结束了)."""
    return text.startswith("了", end)


def _amount(written: str, unit: str) -> tuple[str, int] | None:
    """``(unit, count)`` for 两个月, 半年 (six months), 半个月 (two weeks)."""
    if written == "半":
        return {"year": ("month", 6), "month": ("week", 2)}.get(unit)
    n = zh_number(written)
    return (unit, n) if n is not None and n > 0 else None


def _moved(point: date, unit: str, n: int) -> Span:
    """The day/week/month/year ``n`` units from ``point`` (negative: before)."""
    if unit == "day":
        return day_span(point + timedelta(days=n))
    if unit == "week":
        return iso_week(point, n)
    if unit == "month":
        return month_of(add_months(point, n))
    return year_span(point.year + n)


def resolve_offset(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Offsets: 两个月前, 半年前, 三个月后, 过了两个月, 进驻一年后, 之后两个月.

    前 counts back from the reference; 后 / 过了 forward from the previous
    mention, else the reference (进驻…后: from the contract's start); 之后两个月
    names the months right after the previous mention.
    """
    unit = _UNITS[m.group("unit")]
    amount = _amount(m.group("n"), unit)
    if amount is None:
        return None
    unit, n = amount
    direction = m.group("dir")
    if direction in ("以前", "之前", "前"):
        if m.groupdict().get("base"):
            return None
        if m.group("n") == "半" and unit == "month":
            ref = ctx.reference
            return Resolved(
                fit(month_of(add_months(ref, -7)).start, month_of(add_months(ref, -5)).end), True
            )
        return Resolved(_moved(ctx.reference, unit, -n), True)
    if m.groupdict().get("base"):
        point = ctx.project_start
    elif prev is not None:
        point = prev.interval_start
    else:
        point = ctx.reference
    if direction in ("之后", "此后") and m.group("n") is not None and m.start("n") > m.start("dir"):
        after = (prev.interval_end if prev is not None else ctx.reference) + timedelta(days=1)
        last = _moved(after, unit, n).start - timedelta(days=1)
        return Resolved(fit(after, max(after, last)), True)
    return Resolved(_moved(point, unit, n), True)


_RECENT = {
    "最近": (30, 0), "近期": (30, 0), "近来": (30, 0), "这段时间": (60, 0), "这阵子": (60, 0),
    "这一阵子": (60, 0), "这一阵": (60, 0), "最近一段时间": (60, 0), "最近这段时间": (60, 0),
    "最近几个月": (91, 0), "最近这几个月": (91, 0), "近几个月": (91, 0), "这几个月": (91, 0),
    "最近半年": (182, 0), "最近一年": (365, 0), "最近几天": (7, 0), "这几天": (7, 0),
    "前段时间": (90, 14), "前一段时间": (90, 14), "前一阵子": (90, 14), "前一阵": (90, 14),
    "前阵子": (90, 14), "前些日子": (60, 7), "前些天": (10, 2), "前几天": (10, 2),
    "前几个月": (182, 60), "今天": (0, 0), "昨天": (1, 1), "前天": (2, 2), "明天": (-1, -1),
    # written Chinese, and Cantonese (琴日, 寻日 / 尋日 yesterday; 听日 / 聽日 tomorrow)
    "今日": (0, 0), "昨日": (1, 1), "前日": (2, 2), "明日": (-1, -1), "琴日": (1, 1),
    "寻日": (1, 1), "听日": (-1, -1),
}  # fmt: skip


#: 离 / 距离 earlier in the clause: 最近 then says "closest" (离中心最近的小区), not "recently".
#: 离开, 离职, 隔离 ... and 距今 are no distances.
_FROM_PLACE = re.compile(
    r"(?:(?<![隔分脱撤远背偏游])离|距)(?!开|职|婚|退|别|世|今)[^，。；：！？,.;:!?\s]{0,12}$"
)


def resolve_recent(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """最近, 前段时间, 这几个月, 昨天: a stretch ending at (or just before) the reference.

    A bare 最近 after 离… or 距离… in its clause is a distance (离中心最近的小区): no time.
    """
    written = m.group(0)
    if written not in _RECENT:
        return None
    start = m.start()
    if written == "最近" and _FROM_PLACE.search(m.string, max(0, start - 14), start):
        return None
    back, until = _RECENT[written]
    ref = ctx.reference
    return Resolved(fit(ref - timedelta(days=back), ref - timedelta(days=until)), True)


def place_before_recent(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a bare 最近 after 离… or 距离… (:func:`resolve_recent`)."""
    if text[start:end] != "最近":
        return False
    return _FROM_PLACE.search(text, max(0, start - 14), start) is not None


#: A word that may stand right before 那时候 / 那段时间 and leave it pointing back (我们那时候,
#: 就是那段时间, 去年那段时间, 夏天那会儿, 王主任那时候): a pronoun, a function word, a time's
#: last character, a person's title (主任, 科长, 书记, 老师, 社工).
_POINTS_BACK_AFTER = frozenset(
    "在到从于是了就也都还又才正刚其我你他她它们咱的得地说讲过呢吧啊嘛呀年月日天季期"
    "任长记师工员总姐哥叔姨爷奶"
)
#: The demonstratives an event's name may stand before (not 那天, 那几个月: 服务那几个月).
_EVENT_TIMES = ("那段时间", "那段日子", "那阵", "那一阵", "那会", "那时", "那个时候")
#: Why 疫情那段时间 is not placed: it names its own event, not the time named before.
NAMES_ITS_EVENT = "names its own event before 那段时间 / 那时候, not the time named before"


def names_its_event(text: str, start: int) -> bool:
    """Whether the word right before a demonstrative time at ``start`` names an event.

    疫情那段时间, 换届那会儿, 创文那阵子: a Chinese word, not a pronoun, a function word or
    a time, right before 那: the time of that event, which the text does not date.
    """
    if start == 0 or not text.startswith(_EVENT_TIMES, start):
        return False
    before = text[start - 1]
    return "\u4e00" <= before <= "\u9fff" and before not in _POINTS_BACK_AFTER


#: The epidemic Chinese texts written since 2020 mean by 疫情 or 新冠 (COVID-19): from the
#: outbreak's announcement to the end of 动态清零 at the close of 2022. Its dates are public,
#: so 疫情那会儿 is placed there, as a festival is, not left unresolved as 换届那会儿 is.
EPIDEMIC = (date(2020, 1, 20), date(2022, 12, 31))
_EPIDEMIC_WORDS = ("疫情", "新冠")


def epidemic_time(text: str, start: int, ctx: TimeContext) -> Span | None:
    """疫情那会儿 / 新冠那段时间 before ``start``: the epidemic's years up to the reference.

    ``None`` for another event's time, or in a text written before the epidemic (a 2010
    note's 疫情那段时间 is some other outbreak's).
    """
    if start < 2 or not text.startswith(_EPIDEMIC_WORDS, start - 2):
        return None
    first, last = EPIDEMIC
    if ctx.reference <= first:
        return None
    return Span(first, min(last, ctx.reference), Precision.YEAR)


#: The words of the day after (第二天, 次日, 隔天, 翌日).
_NEXT_DAY = ("第二天", "次日", "隔天", "翌日")
#: What may end the word before 第二天 (or before its 的) and leave it counting from the
#: time named before: what :data:`_POINTS_BACK_AFTER` holds, a conjunction's last character
#: (然后, 结果, 而且, 所以) and a named day's (15号, 周末, 端午, 中秋, 国庆, 元旦, 除夕, 元宵).
_COUNTS_FROM_BEFORE = _POINTS_BACK_AFTER | frozenset(
    "后果而但可所以因为且然号周末节午夕宵旦庆秋明阳"
)
#: Why 开会的第二天 is not placed from the previous mention.
AFTER_ITS_EVENT = (
    "counts from the event named right before 第二天 / 次日 (开会的第二天, 值班第二天), "
    "not from the time named before"
)


def after_its_event(text: str, start: int) -> bool:
    """Whether a next-day word at ``start`` counts from an event the words before it name.

    开会的第二天, 值班第二天就没法入户, 签约次日: the day after that meeting, night duty or
    signing, which the text does not date, not after the last time it named (a message's
    第二天 in a chat had counted from 端午 named in a message ten days before). After a
    pronoun, a title, a function word, a conjunction or a time (他第二天, 郑主任第二天,
    ，第二天, 然后第二天, 3月15日的第二天, 端午的第二天) it counts from the time before.
    """
    if start == 0 or not text.startswith(_NEXT_DAY, start):
        return False
    i = start - 2 if text[start - 1] == "的" and start >= 2 else start - 1
    before = text[i]
    return "\u4e00" <= before <= "\u9fff" and before not in _COUNTS_FROM_BEFORE


def around_anaphora(text: str, start: int, end: int) -> tuple[bool, bool, bool, bool]:
    """What :func:`resolve_anaphora` reads around its match: an event named right before.

    Whether one is, whether it is the epidemic (:func:`epidemic_time`), whether a
    next-day word counts from one (:func:`after_its_event`), and whether a standing rule's
    每日 comes before it (:func:`said_of_each_zh`: 每日报送当日台账).
    """
    each = said_of_each_zh(text, start, end)
    if not names_its_event(text, start):
        return False, False, after_its_event(text, start), each
    return True, start >= 2 and text.startswith(_EPIDEMIC_WORDS, start - 2), False, each


def resolve_anaphora(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """当时 / 那时候 / 当天 (the previous mention's time); 第二天 / 次日 (the day after it).

    Not after a word naming an event (换届那段时间 in an interview whose previous answer said
    2021年夏天 is the 换届's time, not that summer): unresolved; but the epidemic's
    (疫情那会儿, 新冠那段时间) is known: :data:`EPIDEMIC`.
    """
    if names_its_event(m.string, m.start()):
        epidemic = epidemic_time(m.string, m.start(), ctx)
        return Unresolved(NAMES_ITS_EVENT) if epidemic is None else Resolved(epidemic, True)
    if m.group("next") and after_its_event(m.string, m.start()):
        return Unresolved(AFTER_ITS_EVENT)
    if m.group(0) in ("当天", "当日") and said_of_each_zh(m.string, m.start(), m.end()):
        return None  # 每日17:00前报送当日服务台账: a standing rule's day, no time of its own
    if prev is None:
        return Unresolved(NO_PREVIOUS)
    if (m.group("next") and prev.precision is not Precision.DAY) or (
        m.group(0) in ("当天", "当日") and not names_days(prev)
    ):
        return Unresolved(NOT_A_DAY)  # 当天 after 2020年, 第二天 after 这周: which day?
    span = Span(prev.interval_start, prev.interval_end, prev.precision)
    if m.group("next"):
        span = day_span(prev.interval_start + timedelta(days=1))
    return Resolved(span, True)


#: 最近 before 的 and a place (最近的小区, 最近的那家超市) says "closest", not "recently".
_NOT_BEFORE_PLACE = (
    r"(?!的(?:[这那一]?[个家所座处间条])?(?:地方|距离|位置|站|点|小区|社区|村|街道|街|路口|路|学校"
    r"|幼儿园|医院|诊所|超市|菜场|市场|商场|商店|店|公园|广场|车站|地铁站|公交站|银行|楼|门|场馆))"
)
#: What the two sides began together, after 刚开始 or 一开始 (刚开始买服务的时候, 一开始合作那会儿).
_PARTNERING = "(?:购买服务|买服务|买这个服务|合作|打交道|承接|接这个项目|接项目|做这个项目)"
#: What follows 项目 / 合同 / 服务 when the project is starting (项目刚开始, 合同签订时 ...).
_STARTING = "(?:刚|啱|开始|启动|签|初期|之初|伊始|起步阶段|开始阶段|前期)"
#: What follows 项目 / 合同 / 服务 when the project is ending (合同快到期, 项目期满 ...).
_ENDING = "期?(?:快要|快|即将|马上|临近|接近)?(?:到期|期满|结束|结项)"
#: The first character of an amount of time (两, 3, 半 ...).
_AMOUNT = "[0-9一二两三四五六七八九十半]"
#: The unit closing an amount of time (两个月, 半年, 三个多星期, 10天).
UNIT_ENDS = tuple(
    Anchor(first, rf"{ahead}(?<=[{_NUM}个多半]{first})")
    for first, ahead in (("月", ""), ("年", ""), ("周", ""), ("星", "(?=期)"), ("礼", "(?=拜)"),
                         ("天", ""))
)  # fmt: skip

RULES = (
    Rule(
        "zh_start",
        r"(?=[刚才项合进服入啱一])(?:(?:刚刚?|才|啱啱?)(?:进驻|进来|入驻|签了?(?:合同|约)|接手项目|接手|开始进驻)"
        + _WHEN
        + r"?"
        r"|(?:项目|合同)(?:(?:刚刚?|啱啱?)(?:开始|启动|开展|签订|签约|签下来|落地)"
        + _WHEN
        + r"?|(?:开始|启动|签订|签约)"
        + _WHEN
        + r")|(?:项目|合同|进驻|服务|入驻)(?P<early>初期|之初|伊始|起步阶段|开始阶段|前期)"
        r"|(?:进驻|入驻)" + _WHEN + r"|(?:刚刚?|才|一)开始" + _PARTNERING + _WHEN + r")",
        resolve_start,
        anchors=(
            Anchor("开", f"(?=始{_PARTNERING})"),
            Anchor("驻", "(?<=[进入]驻)"),
            Anchor("进", "(?=来)"),
            Anchor("签", "(?=了?合同|约)"),
            Anchor("接", "(?=手)"),
            Anchor("项", f"(?=目{_STARTING})"),
            Anchor("合", f"(?=同{_STARTING})"),
            Anchor("服", f"(?=务{_STARTING})"),
        ),
        reach=5,  # 刚刚开始进|驻
        reads_previous=False,
    ),
    Rule(
        "zh_first_festival",
        r"(?=[进入签项接])(?:进驻|入驻|签约|签合同|签了合同|项目启动|项目开始|接手项目)(?:了)?(?:以后|之后|后)"
        rf"的?第一个(?P<fest>{_FIRST_FESTIVALS})(?P<fmod>前后|之前|以前|前夕|前|之后|以后|过后|后|左右)?",
        resolve_first_festival,
        anchors=(Anchor("第", "(?=一个)"),),
        reach=9,  # 签了合同以后的|第
        reads_previous=False,
    ),
    Rule(
        "zh_first_months",
        r"(?=[项合进服头最])(?:(?:项目|合同|进驻|服务)的?)?(?:(?<![年上里前开外码心钟])头|最初的?|最开始的?)"
        r"(?P<first>一两|两三|几|两|三|四|半)(?:个月|(?<=半)年)",  # 头半年, not 头三年
        resolve_first_months,
        anchors=(
            Anchor("头", "(?=(?:一两|两三|几|两|三|四)个月|半年)"),
            Anchor("最", "(?=(?:初|开始)的?(?:一两|两三|几|两|三|四|半)(?:个月|年))"),
        ),
        reach=3,  # 项目的|头
        reads_previous=False,
    ),
    Rule(
        "zh_mid_term",
        r"中期(?:评估|评审|检查|考核|督导|验收|汇报)(?P<mod>前后|之前|以前|前|之后|以后|后|期间|的时候|时|那会儿?)?",
        resolve_zh_mid_term,
        around=_named_thing,  # 中期评估报告 (a thing), 中期评估和末期评估 (a rule's pair)
        anchors=(Anchor("中", "(?=期)"),),
        reach=0,
        reads_previous=False,
    ),
    Rule(
        "zh_end",
        r"(?=[合项服快即临马])(?:(?:合同|项目|服务)期?(?P<near>快要|快|即将|马上|临近|接近)?(?:到期|期满|结束|结项)"
        r"|项目(?P<late>末期|后期|尾声|收尾)(?:阶段)?|(?P<near2>快要|快|即将|临近|马上)结项)"
        r"(?P<mod>前后|之前|以前|前|之后|以后|后|的时候|时|那会儿?)?",
        resolve_end,
        anchors=(
            Anchor("合", f"(?=同{_ENDING})"),
            Anchor("项", f"(?=目{_ENDING}|目(?:末期|后期|尾声|收尾))"),
            Anchor("服", f"(?=务{_ENDING})"),
            Anchor("结", "(?=项)"),
        ),
        reach=2,  # 快要|结项
        reads_previous=False,
        around=_ended_now,  # 项目结束了
    ),
    Rule(
        "zh_offset",
        r"(?=[进入签项0-9一二两三四五六七八九十半])(?:(?P<base>进驻|入驻|签约|签合同|项目启动|项目开始)(?:了|以后|之后|后)?)?"
        r"(?<![\d一二两三四五六七八九十第每])(?P<n>"
        + NUMW
        + r")"
        + UNIT
        + r"(?:多|左右)?(?P<dir>以前|之前|前|以后|之后|过后|后)",
        resolve_offset,
        anchors=(
            *UNIT_ENDS,
            Anchor("驻", "(?<=[进入]驻)"),
            Anchor("签", "(?=约|合同)"),
            Anchor("项", "(?=目启动|目开始)"),
        ),
        reach=5,  # 三十五个多|月 (进|驻 when the base is there)
        reads_previous=r"后$",  # 两个月后, not 两个月前
    ),
    Rule(
        # 前两天 two days ago; not after a period (本周前两天, 这个月前三周: its first days)
        "zh_offset_lead",
        r"(?=[之此又过再前])(?P<dir>之后|此后|又过了|过了|再过|(?<![之以提目同约周月年季期])前)(?P<n>"
        + NUMW
        + r")"
        + UNIT,
        resolve_offset,
        anchors=tuple(
            Anchor(first, f"(?={rest}{_AMOUNT})")
            for first, rest in (
                ("之", "后"),
                ("此", "后"),
                ("又", "过了"),
                ("过", "了"),
                ("再", "过"),
                ("前", ""),
            )
        ),
        reach=0,
        reads_previous=r"^(?!前)",
    ),
    Rule(
        "zh_recent",
        r"(?=[最近这前今昨明琴寻听])(?:(?<![离得])最近(?:这?几个月|一段时间|这段时间|半年|一年|几天)?"
        + _NOT_BEFORE_PLACE
        + r"|近期|近来|近几个月|这段时间|这一?阵子|这一阵|这几个月|这几天|前一?段时间|前一阵子?"
        r"|前阵子|前些日子|前些天|前几天|前几个月|今天|昨天|(?<![提])前天|明天"
        r"|今日(?!头条|说法|之)|昨日|(?<![提])前日|明日(?!之)|琴日|寻日|听日)",
        resolve_recent,
        anchors=(
            Anchor("最", "(?=近)"),
            Anchor("近", "(?=期|来|几个月)"),
            Anchor("这", "(?=段时间|一?阵|几个月|几天)"),
            Anchor("前", "(?=一?段时间|一?阵|些日子|些天|几天|几个月|天|日)"),
            Anchor("今", "(?=天|日)"),
            Anchor("昨", "(?=天|日)"),
            Anchor("明", "(?=天|日)"),
            Anchor("琴", "(?=日)"),
            Anchor("寻", "(?=日)"),
            Anchor("听", "(?=日)"),
        ),
        reach=0,
        reads_previous=False,
        around=place_before_recent,
    ),
    Rule(
        "zh_anaphora",
        r"(?=[当那同第次隔翌嗰])(?:(?<![适恰相应每])当时(?!间)|那时候?|那个时候|那会儿?|那阵子?|那段时间|那一阵子?|那段日子"
        r"|那几个月|当天|当日|同一天|那天|那一天|嗰(?:阵时?|时候?)|(?P<next>第二天|次日|隔天|翌日))",
        resolve_anaphora,
        anchors=(
            Anchor("当", "(?=时|天|日)"),
            Anchor("那", "(?=时|个时候|会|阵|段时间|一阵|段日子|几个月|天|一天)"),
            Anchor("同", "(?=一天)"),
            Anchor("第", "(?=二天)"),
            Anchor("次", "(?=日)"),
            Anchor("隔", "(?=天)"),
            Anchor("翌", "(?=日)"),
            Anchor("嗰", "(?=阵|时)"),  # Cantonese 嗰陣時, 嗰阵时
        ),
        reach=0,
        around=around_anaphora,
    ),
)
