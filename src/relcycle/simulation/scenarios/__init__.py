"""Scenarios: YAML files naming parameter values, uncertain parameters and a horizon.

Built in (this folder): ``baseline``, ``behaviour-boundary``, ``dialogue``,
``return-to-contract``, ``all-three``. Users write their own::

    name: my-scenario                 # required
    description: what it stands for   # optional
    months: 96                        # horizon, 12 to 600 months (default 96)
    dt: 0.05                          # RK4 step in months (default 0.05)
    method: rk4                       # rk4 | heun | euler
    noise: 0.0                        # σ of the state noise (needs seed)
    parameters:                       # central values; others take defaults
      dialogue: 0.1
      dialogue_from: 24               # the dialogue mechanism from month 24
    uncertain:                        # optional: distributions for the draws
      grievance: {dist: uniform, low: 1.0, high: 2.0}
      trust_rate: {dist: normal, mean: 0.3, sd: 0.05}
      erosion: {dist: triangular, low: 0.05, mode: 0.1, high: 0.2}
    draws: 100                        # draws of the uncertain parameters
    seed: 2018                        # seed of the draws (and of the noise)

Run 0 is the *central* run (``parameters`` as given); runs ``1..draws`` draw
each uncertain parameter from its distribution (normal draws are clipped to
the parameter's documented range), with the other values as in run 0.
Outcome probabilities (breakdown, reaching symbiosis) are over the draws.

Every problem is a :class:`~relcycle.errors.ScenarioError` naming the file
and the field: ``my.yaml [parameters.dialog]: unknown parameter 'dialog';
choose one of: ...``.
"""

from relcycle.simulation.scenarios.run import ScenarioResult, run_scenario
from relcycle.simulation.scenarios.spec import (
    Distribution,
    Scenario,
    ScenarioSpec,
    builtin_scenarios,
    load_scenario,
    parse_scenario,
)

__all__ = [
    "Distribution",
    "Scenario",
    "ScenarioResult",
    "ScenarioSpec",
    "builtin_scenarios",
    "load_scenario",
    "parse_scenario",
    "run_scenario",
]
