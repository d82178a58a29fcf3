"""Write codings.csv for the two check-set cases (checkset-zh, checkset-en).

A second held-out check of the dictionary coder, smaller than devset-zh/en and
in other voices (a subdistrict office and a disability/youth service; a US
county and a youth mentoring nonprofit). The texts and these labels were
written and committed before the rule changes they measure; the rules are
never tuned on them. Only behaviour codes (``gov.*``, ``swo.*``) are labelled,
exhaustively, so only behaviour figures are meaningful on this set.

Labels follow the guidelines in ``README.md`` (the devset's). Same format as
``make_codings.py``: ``(source file, quote, code)``, the quote unique in the
body, ``[[...]]`` marking the coded part when context is needed.

Run from anywhere: ``python tests/data/devset/make_checkset.py [--stats]``.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_codings import write_all

# fmt: off
ZH: list[tuple[str, str, str]] = [
    ("2021-03-10-minutes-launch.md", "今年是街道头一回拿出专项经费向专业机构买服务，先签一年，效果好明年再续", "gov.explore.trial"),
    ("2021-03-10-minutes-launch.md", "街道对社工这一块了解不多，这一年主要是看看同心能拿出什么东西来", "gov.explore.assess"),
    ("2021-03-10-minutes-launch.md", "活动方案每月25日前报社建办，审核同意后方可实施；对外宣传稿件须经街道把关", "gov.control.approval"),
    ("2021-03-10-minutes-launch.md", "周敏提出，前两个月想先入户摸底，把辖区残障家庭的情况摸清楚，再考虑开大型活动", "swo.negotiate.propose"),
    ("2021-03-10-minutes-launch.md", "前两个月想先入户摸底，把辖区残障家庭的情况摸清楚", "swo.explore.needs"),
    ("2021-03-10-minutes-launch.md", "街道将腾出文化中心二楼两间房给项目使用，水电由街道承担", "gov.support.venue"),
    ("2021-05-18-wechat-work-group.md", "今天下班前把上周三场活动的签到表、照片和新闻稿发群里，区里要汇总", "gov.control.reporting"),
    ("2021-05-18-wechat-work-group.md", "收到，中午前发", "swo.comply.follow"),
    ("2021-05-18-wechat-work-group.md", "请你们派两个人到街道帮忙布置会场、摆桌牌", "gov.control.out_of_scope"),
    ("2021-05-18-wechat-work-group.md", "明天上午我们约了三户家访，家属都请了假在家等，能不能下午派人过去", "swo.negotiate.explain"),
    ("2021-05-18-wechat-work-group.md", "家访改天吧，上午必须来两个人", "gov.control.out_of_scope"),
    ("2021-05-18-wechat-work-group.md", "好的，我们调整一下", "swo.comply.follow"),
    ("2021-05-18-wechat-work-group.md", "照片和签到表已发，新闻稿晚上改好再发您", "swo.comply.follow"),
    ("2021-09-02-interview-zhou.md", "每个月要交月报、台账、活动照片，还有一张街道自己设计的统计表，一个数字对不上就打回来重填", "gov.control.reporting"),
    ("2021-09-02-interview-zhou.md", "街道把我们两个社工抽去扫楼、贴宣传画，前后一个多星期", "gov.control.staffing"),
    ("2021-09-02-interview-zhou.md", "中心的小组活动只好停了", "swo.comply.absorb"),
    ("2021-09-02-interview-zhou.md", "想过，但是不敢", "swo.comply.silence"),
    ("2021-09-02-interview-zhou.md", "残联那边的名单是刘科长出面帮我们要来的，几个社区的书记也是街道打招呼以后才愿意配合", "gov.support.coordinate"),
    ("2022-01-05-notice-spring-festival.md", "各承接机构须安排社工参加街道组织的走访慰问困难群众活动，每个机构不少于两人", "gov.control.out_of_scope"),
    ("2022-01-05-notice-spring-festival.md", "须提前五个工作日将活动方案、安全预案报社建办审核", "gov.control.approval"),
    ("2022-01-05-notice-spring-festival.md", "节后街道将组织对各项目开展不定期抽查", "gov.control.inspection"),
    ("2022-01-05-notice-spring-festival.md", "抽查结果纳入年度考核，并与尾款拨付挂钩", "gov.control.leverage"),
    ("2022-03-15-work-log.md", "要我们出一份“志愿服务进社区”的专题材料，周五前交，二十页左右", "gov.control.out_of_scope"),
    ("2022-03-15-work-log.md", "这不在项目合同里", "swo.resist.contract"),
    ("2022-03-15-work-log.md", "我们可以提供活动照片，但材料要街道自己写", "swo.negotiate.compromise"),
    ("2022-03-15-work-log.md", "最后说那就先发照片吧，材料他们自己想办法", "gov.concede.yield"),
    ("2022-03-15-work-log.md", "小陆这周连续三个晚上加班到九点", "swo.comply.absorb"),
    ("2022-03-15-work-log.md", "都是在补街道要的季度统计表", "gov.control.reporting"),
    ("2022-06-20-wechat-work-group.md", "区里下周二来街道督查政府购买服务项目，同心这边把上半年的台账、服务对象档案、经费使用明细整理好，周一下午我们先预检一遍", "gov.control.inspection"),
    ("2022-06-20-wechat-work-group.md", "档案里有服务对象的隐私信息，按行业规范不能整本拿给外面的人翻", "swo.autonomy.judgement"),
    ("2022-06-20-wechat-work-group.md", "我们可以提供脱敏后的汇总表", "swo.negotiate.compromise"),
    ("2022-06-20-wechat-work-group.md", "可以，汇总表就行，原件不用拿出来", "gov.concede.yield"),
    ("2022-06-20-wechat-work-group.md", "上周的助残就业沙龙来了二十六位家长，有两家企业当场表示愿意提供实习岗位，照片已发群里", "swo.cooperate.inform"),
    ("2022-06-20-wechat-work-group.md", "下次沙龙我也去听听", "gov.support.endorse"),
    ("2022-06-20-wechat-work-group.md", "顺便跟企业的老板们打个招呼", "gov.support.coordinate"),
    ("2022-06-20-wechat-work-group.md", "同心的三季度款项还要等区里的绩效评估结果出来再拨", "gov.control.leverage"),
    ("2022-11-08-letter-district.md", "现将项目执行中遇到的困难报告如下，恳请贵局予以协调", "swo.resist.appeal"),
    ("2022-11-08-letter-district.md", "街道先后安排我社社工参与疫情防控值守、人口普查入户、创卫迎检等工作，累计超过六十个工作日", "gov.control.staffing"),
    ("2022-11-08-letter-district.md", "第三季度服务经费至今未拨付，街道表示需待绩效评估完成", "gov.control.leverage"),
    ("2022-11-08-letter-district.md", "按照合同约定，甲方对乙方的监督应以季度报告和年度评估为主", "swo.resist.contract"),
    ("2022-11-08-letter-district.md", "目前每周需报送各类表格七八份", "gov.control.reporting"),
    ("2022-11-08-letter-district.md", "如上述问题得不到解决，我社将慎重考虑明年是否继续承接本项目", "swo.resist.exit"),
    ("2023-04-12-minutes-joint-meeting.md", "从二季度起活动方案改为每季度报备一次，不再逐场审批；各类统计表合并为一张月度报表", "gov.concede.relax"),
    ("2023-04-12-minutes-joint-meeting.md", "街道请同心就下半年助残服务的重点谈谈想法", "gov.consult.ask"),
    ("2023-04-12-minutes-joint-meeting.md", "双方商定，九月份的助残日活动由街道牵头、同心具体执行", "gov.consult.joint_planning"),
    ("2023-04-12-minutes-joint-meeting.md", "九月份的助残日活动由街道牵头、同心具体执行", "swo.cooperate.co_deliver"),
    ("2023-04-12-minutes-joint-meeting.md", "今后抽调社工须提前与机构商量，原则上不影响正常服务", "gov.concede.relax"),
    ("2023-04-12-minutes-joint-meeting.md", "下半年同心将主动每月向街道通报一次服务进展和发现的问题", "swo.cooperate.inform"),
    ("2023-08-30-interview-liu.md", "不知道社工到底能干啥", "gov.explore.assess"),
    ("2023-08-30-interview-liu.md", "什么都要管、都要看", "gov.control"),
    ("2023-08-30-interview-liu.md", "周敏那封信闹到区里", "swo.resist.appeal"),
    ("2023-08-30-interview-liu.md", "他们是专业的，服务怎么做应该听他们的", "gov.concede.yield"),
    ("2023-08-30-interview-liu.md", "还打算把经费增加两成，按季度预付", "gov.support.funds"),
]

EN: list[tuple[str, str, str]] = [
    ("2020-02-14-kickoff-notes.md", "this is the County's first time contracting out youth mentoring, so the contract is for one year with an option to extend", "gov.explore.trial"),
    ("2020-02-14-kickoff-notes.md", "every outreach flyer and social media post has to be cleared with the County communications office before it goes out", "gov.control.approval"),
    ("2020-02-14-kickoff-notes.md", "Aisha asked whether the first six weeks could be spent on listening sessions with families before any groups start", "swo.negotiate.propose"),
    ("2020-02-14-kickoff-notes.md", "the first six weeks could be spent on listening sessions with families", "swo.explore.needs"),
    ("2020-02-14-kickoff-notes.md", "The County will let the program use two rooms at the Eastside Community Center rent-free", "gov.support.venue"),
    ("2020-09-03-email-thread.md", "please send the attendance logs, case counts and photos for August by Friday noon", "gov.control.reporting"),
    ("2020-09-03-email-thread.md", "Will do, Ben is pulling them together now", "swo.comply.follow"),
    ("2020-09-03-email-thread.md", "can you lend us two of your mentors for the back-to-school fair on Saturday? We need people to hand out backpacks at the County booth", "gov.control.out_of_scope"),
    ("2020-09-03-email-thread.md", "our mentors are volunteers trained for one-to-one work, and Saturday is when most of our matches meet", "swo.negotiate.explain"),
    ("2020-09-03-email-thread.md", "I'm afraid we can't spare anyone this time", "swo.resist.refuse"),
    ("2020-09-03-email-thread.md", "Understood, we'll ask the Parks department instead", "gov.concede.yield"),
    ("2020-11-12-text-group.md", "November returns due Monday, and this time include the demographic breakdown by ethnicity and school", "gov.control.reporting"),
    ("2020-11-12-text-group.md", "👍 on it", "swo.comply.follow"),
    ("2020-11-12-text-group.md", "no new groups can start until the County has signed off the curriculum", "gov.control.approval"),
    ("2020-11-12-text-group.md", "the curriculum was approved in February, we're just repeating it with a new cohort. Can we go ahead on that basis?", "swo.negotiate.explain"),
    ("2020-11-12-text-group.md", "Fine, go ahead", "gov.concede.yield"),
    ("2021-03-22-interview-ben.md", "They'd send someone over unannounced every few weeks to check the sign-in sheets", "gov.control.inspection"),
    ("2021-03-22-interview-ben.md", "We needed the contract, and nobody wanted to be the one who upset Jim, so we just went along with it", "swo.comply.silence"),
    ("2021-03-22-interview-ben.md", "The second-quarter invoice sat unpaid for almost four months. Jim kept saying it was waiting on the evaluation", "gov.control.leverage"),
    ("2021-03-22-interview-ben.md", "Aisha wrote to the County Administrator and copied our board chair and a reporter from the Harbour Gazette", "swo.resist.appeal"),
    ("2021-03-22-interview-ben.md", "Maria took over the contract and asked us what reporting actually made sense", "gov.consult.ask"),
    ("2021-06-10-steering-group-minutes.md", "The County agreed to move from monthly to quarterly reports and to drop the photo requirement", "gov.concede.relax"),
    ("2021-06-10-steering-group-minutes.md", "DHS and Bridgeway will co-host the summer youth festival; the County provides the park permit and publicity, Bridgeway runs the activities", "swo.cooperate.co_deliver"),
    ("2021-06-10-steering-group-minutes.md", "Bridgeway offered to share its youth survey results with the County's youth council ahead of the budget cycle", "swo.cooperate.inform"),
    ("2021-06-10-steering-group-minutes.md", "matching decisions stay with Bridgeway's clinical team, based on each young person's needs, not on referral source", "swo.autonomy.judgement"),
    ("2021-06-10-steering-group-minutes.md", "Maria said she will attend the mentor graduation in August and say a few words", "gov.support.endorse"),
    ("2021-12-01-field-notes.md", "The County has paid the Q3 invoice within ten days", "gov.support.funds"),
    ("2021-12-01-field-notes.md", "Jim emailed asking for a last-minute count of young people by zip code for a grant the County is writing", "gov.control.out_of_scope"),
    ("2021-12-01-field-notes.md", "Ben stayed until eight to pull it together", "swo.comply.absorb"),
    ("2021-12-01-field-notes.md", "if the County renews on the same terms, Bridgeway will not sign; the renewal letter to the County says the same", "swo.resist.exit"),
    ("2021-12-01-field-notes.md", "Maria introduced us to the principal at Lincoln Middle, who has agreed to host a mentoring group after school", "gov.support.coordinate"),
]
# fmt: on


def main(argv: list[str]) -> int:
    """Write both check-set codings.csv files; ``--stats`` prints the count of every code."""
    return write_all([("checkset-zh", ZH), ("checkset-en", EN)], argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
