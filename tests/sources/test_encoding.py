from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from relcycle.errors import SourceReadError
from relcycle.sources.encoding import decode

FIXTURES = Path(__file__).parents[1] / "data" / "encodings"

# fixture file -> the encoding it must be detected as (GBK is read by its superset GB18030)
DETECTED = {
    "note.utf-8.txt": "utf-8",
    "short.utf-8.txt": "utf-8",
    "traditional.utf-8.txt": "utf-8",
    "note.utf-8-sig.txt": "utf-8-sig",
    "short.utf-8-sig.txt": "utf-8-sig",
    "note.utf-16-le.txt": "utf-16-le",
    "short.utf-16-be.txt": "utf-16-be",
    "note.gb18030.txt": "gb18030",
    "short.gb18030.txt": "gb18030",
    "beyond-gbk.gb18030.txt": "gb18030",
    "interview.gbk.txt": "gb18030",
    "short.gbk.txt": "gb18030",
    "note.big5.txt": "big5",
    "short.big5.txt": "big5",
    "note.cp1252.txt": "cp1252",
    "short.cp1252.txt": "cp1252",
}


def test_every_fixture_is_listed() -> None:
    on_disk = {p.name for p in FIXTURES.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert on_disk == set(DETECTED)


@pytest.mark.parametrize("name", sorted(DETECTED))
def test_fixture_reads_back_exactly(name: str) -> None:
    text, encoding = decode((FIXTURES / name).read_bytes(), name)
    expected = (FIXTURES / "expected" / name).read_bytes().decode("utf-8")
    assert encoding == DETECTED[name]
    assert text == expected


@pytest.mark.parametrize(
    "text",
    [
        "好",
        "张三",
        "镇政府",
        "项目中期评估",
        "合同续签的事还没定",
        "问：你们和镇里的关系怎么样？\n答：还可以吧。",
        "去年三月新主任来了以后，审批就严了很多。",
    ],
)
@pytest.mark.parametrize("codec", ["gb18030", "gbk"])
def test_short_simplified_chinese_is_gb18030(text: str, codec: str) -> None:
    assert decode(text.encode(codec), "x.md") == (text, "gb18030")


@pytest.mark.parametrize(
    "text",
    [
        "這個項目",
        "機構",
        "謝謝",
        "政府購買服務",
        "問：你們和鎮裡的關係怎麼樣？",
        "菜價漲了",  # as GB18030: 垫基害 and a private-use character
    ],
)
def test_short_traditional_chinese_is_big5(text: str) -> None:
    assert decode(text.encode("big5"), "x.md") == (text, "big5")


def test_utf32_with_bom() -> None:
    data = codecs.BOM_UTF32_LE + "社工".encode("utf-32-le")
    assert decode(data, "x.md") == ("社工", "utf-32-le")


def test_ascii_is_utf8() -> None:
    assert decode(b"plain text\n", "x.md") == ("plain text\n", "utf-8")


def test_empty_file_is_refused() -> None:
    with pytest.raises(SourceReadError, match=r"^sources/x\.md: is empty"):
        decode(b"", "sources/x.md")


def test_undecodable_bytes_name_the_offset() -> None:
    with pytest.raises(SourceReadError) as info:
        decode(b"hello \x81\n", "sources/x.md")
    assert str(info.value) == (
        "sources/x.md:1: cannot be decoded: byte 0x81 at byte offset 6 is not valid UTF-8, "
        "and the file is not valid GB18030/GBK, Big5 or cp1252 either; re-save it as UTF-8"
    )


def test_a_damaged_byte_names_its_line() -> None:
    good = "镇里要求每周上报台账，活动方案要提前审批。\n".encode()
    with pytest.raises(SourceReadError, match=r"^sources/x\.md:4: is not valid UTF-8"):
        decode(b"---\ndate: 2020-01-01\n---\n" + good[:9] + b"\xff" + good, "sources/x.md")


def test_damaged_utf8_is_refused_not_read_as_mojibake() -> None:
    good = "镇里要求每周上报台账，活动方案要提前审批。".encode()
    data = good + b"\xff" + good
    with pytest.raises(SourceReadError) as info:
        decode(data, "sources/x.md")
    assert str(info.value) == (
        f"sources/x.md:1: is not valid UTF-8: byte 0xff at byte offset {len(good)} is damaged, "
        "while the rest reads as UTF-8; repair that byte or re-save the file as UTF-8"
    )


def test_bad_utf16_names_the_offset() -> None:
    data = codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8"  # a lone surrogate
    with pytest.raises(SourceReadError, match=r"not valid utf-16-le .* byte offset 6"):
        decode(data, "sources/x.md")


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(SourceReadError) as info:
        decode(b"abc\x00\x01\x02", "sources/x.md")
    assert str(info.value) == (
        "sources/x.md: is not a text file: NUL byte at byte offset 3 (binary data, or UTF-16 "
        "without a byte-order mark); save it as UTF-8 text"
    )


@pytest.mark.parametrize(
    ("magic", "what"),
    [
        (b"%PDF-1.7\n", "a PDF file; name it .pdf"),
        (b"PK\x03\x04rest", "a zip archive"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1", "an old Word/Office file"),
    ],
)
def test_known_binary_formats_are_named(magic: bytes, what: str) -> None:
    with pytest.raises(SourceReadError, match=f"is not a text file: it looks like {what}"):
        decode(magic, "sources/x.md")


def test_hong_kong_text_in_big5_hkscs_is_not_read_as_gb18030() -> None:
    # 嘅 哋 咗 啲 are outside plain Big5; GB18030 reads the bytes as mojibake.
    text = "答：社會福利署嗰陣要我哋每個月交報告，佢哋唔理我哋嘅意見，咗好多時間喺文件度。"
    assert decode(text.encode("big5hkscs"), "x.md") == (text, "big5hkscs")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [
        "---\ndate: 2023-02-28\n---\nFrom: Greg\r\nWe’ll meet on Tuesday – bring “numbers”.\r\n",
        "---\ndate: 2019-03-15\n---\n一、社會局要求每月填報。\n二、活動一律事先核定。\n",
    ],
)
def test_utf16_without_a_byte_order_mark_is_read(text: str, codec: str) -> None:
    assert decode(text.encode(codec), "x.md") == (text, codec)


def test_nul_bytes_that_make_no_utf16_text_are_still_binary() -> None:
    data = b"SQLite format 3\x00" + bytes(range(256)) * 4
    with pytest.raises(SourceReadError, match="is not a text file: NUL byte at byte offset 15"):
        decode(data, "sources/x.md")
