"""The scanner: what the anchors find is what a search of the whole text finds.

Resolved against an interview recorded on 2019-12-10, in a case studied from
2017-09-01 to 2019-12-31 whose contract runs from 2017-09-01 to 2019-08-31
with its mid-term review on 2018-09-01.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
import test_timeexpr_en
import test_timeexpr_zh
from timeexpr_context import CTX
from timeexpr_texts import generated_texts

from relcycle.sources.timeexpr import find_mentions, prescan
from relcycle.sources.timeexpr.find import default_scanner, scan_text
from relcycle.sources.timeexpr.numerals import normalise_digits
from relcycle.sources.timeexpr.scanner import Rule

TEXTS = generated_texts(seed=20191210, count=1000)
RULES = [rule for family in default_scanner().families for rule in family.rules]
_CASE_TEXTS = [case[0] for case in (*test_timeexpr_zh.CASES, *test_timeexpr_en.CASES)] + [
    "那年秋天", "同年下半年", "次年春节", "当月", "次月初", "两个月后", "之后两个月", "前两个月",
    "The following year", "the year before", "the year before last", "That year",
    "two months later", "two months ago", "in two weeks' time", "that autumn", "last spring",
]  # fmt: skip


def test_anchors_lose_nothing_on_generated_texts() -> None:
    for text in TEXTS:
        assert scan_text(text, CTX) == scan_text(text, CTX, prefilter=False), text


def test_anchors_lose_nothing_after_a_previous_mention() -> None:
    previous = find_mentions("2018年3月15日", CTX)[0]
    for text in TEXTS[::3]:
        with_anchors = scan_text(text, CTX, previous)
        assert with_anchors == scan_text(text, CTX, previous, prefilter=False), text


def test_long_texts_read_one_anchor_letter_at_a_time_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    long = [text for text in TEXTS if len(text) > 1000 and text.isascii()]
    long.append("\n\n".join(text for text in TEXTS if text.isascii())[:20000])
    monkeypatch.setattr(prescan, "_LONG", 0)
    one_at_a_time = [scan_text(text, CTX) for text in long]
    monkeypatch.setattr(prescan, "_LONG", 10**9)
    assert [scan_text(text, CTX) for text in long] == one_at_a_time


def _head(rule: Rule) -> tuple[str, str]:
    """A rule's pattern split into its leading lookahead and the rest."""
    pattern, depth, index = rule.pattern, 0, 0
    assert pattern.startswith("(?="), rule.name
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = pattern.index("]", index + 2)
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0:
                return pattern[: index + 1], pattern[index + 1 :]
        index += 1
    raise AssertionError(f"unbalanced pattern of {rule.name}")


HEADED = [rule for rule in RULES if rule.pattern.startswith("(?=")]


@pytest.mark.parametrize("rule", HEADED, ids=[rule.name for rule in HEADED])
def test_leading_lookahead_is_implied_by_the_rest(rule: Rule) -> None:
    head, rest = (re.compile(part) for part in _head(rule))
    for text in map(normalise_digits, TEXTS[:400]):  # as the scanner reads them: ３ is 3
        for position in range(len(text)):
            if rest.match(text, position):
                assert head.match(text, position), (rule.name, text[position:])


def test_every_rule_has_anchors() -> None:
    assert all(rule.anchors for rule in RULES)


def test_words_that_are_no_numbers_are_skipped() -> None:
    assert find_mentions("十十个月前镇里来过。", CTX) == []


def test_full_width_digits_in_english_text() -> None:
    (mention,) = find_mentions("The survey closed on 1 June ２０１９.", CTX)
    assert mention.expression == "1 June ２０１９"
    assert mention.interval_start == date(2019, 6, 1)


#: Expressions neither the generated texts nor the cases hold.
_RARE_TEXTS = [
    "The space opens from Monday 21/02 for two weeks; the debrief is on Tues 1.3.",
    "After last Thursday's incident; that Friday; on Tuesday we met; next Monday.",
    "[26/05/2022 09:14] Maria: booked. 03/04/2022, 5/26/2022.",
    "7/16/22, 9:02 AM - Sarah: ok",
    "That first autumn was hard.",
    "Before ANZAC Day 2021 and after Anzac Day we marched.",
    "With effect from today, as of today, from today onwards.",
    "Effective immediately; with immediate effect.",
    "Recently, lately and in recent months the office called.",
    "About six months in, the template came; a year into the contract we refused.",
    "By Q3 FY23, through FY2022-23 and at EOFY; the end of the financial year.",
    "In the first quarter of the contract, and over the final six months of the project.",
    "2022年3月至6月，2022年3-6月，2022年11月至2023年2月底都要报。",
    "头几个月很难，项目的头两个月入户，合同头半年观望。",
    "In '21 we met; the letter of 09/25, the spring of ’22 and Oct. 30 came after.",
    "上季度开展小组3期，本季度和下一季度各2期。",
    "建议看8号下午那场，材料十五号之前交。",
    "进驻以后的第一个春节，签合同后第一个国庆前后。",
    "Wednesday 18th: team call. Fri the 29th: paperwork.",
    "Honestly, the first six months were lovely; our first few months were hard.",
    "Eighteen months in, roughly, it blew up; twenty years ago it began.",
    "In 2022 it was hard. That April we signed.",
    "In the first lockdown we leaned on them; when the pandemic hit we closed.",
    "At the start of the second year they audited us; in year 2 we refused.",
    "2021年以来台账越来越多，去年三月以来更甚；刚开始买服务的时候还好。",
    "The second year, definitely. The first year was calmer; 项目刚落地那会儿也是。",
    "4.24 周六 研学；4.25（周日）县医院；12.3 星期二 入户。",
    "2019年秋季学期和2019-2020学年第二学期，秋季学期；本学期、上学期、第二个学期、那个学期。",
    "27/1 嗰晚水浸，3/15下午又开会。",
    "That first December was hard; our first Christmas, though, was lovely.",
    "That first month we didn't know; the first few weeks, like the first week, our first"
    " fortnight; the first week of March, his first month in the job.",
]
PREVIOUS = [
    find_mentions(text, CTX)[0] for text in ("2018年3月15日", "2016年5月", "2015年", "Q3 2014")
]
NOT_ALWAYS = [rule for rule in RULES if rule.reads_previous is not True]


@pytest.mark.parametrize("rule", NOT_ALWAYS, ids=[rule.name for rule in NOT_ALWAYS])
def test_previous_mention_is_read_only_where_the_rule_says(rule: Rule) -> None:
    pattern = re.compile(rule.pattern)
    reads = rule.reads_previous
    checked = 0
    for text in [*TEXTS[:600], *(case for case in _CASE_TEXTS), *_RARE_TEXTS]:
        for position in range(len(text)):
            match = pattern.match(text, position)
            if match is None or (isinstance(reads, str) and re.search(reads, match.group())):
                continue
            checked += 1
            alone = rule.resolve(match, CTX, None)
            for previous in PREVIOUS:
                assert rule.resolve(match, CTX, previous) == alone, (rule.name, match.group())
    assert checked, rule.name
