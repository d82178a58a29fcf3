"""Parameter sweeps: a cartesian grid of parameter sets run in vectorised blocks on Dask.

A sweep never runs one task per point. The grid's points are cut into
*blocks* (by default 512 parameter sets each); one task runs one block
through a vectorised batch function, which maps a batch of parameter arrays
to per-run outputs::

    fn(params: dict[str, ndarray (n,)], seed: int) -> dict[str, ndarray (n, ...)]

:func:`run_blocks` runs the blocks on a Dask ``LocalCluster`` (threads, two
workers: cheap to start, and numpy releases the GIL), on an existing cluster
(``scheduler="tcp://host:8786"``), or in-process (``dask=False``). Each block
gets its own seed, derived from the sweep's seed and the block's index only,
so the three give identical arrays for the same ``block`` size.

:func:`plot_map` draws an outcome over two swept parameters: a phase map over
two levers, or — with the initial shares as the axes and a categorical
outcome such as the final stage — the basin of attraction of each outcome.
"""

from __future__ import annotations

import io
import itertools
import math
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from relcycle.errors import ConfigError

FloatArray = npt.NDArray[np.float64]
BatchFn = Callable[[dict[str, FloatArray], int], Mapping[str, npt.NDArray[Any]]]
"""A vectorised run: parameter arrays ``(n,)`` and a seed → outputs with ``n`` rows each."""

DEFAULT_BLOCK = 512
"""Parameter sets per task: large enough that numpy's per-step overhead is paid rarely."""

MAX_POINTS = 2_000_000
"""Largest grid accepted (a guard against a typo such as ``--grid a=0:1:1e-9``)."""


@dataclass(frozen=True, slots=True)
class Grid:
    """A cartesian grid over named parameters.

    Attributes:
        axes: ``(name, values)`` per swept parameter, in the order given; the
            first axis varies slowest.
    """

    axes: tuple[tuple[str, tuple[float, ...]], ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The swept parameters' names."""
        return tuple(name for name, _ in self.axes)

    @property
    def shape(self) -> tuple[int, ...]:
        """Points along each axis."""
        return tuple(len(values) for _, values in self.axes)

    @property
    def size(self) -> int:
        """Number of points."""
        return math.prod(self.shape)

    def points(self) -> dict[str, FloatArray]:
        """Every point of the grid, one flat array ``(size,)`` per parameter (C order)."""
        if not self.axes:
            return {}
        mesh = np.meshgrid(*(np.asarray(v, dtype=np.float64) for _, v in self.axes), indexing="ij")
        return {name: m.ravel() for name, m in zip(self.names, mesh, strict=True)}


def make_grid(
    axes: Mapping[str, Iterable[float]] | Sequence[tuple[str, Iterable[float]]],
    check: Callable[[str, FloatArray], None] | None = None,
) -> Grid:
    """Build a grid, checking names and values.

    Args:
        axes: Parameter name → the values to sweep (or ``(name, values)`` pairs).
        check: Called with each parameter's name and values; raises on an
            unknown name or a value out of range (the model's registry).

    Raises:
        ConfigError: An axis with no values, a non-finite value, a parameter
            given twice, or too many points; whatever ``check`` raises.
    """
    pairs = list(axes.items()) if isinstance(axes, Mapping) else list(axes)
    if not pairs:
        raise ConfigError("a sweep needs at least one --grid NAME=V1,V2,...")
    seen: set[str] = set()
    out = []
    for name, raw in pairs:
        if name in seen:
            raise ConfigError(f"--grid {name}: the parameter is given twice; give it once")
        seen.add(name)
        values = np.asarray(list(raw), dtype=np.float64)
        if values.size == 0:
            raise ConfigError(f"--grid {name}: no values; write {name}=V1,V2,...")
        if not np.isfinite(values).all():
            raise ConfigError(f"--grid {name}: values must be finite numbers")
        if check is not None:
            check(name, values)
        out.append((name, tuple(float(v) for v in values)))
    grid = Grid(tuple(out))
    if grid.size > MAX_POINTS:
        raise ConfigError(f"the grid has {grid.size:,} points; at most {MAX_POINTS:,} are allowed")
    return grid


def parse_axis(text: str) -> tuple[str, list[float]]:
    """Read ``NAME=V1,V2,...`` or ``NAME=START:STOP:COUNT`` (``COUNT`` values, ends included).

    Raises:
        ConfigError: The text is not in either form.
    """
    name, sep, rest = text.partition("=")
    name = name.strip()
    if not sep or not name or not rest.strip():
        raise ConfigError(f"--grid {text!r}: write NAME=V1,V2,... or NAME=START:STOP:COUNT")
    try:
        if ":" in rest:
            start, stop, count = rest.split(":")
            n = int(count)
            if n < 1:
                raise ValueError
            return name, [float(v) for v in np.linspace(float(start), float(stop), n)]
        return name, [float(v) for v in rest.split(",")]
    except ValueError:
        raise ConfigError(
            f"--grid {text!r}: values must be numbers, as NAME=V1,V2,... or NAME=START:STOP:COUNT"
        ) from None


def block_seed(seed: int, index: int) -> int:
    """The seed of block ``index``: depends on the sweep's seed and the index only."""
    state = np.random.SeedSequence([seed, index]).generate_state(1, dtype=np.uint32)
    return int(state[0])


def auto_block(size: int, workers: int) -> int:
    """A block size that gives every worker a few tasks, at most :data:`DEFAULT_BLOCK` sets."""
    return max(1, min(DEFAULT_BLOCK, math.ceil(size / (4 * max(1, workers)))))


def split(points: Mapping[str, FloatArray], block: int) -> list[dict[str, FloatArray]]:
    """Cut flat parameter arrays into consecutive blocks of at most ``block`` sets."""
    if block < 1:
        raise ConfigError(f"block must be at least 1, got {block}")
    n = len(next(iter(points.values()))) if points else 0
    return [
        {name: np.ascontiguousarray(v[i : i + block]) for name, v in points.items()}
        for i in range(0, n, block)
    ]


def _run_block(fn: BatchFn, params: dict[str, FloatArray], seed: int) -> dict[str, Any]:
    """One task: one block through the vectorised function (outputs as numpy arrays)."""
    n = len(next(iter(params.values())))
    out = {k: np.asarray(v) for k, v in fn(params, seed).items()}
    for k, v in out.items():
        if v.shape[:1] != (n,):
            raise ValueError(f"output {k!r} has shape {v.shape}; expected {n} rows")
    return out


def _concat(parts: Sequence[Mapping[str, npt.NDArray[Any]]]) -> dict[str, npt.NDArray[Any]]:
    if not parts:
        return {}
    return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}


def run_blocks(
    fn: BatchFn,
    points: Mapping[str, FloatArray],
    *,
    seed: int = 0,
    block: int = DEFAULT_BLOCK,
    dask: bool = True,
    scheduler: str | None = None,
    workers: int = 2,
    processes: bool = False,
    timeout: float = 10.0,
) -> dict[str, npt.NDArray[Any]]:
    """Run ``fn`` over every parameter set, one task per block.

    Args:
        fn: The vectorised run (picklable when the cluster runs processes).
        points: Flat parameter arrays, one per parameter, of equal length.
        seed: The sweep's seed; block ``i`` runs with :func:`block_seed` ``(seed, i)``.
        block: Parameter sets per task.
        dask: Run on Dask; ``False`` runs the blocks in this process, in order.
        scheduler: Address of an existing Dask scheduler; ``None`` starts a
            ``LocalCluster`` of ``workers`` thread workers, closed afterwards.
        workers: Workers of the local cluster.
        processes: Local workers are processes (each imports relcycle anew:
            worth it for large sweeps, whose stage labelling is Python that
            threads would run one at a time) rather than threads.
        timeout: Seconds to wait for an existing scheduler to answer.

    Returns:
        Each output, concatenated over the blocks (one row per parameter set).

    Raises:
        ConfigError: The scheduler cannot be reached, or ``workers``/``block`` < 1.
    """
    blocks = split(points, block)
    seeds = [block_seed(seed, i) for i in range(len(blocks))]
    if not dask:
        return _concat([_run_block(fn, b, s) for b, s in zip(blocks, seeds, strict=True)])
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, got {workers}")
    import distributed

    # distributed's constructors are untyped; read them as Any
    Client: Any = distributed.Client
    LocalCluster: Any = distributed.LocalCluster

    if scheduler is None:
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=processes,
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as client,
        ):
            return _gather(client, fn, blocks, seeds)
    try:
        client = Client(scheduler, timeout=f"{timeout}s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(
            f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})"
        ) from None
    with client:
        return _gather(client, fn, blocks, seeds)


def _gather(
    client: Any, fn: BatchFn, blocks: list[dict[str, FloatArray]], seeds: list[int]
) -> dict[str, npt.NDArray[Any]]:
    futures = client.map(_run_block, [fn] * len(blocks), blocks, seeds, pure=False, key=None)
    return _concat(client.gather(futures))


def _reduce(values: npt.NDArray[Any], keep: tuple[int, int]) -> npt.NDArray[Any]:
    """Reduce a grid-shaped array to two kept axes: the mean (numbers) or the mode (labels)."""
    rows, cols = values.shape[keep[0]], values.shape[keep[1]]
    moved = np.moveaxis(values, keep, (0, 1)).reshape(rows, cols, -1)
    if values.dtype.kind in "fiub":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # an all-NaN cell stays NaN
            return np.asarray(np.nanmean(moved.astype(np.float64), axis=2))
    out = np.empty((rows, cols), dtype=object)
    for i, j in itertools.product(range(rows), range(cols)):
        labels, counts = np.unique(moved[i, j].astype(str), return_counts=True)
        out[i, j] = labels[int(np.argmax(counts))]
    return out


def plot_map(
    grid: Grid,
    values: npt.NDArray[Any],
    *,
    x: str,
    y: str,
    title: str = "",
    label: str = "",
    order: Sequence[str] = (),
) -> bytes:
    """Draw an outcome over two swept parameters; the PNG's bytes (writing them is the caller's).

    Numbers (time to symbiosis, share of breakdowns) are drawn as a heat map,
    averaged over any other swept parameter; labels (the final stage) as
    coloured regions, the most frequent label over the other parameters —
    with the initial shares as ``x`` and ``y`` this is a basin-of-attraction map.

    Args:
        grid: The sweep's grid.
        values: The outcome per point, ``(grid.size,)``, in the grid's order.
        x: The parameter on the horizontal axis.
        y: The parameter on the vertical axis.
        title: The plot's title.
        label: The colour bar's label (numbers only).
        order: Labels in the order of their colours (default: sorted).

    Raises:
        ConfigError: ``x`` or ``y`` is not a swept parameter, or is swept over one value.
    """
    names = grid.names
    for axis in (x, y):
        if axis not in names:
            raise ConfigError(
                f"--plot axis {axis!r} is not swept; choose one of: {', '.join(names)}"
            )
    if x == y:
        raise ConfigError(f"--plot needs two different axes, got {x!r} twice")
    ix, iy = names.index(x), names.index(y)
    if grid.shape[ix] < 2 or grid.shape[iy] < 2:
        raise ConfigError(f"--plot: sweep {x} and {y} over at least two values each")
    cube = np.asarray(values).reshape(grid.shape)
    plane = _reduce(cube, (iy, ix))  # rows y, columns x
    xs = np.asarray(grid.axes[ix][1])
    ys = np.asarray(grid.axes[iy][1])

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.colors import BoundaryNorm, ListedColormap

    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    try:
        if plane.dtype == object:
            kinds = list(order) or sorted({str(v) for v in plane.ravel()})
            kinds += sorted({str(v) for v in plane.ravel()} - set(kinds))
            codes = np.vectorize(kinds.index, otypes=[np.int64])(plane.astype(str))
            cmap = ListedColormap(plt.get_cmap("tab10")(np.arange(len(kinds)) % 10))
            norm = BoundaryNorm(np.arange(len(kinds) + 1) - 0.5, len(kinds))
            mesh = ax.pcolormesh(xs, ys, codes, cmap=cmap, norm=norm, shading="nearest")
            bar = fig.colorbar(mesh, ax=ax, ticks=range(len(kinds)))
            bar.ax.set_yticklabels(kinds)
        else:
            mesh = ax.pcolormesh(xs, ys, plane.astype(np.float64), shading="nearest")
            fig.colorbar(mesh, ax=ax, label=label)
        ax.set_xlabel(x)
        ax.set_ylabel(y)
        if title:
            ax.set_title(title)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=120, bbox_inches="tight")
        return buf.getvalue()
    finally:
        plt.close(fig)
