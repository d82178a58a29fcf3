"""nanhu-guiyuan-reversal-zh: the 换届 its interviews date things by is the one in events.csv."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from relcycle.sources.folder import CaseFolder

NANHU = Path(__file__).resolve().parents[1] / "data/cases/nanhu-guiyuan-reversal-zh"
#: The answers that begin 去年换届以后 (新书记来了之后 …), by source id.
ANSWERS = {"2023-02-20-访谈-一线社工刘婷.txt": 1, "2023-05-18-访谈-和光张敏主任.md": 3}


def _anchors(folder: Path) -> dict[str, tuple[date, date, str | None, str | None]]:
    reader = CaseFolder(folder)
    found = {}
    for parsed in reader.iter_sources():
        index = ANSWERS.get(parsed.source.id)
        if index is not None:
            anchor = parsed.anchors[index]
            assert "去年换届以后" in parsed.segments[index].text
            found[parsed.source.id] = (anchor.start, anchor.end, anchor.expression, anchor.note)
    assert found.keys() == ANSWERS.keys()
    return found


def test_the_interviews_new_leadership_is_placed_at_the_april_2022_change() -> None:
    for start, end, expression, note in _anchors(NANHU).values():
        assert (start, end, expression) == (date(2022, 4, 19), date(2022, 5, 18), "去年换届以后")
        assert note == (
            "'去年换届以后' is the event of 2022-04-18: '换届后李科长调离，吴科长接手社区服务办' "
            "(events.csv line 11)"
        )


def test_without_events_csv_the_answers_stay_in_the_whole_last_year(tmp_path: Path) -> None:
    folder = tmp_path / "nanhu"
    shutil.copytree(NANHU, folder)
    (folder / "events.csv").unlink()
    for start, end, expression, note in _anchors(folder).values():
        assert (start, end, expression, note) == (
            date(2022, 1, 1),
            date(2022, 12, 31),
            "去年",
            None,
        )
