"""Benchmark of the dictionary auto-coder on Chinese text (one core).

    python bench/coding_bench.py [--megabytes 5] [--patterns 5000] [--repeat 3]
        [--framework PATH] [--profile]

Generates field-note style Chinese paragraphs (service content and the
relationship with the town government, about as dense in coded evidence as the
bundled L town case's notes), builds a codebook of ``--patterns`` Chinese
rules in memory (the built-in framework's rules plus synthetic terms, gap
rules and regexes in the same style), and times ``DictionaryCoder.predict``
(matching, flags, attribution, the result's columns; its ``AutoCoding``
objects are built when read, timed on their own line): with the large
codebook and the built-in one, and on text thinned with everyday prose that
has nothing to code, since the time goes mostly into the codings. Also times
the automaton pass alone, the coder on the L town example's own segments, and
the reference ``Matcher`` on a sample. MB/s counts UTF-8 bytes of segment text.

``--framework`` takes the base framework from a folder instead of the built-in
one (to compare coder versions on fixed rules while the rules change);
``--profile`` prints where ``predict`` spends its time on 1 MB of the field
notes with the large codebook (cProfile, own time per function).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import os
import pstats
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from relcycle import CaseFolder, read_case
from relcycle.coding.base import AutoCoding
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
GENERIC = [
    "早上出门的时候下起了小雨，路上堵了将近半个小时。",
    "楼下新开了一家面馆，牛肉面十五块一碗，味道还不错。",
    "周末带孩子去公园放风筝，人特别多，停车很难。",
    "今年夏天特别热，家里的空调从早开到晚。",
    "超市的鸡蛋又涨价了，一斤比上个月贵了一块钱。",
    "晚饭后在小区里散步，碰到了住在对门的邻居。",
    "手机屏幕摔碎了，去维修店换了一块，花了两百多。",
    "昨晚的球赛踢到点球大战，最后主队输了。",
    "女儿这学期开始学钢琴，每天要练一个小时。",
    "高铁站离市区有二十公里，坐地铁要四十分钟。",
    "菜市场门口的水果摊今天的葡萄很新鲜。",
    "下午打了个盹，醒来发现已经五点多了。",
]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SLOTS = {
    "act": ["广场舞排练", "读书会", "健康讲座", "书画班", "亲子活动", "邻里节", "手工课", "义诊"],
    "who": ["李主任", "小张", "小周", "林晓", "项目主管", "督导"],
    "gov": ["镇里", "宣传办", "文化站", "王主任", "刘干事", "街道"],
    "place": ["文化中心", "活动室", "社区广场", "图书室", "多功能厅"],
}
MORPHEMES_A = _words(
    "社区 文化 志愿 居民 活动 项目 服务 老年 儿童 图书 健康 安全 环境 "
    "邻里 家庭 青年 妇女 残障 就业 养老 教育 体育 艺术 公益 应急"
)
MORPHEMES_B = _words(
    "站点 队伍 计划 骨干 档案 培训 讲座 协会 基金 联盟 评比 展演 课堂 "
    "驿站 热线 小组 地图 手册 积分 银行 课程 品牌 网络 论坛 平台"
)
MORPHEMES_C = _words("建设 提升 改造 推广 试点 督导 考核 申报 验收 宣传 招募 孵化")


def make_segments(
    megabytes: float, seed: int = 0, relation_share: float = 0.3, generic_share: float = 0.0
) -> list[Segment]:
    """Paragraph segments of about ``megabytes`` MB of Chinese field-note text.

    Args:
        megabytes: Size of the text (UTF-8).
        seed: Random seed.
        relation_share: Share of the project sentences that are about the
            relationship with the government (the rest are service content).
        generic_share: Share of all sentences that are everyday prose with
            nothing to code (weather, shopping ...), to thin the coded evidence.
    """
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
                if rng.random() < generic_share:
                    pool = GENERIC
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
    """The fastest of ``repeat`` runs, in CPU seconds (other processes share the machine)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def measure(
    label: str,
    coder: DictionaryCoder,
    segments: Sequence[Segment],
    repeat: int,
    objects: bool = False,
) -> tuple[float, float]:
    """Print and return MB/s of ``coder.predict(segments)`` and codings per 1,000 characters.

    With ``objects``, the time includes building every ``AutoCoding`` of the result
    (``list(coder.predict(segments))``), as a caller reading them all does.
    """
    nbytes = sum(len(s.text.encode("utf-8")) for s in segments)
    codings = coder.predict(segments)
    if objects:
        seconds = best_time(lambda: list(coder.predict(segments)), repeat)
    else:
        seconds = best_time(lambda: coder.predict(segments), repeat)
    chars = sum(len(s.text) for s in segments)
    mbps = nbytes / 1e6 / seconds
    density = 1000 * len(codings) / chars
    print(
        f"{label:<52} {nbytes / 1e6:5.2f} MB {mbps:6.1f} MB/s  {density:5.1f} codings/1,000 chars"
    )
    return mbps, density


def scan_only(coder: DictionaryCoder, segments: Sequence[Segment], repeat: int) -> float:
    """MB/s of the automaton pass alone (folding and Aho-Corasick, no regex, no attribution)."""
    index = coder.indexes_["zh"]
    nbytes = sum(len(s.text.encode("utf-8")) for s in segments)
    return nbytes / 1e6 / best_time(lambda: [index.scan(s.text) for s in segments], repeat)


def ceiling(coder: DictionaryCoder, segments: Sequence[Segment], repeat: int) -> float:
    """MB/s of the least any coder of these hits must do: the automaton pass and one
    ``AutoCoding`` per plain-term hit (no regex, no flags, no attribution)."""
    index = coder.indexes_["zh"]
    plain, codes = index.table.plain, index.codes

    def run() -> list[AutoCoding]:
        out = []
        for seg in segments:
            for literal, start, end in index.scan(seg.text):
                for order, _ in plain[literal]:
                    out.append(
                        AutoCoding(
                            source_id=seg.source_id,
                            start=seg.start + start,
                            end=seg.start + end,
                            code=codes[order],
                            coder="ceiling",
                            confidence=0.9,
                            segment_index=seg.index,
                        )
                    )
        return out

    nbytes = sum(len(s.text.encode("utf-8")) for s in segments)
    return nbytes / 1e6 / best_time(run, repeat)


def profile(
    coder: DictionaryCoder, segments: Sequence[Segment], repeat: int, rows: int = 14
) -> None:
    """Print where ``coder.predict(segments)`` spends its time: by stage, then by function.

    Stages are timed cumulatively (CPU time, best of ``repeat``): the automaton
    pass of the bulk index; that plus every rule hit (plain terms, regexes,
    ``near``/``not`` windows, flags: :meth:`BatchIndex.match`); the whole of
    ``predict`` (plus actor attribution and the result's columns); and
    ``predict`` with every ``AutoCoding`` built.
    """
    batch = coder._batches["zh"][0]
    groups = [[s.text for s in b] for b in _predict_batches(segments)]
    nbytes = sum(len(s.text.encode("utf-8")) for s in segments)
    runs: list[tuple[str, Callable[[], object]]] = [
        (
            "automaton pass (fold, Aho-Corasick, hits as arrays)",
            lambda: [batch.scan(texts) for texts in groups],
        ),
        (
            "rule hits: plain terms, regexes, windows, flags",
            lambda: [batch.match(texts) for texts in groups],
        ),
        ("attribution and the result's columns", lambda: coder.predict(segments)),
        ("AutoCoding objects, when all are read", lambda: list(coder.predict(segments))),
    ]
    stages = [(label, best_time(run, repeat)) for label, run in runs]
    total = stages[-1][1]
    print(f"\nwhere predict spends its time ({nbytes / 1e6:.2f} MB, best of {repeat})")
    print(f"{'stage':<52} {'ms/MB':>7} {'share':>6}")
    done = 0.0
    for label, seconds in stages:
        part = seconds - done
        done = seconds
        print(f"{label:<52} {1000 * part / (nbytes / 1e6):7.1f} {100 * part / total:5.0f}%")
    coder.predict(segments)
    profiler = cProfile.Profile()
    profiler.enable()
    coder.predict(segments)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = sum(row[2] for row in stats.values())
    print(f"\nwhere predict spends its time (cProfile, {total:.2f} s with profiling)")
    print(f"{'own %':>6} {'calls':>8}  function")
    ranked = sorted(stats.items(), key=lambda item: -item[1][2])
    for (path, line, name), (_, calls, own, _, _) in ranked[:rows]:
        where = f"{Path(path).name}:{line} {name}" if line else name
        print(f"{100 * own / total:6.1f} {calls:8,}  {where}")


def _predict_batches(segments: Sequence[Segment]) -> list[Sequence[Segment]]:
    """``segments`` in the batches ``predict`` codes at once."""
    try:
        from relcycle.coding.dictionary.coder import _batches
    except ImportError:  # a coder before batches by characters: 1,024 segments
        return [segments[i : i + 1024] for i in range(0, len(segments), 1024)]
    return list(_batches(segments))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--patterns", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--framework", help="base framework folder (default: built-in)")
    parser.add_argument("--profile", action="store_true", help="also print a profile")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    case = bench_case()
    builtin = load_framework(args.framework)
    big = big_framework(builtin, args.patterns)
    zh_rules = sum(len(c.rules_for("zh")) for c in big.codes)
    builtin_rules = sum(len(c.rules_for("zh")) for c in builtin.codes)
    started = time.process_time()
    big_coder = DictionaryCoder(framework=big).fit(case)
    fit_s = time.process_time() - started
    literals = len(big_coder.indexes_["zh"].table.literals)
    small_coder = DictionaryCoder(builtin).fit(case)
    print(f"python {sys.version.split()[0]}; CPU time, best of {args.repeat}")
    print(f"codebook: {zh_rules:,} zh rules, {literals:,} automaton literals, fit {fit_s:.2f} s")
    notes = make_segments(args.megabytes)
    measure(f"field notes, {zh_rules:,}-rule codebook", big_coder, notes, args.repeat)
    label = "  the same, every AutoCoding built (list(predict))"
    measure(label, big_coder, notes, args.repeat, objects=True)
    measure(f"field notes, built-in ({builtin_rules:,} rules)", small_coder, notes, args.repeat)
    for share in (0.5, 0.8, 0.9):
        thinned = make_segments(args.megabytes, generic_share=share)
        label = f"{int(share * 100)}% everyday prose, {zh_rules:,}-rule codebook"
        measure(label, big_coder, thinned, args.repeat)
    print(
        f"{'automaton pass only (field notes, big codebook)':<52} {'':8} "
        f"{scan_only(big_coder, notes, args.repeat):6.1f} MB/s"
    )
    print(
        f"{'ceiling: automaton + AutoCoding per plain hit, built-in':<52} {'':8} "
        f"{ceiling(small_coder, notes, args.repeat):6.1f} MB/s"
    )
    ltown = read_case(example_path("ltown"))
    ltown_segments = [s for p in ltown.sources for s in p.segments] * 20
    ltown_coder = DictionaryCoder(builtin).fit(ltown.case)
    measure("L town example x20, built-in", ltown_coder, ltown_segments, args.repeat)
    sample = notes[: max(1, len(notes) // 50)]
    reference = Matcher(builtin)
    nbytes = sum(len(s.text.encode("utf-8")) for s in sample)
    seconds = best_time(lambda: [reference.find(s.text, "zh") for s in sample], 1)
    print(
        f"{'reference Matcher, built-in (2% of field notes)':<52} {'':8} "
        f"{nbytes / 1e6 / seconds:6.2f} MB/s"
    )
    if args.profile:
        profile(big_coder, make_segments(1.0), args.repeat)


if __name__ == "__main__":
    main()
