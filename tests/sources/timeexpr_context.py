"""The context the time-expression tests resolve against.

An interview recorded on 2019-12-10, in a case studied from 2017-09-01 to
2019-12-31 whose contract runs from 2017-09-01 to 2019-08-31 with its mid-term
review on 2018-09-01.
"""

from __future__ import annotations

from datetime import date

from relcycle.sources.timeexpr import TimeContext

CTX = TimeContext(
    reference=date(2019, 12, 10),
    case_start=date(2017, 9, 1),
    case_end=date(2019, 12, 31),
    contract_start=date(2017, 9, 1),
    contract_end=date(2019, 8, 31),
    mid_term=date(2018, 9, 1),
)
