"""Synthetic case folders in the case format, of any size, for benchmarks.

The text is built from templates of the kinds of sentences field notes,
minutes and interviews contain (most of them ordinary service content, some
naming a time, some describing the relationship), in Chinese and English.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

ZH_SENTENCES = [
    "今天上午社工在文化中心组织了{n}名居民参加广场舞排练，气氛很好。",
    "镇里要求中心每周上报活动台账，并提前审批活动方案。",
    "{who}说，{when}镇领导来中心检查过一次，对场地布置提出了意见。",
    "儿童阅读班本周共开展{n}次，志愿者{n2}人次参与。",
    "机构负责人认为有些任务超出了合同范围，不太愿意承担。",
    "{when}的联席会议上，双方就下一季度的活动计划达成了一致。",
    "文化站的王主任打电话来，让社工明天去帮忙拍照宣传。",
    "居民对书画班的反馈不错，希望能增加课时。",
    "拨款又推迟了两个月，机构的资金周转很紧张。",
    "我们把活动方案发到了微信群里，镇里当天就回复了。",
    "{when}，中心换了新的项目主管，工作交接花了一些时间。",
    "志愿者队伍扩大到了{n}人，大部分是退休的老党员。",
    "下午的书法课来了{n}位老人，有两位是第一次来，社工帮他们登记了信息。",
    "中心门口的宣传栏换了新的海报，介绍下个阶段的亲子活动。",
    "社工和居民一起布置了活动室，桌椅重新摆放，留出了表演的空间。",
    "舞蹈队的阿姨们自己带了音响，排练结束后主动打扫了场地。",
    "有居民反映活动室的空调不太制冷，社工记下来准备报修。",
    "儿童绘本角新到了一批图书，志愿者花了一个上午分类上架。",
    "社工在走访中了解到几户独居老人的需求，准备纳入探访名单。",
    "晚上的合唱排练人数比较稳定，大家对新选的曲目比较满意。",
    "机构内部开了个短会，讨论志愿者积分兑换的具体办法。",
    "社工整理了本周的服务记录，拍照存档，并更新了活动签到表。",
    "几位家长询问暑期托管班的报名方式，社工做了详细解释。",
    "手工课用的材料快用完了，需要补充彩纸、剪刀和胶棒。",
]
ZH_WHEN = [
    "去年三月",
    "2018年3月",
    "前年年底",
    "今年年初",
    "上个月",
    "项目刚开始的时候",
    "2018年下半年",
    "春节前后",
    "国庆",
    "两个月后",
]
EN_SENTENCES = [
    "This morning the team ran a coffee morning for {n} residents at the centre.",
    "The council asked us to submit weekly monitoring returns before any new activity.",
    "{who} said that {when} the commissioner visited the centre without notice.",
    "The befriending scheme matched {n} volunteers with older people this month.",
    "The manager felt that some of the requests were outside the contract.",
    "At the steering group {when} both sides agreed the plan for the next quarter.",
    "Payment for the quarter arrived late again, which strained the charity's cash flow.",
    "Residents asked for more lunch-club sessions and a trip to the seaside.",
    "{when} a new contract manager took over and asked for a safeguarding audit.",
    "We shared the draft plan with the council officer, who replied the same day.",
    "The lunch club served {n} meals and two new members joined the Tuesday group.",
    "Volunteers repainted the activity room and moved the piano into the corner.",
    "A resident asked about transport to the memory cafe and we added her to the list.",
    "The craft session ran out of card and glue, so the coordinator ordered more.",
    "Two befrienders completed their induction and shadowed an experienced volunteer.",
    "We updated the attendance sheets and filed the consent forms for new members.",
    "The singing group chose new songs and asked for a keyboard player.",
    "Staff discussed how to reach isolated residents who do not use the phone.",
    "The kitchen passed its hygiene check and the new fridge was installed.",
    "Several carers asked for advice about respite care and benefits.",
]
EN_WHEN = [
    "last spring",
    "in March 2019",
    "two months later",
    "at the start of the contract",
    "in the second year",
    "last year",
    "Q3 2019",
    "that autumn",
]

CASE_YAML = """id: {case_id}
title: Synthetic benchmark case {case_id}
language: mixed
period: month
start: 2017-09-01
end: 2019-12-31
actors:
  - id: gov
    name: 镇政府
    role: government
    aliases: [镇里, 文化站, council, the council]
  - id: swo
    name: 社工机构
    role: social_org
    aliases: [机构, 中心, charity, the charity]
contract:
  signed: 2017-09-01
  term_months: 24
  mid_term: 2018-09-01
"""


def _paragraph(rng: random.Random, zh: bool) -> str:
    sentences, when = (ZH_SENTENCES, ZH_WHEN) if zh else (EN_SENTENCES, EN_WHEN)
    parts = []
    for _ in range(rng.randint(2, 6)):
        s = rng.choice(sentences)
        parts.append(
            s.format(
                n=rng.randint(3, 90),
                n2=rng.randint(2, 40),
                when=rng.choice(when),
                who=rng.choice(["王主任", "李主任", "the manager", "a resident"]),
            )
        )
    return ("" if zh else " ").join(parts)


def _body(rng: random.Random, zh: bool, interview: bool, target_chars: int) -> str:
    paras: list[str] = []
    size = 0
    turn = 0
    while size < target_chars:
        p = _paragraph(rng, zh)
        if interview:
            label = (
                ("问" if turn % 2 == 0 else "答")
                if zh
                else ("Interviewer" if turn % 2 == 0 else "Manager")
            )
            p = f"{label}{'：' if zh else ': '}{p}"
            turn += 1
        paras.append(p)
        size += len(p) + 2
    return "\n\n".join(paras) + "\n"


def make_corpus(
    dest: Path, megabytes: float, *, seed: int = 0, source_kb: int = 40, case_id: str = "synthetic"
) -> Path:
    """Write a case folder of about ``megabytes`` MB of UTF-8 source text.

    Args:
        dest: The folder to create (must not exist).
        megabytes: Approximate total size of the sources.
        seed: Random seed.
        source_kb: Approximate size of one source in kB.
        case_id: The case id.
    """
    rng = random.Random(seed)
    (dest / "sources").mkdir(parents=True)
    (dest / "case.yaml").write_text(CASE_YAML.format(case_id=case_id), encoding="utf-8")
    # Every source gets a body of its own: real corpora do not repeat whole
    # paragraphs across sources, and a benchmark must not reward caching them.
    total = 0
    limit = int(megabytes * 1024 * 1024)
    n = 0
    start = date(2017, 9, 1)
    while total < limit:
        zh = n % 3 != 0
        chars = source_kb * 1024 // (3 if zh else 1)
        body = _body(rng, zh, n % 4 == 0, chars)
        day = start + timedelta(days=rng.randint(0, 850))
        kind = "interview" if body.startswith(("问", "Interviewer")) else "field_note"
        text = f"---\ndate: {day.isoformat()}\nkind: {kind}\ntitle: source {n}\n---\n{body}"
        data = text.encode("utf-8")
        (dest / "sources" / f"s{n:06d}.md").write_bytes(data)
        total += len(data)
        n += 1
    return dest
