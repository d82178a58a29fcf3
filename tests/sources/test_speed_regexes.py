"""Regexes compiled from stored code are ``re.compile``'s (timeexpr/regexes.py)."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from relcycle.sources.timeexpr import regexes
from relcycle.sources.timeexpr.find import default_scanner
from relcycle.sources.timeexpr.regexes import RegexStore

PATTERNS = [
    r"(?=[12一二])(?<![\d.])(?P<y>(?:19|20)\d\d)\s?年(?P<m>[0-9]{1,2})?",
    r"(?<![A-Za-z])(?i:jan(?:uary)?|feb(?:ruary)?)\s(?P<d>\d{1,2})(?![a-z])",
    r"[\s\S]{0,15}?(?=[上下])(?P<r0>(上|下)个?月)|(?P<r1>本月)",
    r"(?<=\bin\s)(?:19|20)\d\d\Z",
]
TEXTS = ["2018年3月", "上个月 本月", "in January 12 and feb 3", "was in 2019", "x 20199年"]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b  # equal flags, pattern and code
    assert (a.groups, a.groupindex, a.flags) == (b.groups, b.groupindex, b.flags)
    for text in TEXTS:
        for pos in range(len(text)):
            got, want = a.match(text, pos), b.match(text, pos)
            assert (got and got.regs) == (want and want.regs)


def test_a_pattern_compiled_and_then_read_is_re_compile_s(tmp_path: Path) -> None:
    first = RegexStore("rules", tmp_path)
    for pattern in PATTERNS:
        _same(first.compile(pattern), re.compile(pattern))
    assert first.compiled == len(PATTERNS)
    again = RegexStore("rules", tmp_path)
    for pattern in PATTERNS:
        _same(again.compile(pattern), re.compile(pattern))
    assert again.compiled == 0  # every one read from the file


def test_what_a_store_compiled_after_its_last_write_a_later_one_writes(tmp_path: Path) -> None:
    first = RegexStore("rules", tmp_path)
    for pattern in PATTERNS[:3]:  # written after the 1st and the 2nd
        first.compile(pattern)
    second = RegexStore("rules", tmp_path)
    for pattern in PATTERNS[:3]:
        _same(second.compile(pattern), re.compile(pattern))
    assert second.compiled == 1  # the third, written now
    third = RegexStore("rules", tmp_path)
    for pattern in PATTERNS[:3]:
        third.compile(pattern)
    assert third.compiled == 0


def test_two_stores_of_one_name_keep_what_each_compiled(tmp_path: Path) -> None:
    one, two = RegexStore("rules", tmp_path), RegexStore("rules", tmp_path)
    one.compile(PATTERNS[0])
    two._read()  # read before the other wrote: it merges when it writes
    two.compile(PATTERNS[1])
    third = RegexStore("rules", tmp_path)
    for pattern in PATTERNS[:2]:
        _same(third.compile(pattern), re.compile(pattern))
    assert third.compiled == 0


def test_a_bad_or_foreign_file_is_compiled_over(tmp_path: Path) -> None:
    RegexStore("rules", tmp_path).compile(PATTERNS[0])
    (path,) = tmp_path.iterdir()
    path.write_bytes(b"\x00garbage")
    store = RegexStore("rules", tmp_path)
    _same(store.compile(PATTERNS[0]), re.compile(PATTERNS[0]))
    assert store.compiled == 1
    foreign = marshal.loads(path.read_bytes())
    foreign[""] = "another python"
    path.write_bytes(marshal.dumps(foreign))
    store = RegexStore("rules", tmp_path)
    _same(store.compile(PATTERNS[0]), re.compile(PATTERNS[0]))
    assert store.compiled == 1


def test_the_file_keeps_each_pattern_under_its_text_and_names_the_build(tmp_path: Path) -> None:
    store = RegexStore("rules", tmp_path)
    store.compile(PATTERNS[0])
    store.compile(PATTERNS[1])
    (path,) = tmp_path.iterdir()
    stored = marshal.loads(path.read_bytes())
    assert set(stored) == {"", PATTERNS[0], PATTERNS[1]}
    assert stored[""] == regexes._BUILD


def test_other_rules_replace_the_file_and_no_folder_means_re_compile(tmp_path: Path) -> None:
    RegexStore("rules", tmp_path).compile(PATTERNS[0])
    (old,) = tmp_path.iterdir()
    RegexStore("edited rules", tmp_path).compile(PATTERNS[0])
    (new,) = tmp_path.iterdir()
    assert new != old
    nowhere = RegexStore("rules", None)
    _same(nowhere.compile(PATTERNS[2]), re.compile(PATTERNS[2]))
    unwritable = RegexStore("rules", tmp_path / "missing")
    _same(unwritable.compile(PATTERNS[3]), re.compile(PATTERNS[3]))
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("size", [0, 15, 40, 63])
def test_the_default_scanner_s_regexes_are_re_compile_s(size: int) -> None:
    scanner = default_scanner()
    for family, probes in zip(scanner._families, scanner._probes, strict=True):
        for regex in family.regexes:
            assert regex == re.compile(regex.pattern)
        probe = next(iter(probes.values()))
        regex = probe.regex(size)
        assert regex == re.compile(regex.pattern)
    prescan = scanner._prescan
    for regex in [prescan._ascii, prescan._other, *prescan._ascii_each]:
        assert regex == re.compile(regex.pattern)
