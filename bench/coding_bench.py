"""Benchmark of the dictionary auto-coder on Chinese text (one core).

    python bench/coding_bench.py [--megabytes 5] [--patterns 5000] [--repeat 3]

Generates field-note style Chinese paragraphs (service content, logistics and
the relationship with the town government, in the proportions of the bundled
L town case's notes), builds a codebook of ``--patterns`` Chinese rules in
memory (the built-in framework's rules plus synthetic terms and gap rules in
the same style), and times ``DictionaryCoder.predict`` on the text: with the
built-in framework alone and with the large codebook. Also times the coder on
the L town example's own segments (denser in coded evidence) and the reference
``Matcher`` on a sample, for comparison. MB/s counts UTF-8 bytes of segment text.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date

from relcycle import CaseFolder, read_case
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.domain import Case, Segment
from relcycle.examples import example_path
from relcycle.frameworks import Code, Framework, LocalText, Matcher, load_framework
from relcycle.frameworks.rules import compile_rule

NEUTRAL = [
    "今天上午{n}名居民来中心参加{act}，{who}负责签到和拍照。",
    "{act}按计划在{place}开展，到场{n}人，比上次多了{n2}人。",
    "下午整理了图书室的旧书，能用的有{n}本，剩下的准备送去回收。",
    "{who}在群里发了{act}的报名通知，半天就报满了。",
    "天气转凉，{place}的活动改到室内，椅子不够，从会议室搬了{n2}把。",
    "几位老人说腿脚不方便，希望{act}能安排在下午三点以后。",
    "{who}和两位志愿者一起布置场地，挂了横幅，摆好了桌椅。",
    "孩子们在阅读班读完了一本绘本，每人画了一张画贴在墙上。",
    "舞蹈队的队长来借音响，说周末要去镇上参加比赛。",
    "{act}结束后做了满意度调查，收回问卷{n}份，大部分打了满分。",
    "{who}提醒大家下周一停电，{act}暂停一次。",
    "今天来了一位新志愿者，是退休的中学老师，愿意每周来两次。",
    "{place}的空调坏了，报修以后师傅说要等配件。",
    "{who}带着实习生去走访了{n2}户独居老人，记录了他们的需求。",
    "有居民反映晚上广场舞的音乐太吵，{who}去和队长沟通了音量。",
    "书画班的作品挑了{n2}幅准备在元旦展出。",
    "{act}的物资清单已经核对完，还缺{n2}箱矿泉水。",
    "下周三要开{act}的筹备会，{who}负责通知各个队伍。",
    "这个月的活动照片已经整理好，按日期放进了共享文件夹。",
    "新来的社工小王跟着{who}熟悉了一天的工作流程。",
    "晚上{n}点{act}才结束，大家一起把场地打扫干净。",
    "{who}说今年的重阳节想办得热闹一点，请了戏曲队来表演。",
]
RELATION = [
    "{gov}要求中心每周报活动台账，并且所有方案都要提前报批。",
    "{gov}临时通知我们明天去帮忙布置会场，这不在合同范围内。",
    "{who}说{gov}的检查组下周要来，大家这几天都在补材料。",
    "第二笔项目款又推迟了，机构的资金周转越来越紧张。",
    "在联席会议上，双方商量了下半年的活动计划，{gov}同意增加经费。",
    "{gov}让社工去帮忙收医保费，{who}婉拒了，说人手实在不够。",
    "我们把{act}的方案发给{gov}审核，改了三遍才通过。",
    "{who}表示，如果再这样摊派任务，机构只能考虑不再续签。",
    "{gov}这次主动来问我们需要什么支持，还协调了活动场地。",
    "评估专家说台账做得很规范，但服务成效的材料还不够。",
]
SLOTS = {
    "act": ["广场舞排练", "读书会", "健康讲座", "书画班", "亲子活动", "邻里节", "手工课", "义诊"],
    "who": ["李主任", "小张", "小周", "林晓", "项目主管", "督导"],
    "gov": ["镇里", "宣传办", "文化站", "王主任", "刘干事", "街道"],
    "place": ["文化中心", "活动室", "社区广场", "图书室", "多功能厅"],
}
MORPHEMES_A = (
    "社区",
    "文化",
    "志愿",
    "居民",
    "活动",
    "项目",
    "服务",
    "老年",
    "儿童",
    "图书",
    "健康",
    "安全",
    "环境",
    "邻里",
    "家庭",
    "青年",
    "妇女",
    "残障",
    "就业",
    "养老",
    "教育",
    "体育",
    "艺术",
    "公益",
    "应急",
)
MORPHEMES_B = (
    "站点",
    "队伍",
    "计划",
    "骨干",
    "档案",
    "培训",
    "讲座",
    "协会",
    "基金",
    "联盟",
    "评比",
    "展演",
    "课堂",
    "驿站",
    "热线",
    "小组",
    "地图",
    "手册",
    "积分",
    "银行",
    "课程",
    "品牌",
    "网络",
    "论坛",
    "平台",
)
MORPHEMES_C = (
    "建设",
    "提升",
    "改造",
    "推广",
    "试点",
    "督导",
    "考核",
    "申报",
    "验收",
    "宣传",
    "招募",
    "孵化",
)


def make_segments(megabytes: float, seed: int = 0, relation_share: float = 0.3) -> list[Segment]:
    """Paragraph segments of about ``megabytes`` MB of Chinese field-note text."""
    rng = random.Random(seed)
    segments: list[Segment] = []
    size = 0
    limit = int(megabytes * 1_000_000)
    source = 0
    while size < limit:
        offset = 0
        for index in range(rng.randint(5, 30)):
            parts = []
            for _ in range(rng.randint(3, 8)):
                pool = RELATION if rng.random() < relation_share else NEUTRAL
                values = {k: rng.choice(v) for k, v in SLOTS.items()}
                parts.append(
                    rng.choice(pool).format(n=rng.randint(5, 60), n2=rng.randint(2, 12), **values)
                )
            text = "".join(parts)
            segments.append(Segment(f"note-{source}.md", index, offset, offset + len(text), text))
            offset += len(text) + 2
            size += len(text.encode("utf-8"))
        source += 1
    return segments


def bench_case() -> Case:
    """The case the benchmark text is about (the L town example's actors)."""
    actors = CaseFolder(example_path("ltown")).case.actors
    return Case(
        "coding-bench", "coding bench", "zh", "month", date(2017, 9, 1), date(2019, 12, 31), actors
    )


def big_framework(base: Framework, patterns: int, seed: int = 0) -> Framework:
    """``base`` plus synthetic codes whose Chinese rules bring it to ``patterns`` rules."""
    rng = random.Random(seed)
    have = sum(len(c.rules_for("zh")) for c in base.codes)
    terms: set[str] = set()
    while len(terms) < patterns - have:
        a, b, c = rng.choice(MORPHEMES_A), rng.choice(MORPHEMES_B), rng.choice(MORPHEMES_C)
        kind = rng.random()
        if kind < 0.6:
            terms.add(a + b + (c if rng.random() < 0.5 else ""))
        elif kind < 0.85:
            terms.add(f"{a}…{b}{c}")
        else:
            terms.add(f"re:{a}[^。！？；\\n]{{0,6}}({b}|{c})")
    names = frozenset(base.cues)
    ordered = sorted(terms)
    per_code = 100
    codes = []
    for n in range(0, len(ordered), per_code):
        rules = tuple(compile_rule(t, "zh", names) for t in ordered[n : n + per_code])
        codes.append(
            Code(
                id=f"synthetic.c{n // per_code:03d}",
                parent=None,
                label=LocalText({"zh": "合成", "en": "Synthetic"}),
                definition=LocalText(),
                include=LocalText(),
                exclude=LocalText(),
                examples=(),
                applies_to="any",
                family="behaviour",
                rules={"zh": rules},
            )
        )
    return dataclasses.replace(base, codes=base.codes + tuple(codes), hash="bench" + str(patterns))


def best_time(run: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def measure(
    label: str, coder: DictionaryCoder, segments: Sequence[Segment], repeat: int
) -> tuple[float, int]:
    """Print and return MB/s of ``coder.predict(segments)`` and the number of codings."""
    nbytes = sum(len(s.text.encode("utf-8")) for s in segments)
    codings = coder.predict(segments)
    seconds = best_time(lambda: coder.predict(segments), repeat)
    chars = sum(len(s.text) for s in segments)
    mbps = nbytes / 1e6 / seconds
    print(
        f"{label:<44} {nbytes / 1e6:6.2f} MB  {seconds:7.3f} s  {mbps:6.1f} MB/s"
        f"  {len(codings):>7} codings ({1000 * len(codings) / chars:.1f} per 1,000 chars)"
    )
    return mbps, len(codings)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--patterns", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    segments = make_segments(args.megabytes)
    case = bench_case()
    builtin = load_framework()
    big = big_framework(builtin, args.patterns)
    zh_rules = sum(len(c.rules_for("zh")) for c in big.codes)
    print(f"python {sys.version.split()[0]}, {len(segments)} segments")
    started = time.perf_counter()
    big_coder = DictionaryCoder(framework=big).fit(case)
    fit_s = time.perf_counter() - started
    literals = len(big_coder.indexes_["zh"].table.literals)
    print(f"codebook: {zh_rules} zh rules, {literals} automaton literals, fit {fit_s:.2f} s")
    measure(
        "built-in framework (2,074 zh rules)", DictionaryCoder().fit(case), segments, args.repeat
    )
    measure(f"{zh_rules:,}-rule codebook", big_coder, segments, args.repeat)
    ltown = read_case(example_path("ltown"))
    ltown_segments = [s for p in ltown.sources for s in p.segments] * 20
    measure("L town example x20, built-in", DictionaryCoder().fit(ltown.case), ltown_segments, 3)
    sample = segments[: max(1, len(segments) // 50)]
    reference = Matcher(builtin)
    nbytes = sum(len(s.text.encode("utf-8")) for s in sample)
    seconds = best_time(lambda: [reference.find(s.text, "zh") for s in sample], 1)
    print(f"{'reference Matcher, built-in (2% sample)':<44} {nbytes / 1e6 / seconds:36.2f} MB/s")


if __name__ == "__main__":
    main()
