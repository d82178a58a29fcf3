"""Actor attribution: who does the act a hit describes, and at whom it is aimed."""

from __future__ import annotations

import pytest

from relcycle import CaseFolder
from relcycle.coding.dictionary import Attributor, DictionaryCoder
from relcycle.coding.dictionary.attribution import (
    NAME,
    ROLE_CUES,
    ROLE_DEFAULT,
    SELF_WITH_SPEAKER,
    SELF_WITHOUT_SPEAKER,
    SPEAKER,
)
from relcycle.domain import Segment
from relcycle.examples import example_path
from relcycle.frameworks import load_framework

# sentence, cue (the hit), expected actor, speaker, the code's applies_to, expected target
ZH = [
    ("镇里要求机构每周报台账", "每周报台账", "gov", None, "government", "swo"),
    ("机构拒绝了镇里的临时任务", "拒绝", "swo", None, "social_org", None),
    ("我们没办法，只好照做", "只好照做", "swo", "swo", "social_org", None),
    ("王主任让社工明天去帮忙拍照", "帮忙拍照", "gov", None, "government", "swo"),
    (
        "文化站的王主任打电话来，让社工明天去帮忙拍照宣传。",
        "帮忙拍照",
        "gov",
        None,
        "government",
        "swo",
    ),
    ("李主任婉拒了宣传办的要求。", "婉拒", "swo", None, "social_org", "gov"),
    ("机构被镇里叫去帮忙布置会场。", "布置会场", "gov", None, "government", "swo"),
    ("我们被叫去帮忙布置会场。", "布置会场", "gov", None, "government", "swo"),
    ("刘干事又在群里催本月的服务数据。", "催", "gov", None, "government", None),
    ("居委会把名单交给了社工。", "名单", "committee", None, "any", "swo"),
    ("陈副镇长批评机构活动搞得不好。", "批评", "gov", None, "government", "swo"),
    ("李主任说，镇里要求每周报台账。", "每周报台账", "gov", None, "government", None),
    ("王主任对李主任说，方案要先报批。", "先报批", "gov", None, "government", "swo"),
    ("启明社工提出了一个新的活动方案。", "提出了", "swo", None, "social_org", None),
    ("镇政府按时拨付了第一笔项目款。", "拨付", "gov", None, "government", None),
    ("宣传办同意了机构的方案。", "同意", "gov", None, "government", None),
    ("小张去找孙大爷，请他当管理员。", "请他", "swo", None, "social_org", "residents"),
    ("因为机构拒绝加班，王主任很不高兴。", "拒绝加班", "swo", None, "social_org", None),
    ("镇里和机构召开了联席会议。", "联席会议", "gov", None, "relationship", "swo"),
    ("我们每周都要报台账。", "报台账", "swo", "swo", "government", None),
    ("每周都要报台账，太累了。", "报台账", "gov", None, "government", None),
    ("每周都要报台账，太累了。", "太累了", "swo", "swo", "social_org", None),
    ("王主任：这个方案你们先放一放。", "先放一放", "gov", "gov", "government", "swo"),
    ("居民反映晚上广场舞音乐太吵。", "反映", "residents", None, "community", None),
    ("赵书记帮忙协调了活动场地。", "协调", "committee", None, "any", None),
    ("社工机构决定不再续签合同。", "不再续签", "swo", None, "social_org", None),
    ("镇领导视察了文化中心。", "视察", "gov", None, "government", None),
    ("镇里让我们把方案先发给他们看。", "先发给他们看", "gov", None, "government", "swo"),
    ("我们向镇里反映了经费的问题。", "反映", "swo", "swo", "social_org", "gov"),
    ("由宣传办负责审批所有活动。", "审批", "gov", None, "government", None),
    ("机构的社工被抽去帮忙搞普查。", "普查", "gov", None, "government", "swo"),
    ("王建华主任在会上表扬了启明。", "表扬", "gov", None, "government", "swo"),
    ("李敏跟刘婷商量了下个月的计划。", "商量", "swo", None, "relationship", "gov"),
    ("咱们先按镇里的意思办。", "按镇里的意思办", "swo", "swo", "social_org", None),
    ("镇里的领导很少来中心。", "很少来", "gov", None, "government", None),
]
EN = [
    # a possessive inside the cue modifies its noun: the act is the other side's
    (
        "Then they held back our last instalment.",
        "held back our last instalment",
        "council",
        "charity",
        "government",
        None,
    ),
    (
        "At the end of the year the council held back our last instalment.",
        "held back our last instalment",
        "council",
        None,
        "government",
        None,
    ),
    # an object pronoun is no subject, whatever stands before it
    (
        "The council kept us waiting for the grant.",
        "waiting for the grant",
        "council",
        None,
        "government",
        "charity",
    ),
    (
        "The council asked us to submit monthly returns.",
        "submit monthly returns",
        "council",
        None,
        "government",
        "charity",
    ),
    (
        "We told the commissioner this was outside the contract.",
        "outside the contract",
        "charity",
        "charity",
        "social_org",
        "council",
    ),
    (
        "The charity refused to take on the extra referrals.",
        "refused",
        "charity",
        None,
        "social_org",
        None,
    ),
    (
        "We were asked by the council to fill in a new form.",
        "fill in a new form",
        "council",
        None,
        "government",
        "charity",
    ),
    (
        "We were asked to fill in a new form every week.",
        "fill in a new form",
        "council",
        None,
        "government",
        "charity",
    ),
    (
        "Helen Price from the council insisted on approving the leaflet.",
        "insisted on approving",
        "council",
        None,
        "government",
        None,
    ),
    (
        "Sandra Okafor pushed back on the new KPIs.",
        "pushed back",
        "charity",
        None,
        "social_org",
        None,
    ),
    (
        "The commissioners withheld the second payment.",
        "withheld",
        "council",
        None,
        "government",
        None,
    ),
    (
        "Age Together agreed to pilot the befriending scheme.",
        "agreed to pilot",
        "charity",
        None,
        "social_org",
        None,
    ),
    (
        "Dev Patel told Tom Reilly that the audit was overdue.",
        "audit",
        "council",
        None,
        "government",
        "charity",
    ),
    (
        "Our trustees decided not to renew the contract.",
        "decided not to renew",
        "charity",
        None,
        "social_org",
        None,
    ),
    ("Members complained about the transport.", "complained", "members", None, "community", None),
    (
        "The provider sent the monitoring return late.",
        "sent the monitoring return",
        "charity",
        None,
        "social_org",
        None,
    ),
    (
        "After the meeting, the council released the funds.",
        "released the funds",
        "council",
        None,
        "government",
        None,
    ),
    ("We had no choice but to comply.", "comply", "charity", "charity", "social_org", None),
    (
        "Mark Ellison met the charity to discuss the variation.",
        "discuss the variation",
        "council",
        None,
        "relationship",
        "charity",
    ),
    (
        "The council and the charity agreed a new timetable.",
        "agreed a new timetable",
        "council",
        None,
        "relationship",
        "charity",
    ),
    (
        "Priya Shah said the council wanted weekly figures.",
        "weekly figures",
        "council",
        None,
        "government",
        None,
    ),
    ("They cut the budget again.", "cut the budget", "council", "charity", "government", None),
    (
        "Tom Reilly asked the council for more time.",
        "asked",
        "charity",
        None,
        "social_org",
        "council",
    ),
]


def _attributor(example: str, lang: str) -> Attributor:
    framework = load_framework()
    words = {role: framework.cues[c].entries.get(lang, ()) for c, role in ROLE_CUES.items()}
    return Attributor(CaseFolder(example_path(example)).case, lang, words)


@pytest.fixture(scope="module")
def zh() -> Attributor:
    return _attributor("ltown", "zh")


@pytest.fixture(scope="module")
def en() -> Attributor:
    return _attributor("riverside", "en")


def _check(
    attributor: Attributor,
    text: str,
    cue: str,
    actor: str,
    speaker: str | None,
    role: str,
    target: str | None,
) -> None:
    start = text.index(cue)
    found = attributor.attribute_span(text, start, start + len(cue), role, speaker)
    assert found.actor == actor
    assert 0 < found.confidence <= 1
    if target is not None:
        assert found.target == target
    assert found.target != found.actor


@pytest.mark.parametrize(("text", "cue", "actor", "speaker", "role", "target"), ZH)
def test_chinese(
    zh: Attributor,
    text: str,
    cue: str,
    actor: str,
    speaker: str | None,
    role: str,
    target: str | None,
) -> None:
    _check(zh, text, cue, actor, speaker, role, target)


@pytest.mark.parametrize(("text", "cue", "actor", "speaker", "role", "target"), EN)
def test_english(
    en: Attributor,
    text: str,
    cue: str,
    actor: str,
    speaker: str | None,
    role: str,
    target: str | None,
) -> None:
    _check(en, text, cue, actor, speaker, role, target)


def test_confidence_follows_the_kind_of_evidence(zh: Attributor) -> None:
    text = "王主任要求每周报台账。"
    cue = (text.index("每周"), text.index("。"))
    assert zh.attribute_span(text, *cue, "government").confidence == NAME
    text = "每周都要报台账。"
    cue = (text.index("每周"), len(text) - 1)
    assert zh.attribute_span(text, *cue, "government", speaker="gov").confidence == SPEAKER
    assert zh.attribute_span(text, *cue, "government").confidence == ROLE_DEFAULT
    assert zh.attribute_span(text, *cue, "community").actor is None  # two community actors


def test_first_person_without_a_speaker_is_the_social_organisation(zh: Attributor) -> None:
    text = "我们只好照做。"
    found = zh.attribute_span(text, 2, 6, "social_org")
    assert (found.actor, found.confidence) == ("swo", SELF_WITHOUT_SPEAKER)
    found = zh.attribute_span(text, 2, 6, "social_org", speaker="swo")
    assert (found.actor, found.confidence) == ("swo", SELF_WITH_SPEAKER)


def test_a_subject_against_the_codes_role_is_less_certain(zh: Attributor) -> None:
    text = "机构要求镇里按合同办。"
    found = zh.attribute_span(text, text.index("按合同"), len(text) - 1, "government")
    assert found.actor == "swo"
    assert found.confidence < NAME


def test_the_subject_search_stays_in_the_sentence(zh: Attributor) -> None:
    text = "镇里开了会。后来每周都要报台账。"
    start = text.index("每周")
    assert zh.attribute_span(text, start, start + 7, "social_org").actor == "swo"  # role default


def test_english_names_are_whole_words(en: Attributor) -> None:
    text = "Two providers said the form was new."  # "provider" is not in "providers"
    start = text.index("form")
    assert en.attribute_span(text, start, start + 4, "relationship").actor is None


def test_the_coder_attributes_its_hits() -> None:
    case = CaseFolder(example_path("ltown")).case
    coder = DictionaryCoder().fit(case)
    text = "镇里要求机构每周报台账。我们没办法，只好照做。"
    segment = Segment("note.md", 0, 10, 10 + len(text), text, speaker="李主任", actor="swo")
    codings = coder.predict([segment])
    by_code = {c.code: c for c in codings}
    reporting = by_code["gov.control.reporting"]
    assert (reporting.actor, reporting.target) == ("gov", "swo")
    assert reporting.actor_confidence == NAME
    complying = next(c for c in codings if c.code.startswith("swo.comply"))
    assert complying.actor == "swo"
