"""Finding a CJK font for Chinese labels (figures) and checking one is installed (PDF).

matplotlib keeps a cache of the fonts it has seen; a font installed after the
cache was built (``apt-get install fonts-noto-cjk`` on a machine that already
ran matplotlib) is not in it. :func:`find_cjk_font` therefore looks in the
cache first, then among the system's font files whose names mark them as CJK,
and registers the one it picks with matplotlib. Nothing happens at import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from relcycle.errors import ConfigError

PREFERRED: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
)
"""CJK font families, best first (simplified Chinese glyph forms first)."""

_CJK_FILE = re.compile(r"cjk|sourcehan|wqy|wenquanyi|droidsansfallback|uming|ukai", re.I)

INSTALL_HINT = "install one with: apt-get install fonts-noto-cjk"

_HAN = re.compile(
    r"[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Chinese characters or CJK punctuation."""
    return _HAN.search(text) is not None


@dataclass(frozen=True, slots=True)
class CjkFont:
    """A CJK font matplotlib can draw with.

    Attributes:
        family: Its family name, as matplotlib knows it.
        path: Its file (a ``.ttc`` collection or a single font).
    """

    family: str
    path: Path

    def covers(self, text: str) -> bool:
        """Whether the font has a glyph for every non-space character of ``text``."""
        return not self.missing(text)

    def missing(self, text: str) -> str:
        """The characters of ``text`` (spaces aside) the font has no glyph for, in order."""
        charmap = self.glyphs()
        seen: dict[str, None] = {}
        for ch in text:
            if not ch.isspace() and ord(ch) not in charmap:
                seen[ch] = None
        return "".join(seen)

    def postscript_name(self) -> str:
        """The face's PostScript name (SVG glyph ids start with it)."""
        from matplotlib.ft2font import FT2Font

        face = FT2Font(str(self.path), face_index=_face_index(str(self.path), self.family))
        return str(face.postscript_name)

    def glyphs(self) -> Mapping[int, int]:
        """The font's cmap: code point → glyph index."""
        return _charmap(str(self.path), self.family)


def _face_index(path: str, family: str) -> int:
    from matplotlib.ft2font import FT2Font

    first = FT2Font(path)
    faces = int(getattr(first, "num_faces", 1))
    for i in range(faces):
        if FT2Font(path, face_index=i).family_name == family:
            return i
    return 0


@lru_cache(maxsize=8)
def _charmap(path: str, family: str) -> Mapping[int, int]:
    from matplotlib.ft2font import FT2Font

    font = FT2Font(path, face_index=_face_index(path, family))
    return MappingProxyType({int(k): int(v) for k, v in font.get_charmap().items()})


def _known() -> dict[str, Path]:
    """Family name → the file of its regular face (the one matplotlib draws ordinary text with).

    A family installed in several weights (NotoSansCJK-Regular.ttc, NotoSansCJK-Bold.ttc)
    lists each; which comes last in matplotlib's list varies from machine to machine.
    """
    from matplotlib import font_manager

    known: dict[str, tuple[bool, Path]] = {}
    for f in font_manager.fontManager.ttflist:
        regular = f.weight in (400, "normal", "regular", "book") and f.style == "normal"
        if f.name not in known or (regular and not known[f.name][0]):
            known[f.name] = (regular, Path(f.fname))
    return {name: path for name, (_, path) in known.items()}


def _pick(known: dict[str, Path]) -> CjkFont | None:
    for family in PREFERRED:
        if family in known:
            return CjkFont(family, known[family])
    return None


def find_cjk_font() -> CjkFont | None:
    """The best CJK font installed, registered with matplotlib; ``None`` when there is none.

    Looks among matplotlib's known fonts first, then registers system font
    files whose names mark them as CJK (installed after matplotlib's cache
    was built) and looks again.
    """
    from matplotlib import font_manager

    found = _pick(_known())
    if found is not None:
        return found
    known_files = {str(p) for p in _known().values()}
    for fname in sorted(font_manager.findSystemFonts()):
        if _CJK_FILE.search(Path(fname).name) and fname not in known_files:
            try:
                font_manager.fontManager.addfont(fname)
            except (OSError, RuntimeError, ValueError):
                continue  # an unreadable font file is not ours to report
    return _pick(_known())


def cjk_font_faces() -> list[CjkFont]:
    """Every installed weight of the best CJK family (Regular, Bold ...); empty when none."""
    from matplotlib import font_manager

    best = find_cjk_font()
    if best is None:
        return []
    paths = {Path(f.fname) for f in font_manager.fontManager.ttflist if f.name == best.family}
    return [CjkFont(best.family, path) for path in sorted(paths)]


def require_cjk_font(what: str) -> CjkFont:
    """The CJK font to draw ``what`` with.

    Raises:
        ConfigError: No CJK font is installed (the message says how to install one).
    """
    font = find_cjk_font()
    if font is None:
        raise ConfigError(f"{what} has Chinese text but no CJK font is installed; {INSTALL_HINT}")
    return font
