"""The dictionary auto-coder: a framework's rules, read fast, with actor attribution.

* :mod:`~relcycle.frameworks.fold` — case folding that keeps offsets;
* :mod:`~relcycle.frameworks.regex_facts` — the literals every match
  of a rule contains, and how far its regex reads;
* :mod:`~relcycle.coding.dictionary.automaton` — one Aho–Corasick pass, then
  regexes only around anchors: the reference matcher's hits, fast;
* :mod:`~relcycle.coding.dictionary.attribution` — who does the act;
* :mod:`~relcycle.coding.dictionary.turns` — an interviewer's turn is no evidence;
* :mod:`~relcycle.coding.dictionary.wrap` — hard-wrapped Chinese read as one line;
* :mod:`~relcycle.coding.dictionary.batch` — the same hits for many Chinese
  texts at once, on arrays (:mod:`~relcycle.coding.dictionary.kernels`,
  compiled with numba), regexes run as backtracking programs
  (:mod:`~relcycle.coding.dictionary.regex_program`), attribution likewise
  (:mod:`~relcycle.coding.dictionary.attribution_batch`,
  :mod:`~relcycle.coding.dictionary.attribution_kernels`);
* :mod:`~relcycle.coding.dictionary.columns` — the result as columns, an
  ``AutoCoding`` built when read;
* :mod:`~relcycle.coding.dictionary.coder` — :class:`DictionaryCoder`.
"""

from relcycle.coding.dictionary.attribution import (
    Attribution,
    Attributor,
    Mention,
    actor_cues,
)
from relcycle.coding.dictionary.automaton import RuleIndex
from relcycle.coding.dictionary.coder import DictionaryCoder
from relcycle.coding.dictionary.language import detect_language

__all__ = [
    "Attribution",
    "Attributor",
    "DictionaryCoder",
    "Mention",
    "RuleIndex",
    "actor_cues",
    "detect_language",
]
