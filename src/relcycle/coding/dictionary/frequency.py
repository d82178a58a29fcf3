"""How common a literal is in field notes: the prior that picks which anchors to look for.

A rule's regex usually contains several literals every match must contain
(:mod:`~relcycle.frameworks.regex_facts`); the automaton should look for
the rarest of them, since each hit of a common one (我们, 活动, the) costs a
regex run for nothing. Rarity is estimated from a sample of field notes in
the language: the bundled example cases' sources (L town for Chinese,
Riverside for English), read once. The choice only affects speed, never
which hits are found.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Final

import ahocorasick_rs

from relcycle.examples import example_path
from relcycle.frameworks.fold import fold

SAMPLE_CASES: Final = {"zh": "ltown", "en": "riverside"}
"""The bundled example whose sources are the frequency sample of each language."""


@cache
def sample_text(lang: str) -> str:
    """The folded text of the sample for ``lang`` (English for any language but ``zh``)."""
    folder = example_path(SAMPLE_CASES.get(lang, "riverside")) / "sources"
    parts = [_decode(p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()]
    return fold("\n".join(parts))


def _decode(data: bytes) -> str:
    """UTF-8, else GB 18030 (the examples include legacy-encoded notes); it is only a sample."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def frequencies(literals: Iterable[str], lang: str) -> Mapping[str, float]:
    """Occurrences per character of each folded literal in the sample for ``lang``.

    A literal the sample does not contain gets half an occurrence's worth,
    divided by its length (longer unseen literals are rarer still).
    """
    wanted = sorted(set(literals))
    sample = sample_text(lang)
    size = max(1, len(sample))
    counts = dict.fromkeys(wanted, 0)
    if wanted and sample:
        automaton = ahocorasick_rs.AhoCorasick(wanted)
        for index, _, _ in automaton.find_matches_as_indexes(sample, overlapping=True):
            counts[wanted[index]] += 1
    return {w: (c if c else 0.5 / max(1, len(w))) / size for w, c in counts.items()}
