"""A small labelled set made for the supervised-coder tests, apart from the package's generator.

Five codes, each with Chinese and English templates written for these tests
(so that the coder is not only tested on the package's own synthetic set),
slot fillers shared by all codes, neutral sentences, filler words as noise
and a share of mislabelled sentences.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from relcycle.domain import Coding, Segment

CODES = (
    "gov.control.reporting",
    "gov.support.funds",
    "swo.resist.refuse",
    "rel.dialogue.meeting",
    "actor.volunteers",
)
TEMPLATES = {
    "gov.control.reporting": {
        "zh": [
            "{g}催我们交本月的服务台账。",
            "每次活动都要填签到表报给{g}。",
            "{g}要求周报改成日报。",
        ],
        "en": [
            "{g} asked for the monthly return again.",
            "We had to send {g} the attendance sheets.",
            "{g} wants a weekly report now.",
        ],
    },
    "gov.support.funds": {
        "zh": ["{g}的第二笔经费按时到账了。", "项目款{g}已经拨下来了。", "{g}提前把钱打给了机构。"],
        "en": [
            "{g} paid the grant on time.",
            "The second payment from {g} arrived.",
            "{g} released the funding early.",
        ],
    },
    "swo.resist.refuse": {
        "zh": ["我们拒绝了{g}派来的杂活。", "机构没有答应{g}的要求。", "社工跟{g}说这个做不了。"],
        "en": [
            "We refused the extra job from {g}.",
            "The manager said no to {g}.",
            "We turned down what {g} wanted.",
        ],
    },
    "rel.dialogue.meeting": {
        "zh": ["和{g}开了联席会议。", "每月一次的协调会{g}也来了。", "联席会上{g}和我们对了进度。"],
        "en": [
            "We had the joint meeting with {g}.",
            "{g} came to the steering group.",
            "At the partnership meeting {g} reviewed progress.",
        ],
    },
    "actor.volunteers": {
        "zh": ["志愿者又多了几个人。", "社工培训了新来的志愿者。", "这次活动靠志愿者帮忙。"],
        "en": [
            "Three new volunteers joined.",
            "We trained the volunteers on Monday.",
            "The volunteers ran the stall themselves.",
        ],
    },
}
NEUTRAL = {
    "zh": ["今天下雨，活动改到室内。", "阿姨们带了自己做的点心。", "下午的书法课人很多。"],
    "en": ["It rained, so we stayed inside.", "Someone brought cakes.", "The art class was busy."],
}
GOV = {"zh": ["镇里", "街道", "王主任", "文化站"], "en": ["the council", "the officer", "Dev"]}
FILLER = {
    "zh": ["", "", "另外，", "据说", "上周"],
    "en": ["", "", "Also, ", "Apparently ", "Then "],
}


@dataclass(frozen=True)
class Labelled:
    """Segments, the codings a researcher gave them, and their true codes."""

    segments: list[Segment]
    codings: list[Coding]
    truth: list[str | None]


def make_set(n: int, seed: int, *, label_noise: float = 0.05, source: str = "s") -> Labelled:
    """``n`` one-sentence segments in sources of 10, a fifth of them neutral."""
    rng = random.Random(seed)
    segments: list[Segment] = []
    codings: list[Coding] = []
    truth: list[str | None] = []
    offset = 0
    for i in range(n):
        lang = "zh" if (i // 10) % 2 == 0 else "en"
        source_id = f"{source}-{i // 10}.md"
        if i % 10 == 0:
            offset = 0
        code = None if rng.random() < 0.2 else rng.choice(CODES)
        template = rng.choice(NEUTRAL[lang] if code is None else TEMPLATES[code][lang])
        text = rng.choice(FILLER[lang]) + template.format(g=rng.choice(GOV[lang]))
        segments.append(Segment(source_id, i % 10, offset, offset + len(text), text))
        given = code
        if code is not None and rng.random() < label_noise:
            given = rng.choice([c for c in CODES if c != code])
        if given is not None:
            codings.append(Coding(source_id, offset, offset + len(text), given, "ana"))
        truth.append(code)
        offset += len(text) + 1
    return Labelled(segments, codings, truth)
