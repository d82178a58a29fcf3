"""Write codings.csv for the third check set (checkset2-zh, checkset2-en).

A third held-out check of the dictionary coder, in voices the devset and the
first check set do not use: a township (梅岭镇) buying a social work station's
child, women's and drug-prevention services from 禾苗社会工作服务中心
(supervision records, weekly reports, minutes with speakers, DingTalk and
WeChat exports, a letter to the county, a notice, a letter, two interviews);
a Canadian city contracting homelessness outreach from a charity (Teams and
Slack exports, contract-management notes, e-mails, a funder monitoring visit
report, a board paper, interviews). The texts and these labels were written
blind to the matching rules and committed before any coder was run on them;
the rules are never tuned on them. Only behaviour codes (``gov.*``,
``swo.*``) are labelled, exhaustively, so only behaviour figures mean
anything on this set.

Labels follow the guidelines in ``README.md`` (the devset's). Same format as
``make_codings.py``: ``(source file, quote, code)``, the quote unique in the
body, ``[[...]]`` marking the coded part when context is needed.

Run from anywhere: ``python tests/data/devset/make_checkset2.py [--stats]``.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_codings import write_all

# fmt: off
ZH: list[tuple[str, str, str]] = [
    # 2022-02-25-notice-launch.md
    ("2022-02-25-notice-launch.md", "经公开比选，确定由禾苗社会工作服务中心承接社工站运营", "gov.explore.procure"),
    ("2022-02-25-notice-launch.md", "社工站为我镇首次引入专业社工力量，先行试点一年", "gov.explore.trial"),
    ("2022-02-25-notice-launch.md", "试点期满后视成效决定是否继续购买", "gov.explore.trial"),
    ("2022-02-25-notice-launch.md", "镇政府将原农技站二楼三间办公室调整给社工站使用，办公桌椅、电脑由镇党政办统一调配", "gov.support.venue"),
    ("2022-02-25-notice-launch.md", "各村（社区）要确定一名联络员，配合社工站做好入户走访、信息核对等工作，为社工站开展服务提供便利", "gov.support.coordinate"),
    ("2022-02-25-notice-launch.md", "社工站活动方案、宣传资料须报镇民政办审核同意后方可实施", "gov.control.approval"),
    ("2022-02-25-notice-launch.md", "每月5日前向镇民政办报送上月工作台账", "gov.control.reporting"),
    ("2022-02-25-notice-launch.md", "镇政府定于3月8日上午9时在镇文化广场举行社工站揭牌仪式", "gov.explore.procure"),
    # 2022-03-18-supervision-1.md
    ("2022-03-18-supervision-1.md", "3月8日揭牌，陆副镇长讲了话，说社工站是镇里民生工作的新力量，希望大家多支持", "gov.support.endorse"),
    ("2022-03-18-supervision-1.md", "跟着莫干事跑了六个村认人", "gov.support.coordinate"),
    ("2022-03-18-supervision-1.md", "但是覃主任到底希望社工站做成什么样子，她心里还没底", "swo.explore.learn"),
    ("2022-03-18-supervision-1.md", "问他他就说\"你们先做着，做出来我们看看\"", "gov.explore.assess"),
    ("2022-03-18-supervision-1.md", "对全镇11个村的留守儿童、困境儿童家庭逐户走访，用统一的评估表，先把家庭情况、照护情况、孩子的需要摸清楚", "swo.explore.needs"),
    ("2022-03-18-supervision-1.md", "先踏踏实实做两三件看得见的事，让镇领导知道社工能干什么", "swo.explore.prove"),
    ("2022-03-18-supervision-1.md", "作为社工站第一次公开亮相，也让家长认识社工站", "swo.explore.prove"),
    # 2022-04-29-weekly-report.md
    ("2022-04-29-weekly-report.md", "本周走访石角村、龙塘村留守儿童家庭23户，累计完成142户", "swo.explore.needs"),
    ("2022-04-29-weekly-report.md", "按民政办要求，周二、周三两天协助整理全镇低保年审材料", "gov.control.out_of_scope"),
    ("2022-04-29-weekly-report.md", "按民政办要求，周二、周三两天协助整理全镇低保年审材料，已于周三下班前交回民政办", "swo.comply.follow"),
    ("2022-04-29-weekly-report.md", "周一卢晓燕、黄珍到镇综治办、派出所、中心小学分别拜访，介绍社工站能做的事", "swo.explore.prove"),
    ("2022-04-29-weekly-report.md", "周四上午莫干事没有提前说就到站里来了，翻看了入户记录和儿童之家签到本", "gov.control.inspection"),
    ("2022-04-29-weekly-report.md", "周四上午莫干事没有提前说就到站里来了，翻看了入户记录和儿童之家签到本，问了问社工平时几点上班", "gov.explore.assess"),
    ("2022-04-29-weekly-report.md", "请民政办帮忙跟党政办催一下", "swo.negotiate.propose"),
    # 2022-05-30-dingtalk-group.md
    ("2022-05-30-dingtalk-group.md", "社工站今天下午四点前报一下活动方案和预计人数，活动结束当天把照片（不少于10张，要有横幅）和简报发群里", "gov.control.reporting"),
    ("2022-05-30-dingtalk-group.md", "收到，下午四点前发", "swo.comply.follow"),
    ("2022-05-30-dingtalk-group.md", "套圈、投壶这几个游戏摆得太散，人一多不好管，全部改到操场中间一块", "gov.control.approval"),
    ("2022-05-30-dingtalk-group.md", "开场请陆镇长讲几句，议程里加上", "gov.control.approval"),
    ("2022-05-30-dingtalk-group.md", "好的覃主任，我们马上改，改完再发您", "swo.comply.follow"),
    ("2022-05-30-dingtalk-group.md", "社工站出两个人发宣传单，八点半到", "gov.control.out_of_scope"),
    ("2022-05-30-dingtalk-group.md", "六一上午正好是游园会，八点就要布场，三个社工都要在学校那边，实在抽不出人", "swo.negotiate.explain"),
    ("2022-05-30-dingtalk-group.md", "能不能请村里的禁毒专干去", "swo.negotiate.propose"),
    ("2022-05-30-dingtalk-group.md", "覃主任说了，游园会九点才开始，先派一个人来发到九点", "gov.control.out_of_scope"),
    ("2022-05-30-dingtalk-group.md", "好吧，那小梁八点先过去", "swo.comply.follow"),
    ("2022-05-30-dingtalk-group.md", "梁文 2022/5/30 11:31\n[[收到]]", "swo.comply.follow"),
    ("2022-05-30-dingtalk-group.md", "方案和预计人数已发", "swo.comply.follow"),
    ("2022-05-30-dingtalk-group.md", "横幅那张角度不行，看不到\"梅岭镇\"三个字，下午补拍两张发上来", "gov.control.reporting"),
    ("2022-05-30-dingtalk-group.md", "我翻翻手机看有没有别的角度", "swo.comply.follow"),
    ("2022-05-30-dingtalk-group.md", "今天的游园会搞得不错，家长反映很好，陆镇长也说社工站这次办得有水平", "gov.support.endorse"),
    ("2022-05-30-dingtalk-group.md", "我们下周把家长反馈表整理一下，也发给您看看", "swo.cooperate.inform"),
    # 2022-07-12-minutes-town-meeting.md
    ("2022-07-12-minutes-town-meeting.md", "完成全镇留守儿童、困境儿童入户评估215户", "swo.explore.needs"),
    ("2022-07-12-minutes-town-meeting.md", "社工站是镇里的社工站，要围绕镇党委政府的中心工作来开展，不能关起门来搞自己的一套", "gov.control"),
    ("2022-07-12-minutes-town-meeting.md", "材料要跟上，做了事情就要留下痕迹，上面来检查看的就是台账", "gov.control.reporting"),
    ("2022-07-12-minutes-town-meeting.md", "社工站每周五下午五点前在钉钉上报周报，附活动照片和签到表", "gov.control.reporting"),
    ("2022-07-12-minutes-town-meeting.md", "每个月的活动计划月底前报民政办，我签了字才能开展；公众号推文发之前也要先给我看", "gov.control.approval"),
    ("2022-07-12-minutes-town-meeting.md", "考虑让小梁每周一、周三到中心坐班，帮忙接待办低保、残疾证的群众", "gov.control.staffing"),
    ("2022-07-12-minutes-town-meeting.md", "周报和照片没有问题", "swo.comply.follow"),
    ("2022-07-12-minutes-town-meeting.md", "小梁每周去两天的话，周三儿童之家的作业辅导就没人带了", "swo.negotiate.explain"),
    ("2022-07-12-minutes-town-meeting.md", "能不能先改成每周去一天", "swo.negotiate.compromise"),
    ("2022-07-12-minutes-town-meeting.md", "先按两天来，过段时间看情况再说", "gov.control.staffing"),
    ("2022-07-12-minutes-town-meeting.md", "每个村要拍一组庭院照片、整理一套档案，我们就两个人，社工站帮忙出点人手", "gov.control.out_of_scope"),
    ("2022-07-12-minutes-town-meeting.md", "我们尽量配合", "swo.comply"),
    ("2022-07-12-minutes-town-meeting.md", "社工站自8月起每周五报送周报", "gov.control.reporting"),
    ("2022-07-12-minutes-town-meeting.md", "每月25日前报送下月活动计划，经民政办审核同意后实施", "gov.control.approval"),
    ("2022-07-12-minutes-town-meeting.md", "梁文每周一、周三到镇便民服务中心协助工作", "gov.control.staffing"),
    ("2022-07-12-minutes-town-meeting.md", "社工站协助镇妇联做好\"美丽庭院\"评比相关工作", "gov.control.out_of_scope"),
    ("2022-07-12-minutes-town-meeting.md", "第二期服务经费待县民政局中期评估结束后拨付", "gov.control.leverage"),
    # 2022-08-26-supervision-5.md
    ("2022-08-26-supervision-5.md", "小梁每周一、三在便民服务中心，主要是帮忙复印、录系统，有时候一整天都在给群众填表", "gov.control.staffing"),
    ("2022-08-26-supervision-5.md", "周三的作业辅导改成黄珍一个人带，二十多个孩子，根本管不过来", "swo.comply.absorb"),
    ("2022-08-26-supervision-5.md", "三个社工跟着妇联跑了9个村拍照、整理档案，前后十来天", "gov.control.out_of_scope"),
    ("2022-08-26-supervision-5.md", "儿童暑期班停了一个星期", "swo.comply.absorb"),
    ("2022-08-26-supervision-5.md", "后面几个村的档案，卢晓燕说就按最简单的格式交了，照片能少拍就少拍", "swo.resist.delay"),
    ("2022-08-26-supervision-5.md", "周报每周都要写，每场活动照片要十几二十张，还要挑有横幅的", "gov.control.reporting"),
    ("2022-08-26-supervision-5.md", "卢晓燕每个周五基本都要弄到晚上八九点才能发出去", "swo.comply.absorb"),
    ("2022-08-26-supervision-5.md", "七月底县民政局来抽查社工站", "gov.control.inspection"),
    ("2022-08-26-supervision-5.md", "镇里提前一天通知，让我们把台账、制度、档案全部重新整理了一遍", "gov.control.inspection"),
    ("2022-08-26-supervision-5.md", "当晚三个人弄到十一点", "swo.comply.absorb"),
    ("2022-08-26-supervision-5.md", "七月底跟覃主任提过一次，问照片能不能少报一点", "swo.negotiate.propose"),
    ("2022-08-26-supervision-5.md", "后来就没再提", "swo.comply.silence"),
    ("2022-08-26-supervision-5.md", "钱在人家手里，二期款到现在也没下来，现在去争不合适", "swo.comply.silence"),
    ("2022-08-26-supervision-5.md", "二期款到现在也没下来", "gov.control.leverage"),
    ("2022-08-26-supervision-5.md", "心里就发慌，但也不敢说什么，怕影响站里的考核", "swo.comply.silence"),
    ("2022-08-26-supervision-5.md", "孩子的正脸照片一律不发群、不上公众号，周报里只报人数和活动内容。这是专业底线，镇里再要也不发", "swo.autonomy.judgement"),
    ("2022-08-26-supervision-5.md", "范总月底到镇里找覃主任，当面谈二期款和小梁借调的事", "swo.negotiate.propose"),
    # 2022-11-07-wechat-group.md
    ("2022-11-07-wechat-group.md", "县里周三上午来检查社工站规范化建设，台账、制度上墙、服务档案都准备一下，明天下午我先过来看一遍", "gov.control.inspection"),
    ("2022-11-07-wechat-group.md", "好的，收到", "swo.comply.follow"),
    ("2022-11-07-wechat-group.md", "社工站分了石角、龙塘两个村，下周一开始逐户上门动员", "gov.control.out_of_scope"),
    ("2022-11-07-wechat-group.md", "入户动员老人接种不是社工站合同里的服务内容", "swo.resist.contract"),
    ("2022-11-07-wechat-group.md", "这个月两个村有9个儿童个案要做结案评估", "swo.negotiate.explain"),
    ("2022-11-07-wechat-group.md", "这个任务我们接不了", "swo.resist.refuse"),
    ("2022-11-07-wechat-group.md", "现在全镇各单位都在包村，社工站也是镇里的一份子，不能搞特殊", "gov.control.out_of_scope"),
    ("2022-11-07-wechat-group.md", "年底县里考核社工站，镇里也是要打分的，你们自己掂量一下", "gov.control.leverage"),
    ("2022-11-07-wechat-group.md", "合同第四条写得很清楚，社工站的服务对象是儿童和妇女", "swo.resist.contract"),
    ("2022-11-07-wechat-group.md", "社工站的人员怎么安排，还是要由机构来定", "swo.autonomy.independence"),
    ("2022-11-07-wechat-group.md", "疫苗动员我们实在分不出人，但石角、龙塘入户的时候，碰到家里老人没打的，我们顺带宣传一下，把名单报给村里", "swo.negotiate.compromise"),
    ("2022-11-07-wechat-group.md", "先这样吧", "gov.concede.yield"),
    ("2022-11-07-wechat-group.md", "上周的疫苗宣传进度表你们还没报，覃主任问了两次了", "gov.control.reporting"),
    ("2022-11-07-wechat-group.md", "在整理，这两天事情多，晚点发", "swo.resist.delay"),
    ("2022-11-07-wechat-group.md", "还没好吗", "gov.control.reporting"),
    # 2022-12-05-letter-county.md
    ("2022-12-05-letter-county.md", "现将有关情况说明如下，恳请局里给予指导和协调", "swo.resist.appeal"),
    ("2022-12-05-letter-county.md", "镇里安排我站社工梁文每周两天到镇便民服务中心坐班", "gov.control.staffing"),
    ("2022-12-05-letter-county.md", "11月起又要求我站承担两个村的老人疫苗接种入户动员", "gov.control.out_of_scope"),
    ("2022-12-05-letter-county.md", "目前我站每周需报送周报、活动照片、签到表", "gov.control.reporting"),
    ("2022-12-05-letter-county.md", "每月活动计划须经民政办签字后方可实施", "gov.control.approval"),
    ("2022-12-05-letter-county.md", "另需填报县、镇两级各类统计表五六份，社工每周用于台账材料的时间约占三分之一", "gov.control.reporting"),
    ("2022-12-05-letter-county.md", "第二期服务经费原应于9月拨付，至今尚未到位", "gov.control.leverage"),
    ("2022-12-05-letter-county.md", "根据合同第四条，社工站服务内容为儿童关爱、妇女支持和禁毒宣传，镇里交办的其他事务应事先与机构协商，且不得影响合同约定服务的完成", "swo.resist.contract"),
    ("2022-12-05-letter-county.md", "如上述情况持续，社工站的专业服务将难以为继，我中心将不得不考虑合同期满后不再承接梅岭镇社工站项目", "swo.resist.exit"),
    ("2022-12-05-letter-county.md", "恳请局里就人员借调和经费拨付问题与梅岭镇沟通协调", "swo.resist.appeal"),
    # 2022-12-20-supervision-8.md
    ("2022-12-20-supervision-8.md", "上周和陆副镇长、覃主任见了面，把借调、疫苗动员和二期款的情况当面讲了", "swo.negotiate.propose"),
    ("2022-12-20-supervision-8.md", "如果这几个问题解决不了，禾苗明年不再参加梅岭社工站的比选", "swo.resist.exit"),
    ("2022-12-20-supervision-8.md", "案例可以写，但一律用化名，不写村名、学校名，不附照片。保护孩子是底线，这个不让步", "swo.autonomy.judgement"),
    ("2022-12-20-supervision-8.md", "禾苗是独立的机构，不是镇里的编外科室，该坚持的要坚持", "swo.autonomy.independence"),
    # 2023-01-13-weekly-report.md
    ("2023-01-13-weekly-report.md", "详细听了社工站这一年的做法和遇到的困难，也问了我们对明年购买内容的想法", "gov.consult.ask"),
    ("2023-01-13-weekly-report.md", "第二期服务经费9.6万元已于1月10日到账", "gov.support.funds"),
    ("2023-01-13-weekly-report.md", "党政办配的两台电脑周二送到，外网也开通了", "gov.support.venue"),
    ("2023-01-13-weekly-report.md", "本周按要求报了最后一次宣传进度", "swo.comply.follow"),
    ("2023-01-13-weekly-report.md", "覃主任同意社工站从下周起不再参与包村工作", "gov.concede.yield"),
    ("2023-01-13-weekly-report.md", "我们提出小梁每周一上午仍去便民服务中心，其余时间回站里", "swo.negotiate.compromise"),
    ("2023-01-13-weekly-report.md", "民政办同意了，从本周起执行", "gov.concede.relax"),
    # 2023-03-16-minutes-joint-meeting.md
    ("2023-03-16-minutes-joint-meeting.md", "今天请禾苗来，主要是听听你们对今年工作的想法", "gov.consult.ask"),
    ("2023-03-16-minutes-joint-meeting.md", "镇里的临时性任务原则上不再安排，确实需要帮忙的，先和站里商量", "gov.concede.relax"),
    ("2023-03-16-minutes-joint-meeting.md", "周报改成月报，照片每场活动三到五张就行，签到表留在站里备查，不用每周发", "gov.concede.relax"),
    ("2023-03-16-minutes-joint-meeting.md", "活动计划报备就可以，不用我签字了", "gov.concede.relax"),
    ("2023-03-16-minutes-joint-meeting.md", "今年社工站的重点能不能放在留守儿童暑期托管上", "swo.negotiate.propose"),
    ("2023-03-16-minutes-joint-meeting.md", "去年入户的时候，七成的家长都提到暑假孩子没人管，去年夏天龙塘村还有孩子去河里游泳", "swo.negotiate.explain"),
    ("2023-03-16-minutes-joint-meeting.md", "这个想法好，暑期托管镇里一直想搞没搞成", "gov.concede.yield"),
    ("2023-03-16-minutes-joint-meeting.md", "中心小学那边我来打招呼，用学校的教室", "gov.support.coordinate"),
    ("2023-03-16-minutes-joint-meeting.md", "你们出方案，镇里和社工站一起弄", "swo.cooperate.co_deliver"),
    ("2023-03-16-minutes-joint-meeting.md", "今年社工站的运营经费按季度预拨，不再等评估结果", "gov.support.funds"),
    ("2023-03-16-minutes-joint-meeting.md", "六一和暑期托管的具体安排，下周两边坐下来一起定", "gov.consult.joint_planning"),
    ("2023-03-16-minutes-joint-meeting.md", "涉及孩子的照片，正脸不发公众号、不发群，宣传用背影或者打码处理", "swo.autonomy.judgement"),
    ("2023-03-16-minutes-joint-meeting.md", "这是我们行业的伦理要求", "swo.negotiate.explain"),
    ("2023-03-16-minutes-joint-meeting.md", "可以，这个按你们的来", "gov.concede.yield"),
    ("2023-03-16-minutes-joint-meeting.md", "三八节镇妇联如果要搞活动，需要的话我们可以出人帮忙策划，不用专门发函", "swo.cooperate.assist"),
    ("2023-03-16-minutes-joint-meeting.md", "社工站周报改为月报，活动计划实行报备", "gov.concede.relax"),
    ("2023-03-16-minutes-joint-meeting.md", "镇里临时性工作需要社工站协助的，由民政办提前与社工站商量", "gov.concede.relax"),
    ("2023-03-16-minutes-joint-meeting.md", "暑期托管由镇民政办、中心小学和社工站共同实施", "swo.cooperate.co_deliver"),
    ("2023-03-16-minutes-joint-meeting.md", "具体方案4月底前共同商定", "gov.consult.joint_planning"),
    # 2023-03-28-letter-reporting.md
    ("2023-03-28-letter-reporting.md", "自2023年4月起，社工站工作周报调整为月报，于每月5日前报送", "gov.concede.relax"),
    ("2023-03-28-letter-reporting.md", "社工站月度活动计划实行报备制，报民政办备案后即可实施，不再逐项审批", "gov.concede.relax"),
    ("2023-03-28-letter-reporting.md", "活动照片每场报送3至5张即可", "gov.concede.relax"),
    ("2023-03-28-letter-reporting.md", "涉及未成年人的照片，由社工站按行业伦理要求处理后提供", "gov.concede.yield"),
    ("2023-03-28-letter-reporting.md", "镇各部门需社工站协助的临时性工作，统一由民政办与社工站协商安排", "gov.concede.relax"),
    # 2023-06-02-dingtalk-group.md
    ("2023-06-02-dingtalk-group.md", "用的都是背影和打了码的，卢站长看看这样行不行", "gov.consult.ask"),
    ("2023-06-02-dingtalk-group.md", "暑期托管的报名通知，镇里明天用政府公众号发一次", "gov.support.endorse"),
    ("2023-06-02-dingtalk-group.md", "再让各村在村民群里转发", "gov.support.coordinate"),
    ("2023-06-02-dingtalk-group.md", "文化站那台投影仪我跟站长说好了，托管期间借给你们用", "gov.support.venue"),
    ("2023-06-02-dingtalk-group.md", "给两位领导汇报一下：托管班报名已经满了，60个名额两天就报完", "swo.cooperate.inform"),
    ("2023-06-02-dingtalk-group.md", "镇里的防溺水台账还没理完，人手不够，想请社工站帮忙整理一下", "gov.control.out_of_scope"),
    ("2023-06-02-dingtalk-group.md", "可以的覃主任，小梁周四过去帮半天。托管班里本来就排了防溺水安全课，课上的照片（背影的）我们也一起整理好给您，台账里可以用", "swo.cooperate.assist"),
    ("2023-06-02-dingtalk-group.md", "二季度的经费今天拨了", "gov.support.funds"),
    # 2023-09-20-interview-lu.md
    ("2023-09-20-interview-lu.md", "谁管什么、找谁签字，都得自己去摸", "swo.explore.learn"),
    ("2023-09-20-interview-lu.md", "前三个月我基本上每周都去民政办坐一坐，就是想搞清楚覃主任他们到底想要社工站干什么", "swo.explore.learn"),
    ("2023-09-20-interview-lu.md", "他们一开始以为社工就是志愿者，组织组织活动、发发东西，没想到还要做个案", "gov.explore.assess"),
    ("2023-09-20-interview-lu.md", "合同也只签一年，他说先看看再说", "gov.explore.trial"),
    ("2023-09-20-interview-lu.md", "我们第一年就想着做几件让镇里看得见的事，六一游园会就是冲着这个去的", "swo.explore.prove"),
    ("2023-09-20-interview-lu.md", "[[每周的周报、照片]]，活动计划要签字", "gov.control.reporting"),
    ("2023-09-20-interview-lu.md", "活动计划要签字", "gov.control.approval"),
    ("2023-09-20-interview-lu.md", "还有各种临时任务，疫苗、美丽庭院、防汛值班，能叫的都叫上我们", "gov.control.out_of_scope"),
    ("2023-09-20-interview-lu.md", "那段时间真的是做台账的时间比做服务的时间还多", "swo.comply.absorb"),
    ("2023-09-20-interview-lu.md", "一开始不敢", "swo.comply.silence"),
    ("2023-09-20-interview-lu.md", "二期款又拖着", "gov.control.leverage"),
    ("2023-09-20-interview-lu.md", "我就在群里直接说接不了", "swo.resist.refuse"),
    ("2023-09-20-interview-lu.md", "说年底考核镇里要打分", "gov.control.leverage"),
    ("2023-09-20-interview-lu.md", "那段时间他们要的进度表，我们也是能拖就拖", "swo.resist.delay"),
    ("2023-09-20-interview-lu.md", "后来给县民政局写的那份情况说明", "swo.resist.appeal"),
    ("2023-09-20-interview-lu.md", "不如把问题摆到桌面上，请县里出面协调", "swo.resist.appeal"),
    ("2023-09-20-interview-lu.md", "范总十二月跟陆镇长见面也说了，这样下去我们明年就不做了", "swo.resist.exit"),
    ("2023-09-20-interview-lu.md", "现在月报一个月报一次，活动报个备就行", "gov.concede.relax"),
    ("2023-09-20-interview-lu.md", "覃主任有什么事会先打电话问方不方便，不像以前直接在群里派", "gov.concede.relax"),
    ("2023-09-20-interview-lu.md", "暑期托管是我们提出来的", "swo.negotiate.propose"),
    ("2023-09-20-interview-lu.md", "方案是跟民政办一起坐下来定的", "gov.consult.joint_planning"),
    ("2023-09-20-interview-lu.md", "镇里出场地、出通知，我们出方案出人", "swo.cooperate.co_deliver"),
    ("2023-09-20-interview-lu.md", "社工站是镇里建的，但我们不是民政办的下属，是合作关系，服务怎么做我们有专业上的考虑", "swo.autonomy.independence"),
    ("2023-09-20-interview-lu.md", "他现在也认这个", "gov.concede.yield"),
    # 2024-01-10-interview-qin.md
    ("2024-01-10-interview-qin.md", "一开始我们对社工不了解", "gov.explore.assess"),
    ("2024-01-10-interview-qin.md", "镇里也是第一次买这个服务", "gov.explore.trial"),
    ("2024-01-10-interview-qin.md", "我们就先按最低标准建起来，试一年看看", "gov.explore.trial"),
    ("2024-01-10-interview-qin.md", "当时是公开比选，三家机构来讲方案，禾苗的方案最实在，就定了他们", "gov.explore.procure"),
    ("2024-01-10-interview-qin.md", "2022年下半年镇里的要求比较多", "gov.control"),
    ("2024-01-10-interview-qin.md", "我们对社工站也是当下属单位在管", "gov.control"),
    ("2024-01-10-interview-qin.md", "[[周报、照片]]、签字，一样都不能少", "gov.control.reporting"),
    ("2024-01-10-interview-qin.md", "周报、照片、[[签字]]，一样都不能少", "gov.control.approval"),
    ("2024-01-10-interview-qin.md", "小梁借过来坐班", "gov.control.staffing"),
    ("2024-01-10-interview-qin.md", "疫苗动员那次，社工站拒绝了", "swo.resist.refuse"),
    ("2024-01-10-interview-qin.md", "活动他们自己定，报个备就行", "gov.concede.relax"),
    ("2024-01-10-interview-qin.md", "有临时任务我先问卢站长能不能安排，安排不了就算了", "gov.concede.relax"),
    ("2024-01-10-interview-qin.md", "暑期托管是他们先提出来的，我们觉得好", "gov.concede.yield"),
    ("2024-01-10-interview-qin.md", "我们觉得好，[[一起做]]", "swo.cooperate.co_deliver"),
    ("2024-01-10-interview-qin.md", "卢站长主动带社工去安置点帮忙照看孩子，我们都没开口", "swo.cooperate.assist"),
    ("2024-01-10-interview-qin.md", "不光报数字，村里哪家孩子出了什么情况、哪个村的妇女想搞什么，她都会跟我说", "swo.cooperate.inform"),
    ("2024-01-10-interview-qin.md", "还准备加一个社工的经费", "gov.support.funds"),
]

EN: list[tuple[str, str, str]] = [
    # 2021-09-14-kickoff-notes.md
    ("2021-09-14-kickoff-notes.md", "The City received four submissions to the RFP and the evaluation panel awarded the contract to Cedar Row on August 20; the agreement was signed on September 1", "gov.explore.procure"),
    ("2021-09-14-kickoff-notes.md", "this is the first time Kestrel Bay has funded outreach directly rather than through the province, so council approved twelve months only, with any extension depending on what the year shows", "gov.explore.trial"),
    ("2021-09-14-kickoff-notes.md", "the City doesn't yet have a clear picture of what outreach workers actually do day to day and wants to see the model working before deciding anything longer", "gov.explore.assess"),
    ("2021-09-14-kickoff-notes.md", "The City will provide a ground-floor office at the Civic Annex rent-free, with two parking passes and after-hours fob access", "gov.support.venue"),
    ("2021-09-14-kickoff-notes.md", "Grace asked whether the first eight weeks could be spent mapping where people are sleeping and doing intake conversations, rather than starting with the full caseload targets", "swo.negotiate.propose"),
    ("2021-09-14-kickoff-notes.md", "the first eight weeks could be spent mapping where people are sleeping and doing intake conversations", "swo.explore.needs"),
    ("2021-09-14-kickoff-notes.md", "Monthly performance returns (contacts, referrals, housing placements, naloxone use) due on the 5th using the City template", "gov.control.reporting"),
    ("2021-09-14-kickoff-notes.md", "Any media statement, social post or public-facing material that mentions the contract to be cleared with City Communications before release", "gov.control.approval"),
    ("2021-09-14-kickoff-notes.md", "Grace invited Raj and Dana to ride along on a van shift in the first month to see the work first-hand", "swo.explore.prove"),
    # 2021-10-22-email-thread.md
    ("2021-10-22-email-thread.md", "Counts for the week are attached, same format as last time", "swo.comply.follow"),
    ("2021-10-22-email-thread.md", "our outreach workers spend months building trust with the folks at Millrace Park. If they turn up alongside bylaw staff handing out notices to vacate, that trust is gone, and people stop telling us when they're sick or when someone's overdosed", "swo.negotiate.explain"),
    ("2021-10-22-email-thread.md", "I'd really ask the City to find someone else for that piece", "swo.negotiate.propose"),
    ("2021-10-22-email-thread.md", "If it has to be us, Mikey will come but he won't hand out notices", "swo.negotiate.compromise"),
    ("2021-10-22-email-thread.md", "going forward we need the encampment counts weekly, by 9 a.m. Monday, broken down by site, for the Director's update to council", "gov.control.reporting"),
    ("2021-10-22-email-thread.md", "Bylaw is posting notices at Millrace Park on Saturday morning and Raj would like two of your outreach staff there with them to \"soften\" it", "gov.control.out_of_scope"),
    # 2022-01-18-teams-chat.md
    ("2022-01-18-teams-chat.md", "Can Cedar Row put two workers on the overnight shifts all week? They'd be working under the Emergency Operations lead", "gov.control.staffing"),
    ("2022-01-18-teams-chat.md", "We can't leave the street empty at night in this weather, that's when people die", "swo.negotiate.explain"),
    ("2022-01-18-teams-chat.md", "We can do one worker overnight at the Legion and keep one on the van. Would that work?", "swo.negotiate.compromise"),
    ("2022-01-18-teams-chat.md", "Raj has asked for two. Sorry", "gov.control.staffing"),
    ("2022-01-18-teams-chat.md", "OK. We'll make it work", "swo.comply.follow"),
    ("2022-01-18-teams-chat.md", "Sunita and I are on nights at the Legion, Jess and Ade cover the van on doubles", "swo.comply.absorb"),
    ("2022-01-18-teams-chat.md", "finance has the Q2 invoice on hold until the January return is in and the December one is corrected", "gov.control.leverage"),
    ("2022-01-18-teams-chat.md", "the December one is corrected (housing placements don't match HIFIS)", "gov.control.reporting"),
    ("2022-01-18-teams-chat.md", "Dana, that's $102k. We make payroll on the 28th", "swo.negotiate.explain"),
    ("2022-01-18-teams-chat.md", "Get the corrections in and I'll push it through", "gov.control.leverage"),
    # 2022-03-09-monitoring-visit-report.md
    ("2022-03-09-monitoring-visit-report.md", "This was a scheduled mid-term monitoring visit under section 9 of the agreement, brought forward by two weeks at the Director's request", "gov.control.inspection"),
    ("2022-03-09-monitoring-visit-report.md", "We reviewed a sample of 25 client files against the monthly returns for October to January, checked the naloxone log and the vehicle log, and went through the timesheets for the January cold-weather response line by line", "gov.control.inspection"),
    ("2022-03-09-monitoring-visit-report.md", "We also rode along on the Tuesday evening van route from 6 to 9 p.m", "gov.control.inspection"),
    ("2022-03-09-monitoring-visit-report.md", "staff explained that consent is often given verbally on the street and recorded later", "swo.negotiate.explain"),
    ("2022-03-09-monitoring-visit-report.md", "Staff told us they had worked a combined 310 extra hours during the January cold snap and that two planned housing viewings had been cancelled as a result", "swo.comply.absorb"),
    # 2022-05-06-slack-export.md
    ("2022-05-06-slack-export.md", "Dana emailed again asking for the names and DOBs of everyone we've housed since September, \"for the council briefing\"", "gov.control.reporting"),
    ("2022-05-06-slack-export.md", "We're not sending names. I told her that on Tuesday and I'll tell her again", "swo.resist.refuse"),
    ("2022-05-06-slack-export.md", "Aggregate numbers only – people didn't consent to the City having their names", "swo.autonomy.judgement"),
    ("2022-05-06-slack-export.md", "it's not in the data-sharing schedule", "swo.resist.contract"),
    ("2022-05-06-slack-export.md", "we're a charity with a contract, not a City department. They buy a service, they don't get our files", "swo.autonomy.independence"),
    ("2022-05-06-slack-export.md", "Send the April numbers Monday afternoon. They can wait a bit", "swo.resist.delay"),
    ("2022-05-06-slack-export.md", "they sat on the Q2 invoice for six weeks", "gov.control.leverage"),
    ("2022-05-06-slack-export.md", "I copied Councillor Lacroix on my reply to Dana and Raj about the names", "swo.resist.appeal"),
    # 2022-06-20-board-paper.md
    ("2022-06-20-board-paper.md", "The City awarded us the agreement after an open RFP in August 2021", "gov.explore.procure"),
    ("2022-06-20-board-paper.md", "The eight-week mapping found 52 people sleeping rough across eleven sites", "swo.explore.needs"),
    ("2022-06-20-board-paper.md", "the City gave us the Annex office", "gov.support.venue"),
    ("2022-06-20-board-paper.md", "the mapping period we asked for", "gov.concede.yield"),
    ("2022-06-20-board-paper.md", "we spent the autumn working out who at the City actually made decisions and what Raj wanted from us", "swo.explore.learn"),
    ("2022-06-20-board-paper.md", "Since October the City has added weekly encampment counts", "gov.control.reporting"),
    ("2022-06-20-board-paper.md", "asked staff to attend bylaw enforcement at Millrace Park", "gov.control.out_of_scope"),
    ("2022-06-20-board-paper.md", "twice rewritten our harm-reduction flyers before letting them go out", "gov.control.approval"),
    ("2022-06-20-board-paper.md", "placed two of our workers under the Emergency Operations lead for a week in January", "gov.control.staffing"),
    ("2022-06-20-board-paper.md", "held the Q2 invoice for six weeks pending corrections to one return", "gov.control.leverage"),
    ("2022-06-20-board-paper.md", "Staff logged 310 extra hours in January. Two housing viewings were lost", "swo.comply.absorb"),
    ("2022-06-20-board-paper.md", "In the first year we took most of this on without complaint", "swo.comply.silence"),
    ("2022-06-20-board-paper.md", "it did not feel possible to say no", "swo.comply.silence"),
    ("2022-06-20-board-paper.md", "In May we declined to give the City clients' names and dates of birth", "swo.resist.refuse"),
    ("2022-06-20-board-paper.md", "relying on clause 14 (privacy) and the data-sharing schedule, which provide for aggregate data only", "swo.resist.contract"),
    ("2022-06-20-board-paper.md", "The ED has briefed Councillor Lacroix, who chairs the community safety committee", "swo.resist.appeal"),
    ("2022-06-20-board-paper.md", "it is an independent charity delivering a contracted service; decisions on client information and on how outreach is delivered rest with us", "swo.autonomy.independence"),
    ("2022-06-20-board-paper.md", "the ED wrote to the Director, Raj Sandhu, stating that Cedar Row will not sign a renewal on the current terms", "swo.resist.exit"),
    ("2022-06-20-board-paper.md", "setting out the changes needed: quarterly rather than weekly counts, cold-weather staffing costed as a variation, and no role in enforcement", "swo.negotiate.propose"),
    # 2022-07-19-contract-meeting-notes.md
    ("2022-07-19-contract-meeting-notes.md", "wanted to hear from Cedar Row what a workable second year looks like before the City drafts anything", "gov.consult.ask"),
    ("2022-07-19-contract-meeting-notes.md", "Grace went through the three changes in the letter", "swo.negotiate.propose"),
    ("2022-07-19-contract-meeting-notes.md", "Mikey described the January cold snap from the team's side", "swo.negotiate.explain"),
    ("2022-07-19-contract-meeting-notes.md", "the City accepts that enforcement support isn't outreach's role and won't ask for it again", "gov.concede.yield"),
    ("2022-07-19-contract-meeting-notes.md", "the City will move to a quarterly encampment count, done jointly with Bylaw and Parks rather than by Cedar Row alone, and the monthly return drops from eleven indicators to five", "gov.concede.relax"),
    ("2022-07-19-contract-meeting-notes.md", "Grace said Cedar Row could live with quarterly counts if the City would also take the January hours into account", "swo.negotiate.compromise"),
    ("2022-07-19-contract-meeting-notes.md", "Raj agreed that any future cold-weather staffing request will be written up as a costed variation, and that finance will look at the 310 hours from January", "gov.concede.yield"),
    ("2022-07-19-contract-meeting-notes.md", "Dana confirmed the City will not ask for identifiable client data; aggregate numbers are enough for the council briefing", "gov.concede.yield"),
    ("2022-07-19-contract-meeting-notes.md", "Agreed to build the winter response plan together this time: City Emergency Operations, Cedar Row and the Legion to sit down in September and set out who staffs what", "gov.consult.joint_planning"),
    ("2022-07-19-contract-meeting-notes.md", "outreach can use Room 2C that week", "gov.support.venue"),
    # 2022-12-01-email-thread.md
    ("2022-12-01-email-thread.md", "I'll share the overdose pattern with Public Health if you're OK with that", "gov.consult.ask"),
    ("2022-12-01-email-thread.md", "Q3 payment went out on the 25th, so it should be with you by now", "gov.support.funds"),
    ("2022-12-01-email-thread.md", "Councillor Lacroix will come to the open house on the 14th and would like to say a few words", "gov.support.endorse"),
    ("2022-12-01-email-thread.md", "I've spoken to the property manager at Hartwell Place; she's happy to meet you about the two vacant units", "gov.support.coordinate"),
    ("2022-12-01-email-thread.md", "Not due till January, but I wanted you to have this now: our November street survey shows 61 people sleeping rough, up from 44 last November, and three non-fatal overdoses in the same two blocks of Harbour Road in a fortnight", "swo.cooperate.inform"),
    ("2022-12-01-email-thread.md", "if the City needs hands for the toy and coat drive at City Hall on the 17th, a few of our peer workers would be glad to help", "swo.cooperate.assist"),
    # 2023-03-15-interview-grace.md
    ("2023-03-15-interview-grace.md", "we were feeling our way", "swo.explore.learn"),
    ("2023-03-15-interview-grace.md", "I spent the first couple of months just trying to read him", "swo.explore.learn"),
    ("2023-03-15-interview-grace.md", "we wanted to show them early on what outreach could do, so we put everything into the first winter referrals and the mapping report", "swo.explore.prove"),
    ("2023-03-15-interview-grace.md", "They were cautious", "gov.explore.assess"),
    ("2023-03-15-interview-grace.md", "nobody on his team really knew what outreach workers did all night", "gov.explore.assess"),
    ("2023-03-15-interview-grace.md", "One year, no promises", "gov.explore.trial"),
    ("2023-03-15-interview-grace.md", "By then we were basically an extension of their emergency operations", "gov.control"),
    ("2023-03-15-interview-grace.md", "[[Weekly counts]], Saturday enforcement", "gov.control.reporting"),
    ("2023-03-15-interview-grace.md", "Saturday enforcement at Millrace", "gov.control.out_of_scope"),
    ("2023-03-15-interview-grace.md", "the Legion overnights", "gov.control.staffing"),
    ("2023-03-15-interview-grace.md", "We did it all", "swo.comply.follow"),
    ("2023-03-15-interview-grace.md", "We didn't push back because we didn't think we could", "swo.comply.silence"),
    ("2023-03-15-interview-grace.md", "The names request", "gov.control.reporting"),
    ("2023-03-15-interview-grace.md", "Our clients' privacy isn't something we trade", "swo.autonomy.judgement"),
    ("2023-03-15-interview-grace.md", "We said no", "swo.resist.refuse"),
    ("2023-03-15-interview-grace.md", "pointed to the privacy clause", "swo.resist.contract"),
    ("2023-03-15-interview-grace.md", "I copied the councillor", "swo.resist.appeal"),
    ("2023-03-15-interview-grace.md", "I wrote to Raj and said we wouldn't renew on those terms", "swo.resist.exit"),
    ("2023-03-15-interview-grace.md", "Counts are quarterly and joint, the return is five numbers", "gov.concede.relax"),
    ("2023-03-15-interview-grace.md", "Priya actually asks what we think before she changes anything", "gov.consult.ask"),
    ("2023-03-15-interview-grace.md", "We ran the winter plan together with Emergency Operations", "swo.cooperate.co_deliver"),
    ("2023-03-15-interview-grace.md", "Councillor Lacroix came to our open house in December and told the room outreach had kept people alive last winter", "gov.support.endorse"),
    # 2023-04-04-interview-priya.md
    ("2023-04-04-interview-priya.md", "the City was treating Cedar Row like a branch of the department", "gov.control"),
    ("2023-04-04-interview-priya.md", "weekly counts, pulling", "gov.control.reporting"),
    ("2023-04-04-interview-priya.md", "pulling their staff into the cold-weather response", "gov.control.staffing"),
    ("2023-04-04-interview-priya.md", "holding an invoice over a reporting discrepancy", "gov.control.leverage"),
    ("2023-04-04-interview-priya.md", "returns that year came in late too, usually after a couple of reminders", "swo.resist.delay"),
    ("2023-04-04-interview-priya.md", "Before the renewal I asked Grace and Mikey which of the eleven indicators they actually used themselves", "gov.consult.ask"),
    ("2023-04-04-interview-priya.md", "and we kept those", "gov.concede.relax"),
    ("2023-04-04-interview-priya.md", "If I need something outside the contract now, I phone and ask if it's possible, and if it isn't, that's fine", "gov.concede.relax"),
    ("2023-04-04-interview-priya.md", "I also introduced them to the two landlords on the City's rent-bank list", "gov.support.coordinate"),
    ("2023-04-04-interview-priya.md", "We sat down in September with Emergency Operations and Cedar Row and worked it out together", "gov.consult.joint_planning"),
    ("2023-04-04-interview-priya.md", "during the cold alerts Cedar Row ran the street side and we ran the Legion", "swo.cooperate.co_deliver"),
    ("2023-04-04-interview-priya.md", "Grace offered two peer workers to help us move people to the Legion before we'd even asked", "swo.cooperate.assist"),
    ("2023-04-04-interview-priya.md", "Paying on time. Every invoice since August has gone out within fifteen days", "gov.support.funds"),
    ("2023-04-04-interview-priya.md", "Mikey also sends me a short note after any overdose cluster, which isn't in the contract", "swo.cooperate.inform"),
    ("2023-04-04-interview-priya.md", "Raj has added forty thousand to the outreach line in next year's budget for a second van", "gov.support.funds"),
]
# fmt: on


def main(argv: list[str]) -> int:
    """Write both check-set codings.csv files; ``--stats`` prints the count of every code."""
    return write_all([("checkset2-zh", ZH), ("checkset2-en", EN)], argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
