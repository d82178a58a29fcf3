"""The dictionary coder reads ``after`` rules with the codes of the turn a segment answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from relcycle import read_case
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.coding.dictionary.after import is_answer_turn, turns_before
from relcycle.coding.dictionary.columns import Codings
from relcycle.domain import Actor, Case, Segment
from relcycle.examples import example_path
from relcycle.frameworks import Framework, load_framework

FRAMEWORK = {
    "id": "replies",
    "version": "1",
    "title": {"zh": "回复", "en": "Replies"},
    "codes": [
        {
            "id": "gov.control",
            "label": {"zh": "控制", "en": "Control"},
            "family": "behaviour",
            "applies_to": "government",
            "rules": {"zh": ["台账"], "en": ["monitoring returns"]},
        },
        {
            "id": "gov.control.staffing",
            "parent": "gov.control",
            "label": {"zh": "借调", "en": "Staffing"},
            "family": "behaviour",
            "applies_to": "government",
            "rules": {"zh": ["派两个人"], "en": ["send two staff"]},
        },
        {
            "id": "gov.thanks",
            "label": {"zh": "致谢", "en": "Thanks"},
            "family": "behaviour",
            "applies_to": "government",
            "rules": {"zh": ["辛苦了"], "en": ["thank you"]},
        },
        {
            "id": "swo.comply",
            "label": {"zh": "服从", "en": "Comply"},
            "family": "behaviour",
            "applies_to": "social_org",
            "rules": {
                "zh": ["照办", {"re": "^\\s*(好的|收到)", "after": "gov.control"}],
                "en": [{"re": "^\\s*(ok|will do)\\b", "after": ["gov.control"]}],
            },
        },
        {
            "id": "gov.ask",
            "label": {"zh": "征求意见", "en": "Ask"},
            "family": "behaviour",
            "applies_to": "government",
            "rules": {"zh": [{"term": "你们怎么看", "by": "government"}]},
        },
        {
            "id": "gov.yield",
            "label": {"zh": "让步", "en": "Yield"},
            "family": "behaviour",
            "applies_to": "government",
            "rules": {"zh": [{"re": "^\\s*那就算了", "after": "swo.comply"}]},
        },
    ],
}


@pytest.fixture(scope="module")
def framework(tmp_path_factory: pytest.TempPathFactory) -> Framework:
    path: Path = tmp_path_factory.mktemp("after") / "replies.yaml"
    path.write_text(yaml.safe_dump(FRAMEWORK, allow_unicode=True), encoding="utf-8")
    return load_framework(path)


def _case(lang: str) -> Case:
    actors = (
        Actor("town", "镇政府", "government"),
        Actor("swo", "社工站", "social_org"),
        Actor("resident", "居民", "community"),
    )
    return Case("c", "c", lang, "month", date(2020, 1, 1), date(2020, 12, 31), actors)


def _turns(*turns: tuple[str | None, str | None, str], source: str = "chat.md") -> list[Segment]:
    out: list[Segment] = []
    at = 0
    for n, (speaker, actor, text) in enumerate(turns):
        out.append(Segment(source, n, at, at + len(text), text, speaker, actor))
        at += len(text) + 1
    return out


def _coded(
    framework: Framework, segments: list[Segment], lang: str = "zh"
) -> list[tuple[int, str]]:
    coder = DictionaryCoder(framework=framework).fit(_case(lang))
    got = list(coder.predict(segments))
    one_by_one = [c for s in segments for c in coder._code(s, lang)]
    extra = coder._after(segments, lang, Codings([one_by_one]))
    place = {(s.source_id, s.index): n for n, s in enumerate(segments)}
    # a segment's codings of rules that read the turn follow its others, on both paths
    assert got == sorted(
        one_by_one + extra,
        key=lambda c: (place[c.source_id, c.segment_index], c.start, -c.end, c.code),
    )
    return [(c.segment_index, c.code) for c in got]


def test_a_reply_after_a_demand_is_coded_and_after_thanks_it_is_not(framework: Framework) -> None:
    segments = _turns(
        ("蒋干事", "town", "明天请社工站派两个人过来帮忙。"),
        ("何静", "swo", "好的，我们安排。"),
        ("蒋干事", "town", "辛苦了。"),
        ("何静", "swo", "好的。"),
    )
    assert _coded(framework, segments) == [
        (0, "gov.control.staffing"),
        (1, "swo.comply"),
        (2, "gov.thanks"),
    ]


def test_a_reply_answers_the_last_turn_of_another_speaker(framework: Framework) -> None:
    segments = _turns(
        ("蒋干事", "town", "这周的台账周五前交。"),
        (None, None, "2020-03-02"),
        ("何静", "swo", "我问一下同事。"),
        ("何静", "swo", "收到。"),
    )
    assert turns_before(segments) == [None, None, 0, 0]
    assert (3, "swo.comply") in _coded(framework, segments)


def test_no_turn_before_within_one_side_or_without_a_speaker(framework: Framework) -> None:
    roles = {"town": "government", "swo": "social_org"}
    within = _turns(("何静", "swo", "台账今天交一下。"), ("小唐", "swo", "收到。"))
    assert turns_before(within, roles) == [None, None]
    assert _coded(framework, within) == [(0, "gov.control")]
    notes = _turns((None, None, "镇里要求交台账。"), (None, None, "收到。"))
    assert turns_before(notes, roles) == [None, None]
    # too far back: more than REACH segments of the same speaker
    far = _turns(
        ("蒋干事", "town", "台账周五交。"), *[("何静", "swo", "嗯")] * 3, ("何静", "swo", "收到")
    )
    assert turns_before(far, roles)[-1] is None


def test_a_code_of_the_other_side_is_not_given_to_the_speaker(framework: Framework) -> None:
    # the council's own 好的 after the council's demand is no SWO compliance
    segments = _turns(("蒋干事", "town", "台账周五交。"), ("周主任", "town", "好的。"))
    assert _coded(framework, segments) == [(0, "gov.control")]
    # a resident's 好的 answers the demand too (no party role): the rule's code stands
    segments = _turns(("蒋干事", "town", "台账周五交。"), ("王阿姨", "resident", "好的。"))
    assert (1, "swo.comply") in _coded(framework, segments)


def test_a_reply_can_answer_a_reply(framework: Framework) -> None:
    segments = _turns(
        ("蒋干事", "town", "台账周五交。"),
        ("何静", "swo", "好的。"),
        ("蒋干事", "town", "那就算了，下周再说。"),
    )
    assert _coded(framework, segments) == [
        (0, "gov.control"),
        (1, "swo.comply"),
        (2, "gov.yield"),
    ]


def test_english_replies_and_sources_read_apart(framework: Framework) -> None:
    first = _turns(("Karen", "town", "Please send two staff on Monday."), source="a.md")
    second = _turns(("Sam", "swo", "OK, will do."), source="b.md")
    assert _coded(framework, first + second, "en") == [(0, "gov.control.staffing")]
    both = _turns(("Karen", "town", "Please send two staff on Monday."), ("Sam", "swo", "OK."))
    coded = _coded(framework, both, "en")
    assert coded == [(0, "gov.control.staffing"), (1, "swo.comply")]


def test_a_by_rule_codes_turns_of_its_speakers_only(framework: Framework) -> None:
    segments = _turns(
        ("蒋干事", "town", "活动方案你们怎么看？"),
        ("何静", "swo", "那你们怎么看？"),
        (None, None, "会上有人问：你们怎么看？"),
        ("某人", None, "你们怎么看？"),
    )
    assert _coded(framework, segments) == [(0, "gov.ask")]


def test_an_interview_answer_is_not_read_by_the_speakers_role(framework: Framework) -> None:
    segments = _turns(("问", None, "当时怎么样？"), ("答", "town", "我问他们：你们怎么看？"))
    assert is_answer_turn(segments[1]) and not is_answer_turn(segments[0])
    assert _coded(framework, segments) == []
    named = _turns(("蒋干事", "town", "我问他们：你们怎么看？"))
    assert _coded(framework, named) == [(0, "gov.ask")]


def test_a_code_the_other_rules_found_in_the_turn_is_not_added_again(
    framework: Framework,
) -> None:
    # 照办 finds compliance on its own; the reply's 好的 adds no second coding of it
    segments = _turns(("蒋干事", "town", "台账周五交。"), ("何静", "swo", "好的，照办。"))
    assert _coded(framework, segments) == [(0, "gov.control"), (1, "swo.comply")]
    coder = DictionaryCoder(framework=framework).fit(_case("zh"))
    [found] = [c for c in coder.predict(segments) if c.segment_index == 1]
    assert found.rule == "照办"


def test_a_traditional_chat_is_read_as_its_simplified_twin(framework: Framework) -> None:
    # predict converts the text once for both passes; _after on given turns converts them
    simplified = _turns(
        ("蒋干事", "town", "明天请社工站派两个人过来帮忙。"),
        ("何静", "swo", "好的，我们安排。"),
        ("蒋干事", "town", "那就算了。"),
    )
    traditional = _turns(
        ("蔣幹事", "town", "明天請社工站派兩個人過來幫忙。"),
        ("何靜", "swo", "好的，我們安排。"),
        ("蔣幹事", "town", "那就算了。"),
    )
    coder = DictionaryCoder(framework=framework).fit(_case("zh"))
    got = list(coder.predict(traditional))
    assert got == list(coder.predict(simplified))
    assert [(c.segment_index, c.code) for c in got] == _coded(framework, simplified)
    assert (1, "swo.comply") in [(c.segment_index, c.code) for c in got]
    # the plain path converts the given (Traditional) turns itself
    others = [c for c in got if c.code != "swo.comply"]
    assert coder._after(traditional, "zh", Codings([others])) == [
        c for c in got if c.code == "swo.comply"
    ]


def test_the_built_in_framework_on_the_l_town_case_in_bulk_and_one_by_one() -> None:
    # interviews (问/答), minutes and chats: the turn pass gives the same codings both ways
    data = read_case(example_path("ltown"))
    segments = [s for source in data.sources for s in source.segments]
    coder = DictionaryCoder(framework=load_framework()).fit(data.case)
    got = coder.predict(segments)
    one_by_one = [c for s in segments for c in coder._code(s, coder._lang_of(s, None))]
    extra = coder._after(segments, None, Codings([one_by_one]))
    place = {(s.source_id, s.index): n for n, s in enumerate(segments)}
    assert list(got) == sorted(
        one_by_one + extra,
        key=lambda c: (place[c.source_id, c.segment_index], c.start, -c.end, c.code),
    )
    assert extra  # the case has replies the turn rules read
