"""Repairing the text layer of a Chromium-printed PDF so that Chinese words can be found.

Chromium (Skia) writes, for every glyph it embeds, one Unicode character in
the font's ``/ToUnicode`` map. A CJK font maps some glyphs from two code
points — 生 (U+751F) and the Kangxi radical ⽣ (U+2F63), 门 (U+95E8) and the
radical ⻔ (U+2ED4) — and Skia picks the radical. The page looks right, but
copying 共生期 gives 共⽣期 and searching for 共生 finds nothing.

:func:`repair_text_layer` rewrites those entries to the unified ideograph the
font draws with the same glyph (Kangxi radicals by their Unicode
compatibility mapping; the CJK radicals supplement by the font's own cmap),
and, given the document's own text, any character the document never uses to
the one it does use that the font draws alike (dashes, ligatures).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, IndirectObject, StreamObject

from relcycle.report.fonts import CjkFont

RADICALS = range(0x2E80, 0x2FE0)
"""CJK radicals supplement (U+2E80–2EFF) and Kangxi radicals (U+2F00–2FDF)."""

LOOKALIKES: Mapping[str, str] = {"\u2015": "\u2014", "\u2012": "\u2013"}
"""Characters Chinese shaping substitutes for others (a CJK em dash is drawn with the glyph
the font maps from ―), so that the cmap alone cannot tell them apart."""

_UNIFIED = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0x20000, 0x32000))

_HEX = r"<([0-9A-Fa-f]+)>"
_BFCHAR = re.compile(r"\d+\s+beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(r"\d+\s+beginbfrange(.*?)endbfrange", re.S)
_PAIR = re.compile(_HEX + r"\s*" + _HEX)
_RANGE = re.compile(_HEX + r"\s*" + _HEX + r"\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])")


def _unified(code: int) -> bool:
    return any(lo <= code < hi for lo, hi in _UNIFIED)


@lru_cache(maxsize=4)
def radical_map(font: CjkFont | None) -> Mapping[str, str]:
    """Radical → the unified ideograph it stands for (from Unicode, and the font's cmap)."""
    out: dict[str, str] = {}
    for code in RADICALS:
        folded = unicodedata.normalize("NFKC", chr(code))
        if folded != chr(code) and len(folded) == 1:
            out[chr(code)] = folded
    if font is not None:
        charmap = font.glyphs()
        by_glyph: dict[int, int] = {}
        for code, glyph in sorted(charmap.items()):
            if _unified(code):
                by_glyph.setdefault(glyph, code)
        for code in RADICALS:
            shared = charmap.get(code)
            if shared is not None and shared in by_glyph and chr(code) not in out:
                out[chr(code)] = chr(by_glyph[shared])
    return out


@lru_cache(maxsize=4)
def _twins(font: CjkFont) -> Mapping[int, tuple[int, ...]]:
    """Glyph → every code point the font draws with it."""
    out: dict[int, list[int]] = {}
    for code, glyph in font.glyphs().items():
        out.setdefault(glyph, []).append(code)
    return {glyph: tuple(codes) for glyph, codes in out.items() if len(codes) > 1}


class TextLayerFix:
    """The character a document wrote, for a character its PDF text layer holds.

    With the document's own text, a character the document never uses is
    replaced by the one character it does use that a CJK face draws with
    the same glyph (⽣ → 生, ― → —), else by its compatibility form when the
    document uses that (ﬁ → fi); without it, only radicals are replaced.

    Args:
        font: The CJK font the document was set in (``None``: Unicode's mappings only).
        document_text: Every character of the document, when known.
        faces: Every weight of that font (a bold face shares other glyphs); ``[font]`` by default.
    """

    def __init__(
        self,
        font: CjkFont | None,
        document_text: str | None = None,
        faces: Sequence[CjkFont] = (),
    ) -> None:
        self.faces = tuple(faces) or ((font,) if font is not None else ())
        self.used = frozenset(document_text) if document_text is not None else None
        self.radicals = radical_map(font)

    def __call__(self, ch: str) -> str:
        """The character to put in the text layer for ``ch``."""
        if self.used is None:
            return self.radicals.get(ch, ch)
        if ch in self.used or ch.isspace():
            return ch
        candidates: set[str] = set()
        for face in self.faces:
            glyph = face.glyphs().get(ord(ch))
            twins = _twins(face).get(glyph, ()) if glyph is not None else ()
            candidates.update(chr(c) for c in twins if chr(c) in self.used)
        if len(candidates) == 1:
            return candidates.pop()
        alike = LOOKALIKES.get(ch)
        if alike is not None and alike in self.used:
            return alike
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch and all(c in self.used for c in folded):
            return folded
        return self.radicals.get(ch, ch)


def _utf16(hexstr: str) -> str:
    return bytes.fromhex(hexstr).decode("utf-16-be", errors="surrogatepass")


def _hex(text: str) -> str:
    return text.encode("utf-16-be", errors="surrogatepass").hex().upper()


def parse_cmap(text: str) -> dict[str, str]:
    """A ``/ToUnicode`` CMap's entries: source code (hex, width kept) → Unicode text."""
    entries: dict[str, str] = {}
    for block in _BFCHAR.findall(text):
        for src, dst in _PAIR.findall(block):
            entries[src.upper()] = _utf16(dst)
    for block in _BFRANGE.findall(text):
        for lo, hi, dst in _RANGE.findall(block):
            width, start, stop = len(lo), int(lo, 16), int(hi, 16)
            if dst.startswith("["):
                targets = [_utf16(h) for h in re.findall(_HEX, dst)]
                for i, target in zip(range(start, stop + 1), targets, strict=False):
                    entries[f"{i:0{width}X}"] = target
                continue
            first = _utf16(dst[1:-1])
            for i in range(start, stop + 1):
                entries[f"{i:0{width}X}"] = first[:-1] + chr(ord(first[-1]) + i - start)
    return entries


def rewrite_cmap(text: str, fix: Callable[[str], str]) -> str | None:
    """The CMap with each character ``c`` of its entries made ``fix(c)``; ``None`` if unchanged."""
    entries = parse_cmap(text)
    fixed = {k: "".join(fix(ch) for ch in v) for k, v in entries.items()}
    if fixed == entries:
        return None
    body = _BFRANGE.sub("", _BFCHAR.sub("", text))
    items = sorted(fixed.items())
    blocks = []
    for i in range(0, len(items), 100):
        chunk = items[i : i + 100]
        lines = "\n".join(f"<{src}> <{_hex(dst)}>" for src, dst in chunk)
        blocks.append(f"{len(chunk)} beginbfchar\n{lines}\nendbfchar\n")
    head, sep, tail = body.rpartition("endcmap")
    if not sep:
        return None
    return head + "".join(blocks) + sep + tail


def _fonts(resources: Any, seen: set[int]) -> Iterator[DictionaryObject]:
    """Font dictionaries of a resource dictionary, form XObjects' included."""
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return
    seen.add(id(resources))
    fonts = resources.get("/Font")
    if isinstance(fonts, DictionaryObject):
        for ref in fonts.values():
            font = ref.get_object()
            if isinstance(font, DictionaryObject):
                yield font
                for child in font.get("/DescendantFonts", []) or []:
                    yield child.get_object()
    xobjects = resources.get("/XObject")
    if isinstance(xobjects, DictionaryObject):
        for ref in xobjects.values():
            xobj = ref.get_object()
            if isinstance(xobj, StreamObject) and xobj.get("/Subtype") == "/Form":
                yield from _fonts(xobj.get("/Resources"), seen)


def repair_text_layer(
    src: Path,
    dst: Path,
    font: CjkFont | None,
    document_text: str | None = None,
    faces: Sequence[CjkFont] = (),
) -> int:
    """Copy the PDF ``src`` to ``dst`` with its text layer giving back the document's characters.

    Args:
        src: A PDF (as Chromium prints it).
        dst: Where to write the repaired copy (may not be ``src``).
        font: The CJK font the page was most likely set in, to read its cmap.
        document_text: The printed document's text (see :class:`TextLayerFix`).
        faces: Every weight of ``font``.

    Returns:
        How many ``/ToUnicode`` maps were rewritten (0: ``dst`` is a plain copy).
    """
    fix = TextLayerFix(font, document_text, faces)
    writer = PdfWriter(clone_from=PdfReader(src))
    done: set[int] = set()
    changed = 0
    seen: set[int] = set()
    for page in writer.pages:
        for font_dict in _fonts(page.get("/Resources"), seen):
            if "/ToUnicode" not in font_dict:
                continue
            ref = font_dict.raw_get("/ToUnicode")
            key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
            if key in done:
                continue
            done.add(key)
            stream = ref.get_object()
            if not isinstance(stream, StreamObject):
                continue
            text = stream.get_data().decode("latin-1")
            new = rewrite_cmap(text, fix)
            if new is not None:
                stream.set_data(new.encode("latin-1"))
                changed += 1
    with dst.open("wb") as out:
        writer.write(out)
    return changed
