"""The scope of a conditional: what an *if* makes hypothetical.

A hypothetical is not an act that happened: 如果哪天镇里要我们天天报数据，我们肯定吃不消
is no reporting demand and no refusal, and *If the council ever asked us to do
their leaflets, we'd say no* is no out-of-scope task and no refusal. A cue of
the framework's ``conditional`` lexicon (如果, 要是, 假如, 万一, 假设, 倘若, 若, *if*,
*supposing* …) opens the antecedent (如果哪天镇里要我们天天报数据), which runs to a
comma, 的话 or 就; the consequent follows it (我们肯定吃不消). Both are
hypothetical, so the scope runs from the cue to the end of its sentence, or to
an earlier clause that turns back to what happened (但是, 后来, 上个月, *but*,
*last year* …). In English the clause before a postposed *if* is a consequent
too when it speaks of the unreal (*we'd say no if they asked*).

A sentence with a conditional cue is not hypothetical when it reports a real
event:

* a discourse filler: 如果说有什么变化的话，就是… (如果说 / 要说 whose consequent
  is 就是 …), 以防万一, *if anything*, *if so*, *if not*, *if any*, *as if*,
  *even if*, *if only*;
* an *if* meaning *whether*: *the council asked if we could*, *to see if*,
  *not sure if*;
* a habit told in the past or present: 每次, 总是, 一般都, 通常, 往往, 向来 in the
  sentence; in English an *if* sentence with no word of the unreal (*would*,
  *'d*, *could*, *might*, *will*, *'ll*, *should*, *were to*, *ever* …) and no
  question mark, as *if they asked, we always did*;
* a conditional someone is reported to have stated (a ``reported_speech`` cue
  before it in its sentence): 镇里说如果不按时报就扣经费 and *the council said if
  we missed the deadline they would hold back the grant* are real threats.

What lies in a scope is read as a negated hit is (:mod:`relcycle.frameworks.matching`):
an auto-coder drops it. A text none of whose characters can start a cue is not
read at all: :meth:`Conditionals.spans` costs one regex search there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from relcycle.frameworks.rules import FLAGS, SENTENCE_END

Span = tuple[int, int, int]
"""A hypothetical stretch of a text, ``[start, end)``, and where its cue starts."""
_Bounds = tuple[int, int]

_FILLER: Final = {
    "zh": re.compile(r"以防万一|防万一"),
    "en": re.compile(
        r"\b(?:if\s+anything|if\s+so|if\s+not|if\s+any|if\s+at\s+all|if\s+only|as\s+if|"
        r"even\s+if|if\s+you\s+like|if\s+you\s+will)\b",
        FLAGS,
    ),
}
"""Cue uses that are no conditional (matched at the cue, or ending on it)."""

_FILLER_SAYS: Final = re.compile(r"(?:如果|要是|若|假如)说")
"""如果说 …: a filler when its consequent identifies what was (就是, 那是 …)."""
_FILLER_THEN: Final = re.compile(r"\s*(?:那|这)?(?:就|应该|主要|可能|大概|也|还|肯定|其实)?是")
"""What follows the first comma after 如果说 in a filler (如果说…的话，就是 …)."""

_WHETHER: Final = re.compile(
    r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know|knew|knows|see|"
    r"saw|check|checks|checked|checking|enquire[ds]?|enquiring|inquire[ds]?|inquiring|"
    r"find\s+out|found\s+out|doubt|doubted|unsure|sure|clear|tell|told|decide|decided|"
    r"query|queried|test|tested)\b(?:\s+\w+){0,3}\s*$",
    FLAGS,
)
"""What comes before an *if* that means *whether* (``$``: the words end at the cue)."""

_HABIT: Final = {
    "zh": re.compile(r"每次|每回|每当|总是|总会|一般都|通常|往往|向来|一向|历来|照例|从来都"),
    "en": re.compile(r"\b(?:always|usually|generally|normally|invariably|whenever)\b", FLAGS),
}
"""Words of a habit: a conditional that tells what used to or does happen."""

_UNREAL: Final = re.compile(
    r"\b(?:would|wouldn['’]t|could|couldn['’]t|might|were\s+to|ever)\b|\w['’]d\b|\?", FLAGS
)
"""Words of the unreal in English: without one (or one of :data:`_MODAL`) an *if* tells a
habit or a fact."""
_MODAL: Final = re.compile(
    r"\b(?:would|wouldn['’]t|could|couldn['’]t|might|were\s+to|ever|will|won['’]t|"
    r"going\s+to|gonna)\b|\w['’](?:d|ll)\b|\?",
    FLAGS,
)
"""Words of what may come; *will* without *would* after a condition is a warning or a plan."""
_COMMITMENT: Final = re.compile(
    r"(?:我们|我們|我哋|机构|機構|理事会|理事會|中心|我)[^，,。！？；!?;\n]{0,6}?"
    r"(?:会|會|将|將|就不|就要|就会|可以|准备|準備|打算|决定|決定)"
)
"""A consequent in which the organisation commits itself: a warning or a plan, said."""

_BACK: Final = {
    "zh": re.compile(
        r"[，,：:]\s*(?:但是|但|可是|可|不过|然而|其实|实际上|事实上|结果|后来|上次|上个?月|"
        r"上周|去年|前年|今年|那次|当时|最后)"
    ),
    "en": re.compile(
        r"[,:]\s*(?:but|however|yet|in\s+fact|actually|in\s+the\s+end|last\s+(?:week|month|year)|"
        r"yesterday|then\s+in)\b",
        FLAGS,
    ),
}
"""A clause that turns back to what happened ends the consequent."""

_SPEECH: Final = {
    "zh": re.compile(
        r"提出|提议|建议|答应|同意|警告|威胁|强调|表态|放话|要求|规定|通知|承诺|保证|决定"
    ),
    "en": re.compile(
        r"\b(?:warn|warned|warning|threaten\w*|offer\w*|propos\w*|suggest\w*|agree[ds]?|"
        r"insist\w*|promis\w*|made\s+it\s+clear|hint\w*|impl(?:y|ied|ies)|indicat\w*|wrote|write|writes|replied|stated|stressed|"
        r"asked\s+me\s+to\s+say)\b",
        FLAGS,
    ),
}
"""A speech act before the cue (a warning, an offer, a proposal): the act is real."""

_POLITE_BEFORE: Final = re.compile(
    r"\b(?:grateful|appreciate[d]?|thankful|obliged|glad|pleased|happy|delighted|welcome|"
    r"helpful|useful|good|great|better|best|ideal|prefer|rather|mind|fine|ok|okay|willing|"
    r"prepared|content|open)\b(?:\s+\w+){0,3}\s*$",
    FLAGS,
)
"""*We'd be grateful if …*: a request made, not a hypothetical."""
_OFFER: Final = {
    "zh": re.compile(
        r"(?:说)?(?:你们|您|镇里|街道|政府)?(?:可以|方便|可能|有需要|需要|愿意|有空|有时间|合适|不介意)"
        r"(?:的话)?[，,]"
    ),
    "en": re.compile(
        r"\s+(?:you|they|the\s+\w+)\s+(?:need|needs|want|wants|like|wish|wishes|require|"
        r"requires|prefer|prefers)\b|\s+(?:needed|necessary|possible|helpful|useful|required)\b|"
        r"\s+(?:that|it|this)\s+(?:helps|would\s+help|is\s+useful|suits|works)\b",
        FLAGS,
    ),
}
"""An offer or a polite request after the cue (如果需要的话，…; *if you need*, *if needed*)."""

_NOT: Final = {
    "zh": re.compile(r"[不没未别无甭]"),
    "en": re.compile(r"\b(?:not|no|nothing|never|none|cannot)\b|n['’]t\b", FLAGS),
}
"""A negative antecedent: *if this cannot be resolved, we will …* is a warning given."""
_ANTECEDENT_END: Final = {
    "zh": re.compile(r"[，,：:]|的话|就"),
    "en": re.compile(
        r"[,:;]|\s(?=(?:we|they|i|you|it|he|she)(?:['’](?:ll|d)|\s+(?:will|would|won['’]t|"
        r"wouldn['’]t|can|could|might|shall)\b))",
        FLAGS,
    ),
}

NEAR_CUE: Final = 10
"""In a Chinese warning, a hit starting this many characters after its cue's start, or
fewer, is still in the condition (as the cue read as a negation reached)."""

_CLAUSE_START: Final = re.compile(r"[，,：:]")
_COMMA: Final = re.compile(r"[，,]")


def in_spans(spans: Sequence[Span], start: int, end: int) -> bool:
    """Whether a hit ``[start, end)`` starts in one of ``spans`` and does not hold its cue.

    A rule whose match holds the cue (*we'd help … if*, written for the
    conditional) is not made hypothetical by it, as a rule that holds its own
    negation is not negated by it.
    """
    return any(lo <= start < hi and not start <= cue < end for lo, hi, cue in spans)


class Conditionals:
    """Finds the hypothetical stretches of texts in one language.

    Args:
        cue: The ``conditional`` lexicon's pattern; ``None``: nothing is hypothetical.
        reported: The ``reported_speech`` lexicon's pattern, if any.
        lang: The texts' language (``zh``, or any other read as English).
        screen: Literals one of which every match of ``cue`` holds (a plain
            alternation, fast where the cue's lookarounds are slow): ``cue`` is
            then searched only around them, ``reach`` characters either side.
        reach: How far a match of ``cue`` reaches around its literal.
    """

    def __init__(
        self,
        cue: re.Pattern[str] | None,
        reported: re.Pattern[str] | None,
        lang: str,
        *,
        screen: re.Pattern[str] | None = None,
        reach: int = 0,
    ) -> None:
        self.cue = cue
        self.reported = reported
        self.screen = screen
        self.reach = reach + 2  # past the reach, so lookarounds see the real text
        self.zh = lang == "zh"
        key = "zh" if self.zh else "en"
        self._filler = _FILLER[key]
        self._habit = _HABIT[key]
        self._back = _BACK[key]
        self._speech = _SPEECH[key]
        self._offer = _OFFER[key]
        self._not = _NOT[key]
        self._antecedent_end = _ANTECEDENT_END[key]

    def spans(self, text: str) -> tuple[Span, ...]:
        """The hypothetical ``[start, end)`` stretches of ``text``, in order."""
        out: list[Span] = []
        done = 0  # a sentence's scope is decided by its first cue
        lo = 0  # the start of the last cue's sentence: where the next one's is looked for
        for m in self._cues(text):
            if m.start() < done:
                continue
            lo, hi = _sentence(text, m.start(), lo)
            span = self._scope(text, m, lo, hi)
            if span is not None:
                out.append((max(span[0], done), span[1], m.start()))  # apart, in order
                done = span[1]
        return tuple(out)

    def _cues(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of the cue in ``text``, in order, none overlapping."""
        cue = self.cue
        if cue is None:
            return
        if self.screen is None:
            yield from cue.finditer(text)
            return
        last = 0
        reach = self.reach
        for literal in self.screen.finditer(text):
            if literal.start() < last:
                continue
            m = cue.search(text, max(last, literal.start() - reach), literal.end() + reach)
            if m is not None and m.end() > literal.start():
                last = m.end()
                yield m

    def _scope(self, text: str, m: re.Match[str], lo: int, hi: int) -> _Bounds | None:
        """What cue ``m`` makes hypothetical in its sentence ``[lo, hi)``, if anything."""
        start = m.start()
        if self._is_filler(text, m, lo, hi) or self._habit.search(text, lo, hi):
            return None
        if self._offer.match(text, m.end(), hi):
            return None
        end = hi
        back = self._back.search(text, m.end(), hi)
        if back is not None:
            end = back.start()
        stop = self._antecedent_end.search(text, m.end(), end)
        condition_end = stop.start() if stop is not None else end
        said = self._speech.search(text, lo, start) is not None or (
            self.reported is not None and self.reported.search(text, lo, start) is not None
        )
        warning = said or self._not.search(text, m.end(), condition_end) is not None
        if self.zh:
            if warning or _COMMITMENT.search(text, condition_end, end):
                # a warning or a plan, said: only the words next to the cue are unreal
                return start, min(condition_end, start + NEAR_CUE + 1)
            return start, end
        before = text[lo:start]
        if warning or _WHETHER.search(before) or _POLITE_BEFORE.search(before):
            return None
        if _CLAUSE_START.search(before) is None and _MODAL.search(before):  # we'd … if …
            return (lo, end) if _UNREAL.search(before) else None
        if _UNREAL.search(text, start, end):
            return start, end
        return None  # no word of the unreal (a habit, a fact), or a warning with will

    def _is_filler(self, text: str, m: re.Match[str], lo: int, hi: int) -> bool:
        around = self._filler.search(text, max(lo, m.start() - 6), min(hi, m.end() + 40))
        if around is not None and around.start() <= m.start() < around.end() + 1:
            return True
        if self.zh:
            says = _FILLER_SAYS.match(text, m.start())
            comma = _COMMA.search(text, says.end(), hi) if says is not None else None
            if comma is not None and _FILLER_THEN.match(text, comma.end(), hi):
                return True
        return False


def _sentence(text: str, at: int, lo: int = 0) -> _Bounds:
    """The ``[lo, hi)`` bounds of the sentence holding ``at``, which starts at ``lo`` or after."""
    for end in SENTENCE_END.finditer(text, lo, at):
        lo = end.end()
    after = SENTENCE_END.search(text, at)
    return lo, after.end() if after else len(text)
