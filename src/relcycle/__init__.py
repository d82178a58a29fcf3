"""relcycle: reconstruct, with evidence, how a funded project's relationship evolved.

The Python API for notebooks and scripts::

    import relcycle

    data = relcycle.read_case("my-case")            # a case folder, in memory
    store = relcycle.open_store("sqlite:///relcycle.db")
    store.import_case(data.case, data.sources, data.events, data.codings)

    settings = relcycle.Settings.from_env()         # RELCYCLE_DB or relcycle.db
    run = relcycle.analyze("my-case", settings)     # import, auto-code, stages, advice
    relcycle.write_report("my-case", settings, out_dir="reports")
    sim = relcycle.simulate_scenario("dialogue")    # the model under a scenario

The use cases (``analyze``, ``autocode``, ``write_report``,
``simulate_scenario``) and the scenario engine (``load_scenario``,
``run_scenario``, ``builtin_scenarios``) are loaded when first used, so that
``import relcycle`` stays light (no numpy, scipy or plotting libraries).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from relcycle.domain import (
    Actor,
    Case,
    CaseData,
    Coding,
    Contract,
    Event,
    ParsedSource,
    Period,
    Precision,
    Segment,
    Source,
    TimeAnchor,
)
from relcycle.errors import (
    CaseFormatError,
    ConfigError,
    FrameworkError,
    InputError,
    NotFoundError,
    RelcycleError,
    ScenarioError,
    SimulationError,
    SourceReadError,
    StoreError,
)
from relcycle.settings import Settings
from relcycle.sources.folder import CaseFolder, read_case
from relcycle.store import Store

if TYPE_CHECKING:
    from relcycle.services.analysis import AnalysisRun, analyze
    from relcycle.services.coding import AutocodeResult, autocode
    from relcycle.services.report import ReportResult, write_report
    from relcycle.services.simulation import SimulationRun, simulate_scenario
    from relcycle.simulation.scenarios import (
        Scenario,
        ScenarioResult,
        builtin_scenarios,
        load_scenario,
        run_scenario,
    )
    from relcycle.trajectory.result import Analysis

__version__ = "0.1.0"


def open_store(url: str | None = None) -> Store:
    """Open (creating or upgrading) a store.

    Args:
        url: ``sqlite:///path.db`` or ``postgresql://user@host/db``; when
            omitted, ``RELCYCLE_DB`` or the default ``sqlite:///relcycle.db``.

    Raises:
        ConfigError: The URL is not one relcycle can use.
        StoreError: The database cannot be reached or opened.
    """
    from relcycle.store import connect

    return connect(url or Settings.from_env().db)


_LAZY = {
    "Analysis": "relcycle.trajectory.result",
    "AnalysisRun": "relcycle.services.analysis",
    "analyze": "relcycle.services.analysis",
    "AutocodeResult": "relcycle.services.coding",
    "autocode": "relcycle.services.coding",
    "ReportResult": "relcycle.services.report",
    "write_report": "relcycle.services.report",
    "SimulationRun": "relcycle.services.simulation",
    "simulate_scenario": "relcycle.services.simulation",
    "Scenario": "relcycle.simulation.scenarios",
    "ScenarioResult": "relcycle.simulation.scenarios",
    "builtin_scenarios": "relcycle.simulation.scenarios",
    "load_scenario": "relcycle.simulation.scenarios",
    "run_scenario": "relcycle.simulation.scenarios",
}
"""Names loaded on first use (they pull in numpy, scipy and the engines) → their module."""


def __getattr__(name: str) -> Any:
    """Load one of the ``_LAZY`` names on first use and keep it."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'relcycle' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Actor",
    "Analysis",
    "AnalysisRun",
    "AutocodeResult",
    "Case",
    "CaseData",
    "CaseFolder",
    "CaseFormatError",
    "Coding",
    "ConfigError",
    "Contract",
    "Event",
    "FrameworkError",
    "InputError",
    "NotFoundError",
    "ParsedSource",
    "Period",
    "Precision",
    "RelcycleError",
    "ReportResult",
    "Scenario",
    "ScenarioError",
    "ScenarioResult",
    "Segment",
    "Settings",
    "SimulationError",
    "SimulationRun",
    "Source",
    "SourceReadError",
    "Store",
    "StoreError",
    "TimeAnchor",
    "__version__",
    "analyze",
    "autocode",
    "builtin_scenarios",
    "load_scenario",
    "open_store",
    "read_case",
    "run_scenario",
    "simulate_scenario",
    "write_report",
]
