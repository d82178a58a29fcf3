"""Text from a case is escaped everywhere: in the page and in the chart's data."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from report_page import read_page, text_of

from relcycle.report.chart import figure_json
from relcycle.services.report import write_report
from relcycle.settings import Settings
from staged_case import write_staged_case

EVIL_TITLE = "Evil <script>alert(1)</script> & co"
EVIL_BODY = "The council asked us to submit monthly returns </script><img src=http://x.test/y> now."


@pytest.fixture
def evil_case(tmp_path: Path) -> Path:
    root = write_staged_case(tmp_path / "case")
    yaml = (root / "case.yaml").read_text(encoding="utf-8")
    yaml = yaml.replace("title: A case with clear stages", f'title: "{EVIL_TITLE}"')
    yaml = yaml.replace("name: Council,", 'name: "Council </script><b>",')
    (root / "case.yaml").write_text(yaml, encoding="utf-8")
    (root / "sources" / "2020-06-15-evil.md").write_text(
        f'---\nkind: field_note\ntitle: "<img src=http://x.test/t>"\n---\n{EVIL_BODY}\n',
        encoding="utf-8",
    )
    return root


def test_case_text_is_escaped_in_the_page_and_the_chart(evil_case: Path, tmp_path: Path) -> None:
    settings = Settings.from_env(db=f"sqlite:///{tmp_path / 's.db'}")
    html = write_report(evil_case, settings, out_dir=tmp_path / "out").html.read_text("utf-8")
    assert html.count("<script") == 2 and html.count("</script") == 2  # plotly.js and the chart
    page = read_page(html)
    assert [u for u in page.urls if not u[2].startswith("#")] == []
    assert [tag for tag, _, _ in page.urls if tag in ("img", "b")] == []
    text = text_of(html)
    assert EVIL_TITLE in text  # shown as text
    assert "Council </script><b>" in text
    assert EVIL_BODY in text  # the quote, read back as the words written
    assert "<img src=http://x.test/t>" in text  # the source's title in the list


def test_figure_json_cannot_close_its_script_element() -> None:
    figure = {"data": [{"hovertext": ["</script><!-- & \u2028 \u2029 >"]}], "layout": {}}
    text = figure_json(figure)
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in text
    assert json.loads(text) == figure


def test_a_case_without_stages_still_gets_a_report_saying_why(
    make_case: Callable[..., Path], tmp_path: Path
) -> None:
    settings = Settings.from_env(db=f"sqlite:///{tmp_path / 's.db'}")
    result = write_report(make_case(), settings, out_dir=tmp_path / "out", lang="en")
    reason = result.run.analysis.reason
    assert reason
    text = text_of(result.html.read_text(encoding="utf-8"))
    assert f"No stages could be told apart: {reason}" in text
    assert "None of the framework's advice applies." in text
    assert "There is only one stage" not in text
