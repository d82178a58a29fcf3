import subprocess
import sys

import pytest

import relcycle

EXPECTED = {
    "Actor", "Analysis", "AnalysisRun", "AutocodeResult", "Case", "CaseData", "CaseFolder",
    "CaseFormatError", "Coding", "ConfigError", "Contract", "Event", "FrameworkError",
    "InputError", "NotFoundError", "ParsedSource", "Period", "Precision", "RelcycleError",
    "ReportResult", "Scenario", "ScenarioError", "ScenarioResult", "Segment", "Settings",
    "SimulationError", "SimulationRun", "Source", "SourceReadError", "Store", "StoreError",
    "TimeAnchor", "__version__", "analyze", "autocode", "builtin_scenarios", "load_scenario",
    "open_store", "read_case", "run_scenario", "simulate_scenario", "write_report",
}  # fmt: skip

HEAVY = (
    "numpy",
    "scipy",
    "ruptures",
    "jinja2",
    "plotly",
    "matplotlib",
    "dask",
    "pyabc",
    "playwright",
)


def test_public_names_are_exactly_all() -> None:
    assert set(relcycle.__all__) == EXPECTED
    for name in relcycle.__all__:
        assert hasattr(relcycle, name), name


def test_use_cases_are_the_services_own_functions() -> None:
    from relcycle.services import analysis, coding, report, simulation
    from relcycle.simulation import scenarios

    assert relcycle.analyze is analysis.analyze
    assert relcycle.autocode is coding.autocode
    assert relcycle.write_report is report.write_report
    assert relcycle.simulate_scenario is simulation.simulate_scenario
    assert relcycle.run_scenario is scenarios.run_scenario
    assert set(EXPECTED) <= set(dir(relcycle))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'analyse'"):
        relcycle.analyse  # noqa: B018


def test_importing_relcycle_leaves_the_heavy_libraries_unloaded() -> None:
    code = (
        "import sys, relcycle\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
        "relcycle.analyze\n"
        "print('numpy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    heavy, loaded = done.stdout.splitlines()
    assert heavy == ""
    assert loaded == "True"  # the lazy name does load the engine


def test_read_case_and_open_store_work_together(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from relcycle.examples import example_path

    data = relcycle.read_case(example_path("riverside"))
    assert data.case.language == "en"
    assert len(data.sources) >= 20
    with relcycle.open_store(f"sqlite:///{tmp_path / 'api.db'}") as store:
        report = store.import_case(data.case, data.sources, data.events, data.codings)
        assert report.case_created
        assert [c.id for c in store.cases()] == [data.case.id]


def test_a_scenario_runs_from_the_top_level() -> None:
    names = relcycle.builtin_scenarios()
    assert "baseline" in names
    run = relcycle.simulate_scenario("baseline", draws=0)
    assert isinstance(run, relcycle.SimulationRun)
    assert run.result.scenario.name == "baseline"
