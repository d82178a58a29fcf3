r"""Cut a body text into segments: paragraphs, and interview turns within them.

Paragraphs are separated by blank lines (lines with only whitespace count as
blank). Within a paragraph, a line that starts with a speaker label and a colon
(``问：……``, ``Interviewer: ...``, ``**Q:** ...``) starts a turn, which runs
until the next turn or the paragraph's end; lines before the first turn form a
segment of their own.

A speaker label is short (at most 20 characters), has no sentence punctuation,
is not a number, a list marker, a heading or a day (``3月7日``, ``周三``: a
diary's or a chat copy's line), and is not a known heading word
(``Note``, ``时间``, ``地点`` ...). An ASCII colon followed by a digit, ``/`` or
``\`` is not a label's colon (``10:30``, ``http://``, ``C:\``); a full-width
``：`` is, unless it stands between two digits (``老周：120到了`` is a turn,
``下午3：00开会`` is not).

Minutes name who spoke in their numbered items rather than with a label
(``二、刘主任表示…``, ``三、李老师（区团委）提出…``): an item numbered in Chinese that opens
with an actor's name or alias before a verb of saying (表示, 提出, 汇报, 要求 …) is that
actor's turn, cut from the lines before it like a labelled turn; its text keeps the
number and the name. Items that name no speaker stay in their paragraph. British
minutes name people by the initials their roll call gives (``Present: Helen Marsh (HM),
…, CBC``): a line opening with them (``HM confirmed …``, ``ACTION: PN to …``) is that
person's turn (:mod:`relcycle.sources.rollcall`).

A line of a chat copy that starts with a stamp but names no sender before a colon
(``2022-03-14 08:21 周晓（向阳）撤回了一条消息``, the app's notice of a recalled message)
is a segment of its own with no speaker, placed by its stamp, not a line of the message
above it.

A chat message line may start with a time stamp before its sender
(``[2021-05-18 08:47] 刘科长：``, ``【08:30】唐主任：``, ``[Jan 29, 10:12] Renee:``,
WhatsApp's ``11/07/2019, 09:15 - Karen Holt:``): it starts a turn of that
sender, and its segment keeps the whole line, stamp and sender included, so the
stamp can place it in time. A stamp and a plain name alone on a line (Teams'
copy: ``[26/04/2022 09:14] Maria Okafor``, the message on the lines below) start
a turn the same way, and so does a chat copied from a computer (WeChat, QQ), whose
messages are headed by their sender and stamp alone on a line
(``张科长 2020/2/3 09:12``, the message below): read so when such a header is
among a text's first lines, and then a line of a message that starts like a label
(``更正：…``, ``附件：…``) is the message's, not a new sender's. A phone set to Chinese
writes the half of the day before the clock (``2022/4/18 下午2:10 - 吴科长: …``).

A thread of mails pasted into one text is read as its senders' turns: a mail's
header (``From: Karen Holt <…>``, a ``Sent:`` or ``Date:`` line below it; a
separator line such as ``-----Original Message-----`` may come first) and the
paragraphs below it, up to the next header, have the sender as their speaker
(``Karen Holt``, mapped to an actor by the case's names and aliases, else by
the domain of their address: :mod:`relcycle.sources.senders`); so has a
quoted reply from its ``On …, Dev Patel <…> wrote:`` line on (a stamp: it says
when), whose lines holding only ``>`` separate paragraphs as blank ones do. A mail's
line that starts like a label but names no actor (``On the duplication: …``, a
signature's ``T: 01632 …``) is the sender's text. A message saved with its internet
headers (``Return-Path: … From: … Date: …``, :mod:`relcycle.sources.mailblocks`) has the
whole block as its header. Teams' head line gives the sender surname first
(``[11/01/2022 08:52] Marsh, Helen``: Helen Marsh); copied from Teams, the
sender's name may stand alone on its line and the stamp on the next (``Main,
Kirsty`` then ``10/01/2022 09:14``), a name of capitalised words only (``Site
visit notes`` above a date is a title). A label of an
office's title and a surname (``Supervisor Soto:``) is the actor one of whose
names holds the title (``Board of Supervisors``); a roll call's label
(``Supervisors present:``) is no speaker.

Other segments are stripped of surrounding whitespace and of the speaker label,
and their offsets move with them: ``text[segment.start:segment.end] ==
segment.text`` always holds. The work is done by compiled regular expressions
over the whole text, never character by character in Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from relcycle.domain import Actor, Segment
from relcycle.sources.asides import researcher_asides
from relcycle.sources.letters import signed_letters
from relcycle.sources.mailblocks import header_block_end, header_from
from relcycle.sources.names import first_named, name_patterns
from relcycle.sources.rollcall import opening_initials, people_by_initials, roll_call
from relcycle.sources.senders import Senders
from relcycle.sources.transcripts import asking_labels, transcript_turns

MAX_LABEL_CHARS = 20
#: How far into a text a computer chat copy's first message header is looked for.
HEADED_WITHIN = 400
MAX_CJK_LABEL_CHARS = 6
MAX_NAMED_CJK_LABEL_CHARS = 10
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A speaker label: a line's start up to its first colon, within 31 characters, then
# the blanks after it. Possessive, so a line without an early colon costs one scan;
# it may end in "**" or blanks (``**Q**:``), which are stripped off it.
#
# A chat message line may put a time stamp before its sender: ``[2021-05-18 08:47] 刘科长：``,
# ``【6月13日 08:15】吕科长：``, ``[Jan 29, 10:12] Renee Dalton:``, WhatsApp's
# ``11/07/2019, 09:15 - Karen Holt:``. A bracketed stamp holds a clock time or a date; an
# unbracketed one a date and a time. The stamp stays in the segment (it says when).
# A clock time may follow the half of the day it is in, as a phone set to Chinese writes it
# (``2022/4/18 下午2:10 - 吴科长: …``), or be followed by it (``9:15 AM``).
_CLOCK = (
    r"(?:(?:上午|下午|中午|晚上|凌晨|早上)[^\S\n]?)?"
    r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:[^\S\n]?[AaPp]\.?[Mm]\.?)?"
)
_DATE = (
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}[日号]?|\d{1,2}月\d{1,2}[日号]"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4})"
)
_BRACKETED = r"[^\]】］)）\n]{0,24}?"
_STAMP = (
    rf"(?P<stamp>[\[【［(（]{_BRACKETED}(?:{_CLOCK}|{_DATE}){_BRACKETED}[\]】］)）]"
    rf"|{_DATE},?[^\S\n]+{_CLOCK}(?:[^\S\n]+[-–])?|(?P<tabbed>{_CLOCK}\t))[^\S\n]*"
)
# An informant's code as research writes it (G2, S1, P12) may end in a digit before a
# colon that a digit follows (G2：19年底…, S1：20年初…): a label, not a clock time (10：30).
_CODED = r"(?:(?<=\b[A-Za-z]\d)|(?<=\b[A-Za-z]\d\d))"
_LABEL = (
    rf"(?P<indent>[^\S\n]*)(?:(?:{_STAMP})?(?:\*\*|__)?(?P<label>[^\s:：*_#>][^:：\n\t]{{0,30}}+)"
    rf"(?:(?(tabbed)(?P<tab>\t)|(?!))|(?P<colon>:(?![\d/\\])|(?<!\d)：|：(?!\d)|{_CODED}[:：])"
    r"|(?(stamp)(?=\n)|(?!)))"
    r"(?:\*\*|__)?[^\S\n]*)?"
)
_TEXT_START = re.compile(_LABEL)
#: A directory's display name, surname first: ``Marsh, Helen``, ``O'Neill-Ward, Mary Ann``.
_SURNAME_FIRST = re.compile(
    r"(?P<last>[A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+)?),[^\S\n]*"
    r"(?P<first>[A-Z][\w'’.-]+(?:[^\S\n][A-Z][\w'’.-]+)?)"
)
_LEADING_STAMP = re.compile(_STAMP)
# A chat copied from a computer (WeChat, QQ) heads each message with its sender and stamp
# alone on a line, the message below: ``张科长 2020/2/3 09:12``. Read only in a text whose
# first lines have such a header (a cheap test), as a label's alternative form.
#: How a pasted mail's header starts (From: …, 发件人：…): the header says when it was sent.
_MAIL_FROM = frozenset({"From", "FROM", "发件人", "發件人", "寄件者", "寄件人"})
#: A line mail programs write above a reply's or a forward's original (-----Original
#: Message-----, -------- Forwarded message ---------, a line of underscores).
_MAIL_SEPARATOR = re.compile(r"[^\S\n]*(?:-{3,}[^\n]{0,40}?-{3,}|_{8,}|-{8,}|={8,})[^\S\n]*\n")
_SEPARATOR_FIRST = frozenset(" \t-_=")
#: What a line that may head a mail starts with: a separator's character, or From's F.
_MAIL_LINE_FIRST = frozenset("-_=F")
#: How a quoted reply's first line starts (On …, > On …, ---- On …).
_QUOTE_FIRST = frozenset("O>-")
#: A pasted mail's From line (after a separator line, if any), and who it names.
_MAIL_FROM_LINE = re.compile(
    r"(?:[^\S\n]*(?:-{3,}[^\n]{0,40}?-{3,}|_{8,}|-{8,}|={8,})[^\S\n]*\n)?[^\S\n]*"
    r"(?:From|FROM|发件人|發件人|寄件者|寄件人)[^\S\n]*[:：][^\S\n]*(?P<who>[^\n]+)"
)
#: The line of a pasted mail's header that says when it was sent (as timeexpr.stamps reads it).
_MAIL_SENT_LINE = re.compile(
    r"\n\s*(?:Sent|SENT|Date|DATE|发送时间|發送時間|日期|时间|時間|寄件日期|发件时间)\s*[:：]"
)
#: A quoted reply's first line: On Tue, 26 Jul 2022 at 14:02, Dev Patel <…> wrote:, or
#: between dashes with no comma before the name (---- On Wed, 11 May 2022 09:26:40 Andrea
#: Mulligan wrote ----), as some web mail quotes.
_QUOTED_FROM = re.compile(
    r"(?:>[^\S\n]*)?(?:-{2,}[^\S\n]*)?On\s"
    r"(?:[^\n]{4,60}?,[^\S\n]*(?P<who>[^,\n<>]{2,60}?(?:[^\S\n]*<[^>\n]*>)?)"
    r"|[^\n]{4,60}?\d{1,2}:\d{2}(?::\d{2})?(?:[^\S\n]*[AaPp]\.?[Mm]\.?)?[^\S\n]+"
    r"(?P<named>[^,\n<>\d]{2,60}?(?:[^\S\n]*<[^>\n]*>)?))"
    r"[^\S\n]*wrote(?::|[^\S\n]*-{2,})"
)
#: An address in a From line: <karen@x.org>, [mailto:karen@x.org], a bare one.
_ADDRESS = re.compile(r"<[^>\n]*>|\[mailto:[^\]\n]*\]|\S+@\S+")


def _header(stamp: str) -> str:
    """A chat's head line: a sender, then ``stamp`` alone after it."""
    return (
        # (a phone set to Chinese writes the half of the day before the clock: 何川 下午9:12)
        rf"(?P<hlabel>[^\s\d:：*_#>\[【［(（]"
        rf"(?:[^\d:：\n\t上下中晚凌早]|[上下中晚凌早](?![午上晨][^\S\n]?\d)){{0,30}}+(?<=[^\S\n])"
        # Teams' copy: the sender's name alone on its line, the stamp on the next
        rf"|[A-Z][\w'’.-]+(?:,?[^\S\n]+[A-Z][\w'’.-]+){{1,3}}[^\S\n]*\n[^\S\n]*)"
        rf"(?P<hstamp>{stamp})[^\S\n]*(?=\n|$)"
    )


# 钉钉 writes the weekday between: 周红梅（县民政局）  10月14日 周五 17:05
_HEADER = _header(rf"{_DATE}(?:[^\S\n]+(?:周|星期|週)[一二三四五六日天])?[^\S\n]+{_CLOCK}")
# A chat record WeChat copies as one message draws a rule either side of each day
# (—————  2022-3-14  —————) and heads a message with its sender and clock time alone
# (赵蕾(街道治理办)  09:12), as a copied Teams channel does (--- Tuesday 6 December ---,
# Priya Nandra 09:14): in a text with such a rule, a clock time alone is a stamp.
_MONTH_NAME = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY_RULE = re.compile(
    r"(?:^|\n)[^\S\n]*[-—–─━=~～]{3,}[^\S\n]*"
    # a copied Teams channel heads its days alike: --- Tuesday 6 December ---
    r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[^\S\n]+)?"
    rf"(?:\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?|\d{{1,2}}月\d{{1,2}}[日号]"
    rf"|\d{{1,2}}[^\S\n]+{_MONTH_NAME}(?:[^\S\n]+\d{{4}})?"
    rf"|{_MONTH_NAME}[^\S\n]+\d{{1,2}}(?:,?[^\S\n]+\d{{4}})?)"
    r"[^\S\n]*[-—–─━=~～]{3,}[^\S\n]*(?=\n|$)"
)
_RULED_HEADER = _header(rf"(?:{_DATE}[^\S\n]+)?{_CLOCK}")
_HEADED = re.compile(r"(?:^|\n)[^\S\n]*" + _HEADER)
_LEADING_HEADER = re.compile(r"[^\S\n]*" + _HEADER)
# Every line break (with the blank lines after it) and the label of the next line;
# it starts with a literal newline, which the regex engine finds fast.
_BREAK = re.compile(r"\n(?:[^\S\n]*\n)*" + _LABEL)
# In a text with a quoted reply, a line that holds only its ``>`` is as blank as an empty one.
_QUOTED_BLANK = r"\n(?:[^\S\n]*(?:>[^\S\n]*)?\n)*"
_BREAK_QUOTED = re.compile(_QUOTED_BLANK + _LABEL)


@dataclass(frozen=True, slots=True)
class _Headed:
    """How a chat whose messages are headed by a line of their own is cut.

    Attributes:
        text_start: The label at the text's start.
        breaks: Every line break and the label after it.
        breaks_quoted: The same in a text with a quoted reply (> …).
        head_lines: A head line: a sender and a stamp (张科长 2020/2/3 09:12), or a
            stamp and a sender ([26/04/2022 09:14] Maria Okafor), alone on a line.
    """

    text_start: re.Pattern[str]
    breaks: re.Pattern[str]
    breaks_quoted: re.Pattern[str]
    head_lines: re.Pattern[str]

    @classmethod
    def of(cls, header: str) -> _Headed:
        label = _LABEL[:-2] + "|" + header + ")?"
        return cls(
            re.compile(label),
            re.compile(r"\n(?:[^\S\n]*\n)*" + label),
            re.compile(_QUOTED_BLANK + label),
            re.compile(rf"(?:^|\n)[^\S\n]*(?:{header}|{_STAMP}[^\s:：][^:：\n]{{0,40}}(?=\n|$))"),
        )


_DATED_HEADS = _Headed.of(_HEADER)
_RULED_HEADS = _Headed.of(_RULED_HEADER)
_SENTENCE_PUNCT = re.compile(r"[。，,；;！!？?、\"“”「」『』…]|\.\s*$")
_LIST_MARKER = re.compile(r"(?:[-+*•·]|\d+[.)、．]|[（(]\d+[)）])\s*")
_PARENTHETICAL = re.compile(r"\s*[（(][^）)]*[）)]\s*$")
# A day, a month or a weekday heading a line of a diary or a chat copy (3月7日：, 2022年3月：,
# 周三：, 5月20日下午：): a time, not a speaker.
_DAY_LABEL = re.compile(
    r"(?:(?:\d{2,4}|[〇零○一二三四五六七八九]{2,4})年)?(?:[\d一二三四五六七八九十]{1,3}月"
    r"(?:[\d一二三四五六七八九十]{1,3}[日号])?|(?:周|星期|礼拜|週|禮拜)[一二三四五六日天])"
    r"(?:[上中下]午|早上|晚上|凌晨|傍晚)?"
)
# An item of minutes numbered in Chinese (一、, 十二、, （三）) starting a line inside a
# paragraph is a turn of its own when it names who spoke (below); items that name no
# speaker (a letter's 一、… 二、…) stay one segment, as a paragraph's sentences do.
_ITEM = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^\S\n]*"
)
#: The characters such an item starts with (a cheap test before the regex, at every line).
_ITEM_FIRST = frozenset("一二三四五六七八九十（(")
# A chronology's item: a bullet or a number, then a day (- 1/4/2021 - contract start;
# 2. 7月14日，街道联席会提出…; • 3 March 2022: …). Each is a segment of its own, of the
# speaker of the lines above: a report's "Key dates" list is as many times as it has items.
# A line wrapped before a day (…a meeting held on\n16 February 2022) has no bullet.
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATED_ITEM = re.compile(
    r"(?:[-*•·▪–]|\d{1,2}[.)、]|[（(]\d{1,2}[)）])[^\S\n]+(?:\*\*)?"
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}月\d{1,2}[日号]"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+{_MONTH_WORD}[^\S\n]+\d{{4}}"
    rf"|{_MONTH_WORD}[^\S\n]+\d{{1,2}}(?:st|nd|rd|th)?,?[^\S\n]+\d{{4}})(?!\d)"
)
#: The characters a chronology's item starts with (a cheap test before the regex).
_DATED_ITEM_FIRST = frozenset("-*•·▪–0123456789（(")
#: What a line opening with a person's initials starts with (HM confirmed, ACTION: PN to).
_INITIALS_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: How far into a text minutes' roll call is looked for (it heads them).
ROLL_WITHIN = 3000
#: A roll call of minutes may be in the text (a cheap test before reading it).
_ROLL_HINT = re.compile(r"(?:present|attend\w*|apologies)[^\S\n]*:")  # in lower case
#: Initials in brackets, as a roll call gives them: (HM); or alone, first in a roll call
#: (Present: JD (Chair), …; In attendance: HM).
_BRACKETED_INITIALS = re.compile(
    r"\([A-Z]{2,4}\)|(?i:present|attendees|in\sattendance)[^\S\n]*:[^\S\n]*[A-Z]{2,4}\b"
)
# ... whose speaker is the actor named first in it before a verb of saying, with the
# office in brackets between (二、刘主任表示…, 三、李老师（区团委）提出…): minutes name
# who spoke that way, not with a label and a colon.
_ITEM_SPEAKER = re.compile(
    r"(?P<name>[^\s，,。：:、；;（()）]{1,8}?)(?:[（(][^）)\n]{0,24}[）)])?"
    r"(?:表示|提出|汇报|要求|指出|强调|通报|介绍|建议|说明|回应|答复|认为|肯定|布置)"
)
# A label that reports someone else's words rather than naming the one who speaks.
_REPORTED_SPEECH = re.compile(r"[说說讲講问問道]$|\b(?:said|says|asked|asks|told)\b")
# A contract's or a document's numbered part: 第七条, 第二章, Clause 7, Section 11.2, and
# minutes' numbered motions, recommendations and actions (Motion 1, Recommendation 3).
_NUMBERED_PART = re.compile(
    r"第[\d一二三四五六七八九十百零〇两]+[条條款章节節项項部分]"
    r"|(?i:clause|article|section|schedule|annex|appendix|item|part|point|para(?:graph)?"
    r"|motion|resolution|recommendation|proposal|finding|option|objective|action)"
    r"\s+[\dIVXivx]+(?:\.\d+)*\b"
)
# Words that head a line of notes or minutes but name no speaker (compared casefolded).
# Word lists read best as one string; SIM905 would put each word on its own line.
_NOT_SPEAKERS = frozenset(
    """
    note notes nb ps p.s time date day place location venue where when attendees
    participants present absent subject re topic agenda source title summary update author
    recorder minutes tel phone mobile email e-mail fax address url link web website see ref
    references example e.g i.e result results conclusion background purpose aim task tasks
    todo action actions decision decisions weather status from to cc bcc sent apologies chair
    importance attachments attachment categories sensitivity
    agreed resolved services outcome outcomes scope purpose chaired minuted
    signed signature service provider funder planned highlights risks issues outlook
    period
    时间 日期 地点 地址 参会 参会人员 参加人员 参会人 出席 出席人员 列席 缺席 主题 议题 会议主题
    注 按 笔者注 笔者按 研究者注 研究者按 作者注 编者按 编者注 译者注
    记录 记录人 备注 说明 电话 附件 会议内容 内容 主持 天气 标题 来源 作者 摘要 总结 结论 目的
    会议商定 商定 会议确定 会议决定 会议议定 下一步 下一步工作
    背景 任务 决定 决议 议定 事由 事项 关键词 邮箱 网址 联系方式 联系人 要求 原因 结果 问题 措施
    参加 参加者 发件人 收件人 抄送 主送 附 纪要 会议纪要 会议记录 访谈记录 访谈提纲 主旨 决议
    決議 主持人 查核人员 查核人員 受评单位 受評單位 出席者 列席者 紀錄 會議紀錄 訪談記錄
    時間 地點 參會 參會人員 出席人員 議題 記錄 記錄人 備註 說明 電話 會議內容 內容 標題 來源 結論
    群聊 群名 群名称 群聊名称 导出 导出时间 导出范围 导出日期 聊天对象 聊天记录 消息记录
    群名稱 群聊名稱 導出 導出時間 導出範圍 導出日期 聊天對象 聊天記錄 消息記錄
    channel chat exported
    消息分组 消息对象 消息分組 消息對象
    """.split()  # noqa: SIM905
) | {
    "for example",
    "in short",
    "next steps",
    "to do",
    "next meeting",
    "date of next meeting",
    "submitted to",
    "submitted by",
    "prepared by",
    "approved by",
    "reporting period",
    "date submitted",
    "report period",
    "follow-up",
    "follow-ups",
    "follow up",
    "followup",
    "action items",
    "action item",
    "findings",
    "observations",
    "recommendations",
    "discussion",
    "motion",
    "vote",
    "site visit",
    # a committee report's and an agenda's headings
    "deputation",
    "deputations",
    "background papers",
    "background paper",
    "contact officer",
    "lead officer",
    "report by",
    "report of",
    "wards affected",
    "ward affected",
    "implications",
    "financial implications",
    "legal implications",
    "equalities implications",
    "appendix",
    "appendices",
    "key decision",
    "recommendation",
    "declarations of interest",
    "matters arising",
    "any other business",
    "aob",
    "petition",
    "petitions",
}
#: How a researcher's bracketed note opens ([注：…], 【按：…】, （笔者注：…）): no speaker.
_NOTE_OPENERS = "[【［(（〔"
# Who was there or not, heading a roll call of minutes (Supervisors present, Staff absent,
# In attendance, Apologies for absence).
_ROLL_CALL = re.compile(
    r"(?i)(?:^|\s)(?:present|absent|attending|excused|in\sattendance|for\sabsence)$"
)
# How the labels of form fields end (项目名称, 检查意见, 预计参与人数): not speakers.
_FIELD_SUFFIXES = tuple(
    """
    名称 内容 方式 意见 事项 签字 签名 人数 时间 日期 地点 金额 预算 期限 编号 目标 情况 对象 范围
    标准 数量 电话 地址 负责人 联系人 类别 类型 名稱 內容 意見 簽字 時間 地點 預算 记录 纪要 記錄
    逐字稿 提纲 提綱 摘要 整理
    """.split()  # noqa: SIM905
)
INTERVIEWER_LABELS = frozenset(
    """
    问 問 q i int interviewer researcher 访谈者 訪談者 访问者 訪問者 访谈人 訪談人 笔者 筆者
    研究者 调研员 調研員 记者 記者 访 訪
    """.split()  # noqa: SIM905
)
ANSWER_LABELS = frozenset(
    """
    答 a r interviewee respondent informant participant 受访者 受訪者 被访者 被訪者 受访人
    受訪人 被访人 被訪人 访谈对象 訪談對象
    """.split()  # noqa: SIM905
)
#: Labels that keep starting turns under a head line (a transcript titled with a date and
#: time: 访谈 2021-03-05 14:22, then 问：… 答：…).
_TURN_LABELS = INTERVIEWER_LABELS | ANSWER_LABELS


class Segments(list[Segment]):
    """A source's segments, in order, knowing which start with a chat message's stamp.

    Attributes:
        stamped: The indices of the segments that start with a stamp naming a day or a
            time (``[2021-05-18 08:47] 刘科长：…``), or that are a pasted mail's header
            (``From: … Sent: …``): what the segmenter saw, so placing them in time need
            not look again.
    """

    __slots__ = ("stamped",)

    def __init__(self, segments: Iterable[Segment] = (), stamped: Iterable[int] = ()) -> None:
        super().__init__(segments)
        self.stamped = tuple(stamped)


def is_mail_header(text: str) -> bool:
    """Whether ``text`` starts as a pasted mail's header does (``From: …``, ``发件人：…``).

    A separator line may come first, as mail programs write it above a reply's or a
    forward's original (``-----Original Message-----``, a line of underscores).
    """
    return _starts_from_line(text) or header_block_end(text) > 0


def _starts_from_line(text: str) -> bool:
    """Whether ``text`` starts with a From line (a separator line may come first)."""
    if text[:1] in _SEPARATOR_FIRST and (line := _MAIL_SEPARATOR.match(text)) is not None:
        text = text[line.end() :]
    return text[:12].split(":", 1)[0].split("：", 1)[0].strip() in _MAIL_FROM


def mail_sender(text: str) -> str | None:
    """Who sent the pasted mail whose header ``text`` is, as its From line names them.

    ``From: Karen Holt <karen.holt@council.gov.au>`` → ``Karen Holt``; ``From: "Holt,
    Karen" <…>`` → ``Karen Holt``; an address alone stays as written. A quoted
    reply's first line (``On Tue, 26 Jul 2022 at 14:02, Dev Patel <…> wrote:``)
    names its sender too. ``None`` when ``text`` starts with neither, or its From line
    has no Sent (Date, 发送时间) line below it: ``From: Maria Okafor`` alone heads a
    memo or a quotation as often as a mail.
    """
    m = _MAIL_FROM_LINE.match(text)
    if m is not None and _MAIL_SENT_LINE.search(text, m.end()) is None:
        return None
    m = m or _QUOTED_FROM.match(text)
    if m is not None:
        return _sender_name(m.group("who") or m.group("named"))
    end = header_block_end(text)  # a saved message's Return-Path: … From: … Date: …
    who = header_from(text[:end]) if end else None
    return _sender_name(who) if who is not None else None


def _sender_name(who: str) -> str | None:
    """The name in what a From line gives (``"Holt, Karen" <…>`` → ``Karen Holt``)."""
    name = _ADDRESS.sub("", who).strip().strip("\"'").strip()
    if not name:
        return who.strip().strip("<>[]") or None
    if name.count(",") == 1:  # Holt, Karen
        last, first = (part.strip() for part in name.split(","))
        name = f"{first} {last}" if first and last else name
    return name


def stamp_end(text: str) -> int:
    """Where a chat message's leading time stamp ends in ``text``, or 0 if it has none.

    ``[2021-05-18 08:47] 刘科长：…`` → 19; WhatsApp's ``11/07/2019, 09:15 - Karen: …``
    → 20 (the blanks after a stamp included); a quoted reply's whole first line
    (``On 01/12/2022 15:02, Fiona Gallagher wrote:``); ``2019年3月15日，镇里来检查`` → 0.
    """
    m = _LEADING_STAMP.match(text) or _LEADING_HEADER.match(text)
    if m is None and text[:1] in _QUOTE_FIRST:
        m = _QUOTED_FROM.match(text)  # On 01/12/2022 15:02, Fiona Gallagher wrote:
    return m.end() if m is not None else 0


def surname_first(label: str) -> str | None:
    """``Marsh, Helen`` (a directory's display name, as Teams shows it) as ``Helen Marsh``.

    ``None`` for a label of any other form: only a chat's head line, a stamp before it,
    is read so (a plain ``Smith, Jones:`` is a list, not a person).
    """
    m = _SURNAME_FIRST.fullmatch(label)
    return f"{m.group('first')} {m.group('last')}" if m is not None else None


def head_name(label: str) -> str | None:
    """The sender a chat's head line names, surname first or with an office in brackets.

    ``Marsh, Helen`` → ``Helen Marsh``; ``Marsh, Helen (Calderbrook Council)`` →
    ``Helen Marsh (Calderbrook Council)`` (the bracket then names the actor);
    ``Helen Marsh (External)`` stays as it is, and so does a QQ nickname with its
    office first (``县民政局-周红梅(2853316604)``). ``None`` when the name before the
    bracket reads as no speaker.
    """
    base = _PARENTHETICAL.sub("", label) or label
    name = surname_first(base) or (
        base
        if is_speaker_label(base)
        # a QQ group's nickname, office first: 县民政局-周红梅(2853316604)
        or ("-" in base and is_speaker_label(base.rpartition("-")[2]))
        else None
    )
    return None if name is None else name + label[len(base) :]


#: The brackets a label may open with (a label that opens one it does not close is no name).
_OPENING_FIRST = frozenset("（(【[")
_CLOSING = frozenset("）)】]")


@lru_cache(maxsize=4096)
def is_speaker_label(label: str, names_actor: bool = False) -> bool:
    """Whether ``label`` (what a line has before its colon) reads as a speaker's name.

    Chinese labels (but for a parenthetical aside) have at most 6 characters,
    10 when they name an actor (``会后王主任对李主任说``), do not speak in the
    first person (``晚上我记下``) and do not end like a form field
    (``项目名称``, ``检查意见``); Latin ones have at most 20 characters in at
    most three words, and start with a capital.

    Args:
        label: The text before the colon, stripped.
        names_actor: Whether the label contains an actor's name or alias.
    """
    label = label.strip()
    base = _PARENTHETICAL.sub("", label) or label
    if not 0 < len(label) <= MAX_LABEL_CHARS or base.casefold() in _NOT_SPEAKERS:
        return False
    if base.lstrip(_NOTE_OPENERS).casefold() in _NOT_SPEAKERS:  # [注：…], the researcher's
        return False
    if _ROLL_CALL.search(base):  # Supervisors present:, Staff absent: a roll call
        return False
    if not any(ch.isalpha() for ch in label) or _SENTENCE_PUNCT.search(label):
        return False
    if label[0] in _OPENING_FIRST and not any(ch in _CLOSING for ch in label):
        return False  # （报送：机构） under a report's title: a bracket opened, no one's name
    if _LIST_MARKER.match(label) and not label[0].isalpha():
        return False
    if _NUMBERED_PART.match(label) or _DAY_LABEL.fullmatch(base):
        return False
    if _CJK.search(base):
        return (
            len(base) <= (MAX_NAMED_CJK_LABEL_CHARS if names_actor else MAX_CJK_LABEL_CHARS)
            and ("我" not in base or base == "我")
            and not base.endswith(_FIELD_SUFFIXES)
        )
    first = label[0]
    return not (first.isascii() and first.islower()) and len(label.split()) <= 3


class SpeakerMap:
    """Maps speaker labels to actor ids, for one source.

    A label equal to, or containing, an actor's name or alias is that actor
    (the name found first wins, the longest at a tie, so ``王主任对李主任说``
    is 王主任's; Latin names must match whole words), unless that name is a
    two-character alias closing a longer label (评估机构, 其他街道: another body
    whose name ends in 机构 or 街道). Else an
    interviewer label (问, Q, Interviewer, 访谈者, 笔者 ...) is no actor, and an
    answer label (答, A, R, 受访者, Interviewee ...) is the source's informant,
    and so is any other label of a source with an informant (``Manager:``,
    ``林主任：`` in an interview of the county or the SWO) unless it reports
    someone's words (``他说：``, ``she said:``).
    A parenthetical (``答（王主任）``) is read as part of the label.
    Before all that, ``roles`` says who a label is, as a source's front matter
    may (``speakers: {Speaker 1: interviewer, Speaker 2: swo}``,
    ``interviewer: Kate Morrison``): its labels are compared casefolded.

    Args:
        actors: The case's actors.
        informant: The actor id of the person interviewed, if any.
        roles: Labels and the actor id each stands for (None: the interviewer).
    """

    def __init__(
        self,
        actors: Sequence[Actor],
        informant: str | None = None,
        roles: Mapping[str, str | None] | None = None,
    ) -> None:
        self._names = name_patterns(actors)
        self._informant = informant
        self._cache: dict[str, str | None] = {
            label.strip(): actor for label, actor in (roles or {}).items()
        }
        self._cache.update({label.casefold(): actor for label, actor in self._cache.items()})
        self._actors = actors
        self._senders: Senders | None = None

    @property
    def senders(self) -> Senders:
        """The actors the case's mail addresses and offices stand for (built on first use)."""
        if self._senders is None:
            self._senders = Senders(self._actors)
        return self._senders

    def _named(self, label: str) -> str | None:
        """The actor whose name appears first in ``label`` (the longest name at a tie)."""
        best = self._first_name(label)
        return best[2] if best is not None else None

    def _first_name(self, label: str) -> tuple[int, int, str] | None:
        """Where the first name in ``label`` starts, minus its length, and its actor."""
        return first_named(label, self._names)

    def names_actor(self, label: str) -> bool:
        """Whether ``label`` contains an actor's name or alias."""
        return self._named(label) is not None

    def actor(self, label: str) -> str | None:
        """The actor id ``label`` stands for, or ``None``."""
        if label in self._cache:
            return self._cache[label]
        if (folded := label.casefold()) in self._cache:
            return self._cache[folded]
        base = _PARENTHETICAL.sub("", label).casefold()
        found = None
        if base not in INTERVIEWER_LABELS or base != label.casefold():
            first = self._first_name(label)
            # 评估机构, 兄弟社区: a two-character alias (机构, 社区) closing a longer label,
            # the only name in it, is the head of another body's name, not the actor's
            if first is not None and not (
                first[0] >= 2 and first[0] - first[1] == len(label) and -first[1] <= 2
                and _CJK.search(label) is not None
            ):  # fmt: skip
                found = first[2]
        if found is None and " " in label:  # Supervisor Soto: the office's actor
            found = self.senders.by_office(label)
        if found is None and (
            base in ANSWER_LABELS
            or (base not in INTERVIEWER_LABELS and not _REPORTED_SPEECH.search(base))
        ):
            found = self._informant
        self._cache[label] = found
        return found


def item_speaker(text: str, start: int, speakers: SpeakerMap) -> str | None:
    """The name a numbered item starting at ``start`` opens with, if it names an actor speaking.

    ``刘主任表示街道对评估结果没有意见`` is 刘主任's item; ``周晓汇报上半年台账`` is 周晓's;
    an item opening with anything else (``六月中旬在清河二中开…``) has no speaker.
    """
    m = _ITEM_SPEAKER.match(text, start, start + 40)
    if m is None or not speakers.names_actor(m.group("name")):
        return None
    return m.group("name")


def segment_text(
    source_id: str,
    text: str,
    actors: Sequence[Actor] = (),
    informant: str | None = None,
    roles: Mapping[str, str | None] | None = None,
) -> Segments:
    """Cut a normalised body text into paragraphs and interview turns.

    A cut is a blank line (the next segment has no speaker) or a line that
    starts with a speaker label; blanks around a cut belong to neither segment.

    Args:
        source_id: The id of the source the text belongs to.
        text: The normalised body text; offsets count code points into it.
        actors: The case's actors, to map speaker labels to actor ids.
        informant: The source's informant (answer labels map to it).
        roles: Speaker labels the source names (see :class:`SpeakerMap`).

    Returns:
        The segments in text order, indexed from 0; none is empty; with the indices of
        those that start with a chat stamp.
    """
    # minutes' roll call (Present: Helen Marsh (HM), …, CBC): whose initials open a line
    # (the cheapest test first: a roll call's Present: has a colon, and most texts' openings
    # have none; the initials' regex, tried at every position, costs the most)
    initials = (
        roll_call(text, name_patterns(actors), ROLL_WITHIN, people_by_initials(actors))
        if text.find(":", 0, ROLL_WITHIN) >= 0
        and _ROLL_HINT.search(text[:ROLL_WITHIN].lower()) is not None
        and _BRACKETED_INITIALS.search(text, 0, ROLL_WITHIN) is not None
        else {}
    )
    if initials:
        by_name = {name: actor for name, actor in initials.values() if actor is not None}
        roles = {**by_name, **(roles or {})}
    speakers = SpeakerMap(actors, informant, roles)
    # a chat copied with a rule over each day (—————  2022-3-14  —————, --- Tuesday 6 December
    # ---) heads its messages with a clock time alone: no Otter.ai transcript, though alike
    ruled = _DAY_RULE.search(text, 0, HEADED_WITHIN) is not None
    if not ruled and (turns := transcript_turns(text)) is not None:  # Otter.ai, WebVTT, SubRip
        cut = [
            Segment(source_id, i, start, end, text[start:end], who, who and speakers.actor(who))
            for i, (start, end, who) in enumerate(turns)
        ]
        if informant is not None:
            cut = _asker_unmapped(cut, speakers, informant, roles or {})
        return Segments(cut)
    new_segment = Segment._fast  # every field given: the dataclass's __init__ costs more
    segments: list[Segment] = []
    stamped: list[int] = []  # the segments that start with a chat stamp
    labels: dict[str, str | None] = {}  # raw label -> the speaker, or None if it is none
    count = text.count
    size = len(text)
    position, speaker = 0, None
    sender: str | None = None  # a pasted mail's sender: the speaker of the mail's paragraphs
    sender_actor: str | None = None  # and the actor they write for
    block = header_block_end(text)  # a saved message's Return-Path: … Date: … block
    at_stamp = not block and _starts_from_line(text)
    # A chat copied from a computer: its first lines head a message with sender and stamp.
    heads = (
        _DATED_HEADS
        if _HEADED.search(text, 0, HEADED_WITHIN) is not None
        else _RULED_HEADS
        if ruled
        else None
    )
    headed = heads is not None
    start_rx, break_rx = (heads.text_start, heads.breaks) if heads else (_TEXT_START, _BREAK)
    # a quoted reply (> …): its lines holding only > are blank (a lone ">" is looked for
    # first: one character is found by a byte search, 5-40 times sooner than "\n>")
    if ">" in text and "\n>" in text:
        break_rx = heads.breaks_quoted if heads else _BREAK_QUOTED
    in_message = False  # past a chat's first head line: its messages' lines follow
    chat: bool | None = None  # whether the text has two head lines (known when first asked)
    if block:
        # a saved message's Return-Path: … From: … Date: … block: one header, the mail's
        sender = mail_sender(text[:block])
        sender_actor = sender and (
            speakers.actor(sender) or speakers.senders.by_address(text[:block])
        )
        segments.append(new_segment(source_id, 0, 0, block, text[:block], sender, sender_actor))
        stamped.append(0)
        position = block + len(text[block:]) - len(text[block:].lstrip())
        at_stamp = False
    first = start_rx.match(text, position)  # always matches: its parts are optional
    # One loop over the cuts (a generator of cuts costs a resume per paragraph); the
    # ``None`` after the last line break is the text's end.
    for m in chain((first,) if first else (), break_rx.finditer(text, position), (None,)):
        label: str | None = None
        header = False
        if m is None:
            end = next_start = size
            next_at_stamp = False
        else:
            raw_label = m.group("label")
            if raw_label is not None and in_message and m.start("stamp") < 0:
                if chat is None:  # two head lines: a chat's messages, not a transcript's title
                    lines = (heads or _DATED_HEADS).head_lines
                    head = lines.search(text)
                    chat = head is not None and lines.search(text, head.end()) is not None
                word = raw_label.strip().rstrip("*_").rstrip()
                if chat and word.casefold() not in _TURN_LABELS and not speakers.names_actor(word):
                    raw_label = None  # a line of the message under a header (更正：…), no sender
            if raw_label is None and headed:
                raw_label = m.group("hlabel")
                header = raw_label is not None  # ``张科长 2020/2/3 09:12``, the message below
            elif raw_label is not None and m.start("colon") < 0:
                raw_label = "\n" + raw_label  # a stamp and a sender alone on their line
            if raw_label is not None:  # ("\n": its own key, as only plain names count)
                if raw_label in labels:
                    label = labels[raw_label]
                else:
                    label = raw_label.strip().rstrip("*_").rstrip()
                    if not (
                        is_speaker_label(label)
                        or (
                            raw_label[0] != "\n"
                            and is_speaker_label(label, names_actor=True)
                            and speakers.names_actor(label)
                        )
                    ):
                        label = None
                    labels[raw_label] = label
                if (
                    label is None
                    and ("," in raw_label or "(" in raw_label)
                    and (header or raw_label[0] == "\n" or m.start("stamp") >= 0)
                ):
                    # Teams' head line, ``[11/01/2022 08:52] Marsh, Helen``: Helen Marsh's;
                    # ``… Helen Marsh (Calderbrook Council)``: hers, of the office in brackets
                    label = head_name(raw_label.strip())
                elif (
                    label is not None
                    and sender is not None
                    and informant is None  # an interview by e-mail keeps its Q: and A: turns
                    and m.start("stamp") < 0
                    and label.casefold() not in _TURN_LABELS
                    and not speakers.names_actor(label)
                ):
                    label = None  # a mail's line (On the duplication: …, T: 01632 …), its sender's
            end = m.start()
            if label is not None:
                # past a chat's head line (张科长 2020/2/3 09:12, [26/04/2022 09:14] Maria
                # Okafor), a line of a message that starts like a label is the message's
                in_message = in_message or header or (raw_label or " ")[0] == "\n"
                next_start = m.start("hlabel") if header else m.start("stamp")
                next_at_stamp = next_start >= 0
                if not next_at_stamp:
                    next_start = m.end()
            elif count("\n", end, m.start("indent")) > 1:
                # a mail's header (From: … Sent: …) says when the mail below it was sent
                next_start = m.end("indent")
                next_at_stamp = (
                    raw_label.strip() in _MAIL_FROM
                    if raw_label is not None
                    else text[next_start : next_start + 1] in _SEPARATOR_FIRST
                    and is_mail_header(text[next_start : next_start + 120])
                )
                if text[next_start : next_start + 1] in _ITEM_FIRST and (
                    item := _ITEM.match(text, next_start)
                ):
                    label = item_speaker(text, item.end(), speakers)
                elif initials:  # HM confirmed that …, ACTION: PN to …
                    label = opening_initials(text, next_start, initials)
            elif (
                text[m.end("indent") : m.end("indent") + 1] in _ITEM_FIRST
                and (item := _ITEM.match(text, m.end("indent"))) is not None
                and (label := item_speaker(text, item.end(), speakers)) is not None
            ):
                # 一、陈静汇报… 二、刘主任表示… on consecutive lines: one turn each
                next_start = m.end("indent")
                next_at_stamp = False
            elif (
                initials
                and text[m.end("indent") : m.end("indent") + 1] in _INITIALS_FIRST
                and (label := opening_initials(text, m.end("indent"), initials)) is not None
            ):
                # 2. Q2 return, then HM thanked the Trust … on the next line: HM's turn
                next_start = m.end("indent")
                next_at_stamp = False
            elif (
                text[m.end("indent") : m.end("indent") + 1] in _DATED_ITEM_FIRST
                and _DATED_ITEM.match(text, m.end("indent")) is not None
            ):
                # - 1/4/2021 - contract start, then - 21/4/2021 - mobilisation meeting: a
                # chronology's items, each dated by its own day, of the same speaker
                next_start = m.end("indent")
                next_at_stamp = False
                label = speaker
            elif raw_label is not None and m.start("stamp") >= 0:
                # a chat's notice under its stamp (2022-03-14 08:21 周晓撤回了一条消息): no
                # one's message, and not part of the message above it
                next_start = m.start("stamp")
                next_at_stamp = True
            elif (
                text[m.end("indent") : m.end("indent") + 1] in _MAIL_LINE_FIRST
                and mail_sender(text[m.end("indent") : m.end("indent") + 400]) is not None
                and _MAIL_SEPARATOR.fullmatch(text, position, end + 1) is None  # not its From
            ):
                # a mail's header right under the line above (Get Outlook for iOS, then
                # ________________ and From: … Sent: …): the mail below is another's
                next_start = m.end("indent")
                next_at_stamp = True
            else:  # a line break inside a paragraph
                continue
        raw = text[position:end]
        if raw and not raw[0].isspace() and not raw[-1].isspace():
            stripped, start = raw, position  # the common case: the cuts took the blanks
        else:
            stripped = raw.strip()
            start = position + len(raw) - len(raw.lstrip())
        if stripped:
            who = speaker
            quoted = False  # a quoted reply's first line (On …, Dev Patel <…> wrote:): a stamp
            if who is None:
                # a pasted mail's paragraphs are its sender's: from its header to the next
                if at_stamp or stripped[0] in _QUOTE_FIRST:
                    named = mail_sender(stripped)
                    quoted = not at_stamp and named is not None
                    if named is not None or at_stamp:
                        sender = named
                        # a sender no actor's name is in: the actor of their address
                        sender_actor = (
                            None
                            if named is None
                            else speakers.actor(named) or speakers.senders.by_address(stripped)
                        )
                who = sender
                actor = sender_actor if who is not None else None
            else:
                actor = speakers.actor(who)
            if at_stamp or quoted:
                stamped.append(len(segments))
            segments.append(
                new_segment(
                    source_id, len(segments), start, start + len(stripped), stripped, who, actor
                )
            )
        position, speaker, at_stamp = next_start, label, next_at_stamp
    if informant is not None:
        segments = _asker_unmapped(segments, speakers, informant, roles or {})
    else:  # Dear Ms Fraser, … Yours sincerely, Jenny Docherty: the signer's
        segments = signed_letters(segments, speakers.actor)
    # 【反思】…, [注：…]: the researcher's own words, no party's
    return Segments(researcher_asides(segments), stamped)


def _asker_unmapped(
    segments: list[Segment], speakers: SpeakerMap, informant: str, roles: Mapping[str, object]
) -> list[Segment]:
    """An interview's turns of a label that asks (see :func:`asking_labels`) have no actor.

    Only a label that became the informant's for want of another reading: not one
    that names an actor, is an answer label, or is given in the front matter.
    """
    given = {label.strip().casefold() for label in roles}
    askers = {
        label
        for label in asking_labels((s.speaker, s.text) for s in segments if s.actor == informant)
        if label.casefold() not in given
        and label.casefold() not in ANSWER_LABELS
        and not speakers.names_actor(label)
    }
    if not askers:
        return segments
    return [replace(s, actor=None) if s.speaker in askers else s for s in segments]
