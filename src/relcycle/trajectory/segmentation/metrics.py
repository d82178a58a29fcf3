"""Comparing a segmentation with a known one: boundary F1 and covering.

Segmentations are lists of segment ends in ruptures' convention (sorted, the
last equal to the series length); the boundaries are all ends but the last.
"""

from __future__ import annotations


def _check(bkps: list[int], name: str) -> list[int]:
    if not bkps:
        raise ValueError(f"{name} is empty; a segmentation ends with the series length")
    return [int(b) for b in bkps[:-1]]


def boundary_f1(
    true_bkps: list[int], pred_bkps: list[int], margin: int = 1
) -> tuple[float, float, float]:
    """F1, precision and recall of predicted boundaries against true ones.

    A predicted boundary within ``margin`` periods of a true one is a hit; each
    true boundary is matched at most once (closest pairs first). With no true
    and no predicted boundary the score is perfect.

    Args:
        true_bkps: True segment ends (last = series length).
        pred_bkps: Predicted segment ends (last = series length).
        margin: Tolerance in periods.

    Returns:
        ``(f1, precision, recall)``.
    """
    true = _check(true_bkps, "true_bkps")
    pred = _check(pred_bkps, "pred_bkps")
    if not true and not pred:
        return 1.0, 1.0, 1.0
    pairs = sorted(
        (abs(t - p), i, j)
        for i, t in enumerate(true)
        for j, p in enumerate(pred)
        if abs(t - p) <= margin
    )
    used_t: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in pairs:
        if i not in used_t and j not in used_p:
            used_t.add(i)
            used_p.add(j)
    hits = len(used_t)
    precision = hits / len(pred) if pred else 1.0
    recall = hits / len(true) if true else 1.0
    f1 = 0.0 if hits == 0 else 2 * precision * recall / (precision + recall)
    return f1, precision, recall


def covering(true_bkps: list[int], pred_bkps: list[int]) -> float:
    """Segmentation covering of the true segmentation by the predicted one.

    ``sum over true segments |A| * max over predicted B of |A & B| / |A | B|``,
    divided by the series length (Arbelaez et al. 2011; as in TCPDBench).

    Raises:
        ValueError: The two segmentations end at different lengths.
    """
    if not true_bkps or not pred_bkps or true_bkps[-1] != pred_bkps[-1]:
        raise ValueError(
            f"both segmentations must end at the series length; got {true_bkps!r} and {pred_bkps!r}"
        )
    true = list(zip([0, *true_bkps[:-1]], true_bkps, strict=True))
    pred = list(zip([0, *pred_bkps[:-1]], pred_bkps, strict=True))
    total = 0.0
    for a0, a1 in true:
        best = 0.0
        for b0, b1 in pred:
            inter = min(a1, b1) - max(a0, b0)
            if inter > 0:
                best = max(best, inter / (max(a1, b1) - min(a0, b0)))
        total += (a1 - a0) * best
    return total / true_bkps[-1]
