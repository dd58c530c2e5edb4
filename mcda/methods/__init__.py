"""The ranking methods the engine knows, in one registry.

Every method has one signature, ``scores = method.score(matrix, weights, signs)``:
``matrix`` (m, n), ``weights`` (n,) or (S, n) summing to 1, ``signs`` (n,) of ±1,
returning scores (m,) or (S, m). ``higher_is_better`` says which way scores rank.
``parameters`` are the method's own options with their defaults (VIKOR's ``v``,
PROMETHEE's preference functions and thresholds, SPOTIS's bounds), bound with
:meth:`Method.with_params` — from Python, a problem file's ``[methods.NAME]`` table or
``mcda rank --param``. The top-level functions (``mcda.vikor(matrix, weights,
directions, v=0.6)``, …) are in :mod:`mcda.methods.api`.
``linear`` marks methods whose score is linear in the weights (exact LP in the
reproduction analysis). The CLI lists this registry (``mcda methods``).

TOPSIS and the weighted sum come with each normalisation (``topsis_anchored``,
``topsis_vector``, ``topsis_minmax``; ``weighted_sum_anchored`` …); the generic names
``topsis`` and ``weighted_sum`` stand for the variant with a problem's own normalisation
(``[problem] normalization``; :func:`get_method`). A method with ``uses_anchors`` reads
the criteria's anchors (value scales, :mod:`mcda.values`) bound to it with
:meth:`Method.with_anchors`: the anchored variants need them, SPOTIS takes them as its
bounds when given.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np

from mcda.errors import ValidationError
from mcda.methods import classic
from mcda.methods.additive import weighted_sum
from mcda.methods.copras import copras
from mcda.methods.promethee import promethee_ii
from mcda.methods.topsis import NORMALIZATIONS, Normalization, topsis

if TYPE_CHECKING:
    from mcda.values import ValueScales

__all__ = ["GENERIC_METHODS", "METHODS", "Method", "get_method"]

ArrayMethod = Callable[..., np.ndarray]


@dataclass(frozen=True)
class Method:
    """A ranking method over a decision matrix.

    ``normalization`` is set for TOPSIS and the weighted sum; ``anchors`` holds the
    value scales bound with :meth:`with_anchors` (needed by ``normalization ==
    "anchored"``).
    """

    name: str
    title: str
    function: ArrayMethod
    higher_is_better: bool
    reference: str
    batched: bool = False
    linear: bool = False
    normalization: Normalization | None = None
    uses_anchors: bool = False
    anchors: ValueScales | None = None
    #: The method's options and their defaults (``None``: not set).
    parameters: Mapping[str, Any] = field(
        default_factory=lambda: MappingProxyType({}), hash=False
    )
    #: The options bound with :meth:`with_params`.
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}), hash=False)

    @property
    def topsis_normalization(self) -> Normalization | None:
        """The normalisation of a TOPSIS variant (closed-form fast paths), else ``None``."""
        return self.normalization if self.name.startswith("topsis_") else None

    def with_anchors(self, anchors: ValueScales | None) -> Method:
        """This method with the criteria's value scales bound (ignored if unused)."""
        return dataclasses.replace(self, anchors=anchors) if self.uses_anchors else self

    def with_params(
        self, params: Mapping[str, Any] | None = None, *, criteria: Sequence[str] | None = None
    ) -> Method:
        """This method with options bound (merged over those already bound).

        A per-criterion option may be a ``{criterion: value}`` mapping when ``criteria``
        (the ids, in order) are given; criteria it leaves out get ``None`` (not set).
        """
        if not params:
            return self
        unknown = [name for name in params if name not in self.parameters]
        if unknown:
            allowed = ", ".join(self.parameters) or "none"
            raise ValidationError(
                f"parameter {unknown[0]!r}: method {self.name} has no such parameter "
                f"(parameters: {allowed})"
            )
        bound = dict(self.params)
        for name, value in params.items():
            if isinstance(value, Mapping):
                if criteria is None:
                    raise ValidationError(
                        f"{name}: a per-criterion mapping needs the criteria's names"
                    )
                extra = [key for key in value if key not in criteria]
                if extra:
                    raise ValidationError(f"{name}: unknown criterion {extra[0]!r}")
                value = [value.get(c) for c in criteria]
            bound[name] = value
        return dataclasses.replace(self, params=MappingProxyType(bound))

    @property
    def options(self) -> dict[str, Any]:
        """Every parameter with the value in force (bound, else the default)."""
        return {**self.parameters, **self.params}

    def score(self, matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray) -> np.ndarray:
        """Scores (m,) for weights (n,), or (S, m) for a batch of weights (S, n)."""
        if self.normalization == "anchored" and self.anchors is None:
            raise ValidationError(
                f"method {self.name}: needs the criteria's anchors (rubric levels or "
                "numeric bounds); rank a problem whose criteria all have them"
            )
        function = self.function
        options = {k: v for k, v in self.options.items() if v is not None}
        if self.uses_anchors:
            anchors = self.anchors

            def function(m: np.ndarray, w: np.ndarray, s: np.ndarray) -> np.ndarray:
                return self.function(m, w, s, anchors, **options)
        elif options:

            def function(m: np.ndarray, w: np.ndarray, s: np.ndarray) -> np.ndarray:
                return self.function(m, w, s, **options)

        if weights.ndim == 1 or self.batched:
            return function(matrix, weights, signs)
        return np.stack([function(matrix, w, signs) for w in weights])


def _topsis_variant(normalization: Normalization) -> ArrayMethod:
    def score(
        matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray, anchors: object = None
    ) -> np.ndarray:
        return topsis(matrix, weights, signs, normalization, anchors=anchors)  # type: ignore[arg-type]

    return score


def _weighted_sum_variant(normalization: Normalization) -> ArrayMethod:
    def score(
        matrix: np.ndarray, weights: np.ndarray, signs: np.ndarray, anchors: object = None
    ) -> np.ndarray:
        return weighted_sum(matrix, weights, signs, normalization, anchors=anchors)  # type: ignore[arg-type]

    return score


def _spotis(
    matrix: np.ndarray,
    weights: np.ndarray,
    signs: np.ndarray,
    anchors: ValueScales | None,
    bounds: Any = None,
) -> np.ndarray:
    """SPOTIS with ``bounds`` if given, else the criteria's anchors, else the data range."""
    if bounds is None and anchors is not None:
        bounds = anchors.anchors
    return classic.spotis(matrix, weights, signs, bounds=bounds)


_NORMALIZATION_TITLES = {
    "anchored": "anchored scales",
    "vector": "vector normalisation",
    "minmax": "min-max normalisation",
}


def _family_methods() -> list[Method]:
    methods = []
    for normalization in NORMALIZATIONS:
        methods.append(
            Method(
                f"topsis_{normalization}",
                f"TOPSIS ({_NORMALIZATION_TITLES[normalization]})",
                _topsis_variant(normalization),
                True,
                "Hwang & Yoon (1981)"
                + {
                    "anchored": "; absolute reference points 1 and 0",
                    "minmax": "; pymcdm's default",
                }.get(normalization, ""),
                batched=True,
                normalization=normalization,
                uses_anchors=normalization == "anchored",
            )
        )
    for normalization in NORMALIZATIONS:
        methods.append(
            Method(
                f"weighted_sum_{normalization}",
                f"Weighted sum ({_NORMALIZATION_TITLES[normalization]})",
                _weighted_sum_variant(normalization),
                True,
                "Keeney & Raiffa (1976), additive value model"
                if normalization == "anchored"
                else "Hwang & Yoon (1981), simple additive weighting",
                batched=True,
                linear=True,
                normalization=normalization,
                uses_anchors=normalization == "anchored",
            )
        )
    return methods


METHODS: dict[str, Method] = {
    method.name: method
    for method in (
        *_family_methods(),
        Method(
            "wsm",
            "Weighted sum (WSM, sum normalisation)",
            classic.wsm,
            True,
            "Triantaphyllou (2000)",
            batched=True,
            linear=True,
        ),
        Method(
            "wpm", "Weighted product (WPM)", classic.wpm, True, "Triantaphyllou (2000)",
            batched=True,
        ),
        Method(
            "vikor",
            "VIKOR",
            classic.vikor,
            False,
            "Opricovic & Tzeng (2004)",
            batched=True,
            parameters=MappingProxyType({"v": 0.5}),
        ),
        Method(
            "promethee_ii",
            "PROMETHEE II",
            promethee_ii,
            True,
            "Brans, Vincke & Mareschal (1986): six preference functions",
            batched=True,
            linear=True,
            parameters=MappingProxyType({"preference": "usual", "q": None, "p": None, "s": None}),
        ),
        Method(
            "spotis",
            "SPOTIS",
            _spotis,
            False,
            "Dezert et al. (2020)",
            batched=True,
            linear=True,
            uses_anchors=True,
            parameters=MappingProxyType({"bounds": None}),
        ),
        Method(
            "copras", "COPRAS", copras, True, "Zavadskas et al. (1994); own implementation",
            batched=True,
        ),
    )
}

#: Names that stand for a family's variant with the problem's own normalisation, and
#: the normalisation they take without a problem (plain arrays).
GENERIC_METHODS: dict[str, Normalization] = {"topsis": "vector", "weighted_sum": "minmax"}


def get_method(
    name: str | Method,
    *,
    normalization: Normalization | None = None,
    anchors: ValueScales | None = None,
) -> Method:
    """The registered method called ``name``, with ``anchors`` bound where it uses them.

    A generic name (``topsis``, ``weighted_sum``) picks the variant with
    ``normalization`` (default: :data:`GENERIC_METHODS`); a :class:`Method` is returned
    as given (with ``anchors`` bound if it has none). A clear error lists the known names.
    """
    if isinstance(name, Method):
        return name if name.anchors is not None else name.with_anchors(anchors)
    if name in GENERIC_METHODS:
        chosen = normalization or GENERIC_METHODS[name]
        if chosen not in NORMALIZATIONS:
            raise ValidationError(
                f"normalization: {chosen!r} is not one of {', '.join(NORMALIZATIONS)}"
            )
        name = f"{name}_{chosen}"
    try:
        method = METHODS[name]
    except KeyError:
        known = ", ".join([*GENERIC_METHODS, *METHODS])
        raise ValidationError(f"method: unknown method {name!r} (known: {known})") from None
    return method.with_anchors(anchors)
