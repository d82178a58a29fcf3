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

Run from anywhere: ``python tests/data/devset/make_codings.py [--stats]``.
"""
# The label lists keep one (source, quote, code) per line, however long: easier to read and diff.
# ruff: noqa: E501

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


def write_all(
    sets: list[tuple[str, list[tuple[str, str, str]]]], argv: list[str], families: bool = False
) -> int:
    """Write each case's codings.csv from its labels; ``--stats`` prints the count of every code.

    With ``families``, each case's line also counts its codings per code family.
    """
    for case, labels in sets:
        if not labels:
            continue
        rows = build(case, labels)
        write(case, rows)
        check_with_relcycle(case, rows)
        counts = Counter(code.split(".")[0] for *_, code in rows)
        print(f"{case}: {len(rows)} codings", *([dict(sorted(counts.items()))] if families else []))
        if "--stats" in argv:
            for code, n in sorted(Counter(code for *_, code in rows).items()):
                print(f"  {code:32} {n}")
    return 0


def main(argv: list[str]) -> int:
    """Write both codings.csv files; with ``--stats``, also print the count of every code."""
    return write_all([("devset-zh", ZH), ("devset-en", EN)], argv, families=True)


# ---------------------------------------------------------------------------
# devset-zh labels: (source file, quote, code)
# ---------------------------------------------------------------------------
# fmt: off
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
    # 2018-06-20-field-note-staff-pulled.md
    ("2018-06-20-field-note-staff-pulled.md", "小唐几乎天天被镇里叫去居委会帮忙填表、拍照", "gov.control.out_of_scope"),
    ("2018-06-20-field-note-staff-pulled.md", "原定的读书会推迟了两次", "swo.comply.absorb"),
    ("2018-06-20-field-note-staff-pulled.md", "说镇里人口信息录入任务重，想让阿梅去社事办帮两个礼拜", "gov.control.staffing"),
    ("2018-06-20-field-note-staff-pulled.md", "何主管犹豫了一下，还是答应了", "swo.comply.follow"),
    ("2018-06-20-field-note-staff-pulled.md", "我们是来做社工的，不是来当镇里的临时工的", "rel.boundary"),
    ("2018-06-20-field-note-staff-pulled.md", "何主管让她小声点，说项目才刚开始，得罪了镇里以后的事更难办", "swo.comply.silence"),
    ("2018-06-20-field-note-staff-pulled.md", "阿梅走了以后，长者茶话会只能由我和小唐两个人撑着", "swo.comply.absorb"),
    ("2018-06-20-field-note-staff-pulled.md", "说上周交的台账里照片不够，要补拍", "gov.control.reporting"),
    ("2018-06-20-field-note-staff-pulled.md", "只能找几个老人摆拍了几张", "swo.comply.follow"),
    # 2018-07-05-interview-he-jing.md
    ("2018-07-05-interview-he-jing.md", "最难的是摸不准他们要什么", "swo.explore.learn"),
    ("2018-07-05-interview-he-jing.md", "现在我们学乖了，他说看着办，我们就先拿个方案过去请他定", "swo.explore.learn"),
    ("2018-07-05-interview-he-jing.md", "五月份发了通知以后，什么都要先报", "gov.control.approval"),
    ("2018-07-05-interview-he-jing.md", "一张海报也要周主任签字，改个标题都要重新送一遍", "gov.control.approval"),
    ("2018-07-05-interview-he-jing.md", "上次端午节的推文，在他那压了三天，等批下来活动都结束了", "gov.control.approval"),
    ("2018-07-05-interview-he-jing.md", "方总在联席会上说流程能不能简化一点", "swo.negotiate.propose"),
    ("2018-07-05-interview-he-jing.md", "一个月光是表格就七八张", "gov.control.reporting"),
    ("2018-07-05-interview-he-jing.md", "社工一半的时间在弄材料，真正跟居民在一起的时间反而少了", "swo.comply.absorb"),
    ("2018-07-05-interview-he-jing.md", "想是想过，但不敢", "swo.comply.silence"),
    ("2018-07-05-interview-he-jing.md", "这个项目是我们最大的一笔钱", "res.funding"),
    ("2018-07-05-interview-he-jing.md", "丢了这个项目，机构可能就撑不下去了", "goal.swo.survival"),
    ("2018-07-05-interview-he-jing.md", "人家是甲方嘛。能配合的尽量配合", "swo.comply"),
    # 2018-08-10-field-note-summer-camp.md
    ("2018-08-10-field-note-summer-camp.md", "周主任看了方案，说带孩子去河边太危险，出了事谁也担不起，直接划掉了", "gov.control.approval"),
    ("2018-08-10-field-note-summer-camp.md", "带孩子去河边太危险，出了事谁也担不起", "goal.gov.stability"),
    ("2018-08-10-field-note-summer-camp.md", "何主管说算了，改成在活动室里看纪录片吧", "swo.comply.follow"),
    ("2018-08-10-field-note-summer-camp.md", "蒋干事没打招呼就来了，在教室后面站了十分钟，拍了几张照片，问了问签到表放在哪", "gov.control.inspection"),
    ("2018-08-10-field-note-summer-camp.md", "镇里喜欢这种看得见的东西", "swo.explore.learn"),
    # 2018-09-12-minutes-mid-autumn-planning.md
    ("2018-09-12-minutes-mid-autumn-planning.md", "社事办负责联系镇文化站借用音响和舞台，并邀请镇领导出席；和光负责活动策划、游戏摊位和志愿者组织", "swo.cooperate.co_deliver"),
    ("2018-09-12-minutes-mid-autumn-planning.md", "社事办负责联系镇文化站借用音响和舞台", "gov.support.coordinate"),
    ("2018-09-12-minutes-mid-autumn-planning.md", "蒋丽转达周主任的建议，加一块“邻里中心成果展”展板，何静表示可以", "gov.consult.joint_planning"),
    ("2018-09-12-minutes-mid-autumn-planning.md", "展板内容由机构准备、社事办把关", "gov.control.approval"),
    ("2018-09-12-minutes-mid-autumn-planning.md", "下次碰头时间定在9月19日下午三点", "rel.dialogue.meeting"),
    # 2018-10-22-notice-district-inspection.md
    ("2018-10-22-notice-district-inspection.md", "区政府购买服务项目检查组将于11月上旬对我镇承接项目进行实地检查", "gov.control.inspection"),
    ("2018-10-22-notice-district-inspection.md", "此次检查结果将作为区里年度考核", "goal.gov.performance"),
    ("2018-10-22-notice-district-inspection.md", "下一年度项目资金安排的重要依据", "gov.control.leverage"),
    ("2018-10-22-notice-district-inspection.md", "请于10月31日前将以下材料整理成册，报社事办预审", "gov.control.reporting"),
    ("2018-10-22-notice-district-inspection.md", "请于10月31日前将以下材料整理成册，报社事办预审", "gov.control.inspection"),
    ("2018-10-22-notice-district-inspection.md", "检查当天请机构安排不少于二十名居民在中心开展活动", "gov.control.out_of_scope"),
    ("2018-10-22-notice-district-inspection.md", "活动室布置要体现项目特色", "goal.gov.performance"),
    ("2018-10-22-notice-district-inspection.md", "PPT于11月2日前发社事办审核", "gov.control.approval"),
    # 2018-11-08-field-note-inspection-day.md
    ("2018-11-08-field-note-inspection-day.md", "为了迎检，整个团队连着加了四个晚上的班，把三月到十月的台账全部重新整理了一遍", "swo.comply.absorb"),
    ("2018-11-08-field-note-inspection-day.md", "为了迎检", "gov.control.inspection"),
    ("2018-11-08-field-note-inspection-day.md", "有些活动当时的签到表不规范，何主管让大家照着原来的名单重新誊抄", "value.administrative"),
    ("2018-11-08-field-note-inspection-day.md", "他们先看了活动室，又翻了大概二十分钟台账", "gov.control.inspection"),
    ("2018-11-08-field-note-inspection-day.md", "周主任在群里发了一个大拇指，说“今天表现不错，辛苦大家”", "legit.gain"),
    ("2018-11-08-field-note-inspection-day.md", "小唐说这一个礼拜的读书会、手工课全停了", "swo.comply.absorb"),
    ("2018-11-08-field-note-inspection-day.md", "检查看的是材料，可材料里的很多东西是为了检查才补出来的", "value.administrative"),
    # 2018-12-20-wechat-second-payment.md
    ("2018-12-20-wechat-second-payment.md", "想问一下二期款的进度，按合同应该十一月底拨付", "gov.control.leverage"),
    ("2018-12-20-wechat-second-payment.md", "按合同应该十一月底拨付", "rel.contract_policy"),
    ("2018-12-20-wechat-second-payment.md", "现在账上快见底了，月底工资有点紧张", "goal.swo.survival"),
    ("2018-12-20-wechat-second-payment.md", "在走流程，财政那边卡得紧，年底了都这样。你们再等等", "gov.control.leverage"),
    ("2018-12-20-wechat-second-payment.md", "年度考核的自评报告下周一前交", "gov.control.reporting"),
    ("2018-12-20-wechat-second-payment.md", "考核分数跟尾款挂钩的，认真写", "gov.control.leverage"),
    ("2018-12-20-wechat-second-payment.md", "收到，一定按时交", "swo.comply.follow"),
    ("2018-12-20-wechat-second-payment.md", "二期款能不能先拨一部分", "swo.negotiate.propose"),
    ("2018-12-20-wechat-second-payment.md", "年前要给社工发工资和年终奖", "goal.swo.survival"),
    ("2018-12-20-wechat-second-payment.md", "我问了财政所，说最快也要一月中旬", "gov.control.leverage"),
    ("2018-12-20-wechat-second-payment.md", "今天冬至包饺子，四十多位老人，饺子包了六百多个", "swo.cooperate.inform"),
    # 2019-01-10-interview-fang-min.md
    ("2019-01-10-interview-fang-min.md", "我们一年的收入八成来自政府购买，青溪这个又是最大的一块", "res.funding"),
    ("2019-01-10-interview-fang-min.md", "钱不来，我们就只能去借，或者拿别的项目的钱先垫着", "goal.swo.survival"),
    ("2019-01-10-interview-fang-min.md", "还没有。上礼拜又问了一次，说还在走流程", "gov.control.leverage"),
    ("2019-01-10-interview-fang-min.md", "我也不好天天去催，催多了人家烦，回头考核的时候给你穿小鞋", "swo.comply.silence"),
    ("2019-01-10-interview-fang-min.md", "今年打算申请两个基金会的项目，也在跟一家企业谈冠名", "res.funding"),
    ("2019-01-10-interview-fang-min.md", "不能把鸡蛋都放在一个篮子里", "res.funding"),
    ("2019-01-10-interview-fang-min.md", "我们是同一年从师范毕业的，算半个校友。有些事正式场合不好说，私下打个电话还能聊两句", "emb.relational"),
    ("2019-01-10-interview-fang-min.md", "结果一大半时间在填表、拍照、跑腿", "swo.comply.absorb"),
    ("2019-01-10-interview-fang-min.md", "我跟他们说，先忍一忍", "swo.comply.silence"),
    ("2019-01-10-interview-fang-min.md", "我就跟他讲小组工作的道理，人多了就变成上大课了，组员之间没法深入交流", "swo.negotiate.explain"),
    ("2019-01-10-interview-fang-min.md", "我们的初心是让居民自己能组织起来，不是永远靠社工办活动", "goal.swo.mission"),
    ("2019-01-10-interview-fang-min.md", "对，想冲一个4A。有了等级，以后去别的镇投标也好说话", "goal.swo.legitimacy"),
    # 2019-03-15-minutes-annual-review.md
    ("2019-03-15-minutes-annual-review.md", "第三方评估机构李老师通报了年度评估结果", "rel.contract_policy"),
    ("2019-03-15-minutes-annual-review.md", "按合同约定，考核在85分以下的，尾款按比例扣减，这次扣多少由镇里研究后再定", "gov.control.leverage"),
    ("2019-03-15-minutes-annual-review.md", "下一年宣传这块要加强，每月在镇公众号上至少发两篇稿子", "goal.gov.performance"),
    ("2019-03-15-minutes-annual-review.md", "小唐平时话不多，跟老人沟通不够主动，建议机构考虑换一个更活泼的社工来负责长者服务", "gov.control.staffing"),
    ("2019-03-15-minutes-annual-review.md", "方敏表示尾款扣减会直接影响机构运转", "goal.swo.survival"),
    ("2019-03-15-minutes-annual-review.md", "希望镇里考虑到项目第一年的实际情况", "swo.negotiate.propose"),
    ("2019-03-15-minutes-annual-review.md", "方敏解释小唐负责的老人小组是按专业方法设计的，重点是倾听和陪伴，不是热闹", "swo.negotiate.explain"),
    ("2019-03-15-minutes-annual-review.md", "人员安排属于机构内部管理，机构会认真考虑镇里的意见，但希望由机构自己决定", "swo.autonomy.independence"),
    ("2019-03-15-minutes-annual-review.md", "双方就宣传稿件数量未能达成一致，会议气氛一度比较紧张", "rel.conflict"),
    ("2019-03-15-minutes-annual-review.md", "评估报告由第三方机构于3月底前正式出具", "rel.contract_policy"),
    # 2019-03-28-field-note-secondment.md
    ("2019-03-28-field-note-secondment.md", "要借阿梅过去坐班三个月，工资还是机构发", "gov.control.staffing"),
    ("2019-03-28-field-note-secondment.md", "这次先答应，但要跟镇里讲清楚，三个月到期必须回来，而且镇里得同意把每月的报表减成一张", "swo.negotiate.compromise"),
    ("2019-03-28-field-note-secondment.md", "报表的事也松了口，月报以后合成一张表", "gov.concede.relax"),
    # 2019-04-16-wechat-flood-check.md
    ("2019-04-16-wechat-flood-check.md", "汛期前要完成沿河住户的入户排查，社工机构每天出两个人", "gov.control.out_of_scope"),
    ("2019-04-16-wechat-flood-check.md", "这个我们可能真的安排不过来", "swo.resist.refuse"),
    ("2019-04-16-wechat-flood-check.md", "周主任的意思是必须参加，这是镇里的中心工作，每个单位都要出人", "gov.control.out_of_scope"),
    ("2019-04-16-wechat-flood-check.md", "防汛排查不在我们的服务合同里，合同写得很清楚，是邻里中心运营、长者服务、四点半课堂这几块", "swo.resist.contract"),
    ("2019-04-16-wechat-flood-check.md", "防汛排查不在我们的服务合同里，合同写得很清楚，是邻里中心运营、长者服务、四点半课堂这几块", "rel.contract_policy"),
    ("2019-04-16-wechat-flood-check.md", "这次确实不能派人", "swo.resist.refuse"),
    ("2019-04-16-wechat-flood-check.md", "合同是合同，镇里的工作是大家的工作", "rel.boundary"),
    ("2019-04-16-wechat-flood-check.md", "年底考核的时候大家都看着呢", "gov.control.leverage"),
    ("2019-04-16-wechat-flood-check.md", "排查我们出不了人，但排查中发现的独居老人，我们可以接过来做后续的探访", "swo.negotiate.compromise"),
    # 2019-04-18-field-note-team-meeting.md
    ("2019-04-18-field-note-team-meeting.md", "这一年多我们什么都答应，结果越答应越多", "swo.comply"),
    ("2019-04-18-field-note-team-meeting.md", "跟项目无关的事，以后要学会说不", "swo.resist.refuse"),
    ("2019-04-18-field-note-team-meeting.md", "尾款还捏在人家手里", "gov.control.leverage"),
    ("2019-04-18-field-note-team-meeting.md", "关系要维护，但底线也要有，我们是独立的机构，不是镇里的一个科室", "swo.autonomy.independence"),
    ("2019-04-18-field-note-team-meeting.md", "镇里那些临时要的材料，能拖就拖，拖到他们自己找别人做；真催得急了，就交个简版", "swo.resist.delay"),
    ("2019-04-18-field-note-team-meeting.md", "月度台账按时交，但格式用我们自己的模板", "swo.autonomy.independence"),
    ("2019-04-18-field-note-team-meeting.md", "也不再每场拍五张照片，拍够能说明情况的就行", "swo.resist.delay"),
    # 2019-05-06-letter-to-district.md
    ("2019-05-06-letter-to-district.md", "始终按照合同约定开展服务", "rel.contract_policy"),
    ("2019-05-06-letter-to-district.md", "一年多来，项目在执行中遇到以下困难，特向贵科反映", "swo.resist.appeal"),
    ("2019-05-06-letter-to-district.md", "我中心共承担创文迎检、人口信息录入、防汛排查等合同外工作十九项", "gov.control.out_of_scope"),
    ("2019-05-06-letter-to-district.md", "累计投入人力约二百三十个工作日", "swo.comply.absorb"),
    ("2019-05-06-letter-to-district.md", "目前我中心一名社工被借调至镇便民服务中心坐班", "gov.control.staffing"),
    ("2019-05-06-letter-to-district.md", "导致长者小组停办一个多月", "swo.comply.absorb"),
    ("2019-05-06-letter-to-district.md", "每月需报送各类表格七至九种", "gov.control.reporting"),
    ("2019-05-06-letter-to-district.md", "社工用于文书的时间约占工作时间的四成", "swo.comply.absorb"),
    ("2019-05-06-letter-to-district.md", "二期款较合同约定晚了近两个月到账", "gov.control.leverage"),
    ("2019-05-06-letter-to-district.md", "中心只能以自有资金垫付工资", "goal.swo.survival"),
    ("2019-05-06-letter-to-district.md", "恳请贵科就政府购买服务中购买方与承接方的职责边界给予指导", "rel.boundary"),
    ("2019-05-06-letter-to-district.md", "恳请贵科就政府购买服务中购买方与承接方的职责边界给予指导，并协调召开一次三方沟通会议", "swo.resist.appeal"),
    # 2019-05-22-interview-jiang.md
    ("2019-05-22-interview-jiang.md", "有些表其实我们自己也觉得没用，但是没办法，上面要留痕", "value.administrative"),
    ("2019-05-22-interview-jiang.md", "机构去区里反映情况", "swo.resist.appeal"),
    ("2019-05-22-interview-jiang.md", "周主任当时挺不高兴的，觉得有什么事不能关起门来说，非要捅到区里去", "rel.conflict"),
    ("2019-05-22-interview-jiang.md", "我们是后来才知道他们写了材料，事先一点风声都没有", "rel.info_asymmetry"),
    ("2019-05-22-interview-jiang.md", "您觉得镇里为什么一直不太放心机构", "rel.distrust"),
    ("2019-05-22-interview-jiang.md", "社工说的那一套，什么赋权、自决，领导听不太懂", "value.professional"),
    ("2019-05-22-interview-jiang.md", "领导关心的是别出事", "goal.gov.stability"),
    ("2019-05-22-interview-jiang.md", "有亮点", "goal.gov.performance"),
    ("2019-05-22-interview-jiang.md", "万一哪个老人在活动里摔一跤，板子打在镇里身上", "goal.gov.stability"),
    ("2019-05-22-interview-jiang.md", "机构今天办个活动、明天开个小组，我们心里没底", "rel.distrust"),
    ("2019-05-22-interview-jiang.md", "四点半课堂家长反映很好，这个我们是认的", "legit.gain"),
    ("2019-05-22-interview-jiang.md", "这些事让我们镇里自己干，我们也干不了，没那个专业", "res.expertise"),
    ("2019-05-22-interview-jiang.md", "周主任说以后合同外的事尽量少找他们", "gov.concede.relax"),
    ("2019-05-22-interview-jiang.md", "上礼拜还让我把月报的模板简化了，从九张表压到了三张", "gov.concede.relax"),
    # 2019-06-12-minutes-tripartite.md
    ("2019-06-12-minutes-tripartite.md", "区里希望三方坐下来", "rel.dialogue.meeting"),
    ("2019-06-12-minutes-tripartite.md", "把问题摆在桌面上谈", "rel.dialogue.frank"),
    ("2019-06-12-minutes-tripartite.md", "和光中心来函反映项目执行中的问题", "swo.resist.appeal"),
    ("2019-06-12-minutes-tripartite.md", "如果情况得不到改善，中心将认真考虑明年是否续签", "swo.resist.exit"),
    ("2019-06-12-minutes-tripartite.md", "镇里是第一次买服务，对合同边界的理解有偏差", "rel.boundary"),
    ("2019-06-12-minutes-tripartite.md", "按照区里的购买服务管理办法，承接机构的人员和经费应专门用于合同约定的服务，不得安排与项目无关的工作", "rel.contract_policy"),
    ("2019-06-12-minutes-tripartite.md", "承接机构的人员和经费应专门用于合同约定的服务，不得安排与项目无关的工作", "rel.boundary"),
    ("2019-06-12-minutes-tripartite.md", "阿梅于6月底前回到邻里中心", "gov.concede.yield"),
    ("2019-06-12-minutes-tripartite.md", "镇里今后如确需机构配合合同外工作，应提前一周与机构协商，机构可根据人力情况决定是否参与", "gov.concede.yield"),
    ("2019-06-12-minutes-tripartite.md", "月度台账精简为一张综合报表", "gov.concede.relax"),
    ("2019-06-12-minutes-tripartite.md", "每月召开一次联席会议，由社事办和机构轮流主持", "rel.dialogue.meeting"),
    ("2019-06-12-minutes-tripartite.md", "中心愿意在不影响合同服务的前提下，继续支持镇里的重点工作", "swo.negotiate.compromise"),
    ("2019-06-12-minutes-tripartite.md", "防汛排查中发现的独居老人，中心可以纳入长者服务跟进", "swo.cooperate.assist"),
    ("2019-06-12-minutes-tripartite.md", "和光这一年的辛苦镇里是看在眼里的", "legit.gain"),
    # 2019-06-20-field-note-tea.md
    ("2019-06-20-field-note-tea.md", "三方会之后的第一周，气氛有点微妙。群里安静了好几天，除了交台账，谁也不多说一句", "rel.conflict"),
    ("2019-06-20-field-note-tea.md", "周三晚上，周主任约方总在镇上的茶馆喝茶，两个人谈了两个多小时", "rel.dialogue.frank"),
    ("2019-06-20-field-note-tea.md", "周主任把话说开了", "rel.dialogue.frank"),
    ("2019-06-20-field-note-tea.md", "区里年年排名，镇里的项目不能掉队", "goal.gov.performance"),
    ("2019-06-20-field-note-tea.md", "他不是要为难机构，是真不知道社工该怎么用", "gov.explore.assess"),
    ("2019-06-20-field-note-tea.md", "方总也跟他交了底", "rel.dialogue.frank"),
    ("2019-06-20-field-note-tea.md", "机构不是不配合，是人就这么几个，活动一停，老人和家长最先有意见，到头来影响的也是镇里的口碑", "swo.negotiate.explain"),
    ("2019-06-20-field-note-tea.md", "以后有什么事先私下通个气，不要一上来就在群里发通知", "rel.dialogue.frank"),
    # 2019-07-08-notice-revised-management.md
    ("2019-07-08-notice-revised-management.md", "常规活动（长者小组、四点半课堂、读书会等）不再逐项报审，由机构按年度计划自行组织，每月初报送活动计划备案即可", "gov.concede.relax"),
    ("2019-07-08-notice-revised-management.md", "大型活动和对外宣传仍按原规定报审", "gov.control.approval"),
    ("2019-07-08-notice-revised-management.md", "月度台账合并为《邻里中心月度服务报表》一张，照片每项活动一至两张即可", "gov.concede.relax"),
    ("2019-07-08-notice-revised-management.md", "确需机构协助的合同外工作，由社事办提前与机构协商，不得直接向社工个人派发任务", "gov.concede.relax"),
    # 2019-08-14-field-note-summer-second.md
    ("2019-08-14-field-note-summer-second.md", "报名第一天名额就满了", "legit.gain"),
    ("2019-08-14-field-note-summer-second.md", "蒋干事看了说可以，让注意天气", "gov.concede.yield"),
    ("2019-08-14-field-note-summer-second.md", "蒋干事听说后有点担心，说万一出事不好交代，建议别收", "goal.gov.stability"),
    ("2019-08-14-field-note-summer-second.md", "小唐跟何主管商量后还是决定收下，说从专业上讲，这个孩子最需要的就是跟同龄人在一起", "swo.autonomy.judgement"),
    ("2019-08-14-field-note-summer-second.md", "下午孙副镇长带着区里的客人来参观", "goal.gov.performance"),
    ("2019-08-14-field-note-summer-second.md", "临走时说“这个夏令营办得好，明年可以再扩大”", "gov.support.endorse"),
    # 2019-09-10-wechat-autumn.md
    ("2019-09-10-wechat-autumn.md", "镇里准备申报区里的“幸福邻里”示范点，材料里想把邻里中心作为重点", "goal.gov.performance"),
    ("2019-09-10-wechat-autumn.md", "我们整理三个案例，今晚就发您", "swo.cooperate.assist"),
    ("2019-09-10-wechat-autumn.md", "另外示范点申报可以把居民自治这块作为亮点，我们可以帮忙一起写材料", "swo.cooperate.assist"),
    ("2019-09-10-wechat-autumn.md", "你们的想法很好，就按你们说的，居民自治做主线", "gov.consult.ask"),
    ("2019-09-10-wechat-autumn.md", "发现独居老人里有六位晚上没人照应，调查小结发群里给镇里参考", "swo.cooperate.inform"),
    ("2019-09-10-wechat-autumn.md", "这个很有用，我转给民政办了", "res.information"),
    ("2019-09-10-wechat-autumn.md", "下周区里来开现场会，我想请你们介绍一下四点半课堂", "goal.gov.performance"),
    ("2019-09-10-wechat-autumn.md", "方便的，我们还可以请两位家长一起来讲讲，效果更好", "swo.cooperate.assist"),
    ("2019-09-10-wechat-autumn.md", "今天读书会读的是《城南旧事》，黄伯说这书他年轻时读过", "swo.cooperate.inform"),
    # 2019-10-09-minutes-double-ninth.md
    ("2019-10-09-minutes-double-ninth.md", "今年重阳节活动由镇社事办和和光联合主办", "swo.cooperate.co_deliver"),
    ("2019-10-09-minutes-double-ninth.md", "周主任请何静先介绍机构的初步设想", "gov.consult.ask"),
    ("2019-10-09-minutes-double-ninth.md", "双方逐项讨论后确定", "gov.consult.joint_planning"),
    ("2019-10-09-minutes-double-ninth.md", "社事办负责协调镇卫生院派出义诊医生、联系文化广场场地", "gov.support.coordinate"),
    ("2019-10-09-minutes-double-ninth.md", "邀请镇领导出席并致辞", "gov.support.endorse"),
    ("2019-10-09-minutes-double-ninth.md", "和光负责节目编排、展览布置、志愿者招募和现场组织", "swo.cooperate.co_deliver"),
    ("2019-10-09-minutes-double-ninth.md", "汇演经费由镇里另行列支", "gov.support.funds"),
    ("2019-10-09-minutes-double-ninth.md", "活动推文由机构撰写，社事办审核后在镇公众号发布", "gov.control.approval"),
    # 2019-11-28-report-annual-summary.md
    ("2019-11-28-report-annual-summary.md", "期末家长问卷中，满意和非常满意的比例为96%", "legit.gain"),
    ("2019-11-28-report-annual-summary.md", "本年度与社事办共召开联席会议十次", "rel.dialogue.meeting"),
    ("2019-11-28-report-annual-summary.md", "联合举办中秋、重阳等大型活动四次", "swo.cooperate.co_deliver"),
    ("2019-11-28-report-annual-summary.md", "下半年起，常规活动改为备案管理", "gov.concede.relax"),
    ("2019-11-28-report-annual-summary.md", "四点半课堂场地偏小，高峰时段较为拥挤", "res.venue"),
    ("2019-11-28-report-annual-summary.md", "继续培育居民自组织，推动居民议事会成立，让居民真正成为社区的主人", "goal.swo.mission"),
    # 2020-01-08-interview-xiao-tang.md
    ("2020-01-08-interview-xiao-tang.md", "那时候天天被镇里叫去干别的", "gov.control.out_of_scope"),
    ("2020-01-08-interview-xiao-tang.md", "白天在居委会录数据，晚上回来补台账。有一阵我每天晚上十点以后才下班", "swo.comply.absorb"),
    ("2020-01-08-interview-xiao-tang.md", "哪敢啊。我是新人，机构也刚进来，怕一拒绝镇里对我们印象就坏了", "swo.comply.silence"),
    ("2020-01-08-interview-xiao-tang.md", "再说人家是出钱的，胳膊拧不过大腿", "swo.comply.silence"),
    ("2020-01-08-interview-xiao-tang.md", "年度评估的时候，周主任提出要换人", "gov.control.staffing"),
    ("2020-01-08-interview-xiao-tang.md", "但方总顶住了", "swo.resist.refuse"),
    ("2020-01-08-interview-xiao-tang.md", "说小组工作不是比谁嗓门大", "swo.autonomy.judgement"),
    ("2020-01-08-interview-xiao-tang.md", "有些临时要的表，我们就先放着，等蒋干事催第二次再交", "swo.resist.delay"),
    ("2020-01-08-interview-xiao-tang.md", "以前一场拍二三十张，后来拍三五张，够用就行", "swo.resist.delay"),
    ("2020-01-08-interview-xiao-tang.md", "蒋干事现在有事会先问我们方不方便，不会一个电话就叫人过去", "gov.concede.relax"),
    ("2020-01-08-interview-xiao-tang.md", "上个月镇里搞文明家庭评选，问我们能不能推荐几户", "gov.consult.ask"),
    # 2020-01-15-interview-sun.md
    ("2020-01-15-interview-sun.md", "一是区里有这个导向，购买服务是改革方向", "value.administrative"),
    ("2020-01-15-interview-sun.md", "我们镇老年人多，留守孩子也多，光靠镇里几个干部，服务跟不上", "goal.gov.public_service"),
    ("2020-01-15-interview-sun.md", "有的同志说花八十万请一帮年轻人来搞活动，值不值", "gov.explore.assess"),
    ("2020-01-15-interview-sun.md", "所以我们说先试两年，用效果说话", "gov.explore.trial"),
    ("2020-01-15-interview-sun.md", "按程序走的，公开招标，有三家机构来投", "gov.explore.procure"),
    ("2020-01-15-interview-sun.md", "投标前还专门来镇里跑了几趟，了解情况", "swo.explore.prove"),
    ("2020-01-15-interview-sun.md", "场地是镇里的，一楼二楼都给他们用，水电物业我们出", "gov.support.venue"),
    ("2020-01-15-interview-sun.md", "钱也是按合同给的", "gov.support.funds"),
    ("2020-01-15-interview-sun.md", "虽然第一年有一期晚了点", "gov.control.leverage"),
    ("2020-01-15-interview-sun.md", "这两年我参加他们的活动不下十次，能站台的我都站", "gov.support.endorse"),
    ("2020-01-15-interview-sun.md", "您怎么看2019年上半年那段时间的矛盾", "rel.conflict"),
    ("2020-01-15-interview-sun.md", "基层的同志习惯了有事就找人，看到社工在那儿，就觉得是自己的人，随手一用", "rel.boundary"),
    ("2020-01-15-interview-sun.md", "后来区里也发了文件，讲清楚了购买服务不是招临时工", "rel.contract_policy"),
    ("2020-01-15-interview-sun.md", "讲清楚了购买服务不是招临时工", "rel.boundary"),
    ("2020-01-15-interview-sun.md", "希望他们把邻里中心做成全区的样板，明年区里的现场会，我们想放在青溪开", "goal.gov.performance"),
    ("2020-01-15-interview-sun.md", "不过要看今年的评估。评估好，我们就续", "rel.contract_policy"),
    # 2020-02-03-wechat-epidemic.md
    ("2020-02-03-wechat-epidemic.md", "各小区卡口需要人员值守。机构这边能不能出两个人", "gov.control.out_of_scope"),
    ("2020-02-03-wechat-epidemic.md", "没问题，疫情面前不分你我。我们安排四个人轮班", "swo.cooperate.assist"),
    ("2020-02-03-wechat-epidemic.md", "疫情面前不分你我", "value.public_welfare"),
    ("2020-02-03-wechat-epidemic.md", "另外我们可以用长者服务的名单给独居老人打电话，问问缺不缺口罩和药", "swo.cooperate.assist"),
    ("2020-02-03-wechat-epidemic.md", "电话问询这个想法很好，就按你们的办法来", "gov.consult.ask"),
    ("2020-02-03-wechat-epidemic.md", "需要什么物资跟小蒋说", "gov.support"),
    ("2020-02-03-wechat-epidemic.md", "今天打了一百二十六个电话，有九位老人家里缺药", "swo.cooperate.inform"),
    ("2020-02-03-wechat-epidemic.md", "我跟孙镇汇报了，孙镇专门表扬了你们", "legit.gain"),
    ("2020-02-03-wechat-epidemic.md", "镇党委号召党员到一线，机构里的党员同志也可以报名参加社区志愿服务", "emb.political"),
    ("2020-02-03-wechat-epidemic.md", "我报名！我是预备党员", "emb.political"),
    # 2020-03-05-minutes-renewal.md
    ("2020-03-05-minutes-renewal.md", "项目第二年度评估得分91分，等级优秀", "rel.contract_policy"),
    ("2020-03-05-minutes-renewal.md", "项目第二年度评估得分91分，等级优秀", "legit.gain"),
    ("2020-03-05-minutes-renewal.md", "方敏就续签提出三点意见", "swo.negotiate.propose"),
    ("2020-03-05-minutes-renewal.md", "合同中明确服务范围，写明“合同约定以外的工作，须经双方协商一致”", "rel.boundary"),
    ("2020-03-05-minutes-renewal.md", "合同中明确服务范围，写明“合同约定以外的工作，须经双方协商一致”", "rel.contract_policy"),
    ("2020-03-05-minutes-renewal.md", "希望镇里在中心二楼增加一间个案室，用于长者个别辅导", "swo.negotiate.propose"),
    ("2020-03-05-minutes-renewal.md", "第一、二点镇里同意，写进新合同", "gov.concede.yield"),
    ("2020-03-05-minutes-renewal.md", "二楼的储物间可以腾出来，装修费用镇里出一半", "gov.support.venue"),
    ("2020-03-05-minutes-renewal.md", "方敏表示可以接受，个案室装修由机构负责", "swo.negotiate.compromise"),
    ("2020-03-05-minutes-renewal.md", "希望和光一并承接，经费另行追加", "gov.support.funds"),
    ("2020-03-05-minutes-renewal.md", "新点需要增加两名社工，如果经费不能覆盖新增人员的工资，机构宁可不接", "swo.negotiate.compromise"),
    ("2020-03-05-minutes-renewal.md", "青溪村服务点的方案由机构先拿初稿，社事办提意见，四月中旬前共同定稿", "gov.consult.joint_planning"),
    ("2020-03-05-minutes-renewal.md", "新合同里能否加一条：机构社工每周抽半天到镇便民服务中心值班", "gov.control.staffing"),
    ("2020-03-05-minutes-renewal.md", "方敏明确表示不同意", "swo.resist.refuse"),
    ("2020-03-05-minutes-renewal.md", "社工到镇里坐班与购买服务的性质不符，合同里不能写这一条", "swo.resist.contract"),
    ("2020-03-05-minutes-renewal.md", "周主任没有再坚持", "gov.concede.yield"),
    # 2019-09-25-interview-fang-second.md
    ("2019-09-25-interview-fang-second.md", "一年多做了十九件合同外的事", "gov.control.out_of_scope"),
    ("2019-09-25-interview-fang-second.md", "阿梅被借走了三个月", "gov.control.staffing"),
    ("2019-09-25-interview-fang-second.md", "尾款还扣着", "gov.control.leverage"),
    ("2019-09-25-interview-fang-second.md", "我先跟周主任谈过两次", "swo.negotiate.propose"),
    ("2019-09-25-interview-fang-second.md", "只好写材料给区民政局", "swo.resist.appeal"),
    ("2019-09-25-interview-fang-second.md", "您是怎么下决心去区里反映的", "swo.resist.appeal"),
    ("2019-09-25-interview-fang-second.md", "大不了我们不做了，青溪不是唯一的项目", "swo.resist.exit"),
    ("2019-09-25-interview-fang-second.md", "我就把合同拿出来，一条一条对给他们看：服务内容写的是什么，人员怎么配置，哪里写了要去排查？白纸黑字，他们也说不出什么", "swo.resist.contract"),
    ("2019-09-25-interview-fang-second.md", "镇里要得急，我们就按正常的工作节奏来，晚一两天也不会怎么样", "swo.resist.delay"),
    ("2019-09-25-interview-fang-second.md", "那次我没让步", "swo.resist.refuse"),
    ("2019-09-25-interview-fang-second.md", "用谁不用谁是机构的事，镇里可以提意见，但不能替我们决定", "swo.autonomy.independence"),
    ("2019-09-25-interview-fang-second.md", "小唐做小组很扎实，老人离不开他", "swo.autonomy.judgement"),
    ("2019-09-25-interview-fang-second.md", "比以前信任多了", "rel.trust"),
    ("2019-09-25-interview-fang-second.md", "以前什么都要看、都要管，现在基本上是我们拿主意，他们把关大方向", "gov.concede.relax"),
    ("2019-09-25-interview-fang-second.md", "社工不是镇里的办事员，我们是来做专业服务的", "swo.autonomy.independence"),
    # 2018-03-25-field-note-early.md
    ("2018-03-25-field-note-early.md", "有事随时找小蒋", "rel.dialogue.channel"),
    ("2018-03-25-field-note-early.md", "周二上午周主任和蒋干事来中心转了一圈，看了看活动室，问我们打算先做什么，没多说就走了。何主管说，这是来摸底的", "gov.explore.assess"),
    ("2018-03-25-field-note-early.md", "下午何主管带着我们去镇政府拜访了民政办、文化站和综治办，每个办公室都留了名片和机构简介", "swo.explore.prove"),
    ("2018-03-25-field-note-early.md", "活动室的投影仪是镇里去年买的，一直没拆封。蒋干事说可以给我们用", "gov.support.venue"),
    ("2018-03-25-field-note-early.md", "小唐在整理镇里给的居民花名册", "res.information"),
    ("2018-03-25-field-note-early.md", "何主管觉得挂了居民更信", "res.endorsement"),
    ("2018-03-25-field-note-early.md", "方总说我们是社会组织，用自己的名字更好", "swo.autonomy.independence"),
    ("2018-03-25-field-note-early.md", "孙副镇长在会上专门提到了邻里中心，要求各部门支持社工开展工作", "gov.support.coordinate"),
    # 2020-04-22-field-note-residents-council.md
    ("2020-04-22-field-note-residents-council.md", "议事会由居民代表轮流主持，社工只做记录和引导，不替大家拿主意", "value.professional"),
    ("2020-04-22-field-note-residents-council.md", "会前镇里有人提出，议事会最好请社事办派人参加“把关”", "gov.control"),
    ("2020-04-22-field-note-residents-council.md", "何主管解释，议事会是居民自己的事，政府在场，大家反而不敢说真话", "swo.negotiate.explain"),
    ("2020-04-22-field-note-residents-council.md", "建议会后把结果报给镇里就行", "swo.negotiate.propose"),
    ("2020-04-22-field-note-residents-council.md", "蒋干事同意了", "gov.concede.yield"),
    # 2020-07-20-report-town-summary.md
    ("2020-07-20-report-town-summary.md", "把购买社会工作服务作为提升基层公共服务水平的重要抓手", "goal.gov.public_service"),
    ("2020-07-20-report-town-summary.md", "2018年3月，我镇通过公开招标引入和光社会工作服务中心承接邻里中心综合服务项目", "gov.explore.procure"),
    ("2020-07-20-report-town-summary.md", "两年来累计投入资金八十万元", "gov.support.funds"),
    ("2020-07-20-report-town-summary.md", "镇里无偿提供邻里中心场地六百平方米，承担水电物业费用", "gov.support.venue"),
    ("2020-07-20-report-town-summary.md", "项目资金足额纳入财政预算", "gov.support.funds"),
    ("2020-07-20-report-town-summary.md", "镇分管领导多次出席项目活动", "gov.support.endorse"),
    ("2020-07-20-report-town-summary.md", "协调卫生院、中小学、居委会等单位共同参与", "gov.support.coordinate"),
    ("2020-07-20-report-town-summary.md", "建立联席会议制度", "rel.dialogue.meeting"),
    ("2020-07-20-report-town-summary.md", "实行月度报表和年度第三方评估", "rel.contract_policy"),
    ("2020-07-20-report-town-summary.md", "邻里中心先后获评区“幸福邻里”示范点、市优秀社会工作服务项目", "legit.gain"),
    ("2020-07-20-report-town-summary.md", "邻里中心先后获评区“幸福邻里”示范点、市优秀社会工作服务项目", "goal.gov.performance"),
    ("2020-07-20-report-town-summary.md", "政府要当好“购买者”和“监管者”，不当“包办者”，给社会组织留出专业空间", "rel.boundary"),
    ("2020-07-20-report-town-summary.md", "社工的专业力量是镇村干部所不具备的，购买服务在一定程度上弥补了基层服务能力的不足", "res.expertise"),
    ("2020-07-20-report-town-summary.md", "部分村社区对社工认识不够，配合度不高", "legit.crisis"),
    ("2020-07-20-report-town-summary.md", "力争把邻里中心打造成全区乃至全市的品牌", "goal.gov.performance"),
    # 2020-09-16-field-note-autumn.md
    ("2020-09-16-field-note-autumn.md", "一次是陪区里的人参观", "goal.gov.performance"),
    ("2020-09-16-field-note-autumn.md", "现在我们跟社事办的配合比较默契", "rel.cooperation"),
    ("2020-09-16-field-note-autumn.md", "蒋干事就帮着协调场地、通知村里", "gov.support.coordinate"),
    ("2020-09-16-field-note-autumn.md", "镇里有什么想法，也会先打电话来商量", "gov.consult.ask"),
    ("2020-09-16-field-note-autumn.md", "上周镇里要做一个老年人能力评估的调查，找到方总，问能不能请社工帮忙设计问卷", "res.expertise"),
    ("2020-09-16-field-note-autumn.md", "方总一口答应，说这正好也是我们需要的数据", "swo.cooperate.assist"),
    ("2020-09-16-field-note-autumn.md", "调查结果双方共享", "res.information"),
    ("2020-09-16-field-note-autumn.md", "周主任现在在镇里开会常说“这个事问问和光”", "rel.trust"),
    ("2020-09-16-field-note-autumn.md", "我们说这个涉及隐私", "value.professional"),
    ("2020-09-16-field-note-autumn.md", "现在最怕的是人事变动，周主任要是调走了，一切可能又得从头来", "emb.relational"),
    # 2020-11-05-interview-liu-ayi.md
    ("2020-11-05-interview-liu-ayi.md", "一开始我也不信，以为又是推销的", "legit.crisis"),
    ("2020-11-05-interview-liu-ayi.md", "后来看他们真是在给老人办事，不收钱，就带着舞蹈队的姐妹们过来了", "legit.gain"),
    ("2020-11-05-interview-liu-ayi.md", "开始都以为他们是镇里的人", "res.endorsement"),
    ("2020-11-05-interview-liu-ayi.md", "说是被镇里叫去干别的了", "gov.control.out_of_scope"),
    ("2020-11-05-interview-liu-ayi.md", "我们的小组停了好几次", "swo.comply.absorb"),
    # 2020-12-18-minutes-year-end.md
    ("2020-12-18-minutes-year-end.md", "想先听听机构和居民代表的意见，哪些事老百姓最急", "gov.consult.ask"),
    ("2020-12-18-minutes-year-end.md", "同时希望镇里协调把中心门口的路灯修好", "swo.negotiate.propose"),
    ("2020-12-18-minutes-year-end.md", "2021年度服务计划由机构起草初稿，12月底在联席会议上共同讨论确定", "gov.consult.joint_planning"),
    ("2020-12-18-minutes-year-end.md", "这两年大家从磨合到现在配合得这么好，不容易", "rel.cooperation"),
    ("2020-12-18-minutes-year-end.md", "说到底，政府和机构都是为老百姓办事，出发点是一样的", "value.public_welfare"),
    ("2020-12-18-minutes-year-end.md", "明年联席会议继续每月一次，同时请村、社区和居民代表每季度参加一次", "rel.dialogue.meeting"),
    # 2018-02-06-minutes-town-office-meeting.md
    ("2018-02-06-minutes-town-office-meeting.md", "我镇基础薄弱、没有经验", "gov.explore.assess"),
    ("2018-02-06-minutes-town-office-meeting.md", "宜先以邻里中心为试点，合同期定为两年，不宜铺得太开", "gov.explore.trial"),
    ("2018-02-06-minutes-town-office-meeting.md", "社事办要对投标机构进行实地考察", "gov.explore.procure"),
    ("2018-02-06-minutes-town-office-meeting.md", "重点看机构的人员、以往项目和财务状况", "gov.explore.assess"),
    ("2018-02-06-minutes-town-office-meeting.md", "防止“拿了钱不干事”", "rel.distrust"),
    ("2018-02-06-minutes-town-office-meeting.md", "会议同意将邻里中心一楼、二楼交由中标机构使用，水电费由镇财政承担", "gov.support.venue"),
    ("2018-02-06-minutes-town-office-meeting.md", "项目资金已列入今年预算，首期款在合同签订后一个月内拨付", "gov.support.funds"),
    ("2018-02-06-minutes-town-office-meeting.md", "社工来了以后怎么分工需要明确，避免两家打架", "rel.boundary"),
    ("2018-02-06-minutes-town-office-meeting.md", "这件事是新事物，先摸着石头过河，一年后看效果再说", "gov.explore.trial"),
    # 2019-05-15-field-note-phone-call.md
    ("2019-05-15-field-note-phone-call.md", "下周镇里要迎接市里的卫生城市复查，让中心全员停课两天，去各小区捡垃圾、贴标语", "gov.control.out_of_scope"),
    ("2019-05-15-field-note-phone-call.md", "方总先跟他解释了一遍，小组正在关键的阶段，停两天，前面几周建立起来的信任就断了，老人们好不容易才肯开口", "swo.negotiate.explain"),
    ("2019-05-15-field-note-phone-call.md", "按合同，我们的服务对象是邻里中心的居民，卫生复查不在服务内容里", "swo.resist.contract"),
    ("2019-05-15-field-note-phone-call.md", "这次我们最多派一个人，小组不能停", "swo.negotiate.compromise"),
    ("2019-05-15-field-note-phone-call.md", "电话那头沉默了一会儿，周主任说了句“那你们自己看着办吧”，就挂了", "rel.conflict"),
    ("2019-05-15-field-note-phone-call.md", "如果镇里还是这样随叫随走，和光明年就不再投这个标了", "swo.resist.exit"),
    ("2019-05-15-field-note-phone-call.md", "上周区民政局的领导已经给周主任打过电话了，说有社会组织反映情况", "swo.resist.appeal"),
    ("2019-05-15-field-note-phone-call.md", "我们都不知道这件事，难怪周主任火气这么大", "rel.info_asymmetry"),
    # 2019-05-28-wechat-party-building.md
    ("2019-05-28-wechat-party-building.md", "请机构写一份党建工作材料，再组织一次党员志愿活动，拍些照片", "gov.control.out_of_scope"),
    ("2019-05-28-wechat-party-building.md", "七一前镇里要搞党建共建签约，想把和光也列进去", "emb.political"),
    ("2019-05-28-wechat-party-building.md", "活动经费合同里是专款专用的，党员活动不能从项目经费里出", "swo.resist.contract"),
    ("2019-05-28-wechat-party-building.md", "党建共建我们是支持的，机构也有两名党员。不过", "swo.negotiate.compromise"),
    ("2019-05-28-wechat-party-building.md", "材料我们尽量，这周长者小组有结业仪式，可能要下周初", "swo.resist.delay"),
    ("2019-05-28-wechat-party-building.md", "党建材料是区里要的，不是镇里为难你们，这个真的要配合一下", "gov.control.out_of_scope"),
    ("2019-05-28-wechat-party-building.md", "我们是社会组织，不是镇里的下属单位", "swo.autonomy.independence"),
    ("2019-05-28-wechat-party-building.md", "以后这类材料能不能提前跟我们商量，别临时压下来", "swo.negotiate.propose"),
    ("2019-05-28-wechat-party-building.md", "行，以后提前说", "gov.concede.yield"),
    ("2019-05-28-wechat-party-building.md", "如果每个月都这样临时加任务，我们只能考虑明年不再续签了", "swo.resist.exit"),
    ("2019-05-28-wechat-party-building.md", "话不要说得这么绝嘛", "rel.conflict"),
    # 2018-09-22-field-note-mid-autumn-day.md
    ("2018-09-22-field-note-mid-autumn-day.md", "音响是镇里借来的", "gov.support.venue"),
    ("2018-09-22-field-note-mid-autumn-day.md", "这是我们来青溪后第一次办这么大的活动，一定要办漂亮，让镇里看看社工的组织能力", "swo.explore.prove"),
    ("2018-09-22-field-note-mid-autumn-day.md", "孙副镇长上台致辞，说邻里中心开办半年来给社区带来了新气象，感谢和光的社工们", "gov.support.endorse"),
    ("2018-09-22-field-note-mid-autumn-day.md", "蒋干事跟我们的志愿者一起守摊位、发奖品", "swo.cooperate.co_deliver"),
    ("2018-09-22-field-note-mid-autumn-day.md", "活动结束后，周主任在群里说今天来了四百多人，是近几年社区里最热闹的一次", "legit.gain"),
    # 2020-06-10-field-note-new-staff.md
    ("2020-06-10-field-note-new-staff.md", "最难的不是跟老人打交道，而是跟镇里的人说话", "swo.explore.learn"),
    ("2020-06-10-field-note-new-staff.md", "现在她每次打电话之前都先问问何主管该怎么说", "swo.explore.learn"),
    ("2020-06-10-field-note-new-staff.md", "方总那年跟周主任说过，再这样随叫随走，和光就撤出青溪", "swo.resist.exit"),
    ("2020-06-10-field-note-new-staff.md", "这周青溪村服务点的活动安排是镇里和我们一起商量定的", "gov.consult.joint_planning"),
    ("2020-06-10-field-note-new-staff.md", "从专业上看，服务点晚上没有社工在场，出了问题没人处理，不如把白天的活动做扎实", "swo.autonomy.judgement"),
    ("2020-06-10-field-note-new-staff.md", "她还专门跟蒋干事解释了一遍为什么不延长开放时间", "swo.negotiate.explain"),
    ("2020-06-10-field-note-new-staff.md", "蒋干事听完说有道理，她去跟村里说", "gov.concede.yield"),
    ("2020-06-10-field-note-new-staff.md", "青溪村服务点的考核现在也纳入了镇里对村的年度考核里", "emb.structural"),
    # 2020-10-20-interview-he-jing-second.md
    ("2020-10-20-interview-he-jing-second.md", "现在觉得不合适的，我们会直接提出来", "swo.negotiate.propose"),
    ("2020-10-20-interview-he-jing-second.md", "镇里也会听", "gov.consult.ask"),
    ("2020-10-20-interview-he-jing-second.md", "周主任现在挺信任我们的", "rel.trust"),
    ("2020-10-20-interview-he-jing-second.md", "方案交上去基本不改", "gov.concede.relax"),
    ("2020-10-20-interview-he-jing-second.md", "现在跟镇里算是真正的合作伙伴了", "rel.cooperation"),
    ("2020-10-20-interview-he-jing-second.md", "让孩子们背诵宣传口号，拍视频上报", "goal.gov.performance"),
    ("2020-10-20-interview-he-jing-second.md", "我们觉得对一二年级的孩子来说不合适，孩子来课堂是写作业、玩的，不是来背口号的", "swo.autonomy.judgement"),
    ("2020-10-20-interview-he-jing-second.md", "后来改成了让孩子们画“我眼中的家乡”", "swo.negotiate.propose"),
    ("2020-10-20-interview-he-jing-second.md", "镇里也接受了", "gov.concede.yield"),
    ("2020-10-20-interview-he-jing-second.md", "镇里有段时间想把小组并到养生大讲堂里", "gov.control.approval"),
    ("2020-10-20-interview-he-jing-second.md", "说人多热闹、照片好看", "goal.gov.performance"),
    ("2020-10-20-interview-he-jing-second.md", "我们坚持从专业上讲，小组就是小组，十个人左右，每个人都有说话的机会", "swo.autonomy.judgement"),
    ("2020-10-20-interview-he-jing-second.md", "最后还是按我们的来", "gov.concede.yield"),
    ("2020-10-20-interview-he-jing-second.md", "按新的约定，镇里要找我们帮忙，得先跟方总商量", "rel.contract_policy"),
    ("2020-10-20-interview-he-jing-second.md", "有一次镇里想让我们去帮忙做人口普查", "gov.control.out_of_scope"),
    ("2020-10-20-interview-he-jing-second.md", "方总拿出补充协议说，这个要另外签协议、另外给经费", "swo.resist.contract"),
    ("2020-10-20-interview-he-jing-second.md", "后来镇里就另找了人", "gov.concede.yield"),
    ("2020-10-20-interview-he-jing-second.md", "但对镇里，她只正式说过一次，就是去年那次三方会", "swo.resist.exit"),
    ("2020-10-20-interview-he-jing-second.md", "基本天天在群里，有急事直接打电话", "rel.dialogue.channel"),
    ("2020-10-20-interview-he-jing-second.md", "我们还约定每周一上午通一次电话，把这周的事过一遍", "rel.dialogue.channel"),
    ("2020-10-20-interview-he-jing-second.md", "我们是施工队进场那天才知道的", "rel.info_asymmetry"),
    ("2020-10-20-interview-he-jing-second.md", "想把更多的事交给居民自己做。社工不能永远在前面，要慢慢退到后面去", "goal.swo.mission"),
    # 2019-12-18-interview-zhou-retrospective.md
    ("2019-12-18-interview-zhou-retrospective.md", "机构那边觉得台账太多了", "gov.control.reporting"),
    # 2019-05-22-interview-jiang.md
    ("2019-05-22-interview-jiang.md", "机构说报送的材料太多了", "gov.control.reporting"),
    # 2019-09-25-interview-fang-second.md
    ("2019-09-25-interview-fang-second.md", "周主任要换小唐那次呢", "gov.control.staffing"),
    # 2018-06-08-wechat-civilisation-campaign.md
    ("2018-06-08-wechat-civilisation-campaign.md", "明天上午我们约了长者健康讲座，医生都请好了", "swo.negotiate.explain"),
    # 2018-06-20-field-note-staff-pulled.md
    ("2018-06-20-field-note-staff-pulled.md", "今天来了二十六位老人，比上次多了八位，有两位是第一次来", "legit.gain"),
    # 2020-09-16-field-note-autumn.md
    ("2020-09-16-field-note-autumn.md", "村里的老人来得比预想的多", "legit.gain"),
    # 2018-11-08-field-note-inspection-day.md
    ("2018-11-08-field-note-inspection-day.md", "老人们天天来问什么时候恢复", "legit.gain"),
]
# fmt: on

# ---------------------------------------------------------------------------
# devset-en labels: (source file, quote, code)
# ---------------------------------------------------------------------------
# fmt: off
EN: list[tuple[str, str, str]] = [
    # 2019-01-21-itt-summary.md
    ("2019-01-21-itt-summary.md", "Eastmere Borough Council wishes to commission a community-based service", "gov.explore.procure"),
    ("2019-01-21-itt-summary.md", "to reduce loneliness and social isolation among older residents of the Fairfield estate", "goal.gov.public_service"),
    ("2019-01-21-itt-summary.md", "in line with the council's Ageing Well Strategy 2018-2023", "rel.contract_policy"),
    ("2019-01-21-itt-summary.md", "This is the council's first commissioned befriending service and will run as a two-year pilot", "gov.explore.trial"),
    ("2019-01-21-itt-summary.md", "Continuation beyond March 2021 will depend on the outcome of an independent evaluation and on available budget", "rel.contract_policy"),
    ("2019-01-21-itt-summary.md", "paid quarterly in arrears subject to satisfactory monitoring returns", "rel.contract_policy"),
    ("2019-01-21-itt-summary.md", "Tenders will be evaluated 60% on quality and 40% on price", "gov.explore.procure"),
    # 2019-03-28-minutes-mobilisation.md
    ("2019-03-28-minutes-mobilisation.md", "Karen confirmed that the contract had been awarded to Northgate following the tender evaluation and that the signed contract had been returned on 15 March", "gov.explore.procure"),
    ("2019-03-28-minutes-mobilisation.md", "Karen was candid that the council had not commissioned befriending before and did not yet know what good would look like", "gov.explore.assess"),
    ("2019-03-28-minutes-mobilisation.md", "Officers would be watching the first six months closely before deciding how to monitor the service in the longer term", "gov.explore.assess"),
    ("2019-03-28-minutes-mobilisation.md", "The council will provide rent-free use of the ground-floor meeting room and kitchen at Fairfield Community Centre on Tuesdays and Thursdays, and a lockable cupboard for equipment", "gov.support.venue"),
    ("2019-03-28-minutes-mobilisation.md", "Sam said Northgate was keen to get some early wins on the board so that residents and the council could see what the service could do", "swo.explore.prove"),
    ("2019-03-28-minutes-mobilisation.md", "Dev outlined the monitoring framework in Schedule 4", "rel.contract_policy"),
    # 2019-04-17-field-note-first-weeks.md
    ("2019-04-17-field-note-first-weeks.md", "Lucy, Tom and I spent Monday and Tuesday door-knocking in Pevensey House and Marlow Court with a short questionnaire", "swo.explore.needs"),
    ("2019-04-17-field-note-first-weeks.md", "she said she'd had enough of people with clipboards and shut the door", "legit.crisis"),
    ("2019-04-17-field-note-first-weeks.md", "Dev Sharma turned up on Wednesday afternoon, unannounced", "gov.control.inspection"),
    ("2019-04-17-field-note-first-weeks.md", "Lucy thinks he is trying to work out whether we are any good", "gov.explore.assess"),
    ("2019-04-17-field-note-first-weeks.md", "He did also introduce us to the practice manager at Fairfield Surgery, who has agreed to put our leaflet in the waiting room and to tell the GPs about the referral route", "gov.support.coordinate"),
    ("2019-04-17-field-note-first-weeks.md", "Lucy keeps saying we need to tread carefully for now: learn how the council likes things done, who actually makes the decisions, and not ask for anything in the first three months", "swo.explore.learn"),
    ("2019-04-17-field-note-first-weeks.md", "She also wants the first lunch club to be really good, because Karen has said she might drop in and we need her to go away impressed", "swo.explore.prove"),
    # 2019-05-10-email-monthly-returns.md
    ("2019-05-10-email-monthly-returns.md", "thanks for the April return. A few things before I can sign it off", "gov.control.reporting"),
    ("2019-05-10-email-monthly-returns.md", "could you please send the return by the fifth working day of each month, with the attendance registers for every lunch club session and digital class attached, and at least two photos per session as evidence of delivery", "gov.control.reporting"),
    ("2019-05-10-email-monthly-returns.md", "can you send me the timetable for the June digital sessions before you advertise them? Karen would like to sign it off first", "gov.control.approval"),
    ("2019-05-10-email-monthly-returns.md", "no problem, will do. I'll send the June timetable over by Friday", "swo.comply.follow"),
    ("2019-05-10-email-monthly-returns.md", "some of our befriending clients are quite private and don't want to be photographed", "swo.negotiate.explain"),
    ("2019-05-10-email-monthly-returns.md", "Would it be acceptable to provide photos for the group sessions only, and anonymised case notes for the one-to-one work?", "swo.negotiate.propose"),
    ("2019-05-10-email-monthly-returns.md", "photos for group sessions only is fine", "gov.concede.yield"),
    # 2019-06-12-field-note-lunch-club.md
    ("2019-06-12-field-note-lunch-club.md", "Lucy sent the draft to the council on the 3rd; it came back on the 11th with the charity's logo made smaller, the council crest added at the top and the line about free transport removed until the budget is confirmed", "gov.control.approval"),
    ("2019-06-12-field-note-lunch-club.md", "half the places had gone by word of mouth anyway", "legit.gain"),
    ("2019-06-12-field-note-lunch-club.md", "the community centre wifi drops out whenever the nursery next door is using it", "res.venue"),
    # 2019-07-11-whatsapp-summer-fair.md
    ("2019-07-11-whatsapp-summer-fair.md", "Cllr Price has asked if Northgate can staff a stall at the council's Summer Fair on Saturday 20th, 10 till 4, handing out the Local Plan consultation leaflets and getting people to fill in the survey", "gov.control.out_of_scope"),
    ("2019-07-11-whatsapp-summer-fair.md", "We've got a coach booked", "swo.negotiate.explain"),
    ("2019-07-11-whatsapp-summer-fair.md", "Ideally both. It's a corporate priority", "gov.control.out_of_scope"),
    ("2019-07-11-whatsapp-summer-fair.md", "Tom can do 10 till 12 and then join the outing. Would that work?", "swo.negotiate.compromise"),
    ("2019-07-11-whatsapp-summer-fair.md", "Can he take photos of people filling in the survey too?", "gov.control.out_of_scope"),
    ("2019-07-11-whatsapp-summer-fair.md", "Need them for the report to Cabinet", "goal.gov.performance"),
    ("2019-07-11-whatsapp-summer-fair.md", "Lucy Brennan: [[Will do 👍]]", "swo.comply.follow"),
    ("2019-07-11-whatsapp-summer-fair.md", "Photos from the fair attached. Tom got 64 surveys done", "swo.comply.follow"),
    ("2019-07-11-whatsapp-summer-fair.md", "reminder that the June return is now overdue", "gov.control.reporting"),
    ("2019-07-11-whatsapp-summer-fair.md", "we lost a couple of days to the fair prep", "swo.comply.absorb"),
    ("2019-07-11-whatsapp-summer-fair.md", "Will have it to you tomorrow", "swo.comply.follow"),
    # 2019-08-21-field-note-digital.md
    ("2019-08-21-field-note-digital.md", "The council's IT team delivered six refurbished laptops on Monday, on loan for the rest of the contract", "gov.support.venue"),
    ("2019-08-21-field-note-digital.md", "Tom is running a short survey with the lunch club about who has a device at home and what they would use it for", "swo.explore.needs"),
    ("2019-08-21-field-note-digital.md", "Lucy says we can't put anything up on the building without the centre manager's say-so", "res.venue"),
    # 2019-09-20-interview-lucy.md
    ("2019-09-20-interview-lucy.md", "everything has to go through them", "gov.control"),
    ("2019-09-20-interview-lucy.md", "The press release for the lunch club launch sat with their comms team for nearly three weeks and came back rewritten in council-speak", "gov.control.approval"),
    ("2019-09-20-interview-lucy.md", "The monthly return is a monster. Registers, photos, case studies, a dashboard spreadsheet with forty-odd fields", "gov.control.reporting"),
    ("2019-09-20-interview-lucy.md", "I reckon it's a day and a half a month, which is a day and a half I'm not supervising volunteers", "swo.comply.absorb"),
    ("2019-09-20-interview-lucy.md", "Not really. Honestly, we couldn't afford to", "swo.comply.silence"),
    ("2019-09-20-interview-lucy.md", "The contract is about sixty per cent of our income", "res.funding"),
    ("2019-09-20-interview-lucy.md", "Dev made a comment in July that our \"compliance score\" would be looked at when they decide on the second year", "gov.control.leverage"),
    ("2019-09-20-interview-lucy.md", "Sometimes I draft an email saying no and then delete it, because who else is going to fund a lunch club on Fairfield?", "swo.comply.silence"),
    ("2019-09-20-interview-lucy.md", "handing out leaflets about the new bin collections, then Karen asked if we could get older people along to a consultation event on the Local Plan", "gov.control.out_of_scope"),
    ("2019-09-20-interview-lucy.md", "We've said yes to all of it so far", "swo.comply.follow"),
    ("2019-09-20-interview-lucy.md", "Karen was quite keen that we interview someone she'd worked with at the council, and she made that clear more than once", "gov.control.staffing"),
    ("2019-09-20-interview-lucy.md", "I'm still working it out, to be honest", "swo.explore.learn"),
    ("2019-09-20-interview-lucy.md", "Karen says outcomes, but Dev's spreadsheet only counts heads", "value.administrative"),
    ("2019-09-20-interview-lucy.md", "We're trying to give both of them what they want until we know which one matters", "swo.explore.learn"),
    ("2019-09-20-interview-lucy.md", "Karen wanted us to run it as a drop-in so the numbers would look better", "gov.control.approval"),
    ("2019-09-20-interview-lucy.md", "In our professional judgement it had to stay a closed group of eight, otherwise nobody talks about anything real. We kept it at eight", "swo.autonomy.judgement"),
    # 2019-10-15-minutes-steering-group.md
    ("2019-10-15-minutes-steering-group.md", "Karen explained that the steering group will meet quarterly and bring together the council, the Trust and residents to review progress and agree priorities", "rel.dialogue.meeting"),
    ("2019-10-15-minutes-steering-group.md", "She also shared early findings from the residents' survey, which Northgate had run on its own initiative and which were not part of the return", "swo.cooperate.inform"),
    ("2019-10-15-minutes-steering-group.md", "the residents' survey, which Northgate had run on its own initiative", "swo.explore.needs"),
    ("2019-10-15-minutes-steering-group.md", "Lucy explained that matches take six to eight weeks to set up safely because every volunteer is DBS-checked and introduced in person, and that rushing them risks matches breaking down", "swo.negotiate.explain"),
    ("2019-10-15-minutes-steering-group.md", "Sam proposed replacing the raw head-count with a short wellbeing measure every six months", "swo.negotiate.propose"),
    ("2019-10-15-minutes-steering-group.md", "Karen said she was open to it and asked the residents present what they thought the service should be measured on", "gov.consult.ask"),
    ("2019-10-15-minutes-steering-group.md", "The group worked through ideas for the winter together and agreed a plan", "gov.consult.joint_planning"),
    ("2019-10-15-minutes-steering-group.md", "a Christmas lunch co-hosted by the council and the Trust", "swo.cooperate.co_deliver"),
    ("2019-10-15-minutes-steering-group.md", "The council has agreed to let the Trust use the centre's Tuesday evening slot free of charge for a second digital class", "gov.support.venue"),
    ("2019-10-15-minutes-steering-group.md", "Date of next meeting: 14 January 2020", "rel.dialogue.meeting"),
    # 2019-11-25-safeguarding-audit.md
    ("2019-11-25-safeguarding-audit.md", "This audit was carried out on 19 November 2019 as an unannounced visit under Schedule 6 of the contract", "gov.control.inspection"),
    ("2019-11-25-safeguarding-audit.md", "under Schedule 6 of the contract", "rel.contract_policy"),
    ("2019-11-25-safeguarding-audit.md", "The auditor reviewed the Trust's safeguarding policy, the DBS register for staff and volunteers, a sample of eight befriending files and the incident log", "gov.control.inspection"),
    ("2019-11-25-safeguarding-audit.md", "The auditor commended the Trust's volunteer induction, which goes well beyond the minimum required", "legit.gain"),
    ("2019-11-25-safeguarding-audit.md", "We accept both recommendations", "swo.comply.follow"),
    ("2019-11-25-safeguarding-audit.md", "client files are kept deliberately brief, in line with our confidentiality policy, and we would not wish to add further personal detail to them", "swo.autonomy.judgement"),
    # 2020-01-14-email-q3-payment.md
    ("2020-01-14-email-q3-payment.md", "I'm chasing the Q3 payment, which was due on 31 December. Our finance officer says nothing has come through", "gov.control.leverage"),
    ("2020-01-14-email-q3-payment.md", "we have payroll on the 28th", "goal.swo.survival"),
    ("2020-01-14-email-q3-payment.md", "finance have put the Q3 payment on hold until we receive the outstanding December return and the revised volunteer register", "gov.control.leverage"),
    ("2020-01-14-email-q3-payment.md", "the outstanding December return and the revised volunteer register", "gov.control.reporting"),
    ("2020-01-14-email-q3-payment.md", "we ran the Christmas lunch with you", "swo.cooperate.co_deliver"),
    ("2020-01-14-email-q3-payment.md", "I'll get it to you tomorrow", "swo.comply.follow"),
    ("2020-01-14-email-q3-payment.md", "I don't think the contract allows payment to be withheld for a late return. Schedule 5 says payment is due within 30 days of a valid invoice", "swo.resist.contract"),
    ("2020-01-14-email-q3-payment.md", "Schedule 5 says payment is due within 30 days of a valid invoice", "rel.contract_policy"),
    ("2020-01-14-email-q3-payment.md", "We can cover payroll from reserves for one month but not two", "goal.swo.survival"),
    # 2020-02-05-field-note-hub-secondment.md
    ("2020-02-05-field-note-hub-secondment.md", "she asked whether Tom could sit with the hub team two days a week until Easter, taking calls from older residents", "gov.control.staffing"),
    ("2020-02-05-field-note-hub-secondment.md", "the contract pays for Tom's time on Fairfield, not at the Civic Centre", "rel.contract_policy"),
    ("2020-02-05-field-note-hub-secondment.md", "Sam called Karen back and offered one day a week for four weeks, on the understanding that Tom's lunch club shift is covered and the council treats the time as outside the contract", "swo.negotiate.compromise"),
    ("2020-02-05-field-note-hub-secondment.md", "Karen accepted", "gov.concede.yield"),
    ("2020-02-05-field-note-hub-secondment.md", "His two befriending visits on hub days will have to move to the evenings", "swo.comply.absorb"),
    ("2020-02-05-field-note-hub-secondment.md", "Lucy has also quietly stopped filling in the council's monthly good news story form", "swo.resist.delay"),
    ("2020-02-05-field-note-hub-secondment.md", "we may lose the Thursday slot from April", "res.venue"),
    ("2020-02-05-field-note-hub-secondment.md", "Nobody from the council has mentioned it to us", "rel.info_asymmetry"),
    # 2020-03-24-contract-variation-letter.md
    ("2020-03-24-contract-variation-letter.md", "In line with Procurement Policy Note 02/20, the council is making the following temporary changes to your contract", "rel.contract_policy"),
    ("2020-03-24-contract-variation-letter.md", "The council will pay the Q1 2020/21 instalment in advance on 1 April 2020, irrespective of delivery", "gov.support.funds"),
    ("2020-03-24-contract-variation-letter.md", "The monthly return is suspended", "gov.concede.relax"),
    ("2020-03-24-contract-variation-letter.md", "You may adapt delivery as you judge best to keep in contact with service users safely", "gov.concede.relax"),
    ("2020-03-24-contract-variation-letter.md", "Contract monitoring visits are suspended", "gov.concede.relax"),
    ("2020-03-24-contract-variation-letter.md", "We are grateful for everything the Trust is doing at this difficult time", "legit.gain"),
    # 2020-04-06-whatsapp-covid.md
    ("2020-04-06-whatsapp-covid.md", "we can turn the befriending team into a telephone welfare line for anyone over 70 on the estate, not just our clients", "swo.cooperate.assist"),
    ("2020-04-06-whatsapp-covid.md", "We'd need the council's shielding list for Fairfield", "res.information"),
    ("2020-04-06-whatsapp-covid.md", "Happy to start Monday", "swo.cooperate.assist"),
    ("2020-04-06-whatsapp-covid.md", "I'll get the data-sharing agreement signed today and Dev will send the list securely", "res.information"),
    ("2020-04-06-whatsapp-covid.md", "Sam, what do you think about the food parcels? We're trying to decide between delivering from the Civic Centre or using the community centre as a hub. Your view would really help", "gov.consult.ask"),
    ("2020-04-06-whatsapp-covid.md", "We can have volunteers there Tuesday and Thursday", "swo.cooperate.assist"),
    ("2020-04-06-whatsapp-covid.md", "Agreed, let's do that", "gov.consult.ask"),
    ("2020-04-06-whatsapp-covid.md", "I'll ask the Food Bank and the Co-op to route deliveries there", "gov.support.coordinate"),
    ("2020-04-06-whatsapp-covid.md", "Not due till next week but thought you'd want to know: 212 calls made", "swo.cooperate.inform"),
    ("2020-04-06-whatsapp-covid.md", "Honestly, we couldn't have done this without you", "legit.gain"),
    ("2020-04-06-whatsapp-covid.md", "we couldn't have done this without you", "res.expertise"),
    # 2020-06-18-interview-karen-holt.md
    ("2020-06-18-interview-karen-holt.md", "Loneliness was coming up in every consultation we did on the estate", "goal.gov.public_service"),
    ("2020-06-18-interview-karen-holt.md", "the Ageing Well Strategy had a commitment to tackle it", "rel.contract_policy"),
    ("2020-06-18-interview-karen-holt.md", "We'd never commissioned befriending, so we set it up as a two-year pilot and were quite cautious", "gov.explore.trial"),
    ("2020-06-18-interview-karen-holt.md", "Open tender. Four bids", "gov.explore.procure"),
    ("2020-06-18-interview-karen-holt.md", "In the first year the Trust felt quite closely monitored", "gov.control"),
    ("2020-06-18-interview-karen-holt.md", "Part of it was that we genuinely didn't know them", "gov.explore.assess"),
    ("2020-06-18-interview-karen-holt.md", "Every contract over a certain value goes on the corporate dashboard and members ask questions if a line turns red", "value.administrative"),
    ("2020-06-18-interview-karen-holt.md", "And the requests outside the contract, the fair, the leaflets?", "gov.control.out_of_scope"),
    ("2020-06-18-interview-karen-holt.md", "When you've got a willing organisation on the ground, it's very tempting to use them for everything", "gov.control.out_of_scope"),
    ("2020-06-18-interview-karen-holt.md", "We've had to learn where the line is", "rel.boundary"),
    ("2020-06-18-interview-karen-holt.md", "We suspended the monthly returns overnight and the sky didn't fall in", "gov.concede.relax"),
    ("2020-06-18-interview-karen-holt.md", "The Trust did things we couldn't have done ourselves; they knew every older person on that estate", "res.expertise"),
    ("2020-06-18-interview-karen-holt.md", "Since then I trust them to get on with it", "rel.trust"),
    ("2020-06-18-interview-karen-holt.md", "We've moved to a quarterly light-touch report", "gov.concede.relax"),
    ("2020-06-18-interview-karen-holt.md", "A safeguarding incident, or a story in the Eastmere Echo about a vulnerable person being let down. That's what keeps my director awake", "goal.gov.stability"),
    ("2020-06-18-interview-karen-holt.md", "It depends on the evaluation and on the budget round", "rel.contract_policy"),
    # 2020-07-09-minutes-contract-review.md
    ("2020-07-09-minutes-contract-review.md", "10% of the final Year 1 payment (£6,000) is retained where fewer than 10 KPIs are met, and the council proposed to apply the retention", "gov.control.leverage"),
    ("2020-07-09-minutes-contract-review.md", "Under Schedule 5, 10% of the final Year 1 payment (£6,000) is retained where fewer than 10 KPIs are met", "rel.contract_policy"),
    ("2020-07-09-minutes-contract-review.md", "Sam disputed the retention", "rel.conflict"),
    ("2020-07-09-minutes-contract-review.md", "Two of the missed KPIs related to face-to-face sessions that the council's own variation of 24 March had suspended; the specification could not be applied as if the pandemic had not happened", "swo.resist.contract"),
    ("2020-07-09-minutes-contract-review.md", "Sam said that if the retention was applied, the board would not bid for the next contract", "swo.resist.exit"),
    ("2020-07-09-minutes-contract-review.md", "Karen agreed that the two pandemic-affected KPIs would be excluded and the retention would not be applied", "gov.concede.yield"),
    ("2020-07-09-minutes-contract-review.md", "In return Sam agreed that the Trust would run four extra digital sessions over the autumn half-term", "swo.negotiate.compromise"),
    ("2020-07-09-minutes-contract-review.md", "Dev asked whether Lucy could be replaced as the council's named contact by \"someone more senior\"", "gov.control.staffing"),
    ("2020-07-09-minutes-contract-review.md", "Sam declined", "swo.resist.refuse"),
    ("2020-07-09-minutes-contract-review.md", "who manages the contract is the Trust's decision, and Lucy would remain the named contact", "swo.autonomy.independence"),
    ("2020-07-09-minutes-contract-review.md", "The parties agreed together to replace three head-count KPIs with a six-monthly wellbeing measure", "gov.consult.joint_planning"),
    ("2020-07-09-minutes-contract-review.md", "Lucy explained that the drop in digital sessions was a deliberate choice", "swo.negotiate.explain"),
    ("2020-07-09-minutes-contract-review.md", "Groups were kept to four people so that each learner could have a volunteer beside them, which the Trust considers the only way the sessions work for people with low confidence", "swo.autonomy.judgement"),
    ("2020-07-09-minutes-contract-review.md", "It was agreed to meet again in January 2021", "rel.dialogue.meeting"),
    # 2020-09-02-email-escalation.md
    ("2020-09-02-email-escalation.md", "I am writing to you directly because I have not been able to resolve this with the commissioning team", "swo.resist.appeal"),
    ("2020-09-02-email-escalation.md", "Northgate has been asked on three occasions to provide staff for council activity unrelated to the contract", "gov.control.out_of_scope"),
    ("2020-09-02-email-escalation.md", "We have declined the first two", "swo.resist.refuse"),
    ("2020-09-02-email-escalation.md", "The specification (section 3.2) is clear that staff time is for the befriending, lunch club and digital inclusion services", "swo.resist.contract"),
    ("2020-09-02-email-escalation.md", "The specification (section 3.2) is clear that staff time is for the befriending, lunch club and digital inclusion services", "rel.contract_policy"),
    ("2020-09-02-email-escalation.md", "We are an independent charity and a willing partner, not an extension of the council's workforce", "swo.autonomy.independence"),
    ("2020-09-02-email-escalation.md", "I would be grateful if the council could agree a simple protocol for any future requests", "swo.negotiate.propose"),
    ("2020-09-02-email-escalation.md", "If this cannot be resolved, our trustees have asked me to say that they will consider giving notice under clause 14", "swo.resist.exit"),
    ("2020-09-02-email-escalation.md", "I have asked Karen to put the protocol you suggest in place from this week", "gov.concede.yield"),
    # 2020-10-14-field-note-autumn.md
    ("2020-10-14-field-note-autumn.md", "Karen emailed to say the council is planning a winter loneliness campaign and asked whether we'd co-design it with them", "gov.consult.joint_planning"),
    ("2020-10-14-field-note-autumn.md", "offered two volunteers to collect them", "swo.cooperate.assist"),
    ("2020-10-14-field-note-autumn.md", "We've started sending Dev a short note after each steering group action is done, without being asked", "swo.cooperate.inform"),
    ("2020-10-14-field-note-autumn.md", "There is one thing we're still quietly not doing: the council's good news story form", "swo.resist.delay"),
    ("2020-10-14-field-note-autumn.md", "Lucy has decided not to revive it unless someone asks", "swo.resist.delay"),
    ("2020-10-14-field-note-autumn.md", "Cllr Price dropped in to the second sitting with a tin of biscuits and told the room that Fairfield Connects was \"exactly what this council should be doing\"", "gov.support.endorse"),
    ("2020-10-14-field-note-autumn.md", "The hall heating still isn't fixed. The centre manager says it's on the council's repairs list but there's no date", "res.venue"),
    # 2020-12-15-quarterly-report-q3.md
    ("2020-12-15-quarterly-report-q3.md", "\"I didn't know anyone in my block before. Now I've got three phone numbers on my fridge.\"", "legit.gain"),
    ("2020-12-15-quarterly-report-q3.md", "The community centre heating remains unreliable and the council's repair date has now slipped twice", "res.venue"),
    ("2020-12-15-quarterly-report-q3.md", "We ask that this is escalated within the council's property team", "swo.negotiate.propose"),
    # 2021-02-10-minutes-steering-group.md
    ("2021-02-10-minutes-steering-group.md", "Karen thanked the Trust for its work during the lockdowns", "legit.gain"),
    ("2021-02-10-minutes-steering-group.md", "the council saw the Trust as a genuine partner rather than a supplier", "rel.cooperation"),
    ("2021-02-10-minutes-steering-group.md", "The Christmas doorstep lunch, jointly run by the council's catering team and the Trust's volunteers, reached 140 people", "swo.cooperate.co_deliver"),
    ("2021-02-10-minutes-steering-group.md", "Karen confirmed that the council will add £15,000 to the Year 2 budget for winter pressures", "gov.support.funds"),
    ("2021-02-10-minutes-steering-group.md", "Karen asked the group how the service should look from April 2021", "gov.consult.ask"),
    ("2021-02-10-minutes-steering-group.md", "said she wanted to design the specification together. It was agreed that the Trust, the Tenants' Association and the council would hold two co-design workshops in March", "gov.consult.joint_planning"),
    ("2021-02-10-minutes-steering-group.md", "From Q1 2021/22 the monthly return will be replaced by a six-monthly report and an annual review meeting", "gov.concede.relax"),
    ("2021-02-10-minutes-steering-group.md", "Cllr Price offered to write to the local housing associations and the GP federation asking them to refer to the service", "gov.support.coordinate"),
    ("2021-02-10-minutes-steering-group.md", "Next meeting: 12 May 2021", "rel.dialogue.meeting"),
    # 2021-03-19-interview-sam-okafor.md
    ("2021-03-19-interview-sam-okafor.md", "we said yes to everything because we needed them to see we could deliver", "swo.comply.follow"),
    ("2021-03-19-interview-sam-okafor.md", "we needed them to see we could deliver", "swo.explore.prove"),
    ("2021-03-19-interview-sam-okafor.md", "Then there was the stand-off, roughly from the payment row to my letter to Michael", "rel.conflict"),
    ("2021-03-19-interview-sam-okafor.md", "Fear, partly", "swo.comply.silence"),
    ("2021-03-19-interview-sam-okafor.md", "They were sixty per cent of our income", "res.funding"),
    ("2021-03-19-interview-sam-okafor.md", "You bite your tongue when it's the hand that feeds you", "swo.comply.silence"),
    ("2021-03-19-interview-sam-okafor.md", "Some things we refused outright", "swo.resist.refuse"),
    ("2021-03-19-interview-sam-okafor.md", "some we just let slide, like the monthly good news form and the endless photos", "swo.resist.delay"),
    ("2021-03-19-interview-sam-okafor.md", "I went over Karen's head, which I don't regret", "swo.resist.appeal"),
    ("2021-03-19-interview-sam-okafor.md", "I talked to the CVS about whether other charities were seeing the same thing", "swo.resist.appeal"),
    ("2021-03-19-interview-sam-okafor.md", "In August 2020 the board was ready to give notice. I told Karen that, more or less in those words", "swo.resist.exit"),
    ("2021-03-19-interview-sam-okafor.md", "Karen and I had a long conversation in a café in October and cleared the air", "rel.dialogue.frank"),
    ("2021-03-19-interview-sam-okafor.md", "She admitted they'd used us as spare staff", "gov.control.out_of_scope"),
    ("2021-03-19-interview-sam-okafor.md", "Since then we talk every fortnight, properly", "rel.dialogue"),
    ("2021-03-19-interview-sam-okafor.md", "The money in lockdown came early", "gov.support.funds"),
    ("2021-03-19-interview-sam-okafor.md", "the councillor turned up to everything", "gov.support.endorse"),
    ("2021-03-19-interview-sam-okafor.md", "they opened doors with the GPs and the housing associations that we'd never have opened ourselves", "gov.support.coordinate"),
    ("2021-03-19-interview-sam-okafor.md", "We're an independent charity, not a department of the council", "swo.autonomy.independence"),
    ("2021-03-19-interview-sam-okafor.md", "we behaved like a department for a year", "swo.comply"),
    # 2021-03-25-newsletter.md
    ("2021-03-25-newsletter.md", "Northgate Community Trust was awarded the council contract to run Fairfield Connects", "gov.explore.procure"),
    ("2021-03-25-newsletter.md", "The service was launched in April 2019 as a two-year pilot", "gov.explore.trial"),
    ("2021-03-25-newsletter.md", "At a celebration lunch co-hosted by the council and the Trust", "swo.cooperate.co_deliver"),
    ("2021-03-25-newsletter.md", "Cllr Janet Price, Cabinet Member for Communities, thanked the volunteers and said the project had \"changed what this council thinks community services can do\"", "gov.support.endorse"),
    ("2021-03-25-newsletter.md", "\"I came for the pudding,\" she said. \"I stayed for the company.\"", "legit.gain"),
    # 2019-12-04-field-note-december.md
    ("2019-12-04-field-note-december.md", "Northgate's mission is to help people on the estate run things for themselves", "goal.swo.mission"),
    ("2019-12-04-field-note-december.md", "not to become a council delivery arm", "swo.autonomy.independence"),
    ("2019-12-04-field-note-december.md", "The board also discussed the Trust's bid for a Charity of the Year award and the renewal of its quality mark", "goal.swo.legitimacy"),
    ("2019-12-04-field-note-december.md", "the Fairfield contract is the Trust's shop window for future tenders", "goal.swo.legitimacy"),
    ("2019-12-04-field-note-december.md", "Sam has been invited to sit on the council's Ageing Well Partnership Board, which means the Trust's figures now go straight into the council's own performance reports", "emb.structural"),
    ("2019-12-04-field-note-december.md", "Cllr Price has started mentioning Fairfield Connects in her election leaflets. Sam is uneasy about the Trust being seen as part of the administration's record", "emb.political"),
    ("2019-12-04-field-note-december.md", "Cllr Price has started mentioning Fairfield Connects in her election leaflets", "goal.gov.performance"),
    ("2019-12-04-field-note-december.md", "the council's logo on our letters opens doors: housing officers return calls much faster when it's a council-commissioned service asking", "res.endorsement"),
    ("2019-12-04-field-note-december.md", "Dev still rings Lucy most days to check the numbers he has already been sent", "gov.control.inspection"),
    ("2019-12-04-field-note-december.md", "Lucy thinks he doesn't believe them", "rel.distrust"),
    ("2019-12-04-field-note-december.md", "We now have a shared folder with Dev and a single named contact at the council for anything urgent", "rel.dialogue.channel"),
    ("2019-12-04-field-note-december.md", "complaining that the lunch club is \"full of the same faces\"", "legit.crisis"),
    # 2020-05-20-interview-priya.md
    ("2020-05-20-interview-priya.md", "we offered", "swo.cooperate.assist"),
    ("2020-05-20-interview-priya.md", "That people are treated as people, not as numbers. Our whole approach is strengths-based: we start from what someone can still do", "value.professional"),
    ("2020-05-20-interview-priya.md", "They need numbers for councillors", "value.administrative"),
    ("2020-05-20-interview-priya.md", "in the end we're all here for the same thing, which is the people on this estate", "value.public_welfare"),
    ("2020-05-20-interview-priya.md", "Dev, a bit. We were at school together, actually, which helps. If something's stuck I can just text him", "emb.relational"),
    ("2020-05-20-interview-priya.md", "Most of them say they trust us more than they'd trust the council", "legit.gain"),
    # 2019-07-11-whatsapp-summer-fair.md
    ("2019-07-11-whatsapp-summer-fair.md", "Cllr Price was really pleased", "legit.gain"),
    # 2019-06-12-field-note-lunch-club.md
    ("2019-06-12-field-note-lunch-club.md", "Lunch club is now up to twenty-three regulars", "legit.gain"),
    # 2020-02-05-field-note-hub-secondment.md
    ("2020-02-05-field-note-hub-secondment.md", "Lunch club was busy: twenty-nine, a record", "legit.gain"),
]
# fmt: on


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
