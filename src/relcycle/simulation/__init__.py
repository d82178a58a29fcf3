"""relcycle.simulation: the relationship's dynamics under policy levers.

The model, its equations and the theory behind each term are in
``docs/MODEL.md``. Engines here import only :mod:`relcycle.domain`,
:mod:`relcycle.frameworks`, the pure functions of :mod:`relcycle.trajectory`
and numeric libraries; files are read and written by
:mod:`relcycle.services.simulation`.

The interface (names are stable; sweeps, sensitivity, calibration and what-if
code against them):

:mod:`~relcycle.simulation.params`
    ``PARAMETERS`` (name → :class:`~relcycle.simulation.params.Parameter`:
    default, ``low``/``high``, unit, meaning, theory, kind), ``LEVERS``,
    ``parameter(name)``, ``parameter_names()``, ``check_value(name, v)`` and
    :class:`~relcycle.simulation.params.ParameterBatch` (``from_mapping``,
    ``from_matrix``, ``defaults``, ``[name]``, ``row(i)``, ``matrix(names)``,
    ``take(idx)``, ``replace(mapping)``, ``concat``). Lever switches:
    ``<lever>_from`` (month the lever starts); funding: ``funding_initial``
    until ``funding_from``, then ``funding``.
:mod:`~relcycle.simulation.model`
    ``STATES`` (control, resistance, trust, dependence, information,
    legitimacy), the ``System`` protocol, :class:`~relcycle.simulation.model.RelationshipModel`.
:mod:`~relcycle.simulation.engine`
    ``simulate(batch, *, months=96, dt=0.05, method="rk4", noise=0.0,
    seed=None, record_every=1.0, dtype=float64, chunk=65536, backend="auto")
    -> Trajectory`` (``BACKENDS``: the numba kernel or numpy, same runs)
    (``time`` (T,), ``states`` (N, T, 6), ``state(name)`` (N, T), ``final``);
    ``step_error(batch, ...)`` vs ``STEP_TOLERANCE``; ``integrate(system,
    grid, ...)`` for any ``System``; ``INTEGRATORS``; ``make_grid``.
:mod:`~relcycle.simulation.games`
    The coordination and inspection games as ``System`` objects with their
    textbook equilibria and Jacobians (known-answer tests).
:mod:`~relcycle.simulation.indicators`
    ``indicator_rates(traj) -> (N, T, 12)``: the framework's indicators per
    month (expected evidence per month), ``indicator_table(traj, i)`` →
    :class:`~relcycle.trajectory.indicators.IndicatorTable` for run ``i``.
:mod:`~relcycle.simulation.labels`
    ``label_run(traj, i) -> list[SimStage]`` (``label``, ``start``, ``end``
    in months) with the stage labelling used on real cases;
    ``label_runs(traj)``.
:mod:`~relcycle.simulation.outcomes`
    ``time_to(stages, "symbiosis")``, ``time_in(stages, "resistance")``,
    ``breakdown(traj) -> (N,) bool`` and ``summarise``.
:mod:`~relcycle.simulation.scenarios`
    ``load_scenario(name_or_path) -> Scenario``, ``builtin_scenarios()``,
    ``Scenario.batch(overrides, draws, seed)``, ``run_scenario(scenario,
    overrides) -> ScenarioResult``.
"""
