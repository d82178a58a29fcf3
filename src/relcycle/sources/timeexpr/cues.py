"""Choosing the year of a date written without one (3月15日, 春节, in March)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from relcycle.sources.timeexpr.model import Span, TimeContext
from relcycle.sources.timeexpr.spans import earliest_after, latest_not_after

_FUTURE_BEFORE = re.compile(
    r"(?:将于|将在|将要|要在|准备在?|(?<![一彩])排(?:在|到)?|计划在?|打算在?|预计在?|争取在?|即将|定于|拟于|拟在|等到|到时候?"
    r"|(?<![例比诸譬])如果?|(?<![倘])若|要是|万一"
    r"|\bwill(?: be)?|\bgoing to|\bplan(?:ned|s)? (?:to|for)|\bscheduled (?:for|in)|\bdue (?:in|by)"
    r"|\bexpected (?:in|by)|\bnext|\b[Pp]lanned:|\b[Uu]pcoming:"
    r"|\b(?:is|are)(?: due| set| booked)?|\b(?:starts|begins|ends|expires|closes|opens|finishes"
    r"|lapses))\s?(?:在|于|到|in|on|by|at|for|until)?\s?$"
)
_FUTURE_AFTER = re.compile(
    r"^\s?(?:前|之前|以前)?(?:要(?!求)|将(?!近)|必须|再(?:说|看|议|定|谈|商量|决定|研究))"
)


def future_context(text: str, start: int, end: int) -> bool:
    """Whether the words right around ``text[start:end]`` speak of the future.

    Looks at a few characters before (将于, 计划, will, scheduled for ...) and
    after (…前要完成) the expression.
    """
    before = text[start - 14 if start > 14 else 0 : start]
    after = text[end : end + 5]
    key = (before, after)
    answer = _FUTURE_SEEN.get(key)
    if answer is None:  # a function of the two slices alone: remembered by them
        if len(_FUTURE_SEEN) >= 4096:
            _FUTURE_SEEN.clear()
        answer = _FUTURE_SEEN[key] = (
            _FUTURE_BEFORE.search(before) is not None and after[:2] not in _POSSESSIVE
        ) or _FUTURE_AFTER.search(after) is not None
    return answer


#: A date's possessive (is in March's figures): what it says is of the figures, not ahead.
_POSSESSIVE = frozenset(("'s", "’s"))
#: future_context's answers by the text before and after (expressions recur in like words).
_FUTURE_SEEN: dict[tuple[str, str], bool] = {}


#: would, will (or 'd, 'll), shall or going to, and a few words before an English time, in its
#: clause (the Trust would let the contract end in June; the review will start in the autumn;
#: she will retire at the end of December; we would then have no provider by July; the service
#: will be re-tendered in the autumn; staff will introduce the new team at both cafés in
#: December), or minutes' "to be" and a participle (draft to be developed jointly and tabled
#: in June; not had to be postponed in March): a plan, in a source written at the time. Not
#: "would have" and a participle (would have met in March). Words may hold a hyphen, an
#: apostrophe or an accent.
_MODAL_BEFORE = re.compile(
    r"(?:\b(?:would|will|shall)|\bgoing\sto|[A-Za-z]['’](?:d|ll)"
    r"|(?<!\bhad\s)(?<!\bused\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bneeded\s)\bto\sbe(?=\s[a-z]+ed\b))"
    r"(?:\s(?!not\b|have\s(?:been|[a-z][a-z-]*(?:ed|en|wn|ne|ght|id))\b)[a-zà-ÿ][a-zà-ÿ'’-]*){1,7}"
    r"\s(?:in|on|at|by|until|till|before|after|around|during|over)(?:\sthe)?\s?$"
)
_MODAL_HINT = re.compile("ould|will|shall|going|to be|['’](?:d|ll)")  # a cheap test first
_EN_CLAUSE_END = re.compile(r"[,.;:!?\n]")


def modal_context(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` follows would or will (and the like) and a verb in its clause.

    "The Trust would let the contract end in June" plans June ahead in minutes
    or a note of December, and "the review will start in the autumn" in a note
    of April is the coming autumn; in an interview "we would meet in March" is
    more often a habit of the past, and "will" may be reported from then, so the
    English rules read this cue only in sources written at the time
    (:attr:`~.model.TimeContext.prospective`).
    """
    before = text[start - 50 if start > 50 else 0 : start]
    if _MODAL_HINT.search(before) is None:  # most often
        return False
    cut = max((m.end() for m in _EN_CLAUSE_END.finditer(before)), default=0)
    return _MODAL_BEFORE.search(before, cut) is not None


#: A verb of arranging (offered, proposed, booked, set up …) and a few words before an English
#: time, in its clause, the verb in the perfect or not: "We've offered a sit-down in
#: February", "we proposed a review meeting in March". What is arranged is ahead.
_ARRANGED_BEFORE = re.compile(
    r"(?P<perfect>\b(?:have|has|[A-Za-z]+['’]ve|[A-Za-z]+['’]s)\s(?:(?:now|already|just|also)\s)?)?"
    r"\b(?:offered|proposed|suggested|arranged|booked|scheduled|set\sup|pencil+ed\sin"
    r"|organi[sz]ed|invited\s[a-z]+\sto|agreed)"
    r"(?:\s(?!(?:was|were|had|did|it|happened|took)\b)[a-z][a-z'’-]*){1,6}\s(?:in|on|for|at)"
    r"(?:\sthe)?\s?$"
)
_ARRANGED_HINT = re.compile(
    "offer|propos|sugges|arrang|booked|schedul|set up|pencil|organi|invited|agreed"
)


def arranged_context(text: str, start: int, end: int) -> int:
    """Whether an arranging verb and a few words come before ``text[start:end]`` in its clause.

    2 when the verb is in the perfect ("we've offered a sit-down in February", "has
    booked the hall for March": ahead in any source), 1 when not ("proposed a review in
    March": ahead in a source written at the time; in an interview it may tell a past
    arrangement), 0 when there is none.
    """
    before = text[start - 70 if start > 70 else 0 : start]
    if _ARRANGED_HINT.search(before) is None:  # most often
        return 0
    cut = max((m.end() for m in _EN_CLAUSE_END.finditer(before)), default=0)
    found = _ARRANGED_BEFORE.search(before, cut)
    if found is None:
        return 0
    return 2 if found.group("perfect") else 1


#: A word right before an English yearless date that leans ahead in a note written at the
#: time: from November, by March, until June, over Christmas, for / to the September fair,
#: before council's (our, their) February meeting.
_LEANING_BEFORE = re.compile(
    r"\b(?:[Ff]rom|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]head\sof|[Oo]ver|[Ff]or|to)"
    r"(?:\s(?:the|our|their|its|your|[A-Za-z]{2,12}['’]s))?\s$"
)

_LEANING_AT = re.compile(r"(?:[Bb]efore|[Aa]head\sof|[Oo]ver|[Bb]y|[Uu]ntil)\s")
#: A date's role that leans ahead, right before it: (last day 31 Dec), due 2 Oct, EOI closes
#: 30 Nov, deadline: 15 March, effective 1 January, (the role was) extended to September 30.
_DUE_BEFORE = re.compile(
    r"\b(?:[Ll]ast\s(?:working\s)?day|[Dd]ue(?:\s(?:by|on))?|[Dd]eadline(?:\sis)?|[Cc]loses"
    r"|[Cc]losing\sdate|[Ee]xpires|[Ee]ffective(?:\sfrom)?"
    r"|(?:[Ee]xtended|[Pp]rolonged|[Rr]enewed)\s(?:to|until|till|through))[:,]?\s$"
)


def said_as_due(text: str, start: int) -> bool:
    """Whether a role right before ``text[start:]`` makes it a day still to come (due 2 Oct).

    Such a role leans ahead even in a clause told as done ("tendered his resignation
    (last day 31 Dec)"), where "from", "by" or "until" do not ("From May I added …").
    """
    return _DUE_BEFORE.search(text, max(0, start - 24), start) is not None


def leaning_ahead(text: str, start: int, end: int) -> bool:
    """Whether the words right before ``text[start:end]`` lean ahead (from November, due 2 Oct).

    In a source written at the time such a date is the coming one when that
    starts within :data:`LEANING_DAYS` and the latest ended more than
    :data:`LONG_AGO_DAYS` before (see :func:`nearest`).
    """
    return (
        _LEANING_BEFORE.search(text, max(0, start - 24), start) is not None
        or _LEANING_AT.match(text, start) is not None  # "over Christmas" is one expression
        or _DUE_BEFORE.search(text, max(0, start - 24), start) is not None
    )


#: A note's line that heads what is to be done (Follow-up:, Next steps:, To do:, Action items:).
_PLAN_HEAD = re.compile(
    r"[^\S\n]*(?:[-*•][^\S\n]*)?(?i:follow[-\s]?ups?|next\ssteps?|to[-\s]?dos?"
    r"|action\s(?:items?|points?))[^\S\n]*:"
)
#: A heading line over a block of plans, in a report or minutes ("5. Plans for Q2 (November
#: 2021 - January 2022)", "Priorities for next quarter", "Looking ahead:", "Work plan
#: 2022-23"): numbered or not, short, with no sentence in it.
_PLAN_BLOCK_HEAD = re.compile(
    r"[^\S\n]*(?:#+[^\S\n]*|[-*•][^\S\n]*|\(?[0-9A-Za-z]{1,2}[.)][^\S\n]*)?"
    r"(?i:plans?\s(?:for|ahead)|planned\s(?:activities|work|actions)|work\s?plan|forward\splan"
    r"|priorities\s(?:for|ahead)|looking\sahead|upcoming|next\s(?:quarter|period|month|steps?)"
    r"|follow[-\s]?ups?|to[-\s]?dos?|action\s(?:items?|points?))\b[^.!?\n]{0,70}$",
    re.MULTILINE,
)


def under_plan_head(text: str, start: int) -> bool:
    """Whether ``text[start:]`` is on a line headed Follow-up:, Next steps:, To do: ...

    Or under a heading line of plans that opens its block (a paragraph: no blank
    line between), such as "5. Plans for Q2 (November 2021 - January 2022)" over
    the list of what is to be done. The head is looked for at most
    :data:`PLAN_HEAD_REACH` characters before, the block's start at most
    :data:`PLAN_BLOCK_REACH` (a line or block without a break in reach has none: a
    long text is not read back to its start).
    """
    lo = start - PLAN_HEAD_REACH if start > PLAN_HEAD_REACH else 0
    line = text.rfind("\n", lo, start) + 1
    if line == 0 and lo > 0:
        return False
    if text[line : line + 1] in _PLAN_FIRST and _PLAN_HEAD.match(text, line) is not None:
        return True
    if line == 0:  # the block's first line: a heading has no time of its own to lead
        return False
    far = start - PLAN_BLOCK_REACH if start > PLAN_BLOCK_REACH else 0
    block = text.rfind("\n\n", far, line) + 2
    if block == 1:
        if far > 0:
            return False
        block = 0
    first_end = text.find("\n", block, line)
    return first_end > block and _PLAN_BLOCK_HEAD.match(text, block, first_end) is not None


#: How far before a time :func:`under_plan_head` looks for its line's start.
PLAN_HEAD_REACH = 200
#: ... and for the start of its block, whose first line may head plans.
PLAN_BLOCK_REACH = 600


_PLAN_FIRST = frozenset(" \t-*•FfNnTtAa")


def around_en_future(text: str, start: int, end: int) -> tuple[bool, bool, bool, bool, int, bool]:
    """What an English yearless date reads around it: future cues, would + a verb, from/by.

    And whether its line is headed as a plan (Follow-up:, Next steps:), an arranging
    verb before it (:func:`arranged_context`), and whether its clause tells it as done
    (:func:`told_as_done_en`).
    """
    return (
        future_context(text, start, end),
        modal_context(text, start, end),
        leaning_ahead(text, start, end),
        under_plan_head(text, start),
        arranged_context(text, start, end),
        told_as_done_en(text, start, end),
    )


#: A verb that tells what it speaks of as done, in the clause of an English yearless date
#: (We had a joint planning session in October; it would have been in March; we would not
#: meet in March; we have done so while raising our concerns in writing (January 16)). Not one
#: that looks ahead (expected, scheduled, agreed, invited), and not a reporting verb: what is
#: said is read after it (Luis said we have until September 30).
_EN_DONE = re.compile(
    r"\b(?:would\s(?:not|have)|wouldn['’]t|used\sto|had|did|was|were|went|came|met|left|began"
    r"|took|made|got|gave|held|ran|saw|spoke|heard|felt|kept|brought|found|paid|lost|fell|won"
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bget\s)(?<!\bgets\s)"
    r"(?:done\b|"
    r"(?!(?:expected|scheduled|planned|proposed|intended|slated|booked|timetabled|pencil+ed"
    r"|postponed|delayed|moved|deferred|extended|agreed|invited|needed|required|asked|requested"
    r"|tasked|aimed|hoped|wanted|signed\sup|need|seed|feed|speed|shed|bed|red|led)\b)[a-z]{2,}ed))\b"
)
#: A reporting verb: what comes after it is what was said (and its tense).
_EN_REPORTED = re.compile(
    r"\b(?:said|told(?:\s(?:me|us|him|her|them|[A-Z][a-z]+))?|asked|wrote|confirmed|explained"
    r"|mentioned|noted|warned|added|replied|emailed|reminded(?:\s(?:me|us|him|her|them))?)"
    r"(?:\sthat)?\s"
)
_EN_SENTENCE_STOP = re.compile(r"[.;:!?\n]")
#: Nothing but prepositions and the like before a date in its clause: it heads the clause,
#: whose verb comes after it (In October, we had a session).
_EN_HEADING = re.compile(
    r"(?i:\s|\(|in|on|at|by|from|until|till|through|during|around|since"
    r"|early|late|mid|the|of|and|then|back)*"
)


def told_as_done_en(text: str, start: int, end: int) -> bool:
    """Whether the clause of an English ``text[start:end]`` tells it as done (:data:`_EN_DONE`).

    Its clause runs from the last comma or stop before it, and after it to the next comma, or
    to the next stop when it heads its clause.
    """
    lo = max(0, start - 80)
    while 0 < lo < start and text[lo - 1].isalnum():  # not from a word's middle ("minded")
        lo += 1
    before = text[lo:start]
    cut = max((m.end() for m in _EN_CLAUSE_END.finditer(before)), default=0)
    cut = max((m.end() for m in _EN_REPORTED.finditer(before, cut)), default=cut)
    hi = min(len(text), end + 80)
    while end < hi < len(text) and text[hi].isalnum():  # nor to one's middle
        hi -= 1
    after = text[end:hi]
    heads = _EN_HEADING.fullmatch(before, cut) is not None
    stop = (_EN_SENTENCE_STOP if heads else _EN_CLAUSE_END).search(after)
    after = after[: stop.start()] if stop else after
    return _EN_DONE.search(before, cut) is not None or _EN_DONE.search(after) is not None


def en_floor(m: re.Match[str], ctx: TimeContext) -> date | None:
    """The studied period's start, below which a yearless English date may look ahead.

    ``None`` when its clause tells it as done (We had a joint planning session in
    October): what is told as done is behind, before the period or not (see
    :func:`nearest`'s ``floor``).
    """
    return None if told_as_done_en(m.string, m.start(), m.end()) else ctx.case_start


def en_future(
    text: str, start: int, end: int, prospective: bool, *, reported: bool = False
) -> bool:
    """Whether an English yearless date speaks of the coming one (will, scheduled for ...).

    So does an arranging verb in the perfect before it ("we've offered a sit-down in
    February", :func:`arranged_context`). In a source written at the time or a report
    (``reported``), so does a line headed as a plan, or a heading of plans over its block
    ("Follow-up: joint planning session in October", "5. Plans for Q2" over "- Review the
    pathway before Christmas", :func:`under_plan_head`). In a source written at the time,
    would or will (or 'd, 'll) and a verb before it also do (:func:`modal_context`), and so
    does an arranging verb in any tense.
    """
    if future_context(text, start, end):
        return True
    arranged = arranged_context(text, start, end)
    return (
        arranged == 2
        or (prospective and (arranged == 1 or modal_context(text, start, end)))
        or ((prospective or reported) and under_plan_head(text, start))
    )


#: A clause's end: a cue across it does not mark an expression.
_CLAUSE_END = re.compile(r"[，。；！？,.;!?：:\n]")
#: Words before a time ahead that make it a rumour, a guess, a plan, a condition or a statement
#: of intent (听说中心明年…, 表示明年继续购买):
#: Chinese ones, then English ones.
_AHEAD_BEFORE_ZH = (
    r"听说|据说|听人说|有人说|传说|传言|打算|准备|计划|预计|可能|也许|或许|估计|恐怕|如果|要是|万一|争取"
    r"|担心|害怕|怕|惊|希望|考虑|表示|(?<![申邀聘宴提])请(?![示假])|要求|责成"
    r"|要在|将在|将于|拟于|拟在|定于|即将"
)
_AHEAD_BEFORE_EN = (
    r"\b(?:[Ww]ill|would|might|may|could|plans?\sto|planning|planned|going\sto|expects?|expected"
    r"|hopes?\sto|intends?|rumou?rs?|heard|[Ii]f|[Bb]y|[Bb]efore|committed\sto|agreed\sto"
    r"|promised|worr(?:y|ies|ied)|afraid|fears?|feared|anxious|nervous"
    r"|offered|proposed|suggested|arranged|booked|scheduled|pencil+ed"
    r"|[Hh]appy\sto|[Gg]lad\sto|[Ll]et['’]s|[Nn]otes\sfor|[Aa]genda\sfor"
    r"|(?:is|are)(?:\s(?:due|set|booked))?\s(?:in|on|for|at|by)"
    r"|(?:starts|begins|ends|expires|closes|opens|finishes|lapses)\s(?:in|on|at|by|until))\b"
    r"|[’']ll\b"
)
_AHEAD_BEFORE = re.compile(f"{_AHEAD_BEFORE_ZH}|{_AHEAD_BEFORE_EN}")
#: Whether there is one is asked of each part alone: ``re`` skips to the first characters of
#: the Chinese words at once (every one starts with a literal), and the English ones are looked
#: for only where a letter they start with is (rare in Chinese text).
_AHEAD_ZH = re.compile(_AHEAD_BEFORE_ZH)
_AHEAD_EN = re.compile(_AHEAD_BEFORE_EN)
_AHEAD_EN_FIRST = re.compile("[WwmcpgehirIBbafnsolHhGgLlNnAa’']")


def _ahead_before(text: str, lo: int, hi: int) -> bool:
    """Whether ``_AHEAD_BEFORE.search(text, lo, hi)`` finds a word, answered sooner."""
    return _AHEAD_ZH.search(text, lo, hi) is not None or (
        _AHEAD_EN_FIRST.search(text, lo, hi) is not None
        and _AHEAD_EN.search(text, lo, hi) is not None
    )


#: The same, a few characters after it (明年可能…, 下个月要…, 明年的活动计划, 明年继续…, a
#: consequence 你去反映，明年项目就没了, a condition 明年的项目如果还是这样, next year we will).
_AHEAD_AFTER = re.compile(
    r"[^，。；！？,.;!?：:\n]{0,4}?(?P<cue>可能|也许|或许|大概|估计|恐怕|应该|可以|考虑|要(?!求)"
    r"|(?<![委协学工议社大晚开机理聚例])会(?![议后上场])"
    r"|将(?!近)|打算|准备|计划|预计|争取|开始|起(?![来床])|再(?:说|看|议|定|谈|商量|决定|研究)|能不能|能否|可不可以|可否"
    r"|继续|就|如果|要是|假如|万一"
    # a term or an arrival scheduled now: 合同明年2月底到期, 新局长下周到任
    r"|到期|期满|届满|到任|上任|到岗"
    r"|\b(?:will|might|would|may|could|plans?\sto|is\sgoing\sto)\b)"
)
#: A condition closing the time ahead's clause (年底终期评估不过的话): a warning given now.
_IF_AFTER = re.compile(r"[^，。；！？,.;!?：:\n]{0,16}?(?P<cue>的话)")

#: 到 or 至 right before a time ahead (过渡到5月底, 合同延长至2023年5月31日): a term set now;
#: 截至 and 直至 are not.
_UNTIL_BEFORE = re.compile(r"(?P<until>(?<![截直])至|到)\s?$")
#: A deadline right after a time ahead (八月底前, 三月之前): set now.
_DEADLINE_AFTER = re.compile(r"(?:之|以)?前(?![后後夕几幾])")
_DEADLINE_FIRST = frozenset("之以前")


def looking_ahead(text: str, start: int, end: int) -> str | None:
    """The cue that makes ``text[start:end]``, a time after the source's date, a present word.

    听说中心明年可能不干了 is a rumour heard now about next year: the evidence
    (the rumour, the plan, the guess) belongs to the source's date. Looks in
    the expression's clause, up to 60 characters before it (听说, 打算, 如果,
    will, plans to, by ...), a few after it (可能, 要, 会, 到期, 到任, will ...), a condition
    closing its clause (…不过的话), for 到 or
    至 right before it (过渡到5月底) and for a deadline right after it (八月底前拨付).

    Returns:
        The cue as written, or ``None`` when nothing around says so.
    """
    after = _AHEAD_AFTER.match(text, end) or _IF_AFTER.match(text, end)
    if after is not None:
        return after.group("cue")
    lo = max(0, start - 60)
    if _ahead_before(text, lo, start):
        for stop in _CLAUSE_END.finditer(text, lo, start):
            lo = stop.end()
        if cues := _AHEAD_BEFORE.findall(text, lo, start):
            return str(cues[-1])
    until = _UNTIL_BEFORE.search(text, max(0, start - 3), start)  # 过渡到5月底: set now
    if until is not None:
        return until.group("until")
    if text[end : end + 1] not in _DEADLINE_FIRST:  # most often: no deadline
        return None
    deadline = _DEADLINE_AFTER.match(text, end)  # 八月底前拨付: a deadline set now
    return deadline.group(0) if deadline is not None else None


SOON_DAYS = 45
"""A yearless date starting this many days after a prospective source's date is the coming one."""
LONG_AGO_DAYS = 180
"""... when its latest occurrence ended more than this many days before the source's date."""
LEANING_DAYS = 183
""":data:`SOON_DAYS` after a word leaning ahead (from November: see :func:`leaning_ahead`)."""


def nearest(
    make: Callable[[int], Span | None],
    reference: date,
    future: bool = False,
    prospective: bool = False,
    soon_days: int = SOON_DAYS,
    floor: date | None = None,
) -> Span | None:
    """The occurrence of a yearly date nearest the reference.

    Args:
        make: The interval of the date in a given year (``None`` where it does not exist).
        reference: The source's date.
        future: Take the first occurrence after the reference instead of the
            latest one starting on or before it.
        prospective: The source is written at the time (notes, minutes, messages):
            the coming occurrence is taken when it starts within :data:`SOON_DAYS`
            and the latest one ended more than :data:`LONG_AGO_DAYS` before (in a
            note of 2022-01-13, February is 2022's, not 2021's).
        soon_days: :data:`SOON_DAYS`, or :data:`LEANING_DAYS` after a word leaning ahead.
        floor: The first day of the studied period: an occurrence behind that ends
            before it gives way to the coming one when that starts within
            :data:`LEANING_DAYS` (in a plan of 2021-10-29 for a project begun in
            August 2021, "before Christmas" is 2021's, not 2020's).

    Returns:
        The chosen interval, or ``None`` when no year around the reference has the date.
    """
    candidates = [
        span
        for year in range(reference.year - 2, reference.year + 3)
        if (span := make(year)) is not None
    ]
    if future:
        return earliest_after(candidates, reference)
    latest = latest_not_after(candidates, reference)
    if prospective and (latest is None or (reference - latest.end).days > LONG_AGO_DAYS):
        coming = earliest_after(candidates, reference)
        if coming is not None and (coming.start - reference).days <= soon_days:
            return coming
    if floor is not None and latest is not None and latest.end < floor:
        coming = earliest_after(candidates, reference)
        if coming is not None and (coming.start - reference).days <= LEANING_DAYS:
            return coming
    return latest
