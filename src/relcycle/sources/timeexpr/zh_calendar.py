"""Chinese calendar expressions: years, months, days, halves, quarters, seasons, festivals.

2018年3月15日, 二〇一八年下半年, 18年3月, 去年三月, 前年春节前后, 今年年初, 那年秋天,
项目第二年年初, 3月15日, 上个月, 下周三, 上半年, 第二季度, 国庆 ...
A *year head* (2018年, 去年, 那年, 项目第二年) may be followed by a *qualifier*
(三月, 下半年, 年底, 秋天, 春节前后); both are read into a :class:`Qualifier`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from relcycle.domain import Precision
from relcycle.sources.timeexpr.cues import LEANING_DAYS, SOON_DAYS, future_context, looking_ahead
from relcycle.sources.timeexpr.festivals import (
    ZH_FESTIVALS,
    ZH_LUNAR_MONTHS,
    ZH_MODIFIERS,
    ZH_OWN_MODIFIERS,
    lunar_key,
)
from relcycle.sources.timeexpr.model import Resolved, Span, TimeContext, TimeMention, Unresolved
from relcycle.sources.timeexpr.numerals import two_digit_year, zh_digit_string, zh_number
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.qualify import (
    Qualifier,
    contract_year,
    in_span,
    in_year,
    nearest_in_year,
)
from relcycle.sources.timeexpr.scanner import Rule
from relcycle.sources.timeexpr.spans import (
    add_months,
    day_span,
    iso_week,
    month_part,
    month_span,
    quarter_span,
)

CN_DIGIT = "〇零○一二三四五六七八九"
MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
_END = r"(?=[，。,.、；;：:！!？?\s的时前后左以之”\"）)]|$)"
#: Not inside a number (二十一, 第七一): before the festivals named by two numerals (七一).
_NO_NUMBER = r"(?<![\d〇零○一二两三四五六七八九十百第])"
#: Not after what makes 年 a year of its own: a numeral or a year word (三年前, 今年前三季度,
#: 多年后, 成年后, 往年前), before 年前 / 年后 of the Spring Festival.
_NOT_A_YEAR_WORD = (
    r"(?<![\d〇零○一二两三四五六七八九十百千万几多个半数去今明后前当同那哪这某每整本上往历全近常"
    r"成晚老中少童末元翌隔来财学跨新周年经拜])"
)
#: The days of the Party, the army, women, youth, teachers and trees (七一, 三八节 ...).
_DAYS = "|".join(
    (
        _NO_NUMBER
        + r"七一(?![\d〇零○一二三四五六七八九十]|广场|路|街|大道|小区|村|班|中学|小学|厂|社区|桥)",
        _NO_NUMBER + r"八一(?=建军|前|后|期间|当天|那天|慰问|走访|拥军)",
        _NO_NUMBER + r"十一(?=假期|长假|黄金周|小长假|期间|前后|前夕|放假|国庆|那几天|当天)",
        _NO_NUMBER + r"五四(?:青年节|(?=前后|前夕|期间|当天|那天))",
        r"三八(?:妇女)?节|(?<!国际)妇女节|(?<!国际)青年节|教师节|植树节|建党节|建军节|七夕节?",
        r"小年(?![轻级纪龄])",
        # the Buyei and Miao festival of the sixth lunar month's sixth day (not 六月六日)
        r"(?<![\d〇零○一二两三四五六七八九十])六月六(?![日号\d〇零○一二三四五六七八九十])",
    )
)
FEST = (
    r"(?P<fest>大年初一|大年三十|春节|(?<![超通经路错度])过年(?![度龄限轻])|除夕|元宵节?|国庆节?"
    r"|中秋节?|元旦|(?<![\d〇零○一二三四五六七八九十])五一(?![\d〇零○一二三四五六七八九十]|广场|路|街|大道|小区|村)"
    r"|劳动节|端午节?|清明节?(?=节|前后|假期|期间|时|的时候|小长假|前|后)|暑假|暑期|寒假|儿童节|重阳节?"
    r"|(?<![召公展盛])开春(?![节季装游茶])|"
    + _DAYS
    # 年前, 年后, 过完年, 年前年后: the Spring Festival's (not 三年前, 今年前三季度, 成年后)
    + r"|过完年|年前年后|"
    + _NOT_A_YEAR_WORD
    + r"年(?=前(?![面边头])|后(?![面边头来]))"
    # 正月, 正月十五, 腊月二十三, 腊月底: the lunar months by name
    r"|(?<![真纠公])(?P<lmon>[正腊])月(?:(?P<lday>初[一二三四五六七八九十]|二十[一二三四五六七八九]?"
    r"|廿[一二三四五六七八九]|三十|十[一二三四五六七八九]?)日?|(?P<lpart>初|中|底|末|里|间))?"
    r")"
    r"(?:假期|长假|小长假)?(?P<fmod>前后|之前|以前|前夕|之后|以后|过后|前|后|左右)?"
)
MONTH_TAIL = (
    r"(?:(?P<day>" + DAY + r")\s?[日号](?![楼线院门床])"
    r"|(?P<mpart>上旬|中旬|下旬|初(?![步次级])|中(?![国央心期])|底|末)"
    r"|(?![花亮饼薪子嫂光球色经供租均刊票内余里]|一次))"
)
QUAL = (
    r"\s?(?:的)?(?:(?P<half>[上下]半年)|第?(?P<qn>[一二三四1-4])季度?(?![节])|"
    + FEST
    + r"|(?P<mon>" + MON + r")\s?月份?" + MONTH_TAIL
    + r"|(?P<part>年?初(?![步次级期心衷])|开年|年头|年?底|年?末(?!期)|年尾|年年中"
    + r"|(?:刚|一)开始(?=[，,。；;的时就]|那(?!半年|几个月)|$)|开头(?!那?半年|嗰半年)|伊始"
    + r"|快结束(?=[，,。；;的那时就]|$)"
    + r"|年?中" + _END + r")"
    + r"|(?P<season>[春夏秋冬])(?:天|季度?)?(?![节联运会])"
    + r"|(?P<liuyi>六一)(?![\d〇零○一二三四五六七八九十]|广场|路|街|大道|小区|村|班))"
)  # fmt: skip
YEAR_HEAD = (
    r"(?:(?<![\d.])(?P<y4>(?:19|20)\d\d)\s?年"
    + r"|(?<![" + CN_DIGIT + r"十])(?P<ycn>[一二][" + CN_DIGIT + r"]{3})年"
    + r"|(?P<rel>大前年|(?<![之以提])前年|(?<!过)去年|今年|明年|(?<![前之以最])后年|上一年"
    + r"|(?<![马加赶跟碰遇算再晚早爱看比称登])上年(?![纪龄级轻])|旧年(?![代轻])|本年度?"
    + r"|那一?年|(?<![每适相])当年|同年|次年)"
    + r"|(?P<cyp>(?:项目|合同|服务|进驻)的?)?(?:第|(?<![年上里前开外码心钟])头(?=一))"
    + r"(?P<cy>[一二三四五1-5])个?年度?)"
    + r"(?![代级届龄])"
)  # fmt: skip
#: 民國108年 (Taiwan): only the year rule reads it, not the ranges built on YEAR_HEAD.
#: Without 民國, a three-digit year of 100–149 is read only before a month, 度 or a
#: half or quarter (108年3月, 110年度, 109年下半年): 建校108年 is a length of time.
ROC_HEAD = (
    r"(?:民[國国]\s?(?P<roc>\d{2,3}|[" + CN_DIGIT + r"十百]{2,5})"
    r"|(?<![\d.])(?P<rocb>1[0-4]\d)(?=\s?年(?:度|\s?(?:1[0-2]|0?[1-9])\s?月|[上下]半年|第?[一二三四1-4]季)))"
    r"\s?年(?![代级届龄])"
)
YEAR2_HEAD = r"(?<![\d.〇零○一二三四五六七八九十])(?P<y2>\d\d|[" + CN_DIGIT + r"]{2})\s?年"

ROC_OFFSET = 1911
"""民國 N 年 is the year N + 1911."""
_REL_YEARS = {"大前年": -3, "前年": -2, "去年": -1, "上一年": -1, "上年": -1, "旧年": -1, "今年": 0,
              "本年": 0, "本年度": 0, "明年": 1, "后年": 2}  # fmt: skip
_ANAPHORIC_YEARS = {"那年": 0, "那一年": 0, "当年": 0, "同年": 0, "次年": 1}
_PARTS = {"初": "early", "开年": "early", "年头": "early", "中": "mid", "底": "late", "末": "late",
          "尾": "late", "头": "early", "刚开始": "early", "一开始": "early", "开头": "early",
          "伊始": "early", "快结束": "late"}  # fmt: skip
_MONTH_PARTS = {"上旬": "early", "初": "early", "中旬": "mid", "中": "mid", "下旬": "late",
                "底": "late", "末": "late"}  # fmt: skip
_SEASONS = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}
NO_PREVIOUS = "no earlier time expression in this source to refer to"
#: 当年, 那年 in a source that recalls, after a time of its own year: no one calls the year
#: they speak in "that year"; they mean some time back, which they do not name.
BACK_THEN = "'back then': the time before names the year it is said in"
_BACK_THEN = frozenset(("当年", "那年", "那一年"))
#: Why "that day" / 当天 is left unresolved after a time much longer than a day (a season, a
#: year), and "the next day" / 第二天 after any time that is no day.
NOT_A_DAY = "it names a day, and the time before it does not say which"


def names_days(prev: TimeMention) -> bool:
    """Whether "that day" / 当天 can refer to ``prev``: a day, a festival, at most a month.

    Within a month the day is somewhere in it (函已于当天下午送宣传办 after 十月); after a
    year or a season (the same day, after 2020/21) it could be any day of it.
    """
    return (prev.interval_end - prev.interval_start).days <= 31


def _g(m: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, or ``None`` when the pattern lacks it or it did not match."""
    try:
        return m.group(name)
    except IndexError:  # no such group in this rule
        return None


def festival_key(written: str) -> str:
    """The key of a festival as written (国庆节, 春节, 过年)."""
    return ZH_FESTIVALS.get(written) or ZH_FESTIVALS[written.removesuffix("节")]


def _festival_key(m: re.Match[str], written: str) -> str:
    """The festival key of ``written``, a lunar month's (腊月二十三) from its groups."""
    lunar = _g(m, "lmon")
    if lunar is None:
        return festival_key(written)
    day, part = _g(m, "lday"), _g(m, "lpart")
    return lunar_key(
        ZH_LUNAR_MONTHS[lunar],
        zh_number(day.removeprefix("初").replace("廿", "二十")) if day else None,
        _MONTH_PARTS.get(part) if part else None,
    )


def _part(word: str) -> str:
    return _PARTS[word.removeprefix("年").removeprefix("年")]


def qualifier(m: re.Match[str]) -> Qualifier:
    """The qualifier a Chinese match names (its month, day, half, quarter ... groups)."""
    get = m.groupdict().get
    mon, day, part, season = get("mon"), get("day"), get("part"), get("season")
    half, qn, fest, fmod = get("half"), get("qn"), get("fest"), get("fmod")
    mpart = get("mpart")
    return Qualifier(
        month=zh_number(mon) if mon else None,
        day=zh_number(day) if day else None,
        month_part=_MONTH_PARTS[mpart] if mpart else None,
        half=(1 if half[0] == "上" else 2) if half else None,
        quarter=zh_number(qn) if qn else None,
        part=_part(part) if part else None,
        season=_SEASONS[season] if season else None,
        festival=_festival_key(m, fest) if fest else "childrens_day" if get("liuyi") else None,
        modifier=ZH_MODIFIERS[fmod] if fmod else ZH_OWN_MODIFIERS.get(fest or ""),
    )  # fmt: skip


def _written_number(written: str) -> int | None:
    """一百零八 → 108 (cn2an), 一〇八 → 108 (digit by digit); ``None`` if neither reads it."""
    import cn2an  # only for 民國 years in words: its import costs a process 0.1 s

    try:
        return int(cn2an.cn2an(written, "normal"))
    except (ValueError, KeyError, TypeError):
        return zh_digit_string(written)


def _answer(span: Span | None, relative: bool) -> Resolved | None:
    return Resolved(span, relative) if span is not None else None


def resolve_year(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """2018年…, 二〇一八年…, 民國108年…, 去年…, 那年…, 项目第二年… with an optional qualifier."""
    q = qualifier(m)
    if (y4 := _g(m, "y4")) is not None:
        return _answer(in_year(int(y4), q), False)
    if (roc := _g(m, "roc") or _g(m, "rocb")) is not None:  # 民國108年: ROC era, 1912 = 1
        n = int(roc) if roc.isdigit() else _written_number(roc)
        return _answer(in_year(n + ROC_OFFSET, q), False) if n else None
    if (ycn := _g(m, "ycn")) is not None:
        year = zh_digit_string(ycn)
        return _answer(in_year(year, q), False) if year is not None else None
    if (y2 := _g(m, "y2")) is not None:
        value = zh_digit_string(y2)
        return _answer(in_year(two_digit_year(value), q), False) if value is not None else None
    if (rel := _g(m, "rel")) is not None:
        if rel in _REL_YEARS:
            return _answer(in_year(ctx.reference.year + _REL_YEARS[rel], q), True)
        if prev is None:
            return Unresolved(NO_PREVIOUS)
        year = prev.interval_start.year + _ANAPHORIC_YEARS[rel]
        if rel in _BACK_THEN and year == ctx.reference.year and not ctx.prospective:
            # 当年厂里收的钱 in an interview, after a time of this year: "back then", no year
            return Unresolved(BACK_THEN)
        return _answer(in_year(year, q), True)
    n = zh_number(_g(m, "cy") or "")
    if n is None or n < 1:
        return None
    if _g(m, "cyp") is None and prev is not None and prev.interval_end < ctx.project_start:
        # after a time before the project began, 第二年 is the year after that time's:
        # 前年冬天镇里就来找过我们…真正签合同是第二年开春 (not the contract's second year)
        return _answer(in_year(prev.interval_start.year + n - 1, q), True)
    if q.part is not None and _g(m, "cyp") is None and ctx.project_start.month != 1:
        # 第二年年初 said alone is early in the project's second calendar year (过完年 …);
        # 项目第二年年初 the first months of the contract's second year
        return _answer(in_year(ctx.project_start.year + n - 1, q), True)
    return _answer(in_span(contract_year(ctx.project_start, n), q), True)


def resolve_month(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """3月, 三月份, 3月15日, 十月下旬 with no year: the latest not after the reference.

    Or the coming one, after a future cue or soon in a prospective source (see
    :func:`~relcycle.sources.timeexpr.cues.nearest`).
    """
    q = qualifier(m)
    mid_term = ctx.mid_term
    if mid_term is not None and q.month == mid_term.month and m.string.startswith("中期", m.end()):
        return _answer(in_year(mid_term.year, q), True)  # 九月中期评估: the case's mid-term review
    future = future_context(m.string, m.start(), m.end()) or (
        ctx.prospective and _ASKED_AHEAD.match(m.string, m.end()) is not None
    )
    soon = SOON_DAYS
    prospective = ctx.looks_ahead
    if prospective and (
        leaning_ahead_zh(m.string, m.start(), m.end())
        or not told_as_done_zh(m.string, m.start(), m.end())
    ):
        soon = LEANING_DAYS
    elif ctx.reported and (
        _DEADLINE_TASK.match(m.string, m.end()) is not None
        or _REQUEST_BEFORE.search(m.string, max(0, m.start() - 14), m.start()) is not None
    ):
        # a report's plan (8月底前完成调研报告) or a request it records (请社事办4月份拿出方案)
        prospective, soon = True, LEANING_DAYS
    return _answer(
        nearest_in_year(
            q,
            ctx.reference,
            future,
            prospective,
            soon,
            _floor(m, ctx),
        ),
        True,
    )


#: A request in the clause right before a date (请社事办4月份拿出方案, 要求机构于5月底…):
#: what is asked is done after it is asked.
_REQUEST_BEFORE = re.compile(
    r"(?:(?<![申邀聘宴提])请(?![示假])|要求|责成)[^，。；！？,;!?\n]{0,8}$"
)
#: A deadline and a task after a date, not told as done: 8月底前完成, 1月18日前报街道审核.
_DEADLINE_TASK = re.compile(
    r"\s?(?:之|以)?前(?:完成|提交|报送|上报|交|报|反馈|落实|整改|拨付|到位|补齐)(?!了)"
)


#: What tells a yearless date as done in its clause: 了, 过, 已, 曾, 刚 or 那次 after it
#: (十月开展了评估, 三月就已经报过, 4月防疫那次) or 已于, 曾在, 早在, 是在 right before it
#: (已于三月完成). Without them, minutes or a note written at the time mean the nearer
#: of the last and the coming one: in minutes of 2024-06-27, 九月下旬，共同筹备国庆文艺汇演
#: plans September 2024, not September 2023.
_ZH_DONE_AFTER = re.compile(
    r"[^，。；！？,;!?\n]{0,15}?(?:了|过(?![年节后])|已|曾|刚|那(?:一)?(?:次|回|阵|会|时|段))"
)
_ZH_DONE_BEFORE = re.compile(r"(?:已于|已在|已经在|曾于|曾在|曾经在|早在|是在|就在|刚)\s?$")


def told_as_done_zh(text: str, start: int, end: int) -> bool:
    """Whether the clause of ``text[start:end]`` tells it as done (see :data:`_ZH_DONE_AFTER`)."""
    return (
        _ZH_DONE_AFTER.match(text, end) is not None
        or _ZH_DONE_BEFORE.search(text, max(0, start - 4), start) is not None
    )


#: Whether something can be done then, asked right after a date in a note (寒假能不能也开):
#: the coming one.
_ASKED_AHEAD = re.compile(r"\s?(?:也|还|再)?(?:能不能|能否|可不可以|可否|会不会)")
#: The characters it starts with besides white space (a cheap test before the regex).
_ASKED_FIRST = frozenset("也还再能可会")


#: A word right before a yearless date that leans ahead (到五月底, 至6月) and a deadline right
#: after it (6月底前提交, 三月之前): in a source written at the time, the coming one when it
#: starts within LEANING_DAYS and the latest ended more than LONG_AGO_DAYS before (in minutes
#: of 2023-03-02, "过渡到5月底" is May 2023, not May 2022). 截至 and 直至 look back.
_ZH_LEANING_BEFORE = re.compile(r"(?:(?<![截直])至|到)\s?$")
_ZH_LEANING_AFTER = re.compile(r"\s?(?:之|以)?前(?![后後夕几幾])")
#: The characters right before a date that 到 or 至 leans ahead ends with besides white
#: space, and those a deadline after it starts with (cheap tests before the regexes).
_LEANING_LAST = frozenset("至到")
_DEADLINE_FIRST = frozenset("之以前")


def leaning_ahead_zh(text: str, start: int, end: int) -> bool:
    """Whether 到 or 至 right before ``text[start:end]`` or a deadline 前 after it leans ahead."""
    last, after = text[start - 1 : start], text[end : end + 1]  # ("" at the text's ends)
    return (
        (last in _LEANING_LAST or last.isspace())
        and _ZH_LEANING_BEFORE.search(text, max(0, start - 3), start) is not None
    ) or (
        (after in _DEADLINE_FIRST or after.isspace())
        and _ZH_LEANING_AFTER.match(text, end) is not None
    )


def around_month(text: str, start: int, end: int) -> tuple[bool, bool, bool, bool, bool, bool]:
    """What :func:`resolve_month` reads around its match: a future cue, 中期 and 能不能 after it.

    And whether it leans ahead (:func:`leaning_ahead_zh`), whether its clause tells
    it as done (:func:`told_as_done_zh`) and whether a task's deadline follows it.
    """
    after = text[end : end + 1]
    return (
        future_context(text, start, end),
        text.startswith("中期", end),
        (after in _ASKED_FIRST or after.isspace()) and _ASKED_AHEAD.match(text, end) is not None,
        leaning_ahead_zh(text, start, end),
        told_as_done_zh(text, start, end),
        _DEADLINE_TASK.match(text, end) is not None,
    )


def _floor(m: re.Match[str], ctx: TimeContext) -> date | None:
    """The studied period's start, below which a yearless date may look ahead.

    ``None`` when its clause tells it as done (4月检查那回大家都很紧张 stays behind;
    see :func:`~.cues.nearest`'s ``floor``).
    """
    return None if told_as_done_zh(m.string, m.start(), m.end()) else ctx.case_start


def resolve_festival(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """春节前后, 国庆, 中秋, 暑假 with no year: the latest not after the reference."""
    return resolve_month(m, ctx, prev)


#: A bare season is a time only at a clause's start or after a preposition (春天的时候,
#: 到了夏天以后), not inside a word (长春, 青春) or after 的 (社工的春天) ...
_SEASON_BEFORE = r"(?<![^在到从等于至自是了，。、；：！？,.;:!?\s“”\"「」（）()])"
#: ... and only before words that make it one (的时候, 那会儿, 以后, 期间, a comma, a full stop).
_SEASON_AFTER = (
    r"(?=的时候|那会|那时|那阵|那段|里[，,头]|以后|之后|以来|开始|前后|期间|[，,。；]|$)"
)


def resolve_season(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """春天的时候, 夏天以后, 冬季期间 with no year: the latest not after the reference.

    Or the coming one, as a yearless month's (:func:`resolve_month`).
    """
    return resolve_month(m, ctx, prev)


def resolve_quarter(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """二季度, 第四季度 with no year: the latest begun by the reference, as a yearless month's.

    A summary of 2022-01-10 that reports 四季度共抽调社工 speaks of the fourth quarter
    of 2021, not of 2022; after a future cue (一季度起, 下一步 … 三季度) the coming one.
    """
    return resolve_month(m, ctx, prev)


_WHICH = {"上上": -2, "上": -1, "上一": -1, "这": 0, "这一": 0, "本": 0, "下": 1, "下一": 1,
          "下下": 2}  # fmt: skip


#: 每月, 每周, 每季度, 每日 earlier in the clause, with no comma between: a standing rule, whose
#: 上月 is each month's last (每月5日前报送上月工作报告) and 当日 each day's (每日17:00前报送
#: 当日台账), no time of its own.
_EACH_BEFORE = re.compile(r"每个?(?:月|周|星期|礼拜|季度?|日|天)[^，,。；;！？!?\n]{0,20}$")


def said_of_each_zh(text: str, start: int, end: int) -> bool:
    """Whether 每月, 每周, 每季度 or 每日 comes earlier in the clause of ``text[start:end]``."""
    return _EACH_BEFORE.search(text, max(0, start - 24), start) is not None


#: A clause that ends as a rule's condition (…低于85%的，扣减): its 当月 is whichever month the
#: rule is applied to (乙方所包网格当月工单满意率低于85%的，), not the month named before.
_CONDITION_AFTER = re.compile(
    r"[^，,。；;！？!?\n]{0,30}?(?:低于|高于|不足|少于|多于|超过|未达|未能|未按|没有|达不到|不合格"
    r"|逾期|不到)[^，,。；;！？!?\n]{0,12}的[，,]"
)


def standing_month(text: str, start: int, end: int) -> bool:
    """Whether a relative month at ``text[start:end]`` is a standing rule's, no time of its own.

    每月5日前报送上月工作报告 (:func:`said_of_each_zh`), or 当月 in a rule's condition
    (当月工单满意率低于85%的，).
    """
    return said_of_each_zh(text, start, end) or (
        text[start] == "当" and _CONDITION_AFTER.match(text, end) is not None
    )


def resolve_relative_month(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """上个月, 下个月, 这个月, 本月, 当月, 次月 (+ 初 / 中旬 / 底); none in a standing rule."""
    if standing_month(m.string, m.start(), m.end()):
        return None
    which = (_g(m, "which") or "").removesuffix("个")
    if which in ("当", "同", "次"):
        if prev is None:
            return Unresolved(NO_PREVIOUS)
        base = add_months(prev.interval_start, 1 if which == "次" else 0)
    else:
        base = add_months(ctx.counted_from(Precision.MONTH), _WHICH[which])
    mpart = _g(m, "mpart")
    if mpart:
        return Resolved(month_part(base.year, base.month, _MONTH_PARTS[mpart]), True)
    return Resolved(month_span(base.year, base.month), True)


def resolve_relative_quarter(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """上季度, 上一季度, 本季度, 这个季度, 下个季度: the calendar quarter counted from now."""
    if said_of_each_zh(m.string, m.start(), m.end()):
        return None
    which = _WHICH[(_g(m, "which") or "").removesuffix("个")]
    base = add_months(ctx.counted_from(Precision.QUARTER), 3 * which)
    return Resolved(quarter_span(base.year, (base.month + 2) // 3), True)


def resolve_week(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """上周, 上星期, 下周三, 这个礼拜, 上周末; none in a standing rule (每周一报送上周台账)."""
    if said_of_each_zh(m.string, m.start(), m.end()):
        return None
    which = (_g(m, "which") or "").removesuffix("个")
    week = iso_week(ctx.reference, _WHICH[which])
    wd = _g(m, "wd")
    if not wd:
        return Resolved(week, True)
    offset = _WEEKDAYS.get(wd, int(wd) - 1 if wd.isdigit() else 0)
    if wd == "末":
        return Resolved(Span(week.start + timedelta(days=5), week.end, week.precision), True)
    return Resolved(day_span(week.start + timedelta(days=offset)), True)


def _around_year_part(text: str, start: int, end: int) -> tuple[bool, bool]:
    """What :func:`resolve_this_year_part` reads around its match: whether it looks ahead."""
    return future_context(text, start, end), looking_ahead(text, start, end) is not None


def resolve_this_year_part(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """上半年, 第二季度, 年底, 月底 with no year: in the reference's year (or month).

    In a source that recalls (an interview, a report), a part of the year wholly after
    its date, with nothing saying it looks ahead (要, 将, 打算, 前 …), is last year's: in
    an interview of January 2023, 合同是年底签的 was signed late in 2022.
    """
    ref = ctx.reference
    if (mpart := _g(m, "mpart")) is not None:
        return Resolved(month_part(ref.year, ref.month, _MONTH_PARTS[mpart]), True)
    q = qualifier(m)
    span = in_year(ref.year, q)
    if (
        span is not None
        and span.start > ref
        and not ctx.prospective
        and not future_context(m.string, m.start(), m.end())
        and looking_ahead(m.string, m.start(), m.end()) is None
    ):
        span = in_year(ref.year - 1, q)
    return _answer(span, True)


_BOUNDARY = r"(?<![^到在至从于等了的是前后直快近过临，。、；：！？,.;:!?\s“”\"「」（）()])"

_NUM = "0-9〇零○一二两三四五六七八九十"

#: A quarter's number stands alone: not after a year (2021年二季度 is the year's rule),
#: another numeral (十一季度), 每/个/几/本/上/下 (每个季度, 三个季度), a letter or digit, or
#: 第 but as its own first character.
_QUARTER_BEFORE = r"(?<![年第\d" + _NUM + r"每个几本上下这该同当A-Za-z])"

#: ... and, without 第, stands as a time, not as what a payment, an assessment or a record
#: belongs to: 一季度款还没到 in a note of May, 二季度的考核 in a message of July speak of
#: then, not of the quarter (四季度开展, 四季度共抽调, 二季度与街道沟通顺畅 are times).
#: 第四季度的经费 was read as a time before bare quarters were, and still is.
_QUARTER_AFTER = (
    r"(?![节的款]|拨款|经费|资金|考核|评估|工单|结算|核验|台账|报表|数据|指标|任务|计划"
    r"|总结|报告|录音|例会|会议|服务情况|工作情况|得分)"
)

#: 年 closing a year head: after a numeral or a space (2018年, 2019 年, 第二个年度) or a
#: relative word (去年, 那一年, 本年度).
YEAR_END = Anchor("年", rf"(?<=[{_NUM}\s去今明前后本那当同次个上旧]年)")
#: 月 closing a month number (3月, 十二月, 12 月).
MONTH_END = Anchor("月", rf"(?<=[{_NUM}\s]月)")
#: Where festival names start (春节, 国庆, 大年初一 ...).
FESTIVAL_STARTS = tuple(
    Anchor(first, f"(?={rest})")
    for first, rest in (
        ("大", "年初一|年三十"), ("春", "节"), ("过", "年"), ("除", "夕"), ("元", "宵|旦"),
        ("国", "庆"), ("中", "秋"), ("五", "一"), ("劳", "动节"), ("端", "午"), ("清", "明"),
        ("暑", "假|期"), ("寒", "假"), ("儿", "童节"), ("重", "阳"), ("开", "春(?![节季装游茶])"),
        ("七", "一|夕"), ("八", "一"), ("十", "一"), ("三", "八"), ("妇", "女节"), ("五", "四"),
        ("青", "年节"), ("教", "师节"), ("植", "树节"), ("建", "党节|军节"), ("小", "年"),
        ("过", "完年"), ("年", "前|后"), ("正", "月"), ("腊", "月"), ("六", "月六"),
    )
)  # fmt: skip
_WHICH_BEFORE = "[上下个一这本]"
#: 次 counting what went before it is no 次月 (the next month): 每月一次月报, 两次月度例会,
#: 几次月检, 多次、首次、再次、这次.
_NEXT = r"(?<![\d〇零○一二两三四五六七八九十百几多首再数这每])次"

#: A year that dates a document's version, not an act (2022年修订的考核细则, 去年出台的办法):
#: no time of the segment's, nor one that lends its year to a date beside it.
_LABEL_NOT_AFTER = r"(?!度?(?:新|重新)?(?:修订|修改|制定|出台|印发|颁布|编制)(?:的|版))"

RULES = (
    Rule(
        "zh_year",
        r"(?=[12一二大前去今明后上本那当同次项合服进第头民旧])"
        r"(?:" + ROC_HEAD + "|" + YEAR_HEAD + r")(?:" + QUAL + r"|" + _LABEL_NOT_AFTER + r")",
        resolve_year,
        anchors=(YEAR_END,),
        reach=8,  # 民國 一百零八 |年
        reads_previous=r"那一?年|当年|同年|次年|^第|^头",
    ),
    Rule(
        "zh_year2",
        r"(?=[0-9〇零○一二三四五六七八九])" + YEAR2_HEAD + QUAL,
        resolve_year,
        anchors=(YEAR_END,),
        reach=3,
        reads_previous=False,
    ),
    Rule(
        "zh_month",
        # (not 六月六 alone: a festival)
        r"(?=[0-9十一二三四五六七八九])(?!六月六(?![日号\d〇零○一二三四五六七八九十]))"
        r"(?<![\d.〇零○一二两三四五六七八九十百千万第每个几半上下本这当次同])(?P<mon>"
        + MON
        + r")\s?月份?"
        + MONTH_TAIL,
        resolve_month,
        anchors=(MONTH_END,),
        reach=3,  # 12 |月
        reads_previous=False,
        around=around_month,  # 将于三月: the next March; 九月中期评估: the mid-term's September
    ),
    Rule(
        "zh_festival",
        "(?=[大春过除元国中五劳端清暑寒儿重开七八十三妇青教植建小年正腊六])" + FEST,
        resolve_festival,
        anchors=FESTIVAL_STARTS,
        reach=0,
        reads_previous=False,
        around=around_month,  # 将于国庆: the next one; 寒假能不能也开 in a note: the coming one
    ),
    Rule(
        "zh_season",
        r"(?=[春夏秋冬])" + _SEASON_BEFORE + r"(?P<season>[春夏秋冬])[天季]" + _SEASON_AFTER,
        resolve_season,
        anchors=tuple(Anchor(c, "(?=[天季])") for c in "春夏秋冬"),
        reach=0,
        reads_previous=False,
        around=around_month,
    ),
    Rule(
        "zh_relative_month",
        r"(?=[上下这本当次同])(?<![每几])"
        r"(?P<which>上上个?|上一?个?|下下个?|下一?个?|这一?个?|本|当|" + _NEXT + r"|同)月份?"
        r"(?P<mpart>上旬|中旬|下旬|初(?![步次级])|中(?![国央心期])|底|末)?",
        resolve_relative_month,
        anchors=(Anchor("月", "(?<=[上下个一这本当次同]月)"),),
        reach=3,  # 上上个|月
        reads_previous=r"^[当同次]",
        around=standing_month,
    ),
    Rule(
        "zh_relative_quarter",
        r"(?=[上下这本])(?<![每几])"
        r"(?P<which>上上个?|上一?个?|下下个?|下一?个?|这一?个?|本)季度" + _QUARTER_AFTER,
        resolve_relative_quarter,
        anchors=(Anchor("季", "(?=度)(?<=[上下个一这本]季)"),),
        reach=3,  # 上上个|季
        reads_previous=False,
        around=said_of_each_zh,
    ),
    Rule(
        "zh_week",
        r"(?=[上下这本])(?<![一两三四五六七八九十几每\d])"
        r"(?P<which>上上个?|上一?个?|下下个?|下一?个?|这一?个?|本)"
        r"(?:周|星期|礼拜)(?:(?P<wd>[一二三四五六日天1-7末])|(?![边围期年转岁]))",
        resolve_week,
        anchors=(
            Anchor("周", f"(?<={_WHICH_BEFORE}周)"),
            Anchor("星", f"(?=期)(?<={_WHICH_BEFORE}星)"),
            Anchor("礼", f"(?=拜)(?<={_WHICH_BEFORE}礼)"),
        ),
        reach=3,  # 上上个|星期
        reads_previous=False,
        around=said_of_each_zh,
    ),
    Rule(
        "zh_this_year_part",
        r"(?=[上下年月])(?<![年\d每])(?:(?P<half>[上下]半年)|"
        + _BOUNDARY
        + r"(?:年(?P<part>初(?![步次级期心衷])|底|末(?!期)|尾|中"
        + _END
        + r")|月(?P<mpart>初(?![步次级])"
        + r"|底|末|上旬|中旬|下旬)))",
        resolve_this_year_part,
        anchors=(
            Anchor("年", "(?<=半年)"),
            Anchor("年", "(?=[初底末尾中])"),
            Anchor("月", "(?=[初底末上中下])"),
        ),
        reach=2,  # 上半|年
        reads_previous=False,
        around=_around_year_part,  # 年底合同就要到期: the coming one in an interview too
    ),
    Rule(
        "zh_quarter",
        r"(?=[第一二三四1-4])"
        + _QUARTER_BEFORE
        + r"第?(?P<qn>[一二三四1-4])季度"
        + r"(?:(?<=第.季度)(?!节)|(?<!第.季度)"
        + _QUARTER_AFTER
        + ")",
        resolve_quarter,
        anchors=(Anchor("季", "(?=度)(?<=[一二三四1-4]季)"),),
        reach=2,  # 第二|季度
        reads_previous=False,
        around=around_month,  # 一季度整改完成后: said of the coming one after a future cue
    ),
)
