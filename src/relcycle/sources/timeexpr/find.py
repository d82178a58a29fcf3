"""Finding the time expressions of a text: every rule family behind one scanner."""

from __future__ import annotations

from functools import cache

from relcycle.sources.timeexpr import en_calendar, en_project, numeric, zh_calendar, zh_project
from relcycle.sources.timeexpr.model import TimeContext, TimeMention, UnresolvedMention
from relcycle.sources.timeexpr.numerals import normalise_digits
from relcycle.sources.timeexpr.scanner import Anchor, Family, Scanner

_ZH_NUM = "0-9〇零○一二两三四五六七八九十"

_DIGITS = tuple(Anchor(str(d)) for d in range(10))

#: Every expression a Chinese rule matches contains one of these (tests check the examples).
ZH_ANCHORS = (
    *_DIGITS,
    Anchor("年", rf"(?<=[{_ZH_NUM}去今明前后那当同次第半本大]年)|(?<=\d\s年)|(?=[初底末中尾头])"),
    Anchor("月", rf"(?<=[{_ZH_NUM}个上下这本当次同]月)|(?=[初中底末份])"),
    Anchor("季", "(?=度)"),
    Anchor("周", rf"(?<=[{_ZH_NUM}上下这本个]周)"),
    Anchor("星", "(?=期)"),
    Anchor("礼", "(?=拜)"),
    Anchor("天", rf"(?<=[{_ZH_NUM}今昨前明当那二隔]天)"),
    Anchor("日", "(?<=[当次翌]日)|(?<=那段日)|(?<=些日)"),
    Anchor("时", "(?<=[当那]时)|(?<=段时)"),
    Anchor("那", "(?=个时候|会|阵|段|一阵|几个月|一天)"),
    Anchor("阵", "(?<=[这那前]阵)|(?<=一阵)"),
    Anchor("最", "(?=近)"),
    Anchor("近", "(?=期|来|几)"),
    Anchor("前", "(?=些|几)"),
    Anchor("春", "(?=节)"),
    Anchor("过", "(?=年)"),
    Anchor("除", "(?=夕)"),
    Anchor("元", "(?=宵|旦)"),
    Anchor("国", "(?=庆)"),
    Anchor("中", "(?=秋|期)"),
    Anchor("五", "(?=一)"),
    Anchor("劳", "(?=动节)"),
    Anchor("端", "(?=午)"),
    Anchor("清", "(?=明)"),
    Anchor("暑", "(?=假|期)"),
    Anchor("寒", "(?=假)"),
    Anchor("儿", "(?=童节)"),
    Anchor("重", "(?=阳)"),
    Anchor("驻", "(?<=[进入]驻)"),
    Anchor("进", "(?=来)"),
    Anchor("签", "(?=了?合同|约|订|下来)"),
    Anchor("接", "(?=手)"),
    Anchor(
        "项",
        "(?=目(?:刚|开始|启动|签|初期|之初|伊始|起步|开始阶段|前期|末期|后期|尾声|收尾|期?快|期?即将"
        "|期?临近|期?马上|期?接近|期?到期|期?期满|期?结束|期?结项))",
    ),
    Anchor(
        "合",
        "(?=同(?:刚|开始|启动|签|初期|之初|伊始|起步|开始阶段|前期|期?快|期?即将|期?临近|期?马上|期?接近"
        "|期?到期|期?期满|期?结束|期?结项))",
    ),
    Anchor(
        "服",
        "(?=务(?:初期|之初|伊始|起步|开始阶段|前期|期?快|期?即将|期?临近|期?马上|期?接近|期?到期|期?期满"
        "|期?结束|期?结项))",
    ),
    Anchor("结", "(?=项)"),
)
ZH_STARTS = (
    "(?=[0-9〇零○一二两三四五六七八九十大前去今明后上下本那当同次项合服进第春过除元国中五劳端清暑寒儿重年月"
    "刚才入签快即临马之此又再半最近这昨隔翌])"
)

#: Every expression an English rule matches contains one of these.
EN_ANCHORS = (
    *_DIGITS,
    Anchor(
        "y",
        "(?=ears?\\b)|(?=s?\\s(?:ago|later|earlier|afterwards|after|before|on)\\b)(?<=day)"
        "|(?=\\sthen)|(?<=that\\sday)|(?<=same\\sday)|(?<=next\\sday)|(?<=following\\sday)"
        "|(?=s)(?<=those\\sday)|(?=\\safter)(?<=day)",
    ),
    Anchor("Y", "(?=ear)"),
    Anchor(
        "m",
        "(?=onths?\\b)|(?=er)(?<=summ)|(?=n)(?<=autum)|(?=e)(?<=the\\stim)|(?=e)(?<=that\\stim)"
        "|(?=id-?term)|(?=e)(?<=those\\stim)",
    ),
    Anchor("k", "(?<=week)|(?=\\sthen)"),
    Anchor("q", "(?=uarter)"),
    Anchor("Q", "(?=[1-4])"),
    Anchor("f", "(?<=half)|(?=all\\b)"),
    Anchor("F", "(?=all\\b)|(?=estival)"),
    Anchor("g", "(?<=spring)|(?<=Spring)|(?<=prog)"),
    Anchor("w", "(?=inter)|(?=e\\s(?:first\\s)?(?:came|arrived|moved|took|signed))"),
    Anchor("W", "(?=inter)"),
    Anchor("c", "(?=ontract)"),
    Anchor("j", "(?<=proj)"),
    Anchor("v", "(?=ice)(?<=serv)"),
    Anchor("p", "(?<=partnership)|(?=oint)(?<=that\\s)"),
    Anchor("J", "(?=an|u[nl])"),
    Anchor("M", "(?=ar|ay|id-?[Aa]utumn)"),
    Anchor("A", "(?=pr|ug|utumn)"),
    Anchor("S", "(?=ep|pring|ummer)"),
    Anchor("O", "(?=ct)"),
    Anchor("N", "(?=ov|ew\\sYear|ational\\sDay)"),
    Anchor("D", "(?=ec)"),
    Anchor("C", "(?=hristmas|hinese\\sNew)"),
    Anchor("L", "(?=unar\\sNew)"),
)


@cache
def default_scanner() -> Scanner:
    """The scanner of every rule family (built on first use, not at import)."""
    chinese = Family(
        (*numeric.RULES, *zh_calendar.RULES, *zh_project.RULES), ZH_ANCHORS, ZH_STARTS, before=16
    )
    english = Family(
        (*en_calendar.RULES, *en_project.RULES),
        EN_ANCHORS,
        r"(?<![A-Za-z])(?=[A-Za-z0-9])",
        before=44,
    )
    return Scanner((chinese, english))


def scan_text(
    text: str, ctx: TimeContext, previous: TimeMention | None = None, *, prefilter: bool = True
) -> tuple[list[TimeMention], list[UnresolvedMention]]:
    """The resolved mentions of ``text`` and the expressions in it that could not be resolved.

    Args:
        text: Any text; full-width digits are read as digits, offsets count into ``text``.
        ctx: What relative expressions are resolved against.
        previous: The mention before this text in the same source (for 当时, that autumn).
        prefilter: False searches the whole text (tests use it to check the prefilter).

    Returns:
        ``(mentions, unresolved)``, each in text order.
    """
    normalised = normalise_digits(text)
    return default_scanner().scan(normalised, ctx, previous, original=text, prefilter=prefilter)


def find_mentions(
    text: str, ctx: TimeContext, previous: TimeMention | None = None
) -> list[TimeMention]:
    """The time expressions of ``text``, each resolved to an interval, in text order.

    Args:
        text: A segment's (or any) text, Chinese, English or mixed.
        ctx: The source's date and the case's contract dates.
        previous: The last mention before ``text`` in the same source; anaphora
            (那时候, 两个月后, that autumn) resolve against it.

    Returns:
        The mentions; expressions that cannot be resolved (中期评估 with no
        mid-term date, 当时 with no previous mention) are left out.
    """
    return scan_text(text, ctx, previous)[0]
