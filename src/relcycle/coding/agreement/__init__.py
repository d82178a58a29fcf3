"""Inter-coder agreement: percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha.

The arithmetic is done by ``statsmodels`` (Cohen's and Fleiss' kappa) and
``krippendorff`` (alpha); this package checks the input, builds the tables
those libraries take, and turns a case's codings into units.

Conventions shared by every function:

* ``None`` (or a float NaN) is a missing value; pairs or units without enough
  values are dropped, and a ``ValueError`` says so when nothing is left.
* A bad argument (unknown option, lengths that differ, empty input) raises
  ``ValueError`` naming the function, what was expected and what was found.
* A statistic that is *undefined* for the data returns NaN rather than
  raising: kappa when both coders used one single category, Fleiss' kappa when
  every rating is in one category, alpha when the pairable units hold a single
  value. In each case chance agreement is perfect, so agreement beyond chance
  cannot be measured; a report over many codes should show "undefined" for such
  a code, not stop.
"""

from relcycle.coding.agreement.alpha import (
    LEVELS,
    BootstrapAlpha,
    Level,
    bootstrap_alpha,
    krippendorff_alpha,
)
from relcycle.coding.agreement.fleiss import fleiss_kappa
from relcycle.coding.agreement.pairwise import WEIGHTS, Weights, cohen_kappa, percent_agreement
from relcycle.coding.agreement.report import (
    AgreementReport,
    AgreementResult,
    KappaMethod,
    agreement_report,
)
from relcycle.coding.agreement.units import Units, unitise

__all__ = [
    "LEVELS",
    "WEIGHTS",
    "AgreementReport",
    "AgreementResult",
    "BootstrapAlpha",
    "KappaMethod",
    "Level",
    "Units",
    "Weights",
    "agreement_report",
    "bootstrap_alpha",
    "cohen_kappa",
    "fleiss_kappa",
    "krippendorff_alpha",
    "percent_agreement",
    "unitise",
]
