"""Replies told by the turn they answer (``exchanges.yaml``), coded as chats by the coder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import yaml

from relcycle.coding.dictionary import DictionaryCoder
from relcycle.domain import Actor, Case, Segment
from relcycle.frameworks import Framework, load_framework

EXCHANGES = Path(__file__).with_name("exchanges.yaml")
SPEAKERS = {"gov": ("蒋干事", "town"), "swo": ("何静", "swo"), "community": ("王阿姨", "resident")}
OTHER_SWO = ("小唐", "swo")  # a second worker: the SWO talking to itself
_CODERS: dict[tuple[int, str], DictionaryCoder] = {}  # fitted once per framework and language


@dataclass(frozen=True)
class Exchange:
    """One exchange: its language, turns (side, text), the code its last turn should get."""

    lang: str
    turns: tuple[tuple[str, str], ...]
    last: str
    miss: str = ""
    round: str = ""

    def found(self, coded: set[str]) -> bool:
        """Whether the last turn's behaviour codes are what the exchange expects."""
        behaviour = {c for c in coded if c.startswith(("gov.", "swo."))}
        if self.last == "none":
            return not behaviour
        return any(c == self.last or c.startswith(self.last + ".") for c in behaviour)


def exchanges() -> list[Exchange]:
    data = yaml.safe_load(EXCHANGES.read_text(encoding="utf-8"))
    return [
        Exchange(
            e["lang"],
            tuple((side, text) for side, text in e["turns"]),
            e["last"],
            e.get("miss", ""),
            str(e.get("round", "")),
        )
        for e in data["exchanges"]
    ]


def case(lang: str) -> Case:
    actors = (
        Actor("town", "镇政府", "government"),
        Actor("swo", "社工站", "social_org"),
        Actor("resident", "居民", "community"),
    )
    return Case("x", "exchanges", lang, "month", date(2020, 1, 1), date(2020, 12, 31), actors)


def last_codes(framework: Framework, exchange: Exchange) -> set[str]:
    """The codes the exchange's last turn is given, read as one chat."""
    segments: list[Segment] = []
    at = 0
    previous = None
    for n, (side, text) in enumerate(exchange.turns):
        speaker, actor = SPEAKERS[side]
        if side == previous == "swo":
            speaker, actor = OTHER_SWO
        previous = side
        segments.append(Segment("chat.md", n, at, at + len(text), text, speaker, actor))
        at += len(text) + 1
    key = (id(framework), exchange.lang)
    coder = _CODERS.get(key)
    if coder is None:
        coder = _CODERS[key] = DictionaryCoder(framework=framework).fit(case(exchange.lang))
    last = len(segments) - 1
    return {c.code for c in coder.predict(segments) if c.segment_index == last}


READ = [e for e in exchanges() if not e.miss]


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_framework()


@pytest.mark.parametrize("exchange", READ, ids=[e.turns[-1][1][:24] for e in READ])
def test_the_reply_is_coded_by_what_it_answers(framework: Framework, exchange: Exchange) -> None:
    coded = last_codes(framework, exchange)
    assert exchange.found(coded), (exchange.turns, exchange.last, sorted(coded))


def test_every_kind_of_reply_is_probed() -> None:
    wanted = {e.last for e in READ}
    assert {"swo.comply.follow", "gov.concede.yield", "swo.resist.refuse", "none"} <= wanted
    assert {e.lang for e in READ} == {"zh", "en"}


if __name__ == "__main__":  # counts per round: python tests/frameworks/test_framework_exchanges.py
    framework = load_framework()
    tally: dict[str, list[int]] = {}
    for e in exchanges():
        counts = tally.setdefault(e.round, [0, 0])
        counts[0] += e.found(last_codes(framework, e))
        counts[1] += 1
    for name, (right, n) in tally.items():
        print(f"round {name}: {right}/{n} read right")
