"""The hybrid coder: the framework's rules, plus codes a learned model is sure of.

Every coding the dictionary coder makes is kept. A model learned from
labelled sentences shipped with the package (:mod:`~.model`) then reads each
segment as a whole, and a behaviour code it gives at least ``threshold_``
is added to the segment, spanning it, unless the rules already found that
code there, negated or not: a negated hit ("镇里并没有要求…") says the act did
not happen, so the model may not put it back. A learned code is attributed as a
rule hit with no actor named near it: to the turn's speaker when the code
describes the speaker's role, else to the case's only actor of the code's role
(:mod:`~relcycle.coding.dictionary.attribution`).

Measured on text the rules were not written from (``bench/coding_quality.py
--coder hybrid``), this lifts behaviour recall more than it costs precision;
the rules alone remain the dictionary coder.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Final, Self

from relcycle.coding.base import AutoCoder, AutoCoding
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.coding.dictionary.attribution import Attributor
from relcycle.coding.dictionary.context import TextContext
from relcycle.coding.dictionary.turns import is_interviewer_turn
from relcycle.coding.hybrid.model import ModelFile, fit_model, learned_model
from relcycle.domain import Case, Segment
from relcycle.errors import ConfigError
from relcycle.frameworks import Framework
from relcycle.sources.script import to_simplified

NAME: Final = "hybrid"
LEARNED_RULE: Final = "(learned)"
"""The ``rule`` of a code the model added: no rule of the framework found it."""


class HybridCoder(AutoCoder):
    """Dictionary rules, plus behaviour codes from a shipped learned model.

    Args:
        framework: The framework (or its name or folder); by default the case's.
            A learned model must be shipped for it (``gpps-lifecycle`` is).
        include_negated: Keep the rules' negated hits too (the model never
            adds a code the rules found negated).
        threshold: Probability from which the model adds a code; ``None``
            uses the model file's.
        model: A model file to learn from instead of the one shipped for the
            framework (fitted by each :meth:`fit`, not cached): a variant, such
            as a fold of a cross-validation.

    Attributes:
        dictionary_: The fitted :class:`DictionaryCoder` (it keeps negated hits).
        model_: The fitted :class:`~relcycle.coding.supervised.SupervisedCoder`.
        threshold_: The threshold used.
        coder_: Provenance, ``auto:hybrid@<framework hash>+<model file digest>``.
        attributor_: Attributes the learned codes (the case's actors and roles).
        applies_to_: Code id → the role whose behaviour it describes.
    """

    def __init__(
        self,
        framework: Framework | str | None = None,
        include_negated: bool = False,
        threshold: float | None = None,
        model: ModelFile | None = None,
    ) -> None:
        self.framework = framework
        self.include_negated = include_negated
        self.threshold = threshold
        self.model = model

    def fit(self, case: Case) -> Self:
        """Prepare the rules for ``case`` and load the framework's learned model.

        Raises:
            ConfigError: ``threshold`` is not between 0 and 1, no model is
                shipped for the framework (and none given), the model is of
                another framework, or it knows codes the framework lacks.
            FrameworkError: The framework cannot be loaded.
        """
        if self.threshold is not None and not 0.0 < self.threshold < 1.0:
            raise ConfigError(
                f"HybridCoder: threshold must be between 0 and 1 (or None), got {self.threshold!r}"
            )
        dictionary = DictionaryCoder(framework=self.framework, include_negated=True).fit(case)
        framework = dictionary.framework_
        if self.model is None:
            model_file, model = learned_model(framework.id)
        elif self.model.framework != framework.id:
            raise ConfigError(
                f"HybridCoder: the model given is of framework {self.model.framework!r},"
                f" not {framework.id!r}"
            )
        else:
            model_file, model = self.model, fit_model(self.model)
        known = {c.id for c in framework.codes}
        missing = sorted(set(model.codes_) - known)
        if missing:
            raise ConfigError(
                f"HybridCoder: the learned model of {framework.id!r} gives codes the framework"
                f" does not have ({', '.join(missing)}); rebuild it with"
                " python -m relcycle.coding.hybrid.build"
            )
        self.dictionary_ = dictionary
        self.model_ = model
        self.attributor_ = Attributor(case, "en")  # it looks for no names here: any language
        self.applies_to_ = {c.id: c.applies_to for c in framework.codes}
        self.threshold_ = self.threshold if self.threshold is not None else model_file.threshold
        self.coder_ = f"auto:{NAME}@{framework.hash}+{model_file.digest}"
        return self

    def predict(self, segments: Sequence[Segment], lang: str | None = None) -> list[AutoCoding]:
        """The rules' codings and the model's added codes, in segment order.

        Within a segment, codings come by (start, -end, code); a code the model
        added spans the whole segment, carries its probability as confidence,
        the rule ``(learned)`` and the actor :meth:`learned_actor` gives. An
        interviewer's turn gets neither
        (:func:`~relcycle.coding.dictionary.turns.is_interviewer_turn`).

        Raises:
            NotFittedError: :meth:`fit` has not been called.
            ConfigError: ``lang`` is not ``zh``, ``en`` or ``mixed``.
        """
        self._check_fitted("dictionary_")
        by_segment: dict[tuple[str, int], list[AutoCoding]] = defaultdict(list)
        for c in self.dictionary_.predict(segments, lang):
            by_segment[c.source_id, c.segment_index].append(c)
        read = [to_simplified(s.text) for s in segments] if self.dictionary_.simplifies_ else None
        texts = (
            [replace(s, text=t) for s, t in zip(segments, read, strict=True)] if read else segments
        )
        probabilities = self.model_.predict_proba(texts)
        codes = self.model_.codes_
        out: list[AutoCoding] = []
        for segment, row in zip(segments, probabilities, strict=True):
            found = by_segment.get((segment.source_id, segment.index), [])
            had = {c.code for c in found}
            here = [
                replace(c, coder=self.coder_)
                for c in found
                if self.include_negated or not c.negated
            ]
            # an interviewer's turn is no evidence, for the model as for the rules
            learned = [] if is_interviewer_turn(segment) else zip(codes, row, strict=True)
            for code, p in learned:
                if p < self.threshold_ or code in had:
                    continue
                actor, actor_confidence = self.learned_actor(segment, code)
                here.append(
                    AutoCoding(
                        source_id=segment.source_id,
                        start=segment.start,
                        end=segment.end,
                        code=code,
                        coder=self.coder_,
                        confidence=float(p),
                        actor=actor,
                        actor_confidence=actor_confidence,
                        rule=LEARNED_RULE,
                        segment_index=segment.index,
                    )
                )
            here.sort(key=lambda c: (c.start, -c.end, c.code))
            out.extend(here)
        return out

    def learned_actor(self, segment: Segment, code: str) -> tuple[str | None, float]:
        """Who does the act of a learned ``code`` in ``segment``, and how sure that is.

        The model reads the segment as a whole, so no mention is tied to the
        act: the turn's speaker when the code describes the speaker's role
        (0.7), else the case's only actor of the code's role (0.5), else none.

        Raises:
            NotFittedError: :meth:`fit` has not been called.
        """
        self._check_fitted("attributor_")
        text = segment.text
        role = self.applies_to_.get(code, "any")
        actor, confidence, _ = self.attributor_.attribute(
            TextContext(text), (), (), 0, len(text), role, segment.actor
        )
        return actor, confidence
