"""How fast find_mentions reads ordinary prose (MB/s of UTF-8), Chinese and English.

Generates field-note-like text with a time expression every three paragraphs
("zh", "en"), none at all ("none") and two in every paragraph ("many"), and
times find_mentions over whole texts and paragraph by paragraph (as
place_segments calls it); best of three runs.

Run: python bench/timeexpr_bench.py [megabytes] [--cpu]
(--cpu times the process's CPU time instead of the wall clock: steadier on a busy machine.)
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date

from relcycle.sources.timeexpr import TimeContext, find_mentions

ZH_CLAUSES = [
    "社工和文化站的工作人员一起讨论了下一阶段的活动安排",
    "镇里要求中心每周上报活动台账并提前审批活动方案",
    "居民对舞蹈队和书法班的参与热情比较高",
    "老年人希望增加健康讲座和义诊活动",
    "机构负责人认为审批流程太长影响了活动的及时开展",
    "志愿者骨干提出要建立固定的值班制度",
    "文化中心的场地使用时间和学校放学时间冲突",
    "分管领导对活动宣传的效果不太满意",
    "双方在经费使用和报销凭证上有不同意见",
    "青少年四点半课堂由大学生志愿者负责辅导",
    "会议最后确定由社工牵头起草新的管理办法",
    "我们觉得沟通的渠道还需要进一步理顺",
    "同时也要考虑到居民的实际需求和时间安排",
]
ZH_TIMES = ["去年三月", "2018年下半年", "刚进驻的时候", "上个月", "春节前后", "当时", "两个月后"]
EN_CLAUSES = [
    "the social workers met the town office staff to discuss the next round of activities",
    "the office asked the centre to report its activities every week and to seek approval first",
    "residents were keen on the dance group and the calligraphy class",
    "older people asked for more health talks and free clinics",
    "the director felt that the approval process was too slow for timely activities",
    "volunteer leaders proposed a fixed rota for the reception desk",
    "the use of the hall clashed with the school timetable",
    "the deputy head was not satisfied with how the events were publicised",
    "the two sides disagreed about receipts and how the funding may be spent",
    "we think the channels of communication still need to be clarified",
    "at the same time the actual needs of residents have to be taken into account",
]
EN_TIMES = ["in March 2018", "last spring", "at the start of the contract", "two months later"]


def paragraphs(
    clauses: list[str], times: list[str], sep: str, end: str, n: int, every: int = 3
) -> list[str]:
    """``n`` paragraphs; every ``every``-th starts with a time expression (0: none, 1: two each)."""
    rng = random.Random(7)
    out = []
    for i in range(n):
        parts = [rng.choice(clauses) for _ in range(rng.randint(3, 7))]
        if every == 1:
            parts.insert(rng.randint(1, len(parts)), rng.choice(times))
        if every and i % every == 0:
            parts.insert(0, rng.choice(times))
        out.append(sep.join(parts) + end)
    return out


CLOCK = time.perf_counter


def measure(name: str, paras: list[str], ctx: TimeContext) -> None:
    text = "\n\n".join(paras)
    size = len(text.encode("utf-8")) / 1e6
    best_whole = best_paras = float("inf")
    for _ in range(3):
        t0 = CLOCK()
        found = find_mentions(text, ctx)
        best_whole = min(best_whole, CLOCK() - t0)
        t0 = CLOCK()
        for p in paras:
            find_mentions(p, ctx)
        best_paras = min(best_paras, CLOCK() - t0)
    print(
        f"{name}: {size:.1f} MB, {len(found)} mentions; whole text {size / best_whole:.0f} MB/s; "
        f"paragraph by paragraph {size / best_paras:.0f} MB/s"
    )


def main() -> None:
    global CLOCK
    args = [a for a in sys.argv[1:] if a != "--cpu"]
    if "--cpu" in sys.argv[1:]:
        CLOCK = time.process_time
    megabytes = float(args[0]) if args else 5.0
    ctx = TimeContext(date(2019, 12, 10), date(2017, 9, 1), date(2019, 12, 31),
                      date(2017, 9, 1), date(2019, 8, 31), date(2018, 9, 1))  # fmt: skip
    zh_n = int(megabytes * 1e6 / 350)
    en_n = int(megabytes * 1e6 / 400)
    measure("zh", paragraphs(ZH_CLAUSES, ZH_TIMES, "，", "。", zh_n), ctx)
    measure("en", paragraphs(EN_CLAUSES, EN_TIMES, ", ", ".", en_n), ctx)
    for label, every in (("none", 0), ("many", 1)):
        measure(f"zh {label}", paragraphs(ZH_CLAUSES, ZH_TIMES, "，", "。", zh_n, every), ctx)
        measure(f"en {label}", paragraphs(EN_CLAUSES, EN_TIMES, ", ", ".", en_n, every), ctx)


if __name__ == "__main__":
    main()
