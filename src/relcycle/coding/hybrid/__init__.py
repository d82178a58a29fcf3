"""The hybrid auto-coder: a framework's rules plus a small learned model shipped with it.

See :class:`HybridCoder`; the model's labelled examples and how they were
chosen are in :mod:`relcycle.coding.hybrid.model` and
:mod:`relcycle.coding.hybrid.build`.
"""

from relcycle.coding.hybrid.coder import LEARNED_RULE, HybridCoder

__all__ = ["LEARNED_RULE", "HybridCoder"]
