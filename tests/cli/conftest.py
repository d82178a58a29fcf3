from collections.abc import Callable
from pathlib import Path

import pytest

CASE_YAML = """\
id: retro-case
title: A retrospective interview
language: zh
period: month
start: 2017-09-01
end: 2019-12-31
actors:
  - id: gov
    name: 镇政府
    role: government
    aliases: [镇里, 王主任]
  - id: swo
    name: 启明社工中心
    role: social_org
    aliases: [机构, 李主任]
contract:
  signed: 2017-09-01
  term_months: 24
"""

INTERVIEW = """\
---
date: 2019-12-10
kind: interview
title: 李主任访谈
informant: swo
---
问：项目里最难的是什么时候？

答：去年三月镇里要求每周报台账，活动方案都要先审批。

问：现在呢？

答：现在好多了，大家按合同办事。
"""

FIELD_NOTE = """\
---
kind: field_note
---
下午在中心整理活动照片，居民来问舞蹈队排练时间。
"""


@pytest.fixture
def make_case(tmp_path: Path) -> Callable[..., Path]:
    """Write a small case folder; extra files as {relative path: text or bytes}."""

    def make(files: dict[str, str | bytes] | None = None, name: str = "case") -> Path:
        root = tmp_path / name
        (root / "sources").mkdir(parents=True)
        everything: dict[str, str | bytes] = {
            "case.yaml": CASE_YAML,
            "sources/interview-li.md": INTERVIEW,
            "sources/2018-04-02-field-note.md": FIELD_NOTE,
        }
        everything.update(files or {})
        for rel, content in everything.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make
