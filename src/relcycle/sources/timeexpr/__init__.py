"""Placing evidence in time: find the time expressions of a text and date its segments.

A segment is placed at the time it speaks of (去年三月, spring 2019, 刚进驻的时候),
else at its source's date. Rules are plain regular expressions behind one
scanner (see :mod:`relcycle.sources.timeexpr.scanner`); docs/TIME.md gives the
rule set in plain words.
"""

from relcycle.sources.timeexpr.find import find_mentions
from relcycle.sources.timeexpr.model import TimeContext, TimeMention
from relcycle.sources.timeexpr.place import place_segments

__all__ = ["TimeContext", "TimeMention", "find_mentions", "place_segments"]
