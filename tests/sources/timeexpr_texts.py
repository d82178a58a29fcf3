"""Generated texts for testing time placement: expressions, near misses and noise, mixed.

Each text mixes time expressions (from the test cases and more) with words
that look like parts of them (每周, 年度, every week, timetable) and plain
clauses, so that rules and anchors meet every kind of neighbour. Seeded, so
the same texts come back every run.
"""

from __future__ import annotations

import random

import test_timeexpr_en as en
import test_timeexpr_zh as zh

ZH_CLAUSES = [
    "社工和文化站的工作人员一起讨论了下一阶段的活动安排",
    "镇里要求中心每周上报活动台账并提前审批活动方案",
    "老年人希望增加健康讲座和义诊活动",
    "文化中心的场地使用时间和学校放学时间冲突",
    "青少年四点半课堂由大学生志愿者负责辅导",
]
EN_CLAUSES = [
    "the office asked the centre to report its activities every week",
    "the use of the hall clashed with the school timetable",
    "the two sides disagreed about how the funding may be spent",
    "at the same time the actual needs of residents have to be taken into account",
]
ZH_EXPRESSIONS = sorted(
    {case[1] for case in zh.CASES}
    | {
        "两个多月前", "这几天", "那几个月", "同一天", "隔天", "次日", "当天", "那一天",
        "前些日子", "前一阵子", "近几个月", "最近一年", "项目后期", "快要结项", "服务期满",
        "合同期即将到期", "进驻一年后", "签约以后三个月", "之后两个月", "此后三年", "又过了两周",
        "再过半年", "大年初一", "年三十", "除夕", "元宵节", "清明节前后", "重阳节", "国庆节之后",
        "2018年2月30日", "19年", "２０１９年", "本年度", "上一年", "那一年", "次年", "同年",
        "后年", "下下个月", "上上周", "这个礼拜", "下星期天", "月初", "年中", "年尾", "第3季度",
        "三月上旬", "十二月三十一号", "第五年", "项目的第二年", "服务第三个年度", "2018.03.15",
        "2018/03", "2017-9", "十十个月前", "离中心最近的小区", "最近的地方", "距离最近的站点",
        "刚刚开始进驻的时候", "中期检查之后", "自2017年至2019年", "从那年起", "自从去年以来",
    }
)  # fmt: skip
ZH_NEAR_MISSES = [
    "每周", "时间", "中心", "年度", "年龄", "月饼", "五一广场", "年级", "年代", "日子",
    "适当时候", "提前", "前后", "中国", "年轻", "半年", "一年", "一个月", "每月", "几年", "第3季",
    "进来", "签订", "合同", "项目", "服务", "之后", "以前", "天天", "最近的", "3号楼", "2018人次",
    "50年代", "初步", "月份", "个月", "上个", "这个", "年", "月", "日", "周", "星期", "天", "春",
    "秋", "季度", "上半", "第二", "第", "二", "三", "十", "两", "半", "多", "个", "去", "今",
    "前", "后", "那", "当", "同", "次", "本", "这", "上", "下", "中期", "到期", "快", "刚",
    "进驻", "时候", "最", "近", "离", "小区", "１", "２", "０", "-", "/", ".", "0", "1", "2", "9",
    "将", "计划在", "的", "，", "。", " ", "自", "从", "起", "以来", "至", "到", "开始",
]  # fmt: skip
EN_EXPRESSIONS = sorted(
    {case[1] for case in en.CASES}
    | {
        "February", "MARCH 2018", "march 15", "15 march", "mar 15", "in May", "may 2018", "aug 5",
        "the year after", "later this month", "the following month", "a couple of weeks later",
        "in 3 weeks' time", "ten days ago", "at that point", "by then", "in those days",
        "that day", "the day after", "when we first arrived", "WHEN WE ARRIVED",
        "when the project started", "as the contract neared its end",
        "in the early days of the project", "the Contract", "during the fourth year",
        "ahead of the mid-term review", "Mid-Autumn Festival", "around National Day",
        "Lunar New Year 2019", "winter break", "Q1", "2019Q3", "mid-2019",
        "the end of the following year", "late spring", "that summer", "in the fall",
        "since 2017", "from 2017 onwards", "from 2018 to 2019", "since 2019",
        "April 2018 to March 2019", "from Sept 2017 through May 2018",
        "between June 2018 and May 2019", "Jan 2019 - Dec 2019",
    }
)  # fmt: skip
EN_NEAR_MISSES = [
    "the", "a", "in", "at", "of", "by", "we", "last", "this", "next", "that", "early", "end",
    "first", "half", "quarter", "year", "years", "month", "week", "day", "days", "time", "then",
    "back", "ago", "later", "before", "after", "2018", "15", "3", "spring", "fall", "winter",
    "March", "May", "may", "march", "Jan", "contract", "project", "programme", "service", "when",
    "was", "will", ",", ".", "-", "the following", "same", "Q2", "Christmas", "National", "Day",
    "point", "two", "'s", "every", "timetable", "people", "yuan", "since", "from", "onwards", "to",
]  # fmt: skip


def generated_texts(seed: int, count: int) -> list[str]:
    """``count`` texts: Chinese, English and mixed; clauses with expressions, and word salads."""
    rng = random.Random(seed)
    texts = []
    for index in range(count):
        chinese = index % 2 == 0
        clauses, expressions, misses, sep, glue = (
            (ZH_CLAUSES, ZH_EXPRESSIONS, ZH_NEAR_MISSES, "，", "")
            if chinese
            else (EN_CLAUSES, EN_EXPRESSIONS, EN_NEAR_MISSES, ", ", " ")
        )
        kind = rng.random()
        if kind < 0.3:
            parts = [rng.choice(clauses) for _ in range(rng.randint(1, 3))]
            for _ in range(rng.randint(1, 3)):
                parts.insert(rng.randrange(len(parts) + 1), rng.choice(expressions))
            texts.append(sep.join(parts))
        elif kind < 0.8:
            pool = expressions + misses
            texts.append(glue.join(rng.choice(pool) for _ in range(rng.randint(2, 12))))
        else:
            texts.append(glue.join(rng.choice(misses) for _ in range(rng.randint(3, 20))))
    mixed = [
        rng.choice(texts) + rng.choice(["", " ", "，", "\n"]) + rng.choice(texts)
        for _ in range(count // 10)
    ]
    long = ["\n\n".join(rng.choice(texts) for _ in range(60)) for _ in range(count // 200 + 1)]
    return texts + mixed + long
