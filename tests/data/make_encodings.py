"""Write the encoding fixtures in tests/data/encodings/ (run once; the outputs are committed).

Each fixture is a text written in one encoding (named .txt, as ruff would try to
format a .md file as Markdown); ``expected/NAME`` holds the
same text in UTF-8, which is what reading the fixture must give back exactly.
Run from anywhere: ``python tests/data/make_encodings.py``.
"""

from __future__ import annotations

import codecs
from pathlib import Path

HERE = Path(__file__).parent / "encodings"

ZH_NOTE = """\
---
date: 2018-03-15
kind: field_note
title: 文化中心周例会
---
上午九点到文化中心，李主任和两位社工已经在会议室。镇里宣传办的王主任来得晚一些。

王主任说，从下个月开始，中心每周五之前要把下周的活动方案报给宣传办审批，活动结束后还要交台账和照片。

社工小张私下跟我说：这样一来，很多临时和居民商量的活动就办不成了。
"""

ZH_SHORT = "今天下午去了文化中心。\n社工说镇里又要台账了。\n"

ZH_INTERVIEW = """\
问：项目刚开始的时候，你们和镇里的关系怎么样？
答：一开始挺好的，他们不太管我们，活动怎么做由我们自己定。
问：后来呢？
答：后来换了领导，审批就多起来了。
"""

ZH_TRADITIONAL = """\
今天下午到社區服務中心開會，政府的代表說明年的經費還沒有確定。
社工們覺得很難安排下半年的活動。
"""

ZH_TRADITIONAL_SHORT = "問：你們覺得怎麼樣？\n答：還可以。\n"

ZH_GB18030_ONLY = "档案里写着“㐀”字和欧元符号€，只有 GB18030 能写下这些。\n"

EN_CP1252 = """\
Field note \u2013 15 March 2018

The director said the town\u2019s \u201cweekly ledger\u201d was now compulsory \u2014 every
activity plan goes to the propaganda office first. Caf\u00e9 meeting at 10:30; na\u00efve
of us to think the r\u00e9sum\u00e9 of last year would be enough.
"""

EN_CP1252_SHORT = (
    "Met the director at the caf\u00e9 \u2014 \u201cno more plans without approval\u201d.\n"
)

# name: (text, codec, bytes to put first, line end)
FIXTURES: dict[str, tuple[str, str, bytes, str]] = {
    "note.utf-8.txt": (ZH_NOTE, "utf-8", b"", "\n"),
    "short.utf-8.txt": (ZH_SHORT, "utf-8", b"", "\n"),
    "note.utf-8-sig.txt": (ZH_NOTE, "utf-8", codecs.BOM_UTF8, "\n"),
    "short.utf-8-sig.txt": (ZH_SHORT, "utf-8", codecs.BOM_UTF8, "\n"),
    "note.utf-16-le.txt": (ZH_NOTE, "utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
    "short.utf-16-be.txt": (ZH_SHORT, "utf-16-be", codecs.BOM_UTF16_BE, "\n"),
    "note.gb18030.txt": (ZH_NOTE, "gb18030", b"", "\r\n"),
    "short.gb18030.txt": (ZH_SHORT, "gb18030", b"", "\n"),
    "beyond-gbk.gb18030.txt": (ZH_GB18030_ONLY, "gb18030", b"", "\n"),
    "interview.gbk.txt": (ZH_INTERVIEW, "gbk", b"", "\n"),
    "short.gbk.txt": (ZH_SHORT, "gbk", b"", "\n"),
    "note.big5.txt": (ZH_TRADITIONAL, "big5", b"", "\n"),
    "short.big5.txt": (ZH_TRADITIONAL_SHORT, "big5", b"", "\n"),
    "traditional.utf-8.txt": (ZH_TRADITIONAL, "utf-8", b"", "\n"),
    "note.cp1252.txt": (EN_CP1252, "cp1252", b"", "\r\n"),
    "short.cp1252.txt": (EN_CP1252_SHORT, "cp1252", b"", "\n"),
}


def main() -> None:
    """Write every fixture and its expected UTF-8 text."""
    (HERE / "expected").mkdir(parents=True, exist_ok=True)
    for name, (text, codec, prefix, line_end) in FIXTURES.items():
        written = text.replace("\n", line_end)
        (HERE / name).write_bytes(prefix + written.encode(codec))
        (HERE / "expected" / name).write_bytes(written.encode("utf-8"))


if __name__ == "__main__":
    main()
