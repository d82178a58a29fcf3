"""case.yaml → :class:`~relcycle.domain.Case`, validated with pydantic.

Every error names the file and the field, as a path into the YAML
(``case.yaml [actors[1].role]: 'govt' is not a valid role; choose one of: ...``);
list indexes count from 0. A YAML syntax error names the line.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, ValidationInfo
from pydantic_core import PydanticCustomError

from relcycle.domain import ACTOR_ROLES, GRAINS, LANGUAGES, Actor, Case, Contract, Precision
from relcycle.domain.period import Grain
from relcycle.errors import CaseFormatError
from relcycle.sources.datehints import iso_readings, suggest_iso
from relcycle.sources.frontmatter import load_yaml_mapping, not_a_day, parse_iso
from relcycle.sources.timeexpr.find import scan_text
from relcycle.sources.timeexpr.model import TimeContext

MID_TERM_KEYS = ("mid_term", "midterm", "mid_term_review", "mid_term_evaluation")
_CASE_ID = re.compile(r"[a-z0-9-]+")
_ACTOR_ID = re.compile(r"[^\s,;:]+")
_ALIAS_SEPARATORS = re.compile(r"\s*[,;，；、]\s*")
_TYPO_CUTOFF = 0.8  # how close an unknown key must be to a missing known one to be its typo


def _custom(message: str) -> PydanticCustomError:
    return PydanticCustomError("relcycle", "{message}", {"message": message})


def _iso_day(value: Any, info: ValidationInfo) -> date:
    parsed = parse_iso(value)
    if parsed is None or parsed[1]:
        raise _custom(
            not_a_day(value)
            or suggest_iso(value, months=False)
            or _month_for_a_day(value, info.field_name)
            or f"{value!r} is not an ISO date; write it as YYYY-MM-DD (e.g. 2017-09-01)"
        )
    return parsed[0]


def _month_for_a_day(value: Any, field: str | None) -> str | None:
    """For a month given as the case's start or end: its first or last day, to write instead."""
    readings, note = iso_readings(str(value)) if isinstance(value, str | int) else ((), "")
    months = [r for r in readings if len(r) == 7]
    if len(months) != 1 or field not in ("start", "end"):
        return None
    year, month = (int(part) for part in months[0].split("-"))
    last = calendar.monthrange(year, month)[1]
    day, which = (
        (date(year, month, 1), "first") if field == "start" else (date(year, month, last), "last")
    )
    because = f"; {note}" if note else ""
    return (
        f"{value!r} is a month, and the case's {field} is a day: write {day} "
        f"(the month's {which} day){because}"
    )


def _one_of(what: str, options: tuple[str, ...]) -> BeforeValidator:
    def check(value: Any) -> str:
        word = value.strip().lower() if isinstance(value, str) else value  # Quarter, 'en '
        if word not in options:
            raise _custom(f"{value!r} is not a valid {what}; choose one of: {', '.join(options)}")
        return str(word)

    return BeforeValidator(check)


def _text(value: Any) -> str:
    if value is None or isinstance(value, dict | list) or not str(value).strip():
        raise _custom(f"{value!r} is not a text; give a non-empty text")
    return str(value).strip()


def _matching(pattern: re.Pattern[str], what: str, example: str) -> BeforeValidator:
    def check(value: Any) -> str:
        if isinstance(value, int) and not isinstance(value, bool):  # YAML reads 'id: 2' as 2
            value = str(value)
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise _custom(f"{value!r} is not a valid {what}; {example}")
        return value

    return BeforeValidator(check)


def _aliases(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):  # "aliases: 街道办, 街道" means two names, not one
        return [name for name in _ALIAS_SEPARATORS.split(value.strip()) if name]
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return [str(v) for v in value]
    raise _custom(f"{value!r} is not a list of names; write aliases: [name, other name]")


Day = Annotated[date, BeforeValidator(_iso_day)]
Text = Annotated[str, BeforeValidator(_text)]


class _ActorModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: Annotated[
        str,
        _matching(_ACTOR_ID, "actor id", "use a short id without spaces or ',;:' (e.g. gov)"),
    ]
    name: Text
    role: Annotated[str, _one_of("role", ACTOR_ROLES)]
    aliases: Annotated[list[str], BeforeValidator(_aliases)] = []


class _CaseModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: Annotated[
        str,
        _matching(
            _CASE_ID, "case id", "use lower-case letters, digits and '-' (e.g. ltown-centre)"
        ),
    ]
    title: Text
    language: Annotated[str, _one_of("language", LANGUAGES)]
    period: Annotated[Grain, _one_of("period", GRAINS)]
    start: Day
    end: Day
    framework: Text | None = None
    actors: list[_ActorModel]


def _field_path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _message(error: Mapping[str, Any]) -> str:
    kind = error["type"]
    if kind == "relcycle":
        return str(error["msg"])
    if kind == "missing":
        return "is required; add it (see case-format.md)"
    if kind == "extra_forbidden":
        return "is not a known key of an actor; the keys are: id, name, role, aliases"
    return f"{error['msg']} (found {error.get('input')!r})"


def _fail(path: str | Path, field: str, message: str) -> CaseFormatError:
    return CaseFormatError(message, path=path, field=field)


def _contract_date(terms: Mapping[str, Any], key: str, path: str | Path) -> date | None:
    value = terms.get(key)
    if value is None:
        return None
    parsed = parse_iso(value)
    if parsed is None:
        raise _fail(
            path,
            f"contract.{key}",
            not_a_day(value)
            or suggest_iso(value)
            or f"{value!r} is not an ISO date; write it as YYYY-MM-DD (e.g. 2017-09-01)",
        )
    return parsed[0]


def _mid_term(
    terms: Mapping[str, Any],
    path: str | Path,
    within: tuple[date, date] | None,
    warn: Callable[[str], None],
) -> date | None:
    for key in MID_TERM_KEYS:
        value = terms.get(key)
        if value is None:
            continue
        if isinstance(value, Mapping):
            value = value.get("date")
        parsed = parse_iso(value)
        if parsed is not None:
            return parsed[0]
        # contract keys are free: a review said in words (around month 18 (January 2022))
        # is read for the time it names, else left unread, and the case is read without it
        field = f"{path} [contract.{key}]"
        named = _named_time(str(value), within) if isinstance(value, str) and within else None
        if named is not None:
            day, expression, precision = named
            said = f"{day:%Y-%m}" if precision is Precision.MONTH else day.isoformat()
            warn(f"{field}: read {value!r} as {said} (its '{expression}'); "
                 "write the date (2018-09-15) or month (2018-09) to say it exactly")  # fmt: skip
            return day
        warn(f"{field}: {value!r} names no date, so no mid-term review is placed; "
             "give its date (2018-09-15) or month (2018-09)")  # fmt: skip
        return None
    return None


def _named_time(text: str, within: tuple[date, date]) -> tuple[date, str, Precision] | None:
    """The first day of the time ``text`` names outright (January 2022), and how it says it.

    A week, a month or a day, not counted from another time; ``None`` when there is none.
    """
    ctx = TimeContext(reference=within[1], case_start=within[0], case_end=within[1])
    for mention in scan_text(text, ctx, prefilter=False)[0]:
        if not mention.relative and mention.precision.rank <= Precision.MONTH.rank:
            return mention.interval_start, mention.expression, mention.precision
    return None


SERVICE_START_DAYS = 31
"""A case studied from at most this many days after its signing starts its service then."""


def parse_contract(
    raw: Any,
    path: str | Path,
    case_start: date | None = None,
    case_end: date | None = None,
    warn: Callable[[str], None] | None = None,
) -> Contract | None:
    """Build the contract from case.yaml's free ``contract`` keys.

    ``start`` is the ``start`` key, else the case's start when that comes within
    :data:`SERVICE_START_DAYS` after ``signed`` (signed 2022-03-28, studied from
    2022-04-01: the service began on the first of April), else ``signed``; ``end`` the ``end`` key,
    else ``start`` + ``term_months`` - 1 day; ``mid_term`` the first of
    :data:`MID_TERM_KEYS` given (a date, a month, or a mapping with a ``date``; in
    words, the month or day the words name, told to ``warn``; none named: no mid-term,
    told to ``warn``).

    Raises:
        CaseFormatError: A date is not ISO, the term is not a whole number of
            months, or the contract ends before it starts.
    """
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise _fail(path, "contract", f"must be keys and values (signed: ..., ...), found {raw!r}")
    terms = {str(k): v for k, v in raw.items()}
    months = terms.get("term_months")
    if months is not None and (
        isinstance(months, bool) or not isinstance(months, int) or months <= 0
    ):
        raise _fail(
            path,
            "contract.term_months",
            f"{months!r} is not a whole number of months; write e.g. term_months: 24",
        )
    signed = _contract_date(terms, "signed", path)
    start = _contract_date(terms, "start", path)
    if start is None and signed is not None and case_start is not None:
        soon = 0 < (case_start - signed).days <= SERVICE_START_DAYS
        start = case_start if soon else signed
    start = start or signed
    end = _contract_date(terms, "end", path) or Contract.derive_end(start, months)
    if start is not None and end is not None and end < start:
        raise _fail(
            path, "contract.end", f"the contract ends ({end}) before it starts ({start}); fix them"
        )
    within = (case_start, case_end) if case_start is not None and case_end is not None else None
    mid_term = _mid_term(terms, path, within, warn or _ignore)
    return Contract(terms=terms, signed=signed, start=start, end=end, mid_term=mid_term)


def _ignore(message: str) -> None:
    """A warning nobody asked to hear."""


def _check_key_typos(raw: Mapping[Any, Any], known: set[str], path: str | Path) -> None:
    """Refuse an unknown key that is a known, absent key misspelt (``framwork``, ``contarct``).

    Other unknown keys (``note``) are kept with the case as they are.
    """
    absent = sorted(known - set(raw))
    for key in raw:
        if key in known:
            continue
        close = difflib.get_close_matches(str(key), absent, n=1, cutoff=_TYPO_CUTOFF)
        if close:
            raise _fail(
                path,
                str(key),
                f"{key!r} is not a key of case.yaml; did you mean {close[0]!r}? "
                "(a key relcycle does not know is kept as a note and not read)",
            )


def parse_case_yaml(
    text: str, path: str | Path = "case.yaml", warn: Callable[[str], None] | None = None
) -> Case:
    """Validate case.yaml's text and build the :class:`~relcycle.domain.Case`.

    Args:
        text: The decoded text of case.yaml.
        path: How to name the file in errors.
        warn: Told, one line each, what was read with a guess or left unread.

    Raises:
        CaseFormatError: The YAML is not valid (names the line) or breaks the
            case format (names the field).
    """
    raw = load_yaml_mapping(text, path, what="case.yaml", error=CaseFormatError).data
    known = set(_CaseModel.model_fields) | {"contract"}
    _check_key_typos(raw, known, path)
    try:
        model = _CaseModel.model_validate(
            {k: v for k, v in raw.items() if k in known - {"contract"}}
        )
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0]
        n = len(errors) - 1
        more = f" (and {n} more problem{'s' if n > 1 else ''} in this file)" if n else ""
        raise _fail(path, _field_path(first["loc"]), _message(first) + more) from None
    if model.end < model.start:
        raise _fail(
            path, "end", f"the case ends ({model.end}) before it starts ({model.start}); fix them"
        )
    if not model.actors:
        raise _fail(
            path, "actors", "a case needs at least one actor; list who the relationship is between"
        )
    seen: dict[str, int] = {}
    for i, actor in enumerate(model.actors):
        if actor.id in seen:
            raise _fail(
                path,
                f"actors[{i}].id",
                f"actor id {actor.id!r} is also used by actors[{seen[actor.id]}]; "
                "actor ids must be unique",
            )
        seen[actor.id] = i
    return Case(
        id=model.id,
        title=model.title,
        language=model.language,
        period=model.period,
        start=model.start,
        end=model.end,
        actors=tuple(Actor(a.id, a.name, a.role, tuple(a.aliases)) for a in model.actors),
        contract=parse_contract(raw.get("contract"), path, model.start, model.end, warn),
        framework=model.framework,
        extra={k: v for k, v in raw.items() if k not in known},
    )
