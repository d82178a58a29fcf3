"""codings.csv offsets into a source with \\r\\n line ends, counted either way.

Found by the outside tester of tanghe-jiating-zh: counting code points of the body as the
file has it (each \\r\\n two), as case-format.md reads, its codings of a GB18030 weekly
report with \\r\\n line ends quoted the wrong words, silently; other testers counted in the
text with \\n line ends. Both are read.
"""

from __future__ import annotations

from conftest import CaseWriter
from relcycle.sources.folder import CaseFolder, read_case
from relcycle.sources.text import crlf_newlines, from_crlf_offset, normalise

NAME = "2018-03-15-field-note.md"
BODY_LINES = ["三月十五日，镇里来检查。", "王主任说每周要上报台账。", "我们只好照做，心里不服。"]
HEAD = "---\r\ndate: 2018-03-15\r\nkind: field_note\r\n---\r\n"
RAW_BODY = "\r\n".join(BODY_LINES) + "\r\n"
BODY = "\n".join(BODY_LINES) + "\n"
QUOTES = ["每周要上报台账", "心里不服"]


def _codings(offsets: list[tuple[int, int]]) -> str:
    rows = [f"{NAME},{s},{e},gov.control.reporting,a" for s, e in offsets]
    return "source,start,end,code,coder\n" + "\n".join(rows) + "\n"


def _quotes(make_case: CaseWriter, body: str) -> tuple[list[str], list[str]]:
    offsets = [(body.index(q), body.index(q) + len(q)) for q in QUOTES]
    root = make_case({f"sources/{NAME}": (HEAD + RAW_BODY).encode("gb18030"),
                      "codings.csv": _codings(offsets)})  # fmt: skip
    folder = CaseFolder(root)
    (parsed,) = folder.iter_sources()
    text = parsed.source.text
    codings = folder.codings({NAME: len(text)})
    return [text[c.start : c.end] for c in codings], folder.warnings


def test_offsets_counted_with_crlf_as_two_are_read_so(make_case: CaseWriter) -> None:
    quotes, warnings = _quotes(make_case, RAW_BODY)
    assert quotes == QUOTES
    assert any("count its \\r\\n line ends as two characters" in w for w in warnings)


def test_offsets_counted_with_newlines_are_read_as_they_were(make_case: CaseWriter) -> None:
    quotes, warnings = _quotes(make_case, BODY)
    assert quotes == QUOTES
    assert not any("line ends" in w for w in warnings)


def test_an_offset_past_the_normalised_body_says_which(make_case: CaseWriter) -> None:
    end = len(RAW_BODY)  # to the end, counted with every \r: past the body with \n
    root = make_case({f"sources/{NAME}": HEAD + RAW_BODY,
                      "codings.csv": _codings([(end - 7, end)])})  # fmt: skip
    data = read_case(root)
    (coding,) = data.codings
    assert data.sources[0].source.text[coding.start : coding.end] == "心里不服。\n"


def test_where_the_line_ends_were() -> None:
    text = HEAD + RAW_BODY
    body = normalise(text)[len(normalise(HEAD)) :]
    newlines = crlf_newlines(text, body)
    assert newlines == tuple(i for i, ch in enumerate(body) if ch == "\n")
    raw_at = RAW_BODY.index("心里")
    assert body[from_crlf_offset(raw_at, newlines)] == "心"
    assert crlf_newlines("---\ndate: 2018-03-15\n---\nab\n", "ab\n") == ()
