"""Sentence templates for :mod:`relcycle.coding.supervised.synthetic`.

Fifteen leaf codes of the built-in ``gpps-lifecycle`` framework, each with
Chinese and English templates in the styles of field notes, minutes,
interviews and chat messages; neutral service content that no code applies to;
and the slot fillers. Slots shared by many codes (who, when, an activity) keep
the codes from being told apart by their actors alone.
"""

from __future__ import annotations

from typing import Final

TEMPLATES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "gov.control.approval": {
        "zh": (
            "{gov}要求所有活动方案都要提前报批，没批下来不能开展。",
            "{act}的海报先送{gov}审核，改了三遍才同意张贴。",
            "方案交上去一个星期了，{gov}还没批，{act}只能往后拖。",
            "{gov}在群里说：以后推文一律先发给他们看过再发。",
        ),
        "en": (
            "{gov} insisted on approving the {act} plan before anything went ahead.",
            "Nothing about the {act} could be posted without sign-off from {gov}.",
            "We are still waiting for {gov} to approve the flyer, so the {act} is on hold.",
            "{gov} said every new activity now needs written approval in advance.",
        ),
    },
    "gov.control.reporting": {
        "zh": (
            "{gov}让{swo}每周一把上周的台账和签到表报上去。",
            "{when}开始，每场{act}都要拍照、签到、写小结，一样不能少。",
            "刘干事又在群里催本月的服务数据，今天下班前必须报。",
            "光是填各种报表就占了社工{n}个小时。",
        ),
        "en": (
            "{gov} wants weekly monitoring returns with attendance sheets for the {act}.",
            "We spent {n} hours filling in the quarterly monitoring form for {gov}.",
            "The officer chased us again for the {act} attendance figures.",
            "{when} the reporting template grew to {n} pages.",
        ),
    },
    "gov.control.inspection": {
        "zh": (
            "{when}{gov}的检查组来了，把{swo}的档案翻了个遍。",
            "{gov}不打招呼就来中心转了一圈，看人在不在岗。",
            "听说下周有暗访，大家都不敢请假。",
            "{gov}组织专项督查，重点查{act}的经费使用。",
        ),
        "en": (
            "{when} two officers from {gov} turned up unannounced to check our files.",
            "{gov} audited the {act} records and the safeguarding logs.",
            "There is a spot check next week, so nobody is taking leave.",
            "An inspector from {gov} went through our receipts for the {act}.",
        ),
    },
    "gov.control.out_of_scope": {
        "zh": (
            "{gov}又让社工去帮忙收医保费，这跟合同上的服务八竿子打不着。",
            "周末{gov}搞招商会，把{swo}的人叫去做会务。",
            "创城迎检，{gov}要{swo}派{n}个人去路口做文明劝导。",
            "社工成了{gov}的万金油，什么杂活都往我们这儿派。",
        ),
        "en": (
            "{gov} asked us to staff their census stall, which is nowhere in the contract.",
            "We were told to run the council's Christmas fair on top of the {act}.",
            "{gov} keeps handing the team jobs that have nothing to do with our service.",
            "Helping with the election count was never part of what we were commissioned to do.",
        ),
    },
    "gov.control.leverage": {
        "zh": (
            "{gov}话里有话：明年还想不想接这个项目了？",
            "考核要是不达标，剩下的{n}万就别想拿了。",
            "评估时{gov}打了低分，理由是配合度不够。",
            "拨款一直压着不给，{gov}说等我们把{act}改了再说。",
        ),
        "en": (
            "{gov} hinted that the renewal depends on how cooperative we are.",
            "The last payment is being held back until we change the {act}.",
            "They marked us down in the review for not being flexible enough.",
            "{gov} said the funding for next year is not guaranteed if this goes on.",
        ),
    },
    "gov.support.funds": {
        "zh": (
            "{when}第二笔项目款准时打到了{swo}账上。",
            "{gov}提前拨付了{n}万元服务经费。",
            "这个月的经费到账了，比合同约定还早几天。",
            "首期款已经拨下来，{act}的材料可以买了。",
        ),
        "en": (
            "{when} the quarterly grant arrived on time.",
            "{gov} paid the first instalment of {n} thousand pounds early.",
            "The funding for the {act} came through this week.",
            "Payment was made promptly, as the contract says.",
        ),
    },
    "gov.support.venue": {
        "zh": (
            "{gov}把活动室的钥匙交给了{swo}，说以后随时可以用。",
            "{gov}把老文化站二楼整层给了我们，水电全免。",
            "{act}的场地是{gov}免费提供的。",
            "{gov}帮我们腾出了一间办公室。",
        ),
        "en": (
            "{gov} let us use the community hall free of charge for the {act}.",
            "We were given the keys to the old library for our sessions.",
            "{gov} found us an office in the civic centre, rent free.",
            "The {act} now runs in a room the council set aside for us.",
        ),
    },
    "gov.support.endorse": {
        "zh": (
            "{gov}领导来参加了{act}的开幕式，还讲了话。",
            "书记在全镇大会上点名表扬了{swo}。",
            "{when}区领导来看我们的成果展，合影留念。",
            "{gov}把{swo}的{act}作为亮点推荐给了上级。",
        ),
        "en": (
            "The deputy mayor came to the {act} launch and praised the team.",
            "{gov} mentioned our {act} as good practice in their annual report.",
            "{when} the councillor visited and had photos taken with the volunteers.",
            "{gov} spoke warmly about the charity at the public meeting.",
        ),
    },
    "gov.consult.ask": {
        "zh": (
            "做明年计划之前，{gov}先问了{swo}的想法。",
            "{gov}开会前把草案发给我们，请我们提修改意见。",
            "{gov}这次专门找我们聊了聊，听听机构对{act}的看法。",
            "{gov}问社工居民最需要什么服务。",
        ),
        "en": (
            "Before finalising the plan, {gov} asked what we thought.",
            "{gov} sent us the draft specification and invited our comments.",
            "{gov} wanted our view on how the {act} should change next year.",
            "{when} the officer rang to ask which services residents needed most.",
        ),
    },
    "swo.resist.refuse": {
        "zh": (
            "这次{swo}明确回绝了，社工不是{gov}的勤杂工。",
            "对不起，这个我们做不了，请{gov}另找人。",
            "{swo}拒绝了{gov}让社工去值班的要求。",
            "我们跟{gov}说不，{act}不能停。",
        ),
        "en": (
            "We declined to take on the extra calls for {gov}.",
            "The manager said no to staffing the council stall.",
            "We told {gov} we would not cancel the {act} for their event.",
            "{swo} refused the request and explained it was outside our remit.",
        ),
    },
    "swo.negotiate.propose": {
        "zh": (
            "{swo}写了一份书面建议，请{gov}考虑把周报改成月报。",
            "我们跟{gov}提了个建议，检查能不能合并成一次。",
            "社工提出把{act}改到周末，方便上班的居民参加。",
            "{swo}建议调整服务指标，减少一些表格。",
        ),
        "en": (
            "We proposed a simpler monitoring return and asked {gov} to consider it.",
            "{swo} suggested moving the {act} to Saturdays.",
            "We put forward a plan to merge the two inspections into one.",
            "The manager proposed changing the targets in the service specification.",
        ),
    },
    "swo.comply.follow": {
        "zh": (
            "收到！马上落实。",
            "好的{gov}，我们这就改。",
            "{gov}怎么说{swo}就怎么做，没多想。",
            "{gov}要的材料我们当天就交了。",
        ),
        "en": (
            "We did what {gov} told us and sent the forms the same day.",
            "Noted, we will change the {act} as requested.",
            "The team just followed the council's instructions.",
            "We went along with what {gov} wanted, as usual.",
        ),
    },
    "rel.dialogue.meeting": {
        "zh": (
            "{when}的联席会议上，{gov}和{swo}一起过了一遍{act}的进度。",
            "每月一次的联席会照常召开，双方都到了。",
            "{gov}、居委会和{swo}开了协调会，商量{act}的安排。",
            "联席会议上大家把问题摆到桌面上谈。",
        ),
        "en": (
            "At the steering group {when} both sides reviewed the {act}.",
            "The monthly partnership meeting with {gov} went ahead as usual.",
            "We met {gov} and the residents' association to discuss the {act}.",
            "At the joint meeting everyone put their concerns on the table.",
        ),
    },
    "actor.volunteers": {
        "zh": (
            "志愿者队伍扩大到了{n}人，大部分是退休的老党员。",
            "{act}全靠{n}名志愿者轮流值班。",
            "社工给新来的志愿者做了培训。",
            "{when}志愿者自发组织了一次{act}。",
        ),
        "en": (
            "The volunteer team has grown to {n}, mostly retired residents.",
            "The {act} relies on {n} volunteers on a rota.",
            "We ran a training evening for the new volunteers.",
            "{when} the volunteers organised a {act} on their own.",
        ),
    },
    "swo.explore.needs": {
        "zh": (
            "开展服务前，社工挨家挨户做了需求调查。",
            "{swo}花了{n}周时间走访了全镇的村和社区。",
            "社工发放了{n}份问卷，了解居民对{act}的需求。",
            "{when}我们组织了几场座谈，听居民说需要什么。",
        ),
        "en": (
            "We spent the first month doing a community needs survey.",
            "The team knocked on {n} doors to ask residents what they needed.",
            "{swo} ran {n} focus groups to find out what people wanted from the {act}.",
            "{when} we mapped local needs before designing the services.",
        ),
    },
}

NEUTRAL: Final[dict[str, tuple[str, ...]]] = {
    "zh": (
        "今天下午{act}来了{n}位老人，气氛很好。",
        "居委会说下周停水，{act}暂停一次。",
        "杨师傅把坏了的椅子修好了。",
        "晚上舞蹈队排练，来了二十多个阿姨。",
        "镇卫生院的医生给孩子们讲了防溺水知识。",
        "{when}天气很冷，来的人比平时少。",
        "社工给独居老人送了月饼。",
        "居民对{act}的反馈不错，希望能增加课时。",
    ),
    "en": (
        "This morning {n} residents came to the {act}.",
        "It rained all afternoon, so the walk was cancelled.",
        "The kettle in the hall is broken again.",
        "Mrs Patel brought cakes for everyone at the {act}.",
        "{when} the heating failed and we moved upstairs.",
        "Attendance at the {act} was lower than usual because of the school holidays.",
        "A new family joined the {act} today.",
        "We tidied the store room and sorted the donated books.",
    ),
}

SLOTS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "zh": {
        "gov": ("镇里", "街道", "王主任", "文化站", "民政局", "区里", "宣传办", "刘干事"),
        "swo": ("中心", "机构", "我们", "社工团队", "项目组"),
        "act": ("广场舞", "阅读班", "长者饭堂", "四点半课堂", "书画班", "亲子活动", "邻里节"),
        "when": ("去年三月", "上个月", "今年年初", "项目刚开始的时候", "春节前后", "国庆后"),
    },
    "en": {
        "gov": ("the council", "the commissioner", "our link officer", "the ward office", "Dev"),
        "swo": ("the charity", "the centre", "our team", "the project"),
        "act": ("lunch club", "homework club", "coffee morning", "befriending scheme", "art group"),
        "when": ("last spring", "in March", "at the start of the contract", "last year", "in Q3"),
    },
}

PREFIXES: Final[dict[str, tuple[str, ...]]] = {
    "zh": ("", "", "", "下午，", "据李主任说，", "访谈中社工提到，", "【微信】", "另外，"),
    "en": ("", "", "", "Later, ", "According to the manager, ", "In the interview: ", "FYI - "),
}
