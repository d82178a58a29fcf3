r"""The anchor pre-scan: where a text can hold time expressions, and which rules to try there.

Every rule names its *anchors*: a character and a condition after it (年
after a numeral, the y of "year", the c of "contract"). The pre-scan finds
them with regexes whose branches start with literal characters, so ``re``
skips every other character in its C loop:

* ASCII anchors: plain ASCII text, and other text that is mostly English
  (many spaces) without the four characters that lower-case differently
  (:data:`_READ_AS_ASCII`), is read lower-cased (one anchor serves every
  capitalisation), with one regex, or, when the text is long, one regex per
  anchor character (``re`` skips to one character much faster than to any of
  a set); other text is read as written, ASCII anchors in both cases, their
  rests in ``(?i:...)``;
* non-ASCII anchors (and the characters to rewrite) are found by a regex of
  their own, before the ASCII ones (two regexes whose branches start with few
  characters each skip faster than one).

A hit also says which rules to try there. Non-ASCII hits point at every rule
anchored on their character. For ASCII anchors, an empty named group ends
each rest: the hit's group names the first rest (in the regex's order) that
matched, so the rests before it did not match there; the rules to try are
those of that rest and of every later one of the same character that could
also match there (see :func:`_disjoint`). Rests starting alike come longest
(most specific) first, so that a general one points at few rules.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: From how many characters on an ASCII text is read one anchor character at a time.
_LONG = 1500
_META = set("\\.^$*+?{}[]()|")
_NOT_LETTER = "(?![a-z])"
#: The only characters beyond ASCII that lower-case to more than one character (İ) or that
#: ``re`` matches with an ASCII letter when it ignores case (ı, ſ, the Kelvin sign): a text
#: without them reads alike lower-cased and as written with ``(?i:...)``, at the same offsets.
_READ_AS_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


@dataclass(frozen=True, slots=True)
class Anchor:
    """A pre-scan branch: a literal character and a zero-width condition after it.

    Attributes:
        first: The character; ``re`` skips to it in its C loop.
        rest: A regex that must match right after ``first``, consuming
            nothing, so that anchors never hide one another. For an ASCII
            ``first`` it is read as a lookahead, matched against the
            lower-cased text, must not be empty, and should start with a
            literal character or a class (a failed try then costs one
            character test); it may end in a lookbehind that re-reads the
            word. Otherwise it is made of lookaheads and lookbehinds.
        reach: How far after the first character of an expression this anchor
            can be (``None``: the rule's ``reach``).
        capital: The text as written has ``first`` in upper case (May, not may).
    """

    first: str
    rest: str = ""
    reach: int | None = None
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Target:
    """A rule an anchor belongs to, and how far before the anchor its expressions can start."""

    family: int
    rule: int
    reach: int


def _atom(rest: str) -> str:
    """The literal character, escape or class ``rest`` starts with ("" if none)."""
    if rest[0] == "[":
        atom = rest[: rest.index("]", 2) + 1]
    elif rest[0] == "\\":
        atom = rest[:2]
    else:
        atom = rest[0]
    if atom == "(" or rest[len(atom) : len(atom) + 1] in ("?", "*", "+", "{"):
        return ""
    return atom


def _lead(rest: str) -> tuple[str, bool]:
    """The literal text ``rest`` starts with, and whether a non-letter must follow it.

    Lookbehinds right after the literal text are skipped (they consume nothing).
    """
    size = 0
    while size < len(rest) and rest[size] not in _META:
        size += 1
    tail = rest[size:]
    while tail.startswith(("(?<=", "(?<!")):
        depth = 0
        for end, char in enumerate(tail):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0:
                tail = tail[end + 1 :]
                break
    return rest[:size], tail.startswith(_NOT_LETTER)


def _disjoint(rest: str, other: str) -> bool:
    """Whether ``rest`` and ``other`` can never both match at one position.

    True when their literal starts differ; when one literal is followed by a
    non-letter and the other goes on with a letter (mar, march); or when one
    starts with a class or escape that the other's first character is not in.
    Otherwise (when unsure) false.
    """
    (text, alone), (text2, alone2) = _lead(rest), _lead(other)
    if text and text2:
        common = min(len(text), len(text2))
        if text[:common] != text2[:common]:
            return True
        if len(text) == len(text2):
            return False
        longer, shorter_alone = (text2, alone) if len(text) < len(text2) else (text, alone2)
        return longer[common].isalpha() and shorter_alone
    if text or text2:
        literal, other_rest = (text, other) if text else (text2, rest)
        atom = _atom(other_rest)
        if atom == r"\Z":
            return True
        return bool(atom) and re.fullmatch(atom, literal[0]) is None
    return False


def _factor(anchors: Sequence[Anchor]) -> str:
    """One alternation whose branches each start with a literal, grouped by that literal."""
    grouped: dict[str, list[str]] = {}
    for anchor in anchors:
        rests = grouped.setdefault(anchor.first, [])
        if anchor.rest not in rests:
            rests.append(anchor.rest)
    branches = []
    for first, rests in grouped.items():
        head = re.escape(first)
        branches.append(head if "" in rests else head + "(?:" + "|".join(rests) + ")")
    return "|".join(branches)


_Rest = tuple[str, bool]  # (regex, capital)


def _grouped(rests: Sequence[_Rest]) -> list[list[_Rest]]:
    """The rests of one character in regex order: those starting alike together, longest first.

    A rest with nothing to group by forms a group of its own; capital rests come last.
    """
    groups: dict[tuple[bool, str], list[_Rest]] = {}
    for rest in sorted(rests, key=lambda r: -len(r[0])):
        groups.setdefault((rest[1], _atom(rest[0]) or rest[0]), []).append(rest)
    return [groups[key] for key in sorted(groups, key=lambda key: key[0])]


def _branch(groups: list[list[_Rest]], names: dict[_Rest, str]) -> str:
    """The lookahead body of one character: its rests, each ending in its named group."""
    alternatives = []
    for group in groups:
        atom = _atom(group[0][0])
        tails = [f"{rest[len(atom) :]}(?P<{names[(rest, capital)]}>)" for rest, capital in group]
        if not atom:
            alternatives.extend(tails)
        else:
            alternatives.append(atom + (tails[0] if len(tails) == 1 else f"(?:{'|'.join(tails)})"))
    return "|".join(alternatives)


class Prescan:
    """Finds the anchors of a set of rules in texts.

    Args:
        anchored: Every anchor, with the rule it belongs to.
        unread: Characters the rules cannot read as written (full-width
            digits): :meth:`hits` returns ``None`` for a text that has one.
        compile_regex: How its regexes are compiled (``re.compile``, or from stored code).

    Attributes:
        targets: Per key (the second item of a hit), the rules to try at the hit.
    """

    def __init__(
        self,
        anchored: Sequence[tuple[Anchor, Target]],
        *,
        unread: str = "",
        compile_regex: Callable[[str], re.Pattern[str]] = re.compile,
    ) -> None:
        for anchor, _ in anchored:
            if len(anchor.first) != 1 or (anchor.first.isascii() and not anchor.rest):
                raise ValueError(f"bad anchor {anchor}: one character, and a rest if ASCII")
        self.targets: list[tuple[Target, ...]] = []
        self._key: dict[str, int] = {}  # group name or non-ASCII character -> targets
        self._capital: set[str] = set()
        self._unread = unread
        #: Per anchor character, its conditions in the regexes' order, their keys and capitals.
        self.rests: dict[str, list[tuple[str, int, bool]]] = {}
        by_first: dict[str, dict[_Rest, list[Target]]] = {}
        other: dict[str, list[Target]] = {}
        for anchor, target in anchored:
            if anchor.first.isascii():
                rests = by_first.setdefault(anchor.first, {})
                rests.setdefault((anchor.rest, anchor.capital), []).append(target)
            else:
                other.setdefault(anchor.first, []).append(target)
        lower, cased = [], []
        for first, rests in by_first.items():
            groups = _grouped(list(rests))
            names = self._name(groups, rests)
            self.rests[first] = [
                (rest, self._key[names[(rest, capital)]], capital)
                for group in groups
                for rest, capital in group
            ]
            body = _branch(groups, names)
            lower.append(f"{re.escape(first)}(?={body})")
            cased.append(f"{re.escape(first)}(?=(?i:{body}))")
            if first.upper() != first:
                upper = {rest: f"{name}u" for rest, name in names.items()}
                cased.append(f"{re.escape(first.upper())}(?=(?i:{_branch(groups, upper)}))")
        for first, targets in other.items():
            self._key[first] = len(self.targets)
            self.targets.append(tuple(targets))
            conditions = dict.fromkeys(a.rest for a, _ in anchored if a.first == first)
            self.rests[first] = [(rest, self._key[first], False) for rest in conditions]
        self._ascii = compile_regex("|".join(lower))
        self._ascii_each = [compile_regex(branch) for branch in lower]
        non_ascii = [a for a, _ in anchored if not a.first.isascii()]
        # Text with other characters is read as written, in two passes: one regex for the
        # non-ASCII anchors (and unread characters), one for the ASCII ones in either case.
        # Two regexes whose branches start with few characters each skip faster than one.
        branches = [_factor(non_ascii), *map(re.escape, unread)]
        self._other = compile_regex("|".join(b for b in branches if b))
        self._cased = compile_regex("|".join(cased)) if cased else None

    def _name(
        self, groups: list[list[_Rest]], targets: dict[_Rest, list[Target]]
    ) -> dict[_Rest, str]:
        """Names the rests of one character (in regex order) and records what each points at."""
        order = [rest for group in groups for rest in group]
        names = {}
        for position, rest in enumerate(order):
            name = names[rest] = f"a{len(self.targets)}"
            self._key[name] = self._key[f"{name}u"] = len(self.targets)
            if rest[1]:
                self._capital.update((name, f"{name}u"))
            alike = [r for r in order[position:] if not _disjoint(rest[0], r[0])]
            self.targets.append(tuple(t for r in alike for t in targets[r]))
        return names

    def hits(self, text: str) -> list[tuple[int, int]] | None:
        """The anchors of ``text`` in order: (position, key into :attr:`targets`).

        Returns:
            The hits, or ``None`` when ``text`` has a character of ``unread``.
        """
        key = self._key
        found: list[tuple[int, int]] = []
        plain = text.isascii()
        if not plain:
            unread = self._unread
            for hit in self._other.finditer(text):  # a non-ASCII anchor, or an unread character
                x = hit.start()
                char = text[x]
                if char in unread:
                    return None
                found.append((x, key[char]))
        other = len(found)
        if plain or (text.count(" ") * 8 > len(text) and _READ_AS_ASCII.search(text) is None):
            # Read lower-cased (mostly English text: faster than in either case).
            lowered = text.lower()
            if len(text) < _LONG:
                passes = [self._ascii.finditer(lowered)]
            else:
                passes = [regex.finditer(lowered) for regex in self._ascii_each]
        elif self._cased is not None:
            passes = [self._cased.finditer(text)]
        else:
            return found
        capital = self._capital
        for hit in itertools.chain.from_iterable(passes):
            name = hit.lastgroup
            x = hit.start()
            if name not in capital or text[x].isupper():
                found.append((x, key[name]))  # type: ignore[index]  # ASCII hits name a rest
            # else: a capital anchor (its rests come last, so no other anchor is here)
        if len(passes) > 1 or (other and len(found) > other):
            found.sort()  # the passes' hits in text order (never two at one place)
        return found
