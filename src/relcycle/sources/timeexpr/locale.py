"""What a case's currency says of its calendar, where case.yaml says nothing else.

Five readings depend on the country a case is in: the month its financial
year starts in (FY2022-23, EOFY) and the year a financial year written with
one year is named by (FY2022 ends in 2022 in Australia, Britain and the United
States, starts in it in Singapore and Japan), whether an English season word
names a southern season (autumn in March to May), whether a numeric date with
its year last is day-first (03/04/2022), and the day an English "National Day"
is (1 to 7 October, China's, unless the table says another). case.yaml may
say the first three outright (``financial_year_start`` under ``contract``,
``hemisphere``, ``date_order``); a case written to the plain format rarely
does, but its contract usually gives a ``currency``, one of the format's common
keys. The currency stands for the country's public-sector calendar:

========  ==================  ==========  ===========  ============
currency  financial year      hemisphere  dates        National Day
========  ==================  ==========  ===========  ============
AUD, NZD  July to June        south       day-first
ZAR       April to March      south       day-first
GBP, HKD, April to March      north       day-first
INR
SGD       April to March,     north       day-first    9 August
          FY2022 from April
          2022
JMD       April to March      north       day-first
KES, UGX  July to June        north       day-first
MYR, GHS, January to December north       day-first
NGN
PHP       January to December north       month-first
CAD       April to March      north       (not said)
JPY       April to March,     north       (year first)
          FY2022 from April
          2022
CNY, TWD, January to December north       (year first)
MOP
EUR       January to December north       day-first
USD       (not said: October  north       month-first
          federally, July in
          most states)
========  ==================  ==========  ===========  ============

A currency missing from the table says nothing, and neither does one a case
writes in a way not listed (:data:`_NAMES`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final, NamedTuple


class Calendar(NamedTuple):
    """A country's calendar as far as placing time needs it.

    Attributes:
        fy_start: The month (1-12) its public financial year starts in, or ``None``.
        southern: Whether its seasons are the southern hemisphere's.
        day_first: Whether it writes 03/04/2022 day-first (True), month-first
            (False), or ``None`` when it says nothing (or writes the year first).
        fy_named_by_start: Whether a financial year written with one year (FY2022,
            FY22) is named by the calendar year it starts in rather than ends in.
        national_day: The festival key of its National Day (``national_day`` is
            1 to 7 October).
    """

    fy_start: int | None
    southern: bool
    day_first: bool | None
    fy_named_by_start: bool = False
    national_day: str = "national_day"


_CALENDARS: Final[Mapping[str, Calendar]] = {
    "AUD": Calendar(7, True, True),
    "NZD": Calendar(7, True, True),
    "ZAR": Calendar(4, True, True),
    "GBP": Calendar(4, False, True),
    "HKD": Calendar(4, False, True),
    "SGD": Calendar(4, False, True, fy_named_by_start=True, national_day="national_day_sg"),
    "INR": Calendar(4, False, True),
    "JMD": Calendar(4, False, True),
    "KES": Calendar(7, False, True),
    "UGX": Calendar(7, False, True),
    "MYR": Calendar(1, False, True),
    "GHS": Calendar(1, False, True),
    "NGN": Calendar(1, False, True),
    "PHP": Calendar(1, False, False),
    "CAD": Calendar(4, False, None),
    "JPY": Calendar(4, False, None, fy_named_by_start=True),
    "CNY": Calendar(1, False, None),
    "TWD": Calendar(1, False, None),
    "MOP": Calendar(1, False, None),
    "EUR": Calendar(1, False, True),
    "USD": Calendar(None, False, False),
}

#: Other ways a case.yaml writes a currency, casefolded, without blanks and dots.
_NAMES: Final[Mapping[str, str]] = {
    "rmb": "CNY",
    "人民币": "CNY",
    "元": "CNY",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "hk$": "HKD",
    "港币": "HKD",
    "港元": "HKD",
    "nt$": "TWD",
    "ntd": "TWD",
    "新台币": "TWD",
    "新臺幣": "TWD",
    "£": "GBP",
    "us$": "USD",
    "s$": "SGD",
    "€": "EUR",
}
_BLANKS = re.compile(r"[\s.]")


def currency_calendar(terms: Mapping[str, Any]) -> Calendar | None:
    """The calendar a contract's ``currency`` stands for, or ``None`` when it says none.

    Args:
        terms: The contract's free keys from case.yaml (``currency: AUD``, ``A$``,
            ``rmb`` …).
    """
    value = terms.get("currency")
    if not isinstance(value, str):
        return None
    key = _BLANKS.sub("", value.casefold())
    return _CALENDARS.get(_NAMES.get(key, key.upper()))
