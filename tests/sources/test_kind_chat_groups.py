"""A work group's chat export is a message source by its file name (工作群导出.txt).

Found by an outside tester's case (xitang-children-home-zh): a GB18030 WeChat
export named 2022-05-31 工作群导出（3-5月）.txt was read as a document.
"""

from __future__ import annotations

import pytest

from relcycle.sources.frontmatter import kind_from_filename


@pytest.mark.parametrize(
    "name",
    [
        "2022-05-31 工作群导出（3-5月）.txt",
        "2021-06-01 项目群聊记录.txt",
        "钉钉消息.txt",
        "QQ群导出.txt",
    ],
)
def test_a_chat_groups_export_is_a_message(name: str) -> None:
    assert kind_from_filename(name) == "message"


def test_minutes_of_a_work_group_meeting_stay_minutes() -> None:
    assert kind_from_filename("2022-06-01 工作群会议纪要.md") == "minutes"
