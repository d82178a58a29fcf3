"""Quality of the dictionary auto-coder on the labelled development set.

    python bench/coding_quality.py                    # full report, current rules
    python bench/coding_quality.py --baseline REV     # the rules as they were at git REV
    python bench/coding_quality.py --brief            # headline figures only
    python bench/coding_quality.py --errors [--code gov.control] [--lang zh]
    python bench/coding_quality.py --audit REV         # where rules added since REV fire
    python bench/coding_quality.py --set check [--baseline REV]  # the check set (behaviour only)
    python bench/coding_quality.py --set check2 [--baseline REV]  # the third set (behaviour only)
    python bench/coding_quality.py --set train [--coder hybrid]  # the training cases
    python bench/coding_quality.py --set blind [--coder hybrid]  # the blind cases
    python bench/coding_quality.py --phrasebook [--baseline REV]  # recall on the phrasebook
    python bench/coding_quality.py --coder hybrid [--set check]  # rules + the shipped learned model

Runs :class:`~relcycle.coding.dictionary.DictionaryCoder` (default settings:
negated hits dropped) on ``tests/data/devset/devset-zh`` and ``devset-en`` and
scores it against their gold codings with :func:`relcycle.coding.evaluate.score`
(unit = segment; ``actor.*`` not scored, as the set does not label it).

Protocol. The rules are improved using this set, so each case's sources are
split deterministically: sorted by source id (which starts with the date),
the 1st, 3rd, 5th ... form the *tuning* half and the 2nd, 4th ... the
*held-out* half. Rules are changed looking only at errors on the tuning half
(``--errors`` prints nothing else); the held-out half measures whether the
changes generalise. Every figure is given for tuning, held-out and all, for
zh, en and both together.

``--set check`` scores the second held-out set instead (``checkset-zh``,
``checkset-en``: another case, written before the rules it measures, only
behaviour codes labelled). It has no tuning half and ``--errors`` refuses it:
its errors are not to be read, or it stops being held out. ``--set check2``
scores the third one (``checkset2-zh``, ``checkset2-en``: written blind to the
rules, behaviour codes only), under the same terms. ``--set train`` scores the training
cases (``tests/data/trainset/*``, written blind to the rules and the model,
behaviour codes only), split like the development set but by whole case: the
1st, 3rd, 5th ... case of each language by sorted id is the tuning half, which
``--errors`` and ``--audit`` read and rules may be written from; the other cases
are held out. All are in-sample for ``--coder hybrid``, whose model learns from them.
``--set blind`` scores the blind cases (``tests/data/blindset/*``, written the
same way and kept out of the rules and the model): like the check sets, their
errors are not to be read.

``--phrasebook`` reads ``tests/data/devset/phrasebook.tsv``: sentences
written from the code definitions in rounds, each round before the rules of
that round. With ``--baseline REV`` at the commit before a round, that
round's recall is an out-of-sample figure; its negative sentences (code
``-``) should get no behaviour code.

``--coder hybrid`` scores :class:`~relcycle.coding.hybrid.HybridCoder`
instead: the same rules plus behaviour codes from the learned model shipped
for the framework. The model is trained on the tuning half, the phrasebook,
tests/frameworks/labelled-sentences.yaml and the training cases, so its
tuning-half figures are in-sample twice over; the held-out half and the check
sets are not read by it.

``--audit REV`` lists every hit of the rules added since git revision ``REV``
on text that should mostly not be coded: the bundled example cases (L town,
Riverside), a few dozen sentences of ordinary service text below, and the
tuning half's segments where gold does not have the code. Each added rule
should be read against that list before it is kept.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import math
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from relcycle import CaseData, Coding, Segment, read_case
from relcycle.coding.base import AutoCoder, AutoCoding
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.coding.evaluate import Level, QualityReport, score
from relcycle.coding.hybrid import HybridCoder
from relcycle.examples import example_path
from relcycle.frameworks import Framework, Matcher, load_framework
from relcycle.sources.script import to_simplified

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "devset"
LANGS = ("zh", "en")
HALVES = ("tuning", "held-out", "all")
SETS = {
    "dev": "devset",
    "check": "checkset",
    "check2": "checkset2",
    "train": "trainset",
    "blind": "blindset",
}
"""``--set`` choice → folder prefix under tests/data/devset, or folder under tests/data."""
CASE_SETS = {name: ROOT / "tests" / "data" / SETS[name] for name in ("train", "blind")}
"""``--set`` choices that are folders of whole cases (both languages)."""
FRAMEWORK_DIR = "src/relcycle/frameworks/data/gpps-lifecycle"
BEHAVIOUR_SUBFAMILIES = (
    "gov.explore",
    "gov.support",
    "gov.consult",
    "gov.control",
    "gov.concede",
    "swo.explore",
    "swo.comply",
    "swo.negotiate",
    "swo.resist",
    "swo.cooperate",
    "swo.autonomy",
)
FAMILIES = (
    "behaviour",
    "relationship",
    "goal",
    "value",
    "resource",
    "embeddedness",
    "legitimacy",
)


ORDINARY = {
    "zh": (
        "今天上午十五位老人来中心量血压，志愿者帮忙登记。",
        "下午的手工课做了纸灯笼，孩子们都很开心。",
        "活动室的空调坏了，已经报修，师傅说明天来。",
        "舞蹈队晚上七点排练，音响由队长自己带来。",
        "我们给独居老人送了月饼，顺便问了问他们最近的身体情况。",
        "四点半课堂新来了三个孩子，家长说想让孩子多读点书。",
        "读书会这周讨论的是一本关于家乡的散文集。",
        "志愿者培训安排在周六上午，内容是急救常识。",
        "下雨了，户外的义诊改到室内进行。",
        "社工小组每周二开一次内部会，讨论个案进展。",
        "刘阿姨说她孙子考上了大学，请大家吃糖。",
        "物业通知下周一停水，活动暂停一次。",
        "满意度问卷收回了八十份，大部分居民打了满分。",
        "我们把活动照片整理好放进了共享文件夹。",
        "书法班的作品下个月在大厅展出。",
        "几位老人反映楼道的灯不亮，我们转告了物业。",
        "暑期夏令营报名很踊跃，两天就满了。",
        "今天整理了图书角，旧书按类别重新上架。",
        "中秋节前，志愿者和老人一起包饺子。",
        "孩子们排练了三个节目，准备在元旦联欢会上表演。",
        "新来的实习生跟着督导熟悉了个案记录的写法。",
        "居民议事会讨论了小区停车的问题，还没有结论。",
        "周末的亲子活动来了二十组家庭，场面很热闹。",
        "老人们说希望以后能多办几次理发服务。",
        "下周要去敬老院慰问，已经准备好了水果。",
    ),
    "en": (
        "Twelve people came to the lunch club today and the soup ran out early.",
        "The volunteers set up the hall for the craft afternoon.",
        "We ran a digital session on video calls; three people called their grandchildren.",
        "The boiler in the kitchen broke again and the caretaker has called the engineer.",
        "A new volunteer started on Tuesday, a retired nurse who lives on the estate.",
        "The befriending team met to go through their caseloads.",
        "Doreen brought a cake for Pat's birthday and everyone sang.",
        "The minibus was late, so the outing left at eleven instead of ten.",
        "We printed the new timetable and put it on the noticeboard.",
        "Two residents asked whether the lunch club could do a vegetarian option.",
        "The reading group chose a crime novel for next month.",
        "Priya trained four volunteers in basic first aid.",
        "It rained all morning and only six people came to the walk.",
        "The chair of the tenants' association thanked the volunteers for the summer fair.",
        "Tom visited Mrs Patel at home; she is recovering well after her fall.",
        "We need more chairs for the Christmas lunch.",
        "The quiz night raised enough for a new kettle.",
        "Our staff meeting this week was mostly about the rota.",
        "The library lent us a box of large-print books.",
        "Attendance at the digital class has settled at about eight.",
        "A resident complained that the music was too loud during the dance session.",
        "We tidied the storeroom and threw out the broken tables.",
        "The tablets need updating before next week's session.",
        "Lucy is on leave next week, so Priya will run the lunch club.",
        "The garden group planted bulbs along the path to the centre.",
    ),
}
"""Ordinary service text: no code of the framework should be found in it."""


@dataclasses.dataclass(frozen=True)
class Run:
    """Segments, gold and predicted codings of one language, with source ids prefixed."""

    lang: str
    segments: tuple[Segment, ...]
    gold: tuple[Coding, ...]
    predicted: tuple[AutoCoding, ...]
    tuning_sources: frozenset[str]

    def half(self, name: str) -> tuple[Sequence[Segment], list[Coding], list[AutoCoding]]:
        if name == "all":
            keep = {s.source_id for s in self.segments}
        elif name == "tuning":
            keep = set(self.tuning_sources)
        else:
            keep = {s.source_id for s in self.segments} - self.tuning_sources
        return (
            [s for s in self.segments if s.source_id in keep],
            [c for c in self.gold if c.source_id in keep],
            [c for c in self.predicted if c.source_id in keep],
        )


def split(source_ids: Iterable[str]) -> frozenset[str]:
    """The tuning half: every other source, by sorted id, starting with the first."""
    return frozenset(sid for n, sid in enumerate(sorted(source_ids)) if n % 2 == 0)


CODERS = {"dictionary": DictionaryCoder, "hybrid": HybridCoder}


def run(
    lang: str,
    framework: Framework,
    which: str = "dev",
    coder: str = "dictionary",
    only_tuning: bool = False,
) -> Run:
    """One language of a set coded; ``only_tuning`` leaves a case set's held-out cases out."""
    if which in CASE_SETS:
        return cases_run(
            CASE_SETS[which], lang, framework, coder, which == "train", only_tuning=only_tuning
        )
    data: CaseData = read_case(DEVSET / f"{SETS[which]}-{lang}")
    return coded(data, framework, coder, f"{lang}/", tuning=which == "dev")


def cases_run(
    folder: Path,
    lang: str,
    framework: Framework,
    coder: str,
    tuning: bool = False,
    only_tuning: bool = False,
) -> Run:
    """The case folders under ``folder`` of one language, as one run (ids ``lang/case/source``).

    With ``tuning``, the tuning half is made of whole cases: the 1st, 3rd, 5th ... of the
    language by sorted id (see :func:`tuning_cases`); ``only_tuning`` codes no other case.
    """
    cases = [d for d in _cases(folder) if d.case.language == lang]
    chosen = tuning_cases(d.case.id for d in cases) if tuning else frozenset()
    if only_tuning:
        cases = [d for d in cases if d.case.id in chosen]
    runs = [coded(d, framework, coder, f"{lang}/{d.case.id}/", tuning=False) for d in cases]
    return Run(
        lang=lang,
        segments=tuple(s for r in runs for s in r.segments),
        gold=tuple(c for r in runs for c in r.gold),
        predicted=tuple(c for r in runs for c in r.predicted),
        tuning_sources=frozenset(
            s.source_id for r in runs for s in r.segments if s.source_id.split("/")[1] in chosen
        ),
    )


def tuning_cases(case_ids: Iterable[str]) -> frozenset[str]:
    """The training cases rules may be written from: every other case id, sorted, from the first.

    The rest are held out: a writer's style runs through a whole case, so a rule that
    generalises must work on cases none of whose text was read.
    """
    return split(case_ids)


@functools.cache
def _cases(folder: Path) -> tuple[CaseData, ...]:
    """The case folders under ``folder``, read once for both languages' runs."""
    return tuple(read_case(f.parent) for f in sorted(folder.glob("*/case.yaml")))


def coded(
    data: CaseData,
    framework: Framework,
    coder: str | AutoCoder,
    prefix: str,
    tuning: bool,
) -> Run:
    """A case coded by ``coder`` (a name, or a coder to fit), source ids prefixed.

    With ``tuning``, the run's tuning half is the case's tuning half of sources.
    """
    lang = data.case.language
    segments = [s for p in data.sources for s in p.segments]
    auto = CODERS[coder](framework) if isinstance(coder, str) else coder
    predicted = list(auto.fit(data.case).predict(segments))
    return Run(
        lang=lang,
        segments=tuple(dataclasses.replace(s, source_id=prefix + s.source_id) for s in segments),
        gold=tuple(
            dataclasses.replace(c, source_id=prefix + c.source_id)
            for c in data.codings
            if c.coder == "gold"
        ),
        predicted=tuple(dataclasses.replace(c, source_id=prefix + c.source_id) for c in predicted),
        tuning_sources=frozenset(
            prefix + s for s in split(p.source.id for p in data.sources) if tuning
        ),
    )


def baseline_framework(rev: str, into: Path) -> Framework:
    """The built-in framework as it was at git revision ``rev``."""
    listing = subprocess.run(
        ["git", "-C", str(ROOT), "ls-tree", "--name-only", f"{rev}:{FRAMEWORK_DIR}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    for name in listing:
        text = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{rev}:{FRAMEWORK_DIR}/{name}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        (into / name).write_text(text, encoding="utf-8")
    return load_framework(into)


def report(runs: Sequence[Run], half: str, level: Level, framework: Framework) -> QualityReport:
    segments: list[Segment] = []
    gold: list[Coding] = []
    predicted: list[AutoCoding] = []
    for r in runs:
        s, g, p = r.half(half)
        segments.extend(s)
        gold.extend(g)
        predicted.extend(p)
    return score(gold, predicted, segments, level=level, framework=framework)


def fmt(x: float) -> str:
    return "  -  " if math.isnan(x) else f"{x:.3f}"


def groups(runs: Sequence[Run]) -> list[tuple[str, list[Run]]]:
    return [(r.lang, [r]) for r in runs] + ([("zh+en", list(runs))] if len(runs) > 1 else [])


def print_headline(
    runs: Sequence[Run], framework: Framework, halves: Sequence[str] = HALVES
) -> None:
    print("## Behaviour codes: macro-F1 (micro P / R / F1)\n")
    print(
        "| set | half | leaf macro-F1 | leaf micro P/R/F1 | subfamily macro-F1 |"
        " subfamily micro P/R/F1 |"
    )
    print("|---|---|---|---|---|---|")
    for name, rs in groups(runs):
        for half in halves:
            cells = []
            for level in ("leaf", "subfamily"):
                b = report(rs, half, level, framework).family("behaviour")
                cells.append(fmt(b.macro.f1))
                cells.append(
                    f"{fmt(b.micro.precision)} / {fmt(b.micro.recall)} / {fmt(b.micro.f1)}"
                )
            print(f"| {name} | {half} | " + " | ".join(cells) + " |")
    print()


def print_families(runs: Sequence[Run], framework: Framework) -> None:
    print("## Per family (leaf codes): micro P / R / F1, macro-F1\n")
    for half in HALVES:
        print(f"### {half}\n")
        print("| family | " + " | ".join(name for name, _ in groups(runs)) + " |")
        print("|---|" + "---|" * len(groups(runs)))
        reports = [report(rs, half, "leaf", framework) for _, rs in groups(runs)]
        for family in FAMILIES:
            cells = []
            for r in reports:
                if family not in r.families:
                    cells.append("(no codes)")
                    continue
                micro, macro = r.families[family]
                cells.append(
                    f"{fmt(micro.precision)} / {fmt(micro.recall)} / {fmt(micro.f1)},"
                    f" {fmt(macro.f1)}"
                )
            print(f"| {family} | " + " | ".join(cells) + " |")
        print()


def print_cases(runs: Sequence[Run], framework: Framework) -> None:
    """Behaviour leaf figures of each case of a run made of several (``lang/case/source`` ids)."""
    print("## Behaviour codes per case (leaf): macro-F1, micro P / R / F1\n")
    print("| case | lang | macro-F1 | micro P / R / F1 |")
    print("|---|---|---|---|")
    for r in runs:
        for case in sorted({s.source_id.split("/")[1] for s in r.segments}):
            prefix = f"{r.lang}/{case}/"
            one = dataclasses.replace(
                r,
                segments=tuple(s for s in r.segments if s.source_id.startswith(prefix)),
                gold=tuple(c for c in r.gold if c.source_id.startswith(prefix)),
                predicted=tuple(c for c in r.predicted if c.source_id.startswith(prefix)),
            )
            b = report([one], "all", "leaf", framework).family("behaviour")
            micro = f"{fmt(b.micro.precision)} / {fmt(b.micro.recall)} / {fmt(b.micro.f1)}"
            print(f"| {case} | {r.lang} | {fmt(b.macro.f1)} | {micro} |")
    print()


def print_codes(
    runs: Sequence[Run], framework: Framework, level: Level, halves: Sequence[str] = HALVES
) -> None:
    last = halves[-1]
    print(f"## Behaviour codes per {level}: F1 (TP/FP/FN) by half, zh+en\n")
    print("| code | " + " | ".join(halves) + f" | zh {last} | en {last} |")
    print("|---|" + "---|" * (len(halves) + 2))
    by_half = {half: report(runs, half, level, framework).family("behaviour") for half in halves}
    by_lang = {r.lang: report([r], last, level, framework).family("behaviour") for r in runs}
    codes = [s.code for s in by_half[last].scores]
    if level == "subfamily":
        codes = [c for c in BEHAVIOUR_SUBFAMILIES if c in codes] + [
            c for c in codes if c not in BEHAVIOUR_SUBFAMILIES
        ]
    for code in codes:
        cells = []
        for rep in [*by_half.values(), *(by_lang[lang] for lang in LANGS if lang in by_lang)]:
            try:
                s = rep.score(code)
            except KeyError:
                cells.append("  -  ")
                continue
            cells.append(f"{fmt(s.f1)} ({s.tp}/{s.fp}/{s.fn})")
        print(f"| {code} | " + " | ".join(cells) + " |")
    print()


def print_errors(runs: Sequence[Run], code_prefix: str | None) -> None:
    """False negatives and positives on the tuning half only."""
    for r in runs:
        segments, gold, predicted = r.half("tuning")
        for seg in segments:
            g = {c.code for c in gold if c.source_id == seg.source_id and _overlaps(c, seg)}
            p = {c for c in predicted if c.source_id == seg.source_id and _overlaps(c, seg)}
            p_codes = {c.code for c in p}
            g = {c for c in g if not c.startswith("actor")}
            fn = sorted(c for c in g - p_codes if _wanted(c, code_prefix))
            fps = sorted(
                (c for c in p if c.code not in g and _wanted(c.code, code_prefix)),
                key=lambda c: c.start,
            )
            if not fn and not fps:
                continue
            print(f"--- {seg.source_id} #{seg.index} [{seg.speaker or ''}]")
            print(f"    {seg.text}")
            for code in fn:
                quotes = [
                    seg.text[max(c.start, seg.start) - seg.start : c.end - seg.start]
                    for c in gold
                    if c.code == code and c.source_id == seg.source_id and _overlaps(c, seg)
                ]
                print(f"  FN {code}: {' | '.join(quotes)}")
            for c in fps:
                if c.code.startswith("actor"):
                    continue
                text = seg.text[c.start - seg.start : c.end - seg.start]
                print(f"  FP {c.code}: «{text}» rule {c.rule!r} actor={c.actor}")


PHRASEBOOK = DEVSET / "phrasebook.tsv"
PHRASEBOOK_NAMES = {
    "actor.government": ["Karen", "Dev", "蒋干事", "周主任", "主任"],
    "actor.social_org": [
        *("Sam", "Lucy", "Priya", "Tom"),
        *("方总", "何主管", "小唐", "阿梅", "小王", "小李"),
    ],
}
"""The people the phrasebook names, as a case's actors would add them to the cue lexicons."""


def print_phrasebook(framework: Framework, coder: str = "dictionary") -> None:
    """Per round: share of phrases whose code (or a descendant) is found; negatives hit.

    The rules read a Traditional or Cantonese sentence as the coder does, in
    Simplified characters (:func:`~relcycle.sources.script.to_simplified`).

    With ``coder="hybrid"`` each sentence is coded by the hybrid coder (rules
    plus learned model; the model learned every round but its test rounds).
    """
    matcher = Matcher(framework, extra_cues=PHRASEBOOK_NAMES)
    lines = [ln for ln in PHRASEBOOK.read_text(encoding="utf-8").splitlines() if ln[:1] != "#"]
    rows = [line.split("\t") for line in lines[1:]]
    learned: dict[int, set[str]] = {}
    if coder == "hybrid":
        hybrid = HybridCoder(framework).fit(read_case(example_path("ltown")).case)
        for lang in LANGS:
            at = [i for i, r in enumerate(rows) if r[1] == lang]
            segments = [
                Segment("phrasebook", i, i * 10_000, i * 10_000 + len(rows[i][3]), rows[i][3])
                for i in at
            ]
            for c in hybrid.predict(segments, lang):
                learned.setdefault(c.segment_index, set()).add(c.code)
    found: dict[str, list[int]] = {}
    misses: list[str] = []
    for i, (rnd, lang, code, text) in enumerate(rows):
        if coder == "hybrid":
            hits = learned.get(i, set())
        else:
            # read as the coder reads it: Traditional characters as Simplified (same offsets)
            read = to_simplified(text) if lang == "zh" else text
            hits = {h.code for h in matcher.find(read, lang) if not h.negated}
        behaviour = sorted(c for c in hits if c.startswith(("gov.", "swo.")))
        key = f"round {rnd}" + (" negatives" if code == "-" else "")
        tally = found.setdefault(key, [0, 0])
        tally[1] += 1
        if code == "-":
            tally[0] += bool(behaviour)
            if behaviour:
                misses.append(f"  FP [{lang}] {text} {behaviour}")
        elif any(c == code or c.startswith(code + ".") for c in hits):
            tally[0] += 1
        else:
            misses.append(f"  FN {code} [{lang}] {text}")
    print("| part | found | share |\n|---|---|---|")
    for key, (hit, n) in found.items():
        print(f"| {key} | {hit}/{n} | {hit / n:.2f} |")
    print("\n" + "\n".join(misses))


def rule_keys(framework: Framework) -> set[tuple[str, str, str]]:
    return {
        (c.id, lang, r.written)
        for c in framework.codes
        for lang in LANGS
        for r in c.rules_for(lang)
    }


def print_audit(runs: Sequence[Run], framework: Framework, baseline: Framework) -> None:
    """Hits of the rules added since ``baseline`` on text that should mostly not be coded."""
    added = rule_keys(framework) - rule_keys(baseline)
    print(f"{len(added)} rules added\n")
    matcher = Matcher(framework)
    texts: list[tuple[str, str, str, set[str]]] = []
    for lang in LANGS:
        texts.extend((f"ordinary-{lang}", lang, t, set()) for t in ORDINARY[lang])
    for name, lang in (("ltown", "zh"), ("riverside", "en")):
        data = read_case(example_path(name))
        texts.extend(
            (f"{name}/{s.source_id}#{s.index}", lang, s.text, set())
            for p in data.sources
            for s in p.segments
        )
    for r in runs:
        segments, gold, _ = r.half("tuning")
        for seg in segments:
            codes = {c.code for c in gold if c.source_id == seg.source_id and _overlaps(c, seg)}
            texts.append((f"{seg.source_id}#{seg.index}", r.lang, seg.text, codes))
    found: dict[tuple[str, str, str], list[str]] = {key: [] for key in added}
    for where, lang, text, gold_codes in texts:
        for hit in matcher.find(text, lang):
            key = (hit.code, lang, hit.rule)
            if key not in added or hit.code in gold_codes:
                continue
            lo, hi = max(0, hit.start - 25), min(len(text), hit.end + 25)
            context = text[lo : hit.start] + "«" + hit.text + "»" + text[hit.end : hi]
            flags = "".join(f for f, on in (("N", hit.negated), ("H", hit.hedged)) if on)
            found[key].append(f"{where} {flags} {' '.join(context.split())}")
    for key in sorted(found, key=lambda k: (k[0], k[1], k[2])):
        code, lang, written = key
        hits = found[key]
        print(f"{code} [{lang}] {written!r}: {len(hits)} hit(s) outside gold")
        for line in hits[:8]:
            print(f"    {line}")


def _overlaps(c: Coding | AutoCoding, seg: Segment) -> bool:
    return c.start < seg.end and seg.start < c.end


def _wanted(code: str, prefix: str | None) -> bool:
    return prefix is None or code == prefix or code.startswith(prefix + ".")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", metavar="REV", help="use the rules as at this git revision")
    parser.add_argument("--lang", choices=LANGS, help="one language only")
    parser.add_argument("--brief", action="store_true", help="headline figures only")
    parser.add_argument("--half", choices=HALVES, help="this half only (--set dev: with --brief)")
    parser.add_argument(
        "--errors", action="store_true", help="print tuning-half errors instead of scores"
    )
    parser.add_argument("--code", help="with --errors: only this code and its descendants")
    parser.add_argument(
        "--audit", metavar="REV", help="list where rules added since git REV fire outside gold"
    )
    parser.add_argument(
        "--phrasebook", action="store_true", help="recall on tests/data/devset/phrasebook.tsv"
    )
    parser.add_argument(
        "--coder", choices=tuple(CODERS), default="dictionary", help="the auto-coder to score"
    )
    parser.add_argument(
        "--set",
        choices=tuple(SETS),
        default="dev",
        help="dev: devset-zh/en (tuning and held-out halves); check: checkset-zh/en and "
        "check2: checkset2-zh/en (all held out, behaviour codes only); train: the training "
        "cases tests/data/trainset/* (the hybrid coder's model learns from them); blind: the "
        "blind cases tests/data/blindset/* (held out from everything)",
    )
    args = parser.parse_args(argv)
    if args.set not in ("dev", "train") and (args.errors or args.audit):
        parser.error(f"--errors and --audit read the tuning half; --set {args.set} has none")
    with tempfile.TemporaryDirectory() as tmp:
        if args.baseline:
            framework = baseline_framework(args.baseline, Path(tmp))
            print(f"rules as at {args.baseline} (framework {framework.hash})\n")
        else:
            framework = load_framework()
            print(f"current rules (framework {framework.hash})\n")
        if args.phrasebook:
            print_phrasebook(framework, args.coder)
            return 0
        langs = (args.lang,) if args.lang else LANGS
        if args.coder != "dictionary":
            print(f"coder: {args.coder}\n")
        only_tuning = bool(args.errors or args.audit or args.half == "tuning")
        runs = [run(lang, framework, args.set, args.coder, only_tuning) for lang in langs]
        if args.set not in ("dev", "train"):
            print(f"{SETS[args.set]}: every source held out; behaviour codes only are labelled\n")
            print_headline(runs, framework, ("all",))
            if not args.brief:
                if args.set in CASE_SETS:
                    print_cases(runs, framework)
                print_codes(runs, framework, "subfamily", ("all",))
            return 0
        if args.errors:
            print_errors(runs, args.code)
            return 0
        if args.audit:
            with tempfile.TemporaryDirectory() as old:
                print_audit(runs, framework, baseline_framework(args.audit, Path(old)))
            return 0
        if args.set == "train":
            print(
                "trainset: rules are written from the tuning cases only; behaviour codes only "
                "are labelled\n"
            )
        halves = (args.half,) if args.half else HALVES
        print_headline(runs, framework, halves)
        if args.brief:
            return 0
        if args.set == "train":
            print_cases(runs, framework)
            print_codes(runs, framework, "subfamily", halves)
            print_codes(runs, framework, "leaf", halves)
            return 0
        print_families(runs, framework)
        print_codes(runs, framework, "subfamily")
        print_codes(runs, framework, "leaf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
