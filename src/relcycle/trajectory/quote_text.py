"""The words of a quote: the sentence around a coded span, trimmed and clipped.

An automatic coding quotes the sentence(s) around the coded words, with the
closing quotation marks that end them (``。”``); every quote loses white space
and unbalanced quotation marks at its ends (a ``”`` left over from the
sentence before, an opening ``“`` never closed) and is cut to
:data:`QUOTE_CHARS` characters.
"""

from __future__ import annotations

import re

QUOTE_CHARS = 240
"""Longest quote kept for an item (longer ones are cut with an ellipsis)."""

_SENTENCE_END = re.compile(r"[。！？；!?;][”」』’\"']*|\n(?![ \t]*[a-z])|\.[”’\"']*(?=\s)")
"""A sentence's end, with the closing quotation marks right after it (``。”``).

A line break ends a sentence unless the next line goes on in lower case: a
PDF's or a hard-wrapped note's ``logo on all\n   publicity, approved …`` is
one sentence.
"""
_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", "﹁": "﹂", "﹃": "﹄"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_SYMMETRIC = "\"'"
_APOSTROPHES = "'’"
"""Marks that also end a word (``workers'``): kept at a quote's end after a letter."""


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) of ``text`` that hold ``[start, end)``."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    stop = _SENTENCE_END.search(text, max(end, left))
    right = stop.end() if stop else len(text)
    return text[left:right].strip()


def _word_end(text: str) -> bool:
    """Whether ``text`` ends with an apostrophe that belongs to a word (``workers'``)."""
    return text[-1] in _APOSTROPHES and len(text) > 1 and text[-2].isalpha()


def _trim_once(text: str) -> str:
    first, last = text[0], text[-1]
    if first in _CLOSERS or (first in _PAIRS and _PAIRS[first] not in text):
        return text[1:]  # a closing mark at the start, or an opening one never closed
    if last in _PAIRS or (last in _CLOSERS and _CLOSERS[last] not in text and not _word_end(text)):
        return text[:-1]  # an opening mark at the end, or a closing one never opened
    for mark in _SYMMETRIC:
        if text.count(mark) % 2 == 1:
            if last == mark and not _word_end(text):
                return text[:-1]
            if first == mark:
                return text[1:]
    return text


def trim_quote(quote: str) -> str:
    """``quote`` without white space and unbalanced quotation marks at its ends.

    A sentence cut out of a longer quotation keeps the marks that belong to
    it: ``”说到活动的事，他只说了一句：“你们是专业的。`` loses its leading
    ``”`` (it closed the sentence before), and a quote that opens ``“`` and
    never closes it loses that mark. Marks inside, and balanced ones, stay;
    an apostrophe after a letter (``workers'``) is a word's, not a quotation's.
    """
    text = quote.strip()
    while text:
        trimmed = _trim_once(text).strip()
        if trimmed == text:
            break
        text = trimmed
    return text


def clip(quote: str, limit: int = QUOTE_CHARS) -> str:
    """``quote`` trimmed (:func:`trim_quote`), spaces collapsed, cut to ``limit`` (with …)."""
    flat = " ".join(trim_quote(quote).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
