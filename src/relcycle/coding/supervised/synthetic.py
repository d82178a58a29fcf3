"""Generated labelled segments whose true codes are known, for tests and benchmarks.

Each source is Chinese or English; its segments are made from per-code
sentence templates (see :mod:`relcycle.coding.supervised._templates`) with
shared slot fillers, optional lead-ins ("据李主任说，", "In the interview: "),
neutral service content no code applies to, and segments joining two coded
sentences. The researcher's codings cover each coded sentence; with
``label_noise`` some are missed or given a wrong code, as real coding is
imperfect. ``truth`` keeps the codes as generated, before that noise.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from relcycle.coding.supervised._templates import NEUTRAL, PREFIXES, SLOTS, TEMPLATES
from relcycle.domain import Coding, Segment

SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class LabelledSegments:
    """Segments, a researcher's codings of them, and their true codes.

    Attributes:
        segments: The segments, grouped into sources, in order.
        codings: The codings, one per coded sentence (after label noise).
        truth: The codes each segment was generated with (before label noise),
            parallel to ``segments``.
    """

    segments: tuple[Segment, ...]
    codings: tuple[Coding, ...]
    truth: tuple[frozenset[str], ...]


def synthetic_codes() -> tuple[str, ...]:
    """The code ids the generator has templates for (all leaves of ``gpps-lifecycle``)."""
    return tuple(TEMPLATES)


def _fill(template: str, lang: str, rng: random.Random) -> str:
    slots = SLOTS[lang]
    values = {name: rng.choice(options) for name, options in slots.items()}
    values["n"] = str(rng.randint(3, 40))
    return template.format(**values)


def _noisy(code: str, codes: Sequence[str], label_noise: float, rng: random.Random) -> str | None:
    """The code a fallible coder gives a sentence of ``code``: it, none, or another."""
    if rng.random() >= label_noise:
        return code
    if rng.random() < 0.5:
        return None
    return rng.choice([c for c in codes if c != code])


def labelled_segments(
    n: int,
    *,
    seed: int = 0,
    codes: Sequence[str] | None = None,
    zh_share: float = 0.5,
    neutral_share: float = 0.3,
    pair_share: float = 0.1,
    label_noise: float = 0.05,
    segments_per_source: int = 20,
    coder: str = "researcher",
) -> LabelledSegments:
    """Generate ``n`` segments in sources of ``segments_per_source``, with codings.

    Args:
        n: How many segments.
        seed: Seed of the random generator; the same arguments give the same output.
        codes: The codes to use (a subset of :func:`synthetic_codes`); all by default.
        zh_share: Share of sources written in Chinese (the rest are English).
        neutral_share: Share of segments no code applies to.
        pair_share: Share of segments that join two sentences of different codes.
        label_noise: Probability that a coded sentence's coding is missed or wrong.
        segments_per_source: Segments per source (the last source may have fewer).
        coder: The coder named in the codings.

    Returns:
        The segments, the codings and the true codes.

    Raises:
        ValueError: A code without templates, a share outside [0, 1], or ``n`` or
            ``segments_per_source`` below 1.
    """
    chosen = tuple(codes) if codes is not None else synthetic_codes()
    unknown = sorted(set(chosen) - set(TEMPLATES))
    if unknown or not chosen:
        raise ValueError(
            f"no templates for code(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from: {', '.join(synthetic_codes())}"
        )
    for name, share in (
        ("zh_share", zh_share),
        ("neutral_share", neutral_share),
        ("pair_share", pair_share),
        ("label_noise", label_noise),
    ):
        if not 0.0 <= share <= 1.0:
            raise ValueError(f"{name} must be between 0 and 1, got {share}")
    if n < 1 or segments_per_source < 1:
        raise ValueError(
            f"n and segments_per_source must be at least 1, got {n} and {segments_per_source}"
        )
    rng = random.Random(seed)
    segments: list[Segment] = []
    codings: list[Coding] = []
    truth: list[frozenset[str]] = []
    for first in range(0, n, segments_per_source):
        lang = "zh" if rng.random() < zh_share else "en"
        source_id = f"synthetic/{lang}-{first // segments_per_source:05d}.md"
        offset = 0
        for index in range(min(segments_per_source, n - first)):
            roll = rng.random()
            parts: list[tuple[str | None, str]]
            if roll < neutral_share:
                parts = [(None, _fill(rng.choice(NEUTRAL[lang]), lang, rng))]
            else:
                picked = rng.sample(chosen, 2 if roll > 1 - pair_share and len(chosen) > 1 else 1)
                parts = [(c, _fill(rng.choice(TEMPLATES[c][lang]), lang, rng)) for c in picked]
            text = rng.choice(PREFIXES[lang])
            glue = "" if lang == "zh" else " "
            for i, (code, sentence) in enumerate(parts):
                if i:
                    text += glue
                if code is not None:
                    given = _noisy(code, chosen, label_noise, rng)
                    if given is not None:
                        start = offset + len(text)
                        codings.append(
                            Coding(source_id, start, start + len(sentence), given, coder)
                        )
                text += sentence
            segments.append(Segment(source_id, index, offset, offset + len(text), text))
            truth.append(frozenset(c for c, _ in parts if c is not None))
            offset += len(text) + len(SEPARATOR)
    return LabelledSegments(tuple(segments), tuple(codings), tuple(truth))
