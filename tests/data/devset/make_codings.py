"""Write codings.csv for the two devset cases from readable labels.

Every label is a tuple ``(source file, quote, code)``: the quote is the exact
text of the coded span in the source's body (the text after the front
matter). When the span alone is not unique in its body, the quote gives some
context around it and marks the span with double brackets, e.g.
``"何静：[[收到，周五前发。]]"``; the whole quote (brackets removed) must then
be unique, and only the bracketed part is coded.

The script asserts that every quote occurs exactly once in its body, that
every code exists in the built-in ``gpps-lifecycle`` framework (when relcycle
is importable) and that each span lies inside one segment as relcycle splits
the body; then it writes ``devset-zh/codings.csv`` and ``devset-en/codings.csv``
(coder ``gold``) with start/end as Unicode code-point offsets into the body,
end exclusive.

Run from anywhere: ``python tests/data/devset/make_codings.py``.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODER = "gold"
_CLOSE = re.compile(r"^---[ \t]*$", re.MULTILINE)
_MARK = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)


def body_of(path: Path) -> str:
    """The normalised body text of a source file, as relcycle counts offsets in it."""
    text = path.read_bytes().decode("utf-8-sig")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.startswith("---"):
        return text
    opening = text.index("\n") + 1
    closing = _CLOSE.search(text, opening)
    assert closing is not None, f"{path.name}: front matter not closed"
    start = closing.end() + 1 if closing.end() < len(text) else closing.end()
    return text[start:]


def locate(body: str, quote: str, where: str) -> tuple[int, int]:
    """Start and end (exclusive) of the quoted span in ``body``; asserts uniqueness."""
    marks = list(_MARK.finditer(quote))
    assert len(marks) <= 1, f"{where}: more than one [[...]] in {quote!r}"
    plain = _MARK.sub(lambda m: m.group(1), quote)
    count = body.count(plain)
    assert count == 1, f"{where}: {plain!r} occurs {count} times (must be exactly once)"
    at = body.index(plain)
    if not marks:
        return at, at + len(plain)
    inner_start = at + marks[0].start()
    return inner_start, inner_start + len(marks[0].group(1))


def build(case: str, labels: list[tuple[str, str, str]]) -> list[tuple[str, int, int, str]]:
    """Resolve the labels of one case into ``(source, start, end, code)`` rows."""
    folder = HERE / case
    bodies: dict[str, str] = {}
    rows = []
    seen = set()
    for source, quote, code in labels:
        where = f"{case}/{source} [{code}]"
        if source not in bodies:
            path = folder / "sources" / source
            assert path.is_file(), f"{where}: no such source file"
            bodies[source] = body_of(path)
        start, end = locate(bodies[source], quote, where)
        key = (source, start, end, code)
        assert key not in seen, f"{where}: duplicate label {quote!r}"
        seen.add(key)
        rows.append(key)
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    return rows


def check_with_relcycle(case: str, rows: list[tuple[str, int, int, str]]) -> None:
    """Check codes against the framework and spans against relcycle's segments."""
    try:
        import relcycle
        from relcycle.frameworks import load_framework
    except ImportError:  # pragma: no cover - the offsets are still right
        print("relcycle not importable: skipped the framework and segment checks")
        return
    fw = load_framework()
    for source, _, _, code in rows:
        assert fw.has_code(code), f"{case}/{source}: unknown code {code!r}"
    data = relcycle.read_case(HERE / case)
    segments = {}
    for parsed in data.sources:
        segments[parsed.source.id] = [(s.start, s.end) for s in parsed.segments]
    for source, start, end, code in rows:
        inside = any(s <= start and end <= e for s, e in segments[source])
        assert inside, f"{case}/{source} [{code}] {start}-{end}: span crosses a segment boundary"


def write(case: str, rows: list[tuple[str, int, int, str]]) -> None:
    with (HERE / case / "codings.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "start", "end", "code", "coder"])
        for source, start, end, code in rows:
            w.writerow([source, start, end, code, CODER])


def main() -> int:
    for case, labels in (("devset-zh", ZH), ("devset-en", EN)):
        if not labels:
            continue
        rows = build(case, labels)
        write(case, rows)
        check_with_relcycle(case, rows)
        families = Counter(code.split(".")[0] for *_, code in rows)
        print(f"{case}: {len(rows)} codings", dict(sorted(families.items())))
    return 0


# ---------------------------------------------------------------------------
# devset-zh labels: (source file, quote, code)
# ---------------------------------------------------------------------------
ZH: list[tuple[str, str, str]] = [
    # 2018-01-15-tender-notice.md
    ("2018-01-15-tender-notice.md", "为贯彻落实上级关于政府向社会力量购买服务的有关精神", "rel.contract_policy"),
    ("2018-01-15-tender-notice.md", "进一步丰富辖区居民的公共服务供给，满足群众多样化的服务需求", "goal.gov.public_service"),
    ("2018-01-15-tender-notice.md", "决定以公开招标方式购买邻里中心综合服务", "gov.explore.procure"),
    ("2018-01-15-tender-notice.md", "本项目为我镇首次购买专业社会工作服务，作为试点先行实施两年", "gov.explore.trial"),
    ("2018-01-15-tender-notice.md", "期满经考核合格后再行研究是否续购", "rel.contract_policy"),
    ("2018-01-15-tender-notice.md", "按合同约定分四期拨付", "rel.contract_policy"),
    # 2018-03-02-minutes-signing.md
    ("2018-03-02-minutes-signing.md", "经公开招标，和光社会工作服务中心中标", "gov.explore.procure"),
    ("2018-03-02-minutes-signing.md", "双方在会上签订了《青溪镇邻里中心综合服务项目购买服务合同》", "gov.explore.procure"),
    ("2018-03-02-minutes-signing.md", "这次先试一试，做得好明年再扩大，做得不好也算积累一次经验", "gov.explore.trial"),
    ("2018-03-02-minutes-signing.md", "他希望和光把邻里中心办成老百姓家门口的好去处，镇里会全力支持", "gov.support.endorse"),
    ("2018-03-02-minutes-signing.md", "办成老百姓家门口的好去处", "goal.gov.public_service"),
    ("2018-03-02-minutes-signing.md", "邻里中心一楼活动室和二楼两间办公室交给机构使用，水电和物业费由镇里承担", "gov.support.venue"),
    ("2018-03-02-minutes-signing.md", "头三个月先把居民需求摸清楚", "swo.explore.needs"),
    ("2018-03-02-minutes-signing.md", "争取早点拿出看得见的成效，不辜负镇里的信任", "swo.explore.prove"),
    ("2018-03-02-minutes-signing.md", "会后在邻里中心门口举行了简短的揭牌仪式", "gov.explore.procure"),
    # 2018-03-12-field-note-first-weeks.md
    ("2018-03-12-field-note-first-weeks.md", "问我们是不是卖保健品的", "legit.crisis"),
    ("2018-03-12-field-note-first-weeks.md", "有位大爷说“免费的东西最贵”，摆摆手走了", "legit.crisis"),
    ("2018-03-12-field-note-first-weeks.md", "何主管让我们这段时间少说多看，镇里的人怎么说话、有事找谁，都先记在本子上", "swo.explore.learn"),
    ("2018-03-12-field-note-first-weeks.md", "她说第一次跟镇政府合作，很多规矩我们还不懂，别一上来就提要求", "swo.explore.learn"),
    ("2018-03-12-field-note-first-weeks.md", "桂花社区共走访了37户", "swo.explore.needs"),
    ("2018-03-12-field-note-first-weeks.md", "入户时只要说是“镇里派来的”，居民的态度马上就不一样，门也开得快", "res.endorsement"),
    ("2018-03-12-field-note-first-weeks.md", "何主管说先借一借镇里的名头", "res.endorsement"),
    ("2018-03-12-field-note-first-weeks.md", "周末要用活动室得提前跟小蒋打招呼，她不点头我们就开不了门", "res.venue"),
    # 2019-12-18-interview-zhou-retrospective.md
    ("2019-12-18-interview-zhou-retrospective.md", "一开始其实是区里有要求，每个镇都要有购买服务的项目，年终考核里有这一项", "value.administrative"),
    ("2019-12-18-interview-zhou-retrospective.md", "我们以前也没做过，说实话心里没底", "gov.explore.assess"),
    ("2019-12-18-interview-zhou-retrospective.md", "就想着先拿邻里中心试一试", "gov.explore.trial"),
    ("2019-12-18-interview-zhou-retrospective.md", "社工到底是干什么的，我们镇里也搞不太清楚，以为就是搞搞活动、发发东西", "gov.explore.assess"),
    ("2019-12-18-interview-zhou-retrospective.md", "所以头几个月主要是看，看他们能做成什么样子", "gov.explore.assess"),
    ("2019-12-18-interview-zhou-retrospective.md", "机构那边说，头一年镇里管得比较严", "gov.control"),
    ("2019-12-18-interview-zhou-retrospective.md", "钱是政府出的，出了事是我们担着", "goal.gov.stability"),
    ("2019-12-18-interview-zhou-retrospective.md", "活动方案我们总得先看一看", "gov.control.approval"),
    ("2019-12-18-interview-zhou-retrospective.md", "万一搞出什么不合适的东西，上面问起来我们说不清", "goal.gov.stability"),
    ("2019-12-18-interview-zhou-retrospective.md", "但台账也不是我们非要不可，区里年底要来检查，要看材料", "gov.control.reporting"),
    ("2019-12-18-interview-zhou-retrospective.md", "区里年底要来检查", "gov.control.inspection"),
    ("2019-12-18-interview-zhou-retrospective.md", "上面一级压一级嘛", "value.administrative"),
    ("2019-12-18-interview-zhou-retrospective.md", "双方闹得比较僵", "rel.conflict"),
    ("2019-12-18-interview-zhou-retrospective.md", "我们临时让他们去帮忙", "gov.control.out_of_scope"),
    ("2019-12-18-interview-zhou-retrospective.md", "他们觉得不是分内的事", "rel.boundary"),
    ("2019-12-18-interview-zhou-retrospective.md", "后来坐下来谈了一次，我也想通了", "rel.dialogue.frank"),
    ("2019-12-18-interview-zhou-retrospective.md", "合同里没写的东西，确实不能老让人家做", "gov.concede.yield"),
    ("2019-12-18-interview-zhou-retrospective.md", "现在放心多了。方总他们做事靠谱", "rel.trust"),
    ("2019-12-18-interview-zhou-retrospective.md", "老人们也认", "legit.gain"),
    ("2019-12-18-interview-zhou-retrospective.md", "方案基本上他们自己定，我们把把方向就行", "gov.concede.relax"),
    ("2019-12-18-interview-zhou-retrospective.md", "我个人觉得离不开他们，镇里自己没有这个专业力量", "res.expertise"),
    # 2018-04-03-wechat-work-group.md
    ("2018-04-03-wechat-work-group.md", "按周主任的意思拉了这个群，以后邻里中心的事情都在群里沟通", "rel.dialogue.channel"),
    ("2018-04-03-wechat-work-group.md", "日常工作直接找她对接就行", "rel.dialogue.channel"),
    ("2018-04-03-wechat-work-group.md", "每周五下班前把本周的活动台账发到群里，照片、签到表都要有", "gov.control.reporting"),
    ("2018-04-03-wechat-work-group.md", "何静：[[收到，周五前发。]]", "swo.comply.follow"),
    ("2018-04-03-wechat-work-group.md", "签到表用镇里统一的模板", "gov.control.reporting"),
    ("2018-04-03-wechat-work-group.md", "何静：[[好的，收到👌]]", "swo.comply.follow"),
    ("2018-04-03-wechat-work-group.md", "周四茶话会的照片多拍几张，要有领导讲话的", "gov.control.reporting"),
    ("2018-04-03-wechat-work-group.md", "要有领导讲话的，区里要用", "goal.gov.performance"),
    ("2018-04-03-wechat-work-group.md", "好的周主任，我们安排专人拍", "swo.comply.follow"),
    ("2018-04-03-wechat-work-group.md", "本周台账已发邮箱，请蒋干事查收", "swo.comply.follow"),
    ("2018-04-03-wechat-work-group.md", "下周起签到表请让老人本人签字，不要代签", "gov.control.reporting"),
    ("2018-04-03-wechat-work-group.md", "好的，下周开始每场活动都让老人自己签", "swo.comply.follow"),
    # 2018-04-12-field-note-needs-survey.md
    ("2018-04-12-field-note-needs-survey.md", "这一周的主要工作是入户做需求问卷", "swo.explore.needs"),
    ("2018-04-12-field-note-needs-survey.md", "你们是干什么的，有证件吗", "legit.crisis"),
    ("2018-04-12-field-note-needs-survey.md", "周二蒋干事打电话给郑书记，请居委会帮忙通知各楼的楼长", "gov.support.coordinate"),
    ("2018-04-12-field-note-needs-survey.md", "低保户和残疾人的名单在居委会手里，何主管去要了两次，郑书记说要镇里同意才能给", "res.information"),
    ("2018-04-12-field-note-needs-survey.md", "问卷回收情况：发放150份，回收132份，有效问卷126份", "swo.explore.needs"),
    ("2018-04-12-field-note-needs-survey.md", "总算把社区的底摸清了一点", "swo.explore.needs"),
    ("2018-04-12-field-note-needs-survey.md", "阿梅说调研报告要早点给镇里看，让他们知道我们在做实事", "swo.explore.prove"),
    ("2018-04-12-field-note-needs-survey.md", "阿梅说调研报告要早点给镇里看", "swo.cooperate.inform"),
    # 2018-04-25-minutes-first-joint-meeting.md
    ("2018-04-25-minutes-first-joint-meeting.md", "何静汇报了一个多月来的入户调研情况。共走访居民150户", "swo.explore.needs"),
    ("2018-04-25-minutes-first-joint-meeting.md", "调研报告已于会前发给各位", "swo.cooperate.inform"),
    ("2018-04-25-minutes-first-joint-meeting.md", "周主任问机构对下半年活动安排有什么想法，说镇里这边没有成熟的意见，想先听听社工的建议", "gov.consult.ask"),
    ("2018-04-25-minutes-first-joint-meeting.md", "经讨论，双方商定：长者茶话会每两周一次", "gov.consult.joint_planning"),
    ("2018-04-25-minutes-first-joint-meeting.md", "端午节包粽子活动由社事办和机构共同筹备", "swo.cooperate.co_deliver"),
    ("2018-04-25-minutes-first-joint-meeting.md", "会议明确，联席会议原则上每月召开一次，遇有重要事项可临时召开", "rel.dialogue.meeting"),
    # 2018-05-16-field-note-after-school.md
    ("2018-05-16-field-note-after-school.md", "说首期款已经拨下来了，让机构查一下账", "gov.support.funds"),
    ("2018-05-16-field-note-after-school.md", "何主管松了一口气，说这个月的工资不用再垫了", "goal.swo.survival"),
    ("2018-05-16-field-note-after-school.md", "报给物业，物业说要等镇里签字才能换", "res.venue"),
    ("2018-05-16-field-note-after-school.md", "要趁热打铁，把四点半课堂做成我们的第一块牌子，让镇里看到社工是能办成事的", "swo.explore.prove"),
    ("2018-05-16-field-note-after-school.md", "把四点半课堂做成我们的第一块牌子", "goal.swo.legitimacy"),
    # 2018-05-20-notice-activity-management.md
    ("2018-05-20-notice-activity-management.md", "确保项目活动安全有序开展", "goal.gov.stability"),
    ("2018-05-20-notice-activity-management.md", "须提前一周将活动方案报社事办审核，经同意后方可开展；未经审核的活动一律不得开展", "gov.control.approval"),
    ("2018-05-20-notice-activity-management.md", "项目相关的海报、推文、横幅等宣传材料，须经社事办审核后方可对外发布", "gov.control.approval"),
    ("2018-05-20-notice-activity-management.md", "每月5日前报送上月活动台账", "gov.control.reporting"),
    ("2018-05-20-notice-activity-management.md", "社事办将不定期对项目开展情况进行检查", "gov.control.inspection"),
    ("2018-05-20-notice-activity-management.md", "检查结果纳入年度考核", "gov.control.leverage"),
    ("2018-05-20-notice-activity-management.md", "大型活动须制定安全预案，落实专人负责，确保不发生安全事故", "goal.gov.stability"),
    # 2018-06-08-wechat-civilisation-campaign.md
    ("2018-06-08-wechat-civilisation-campaign.md", "明天上午区里创文检查组来桂花社区，周主任的意思是请社工安排两个人过去帮忙，八点到居委会集合", "gov.control.out_of_scope"),
    ("2018-06-08-wechat-civilisation-campaign.md", "讲座往后挪一挪吧，这个是镇里的中心工作", "gov.control.out_of_scope"),
    ("2018-06-08-wechat-civilisation-campaign.md", "这个是镇里的中心工作，上面很重视", "value.administrative"),
    ("2018-06-08-wechat-civilisation-campaign.md", "好的，收到。我们安排小唐和阿梅过去", "swo.comply.follow"),
    ("2018-06-08-wechat-civilisation-campaign.md", "另外帮忙准备一下文明创建的宣传照片，每个点位拍三张，晚上十点前发我", "gov.control.out_of_scope"),
    ("2018-06-08-wechat-civilisation-campaign.md", "18:31] 何静：[[好的。]]", "swo.comply.follow"),
    ("2018-06-08-wechat-civilisation-campaign.md", "已到居委会", "swo.comply.follow"),
    ("2018-06-08-wechat-civilisation-campaign.md", "下午再帮忙把老年活动室的座位坐满，四点有个参观团", "gov.control.out_of_scope"),
    ("2018-06-08-wechat-civilisation-campaign.md", "收到，我们去叫几个平时来的阿姨", "swo.comply.follow"),
    ("2018-06-08-wechat-civilisation-campaign.md", "讲座改到下周三了，我已经跟医生和老人们一一道歉", "swo.comply.absorb"),
]

# ---------------------------------------------------------------------------
# devset-en labels: (source file, quote, code)
# ---------------------------------------------------------------------------
EN: list[tuple[str, str, str]] = []


if __name__ == "__main__":
    sys.exit(main())
