"""Six case folders written from case-format.md alone, by outside testers (nineteenth round).

Each mixes the encodings and forms people really save: a WeChat export in
GB18030, a Big5 supervision note named by its Republic-of-China date, a
Cantonese field note in GB18030 (with 㗎, which GBK lacks), UTF-16 exports
with a byte-order mark, LINE's UTF-8 export with one, .docx tables and .pdf
letters with sidecars. Only what the reader promises is checked here; the
stages these cases should yield are bench/stage_accuracy.py's business.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from relcycle import read_case

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"

ENCODINGS = {
    "cixi-jujia-yanglao-zh": {"wechat-xiangmuqun-2022-10-2022-12.txt": "gb18030"},
    "llandaff-youth-mediation-wales": {"team-whatsapp-aug-2022.txt": "utf-16-le"},
    "mandeville-golden-age-jm": {"2023-04-13-radio-call-in-transcript.txt": "utf-16-le"},
    "shamshuipo-elderly-hk-mixed": {
        "2021-05-27-field-note-courtesy-visit.md": "gb18030",
        "2022-03-02-field-note-inspection.md": "utf-16-le",
    },
    "thrissur-palliative-in": {"interview-nurse-bindu.txt": "utf-16-le"},
    "xinbei-ershao-anzhi-tw": {
        "督導紀錄-1120705.txt": "big5",
        "line-export-qinghe-ershaoke-113-01-02.txt": "utf-8-sig",
    },
}


@pytest.mark.parametrize("case_id", sorted(ENCODINGS))
def test_each_source_is_read_in_its_own_encoding(case_id: str) -> None:
    data = read_case(CASES / case_id)
    found = {
        p.source.id: p.source.encoding
        for p in data.sources
        if p.source.encoding not in ("utf-8", "docx", "pdf")
    }
    assert found == ENCODINGS[case_id]
    assert all(p.segments for p in data.sources)


def test_gb18030_text_beyond_gbk_and_chat_speakers_survive() -> None:
    data = read_case(CASES / "shamshuipo-elderly-hk-mixed")
    note = next(p for p in data.sources if p.source.id.startswith("2021-05-27"))
    assert "㗎" in note.source.text and "courtesy visit" in note.source.text

    chat = next(
        p
        for p in read_case(CASES / "cixi-jujia-yanglao-zh").sources
        if p.source.id == "wechat-xiangmuqun-2022-10-2022-12.txt"
    )
    # "2022/10/02 07:40 周逸凡：…": the colon in the time is not the speaker's
    assert chat.segments[0].speaker == "周逸凡"
    assert chat.segments[0].text.startswith("2022/10/02 07:40 周逸凡：")


def test_roc_dates_in_a_taiwanese_official_letter_are_placed() -> None:
    from relcycle.sources.folder import CaseFolder

    letter = next(
        p
        for p in CaseFolder(CASES / "xinbei-ershao-anzhi-tw").iter_sources()
        if p.source.id.startswith("2023-04-12-gongwen")
    )
    named = {
        s.text.split("：", 1)[0]: (a.start.isoformat(), a.provenance)
        for s, a in zip(letter.segments, letter.anchors, strict=True)
        if "發文日期" in s.text
    }
    # 中華民國112年4月12日 is 2023-04-12, named by the text, not taken from the file
    assert named == {"發文日期": ("2023-04-12", "text")}
