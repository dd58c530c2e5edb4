"""The what-if interaction in a notebook: ``mcda.widgets.weights(problem)``.

One slider per criterion (the weights stay normalised: moving one, the unlocked others
share the rest in their proportions; a lock per slider), the method (TOPSIS or the
weighted sum with the problem's normalisation), the stated requirements on or off,
presets (equal weights, the file's profiles, the stated priorities, and with an
analysis the central weights), and the ranking with a plain sentence, recomputed by
:func:`mcda.rank` at every move. "Nearest winning weights" asks the reproduction
analysis (:func:`mcda.reproduction.reproduce`, near the current weights) on demand.

Needs ``ipywidgets`` (the ``[notebooks]`` extra); imported only when called.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from mcda.errors import ValidationError
from mcda.i18n import check_lang, method_title, t
from mcda.model import Lang, Problem

if TYPE_CHECKING:
    from mcda.analysis import DecisionAnalysis
    from mcda.ranking import RankingResult

__all__ = ["WeightsWidget", "weights"]

#: Smaller changes are left out of the sentence.
SHOWN_CHANGE = 0.005


def _import_widgets() -> Any:
    try:
        import ipywidgets
    except ImportError:  # pragma: no cover - depends on the environment
        raise ValidationError(
            "mcda.widgets needs ipywidgets: pip install -e '.[notebooks]'"
        ) from None
    return ipywidgets


class WeightsWidget:
    """The widget of :func:`weights`; display it (it is the last value of a cell) or
    use :attr:`box`. :meth:`set_weights`, :attr:`weights` and :attr:`ranking` drive and
    read it from code."""

    def __init__(
        self,
        decision: Problem | DecisionAnalysis,
        *,
        method: str = "topsis",
        lang: Lang = "da",
    ) -> None:
        from mcda.analysis import DecisionAnalysis
        from mcda.ranking import problem_method

        widgets = _import_widgets()
        self.lang = check_lang(lang)
        self.analysis = decision if isinstance(decision, DecisionAnalysis) else None
        self.problem = decision.problem if isinstance(decision, DecisionAnalysis) else decision
        problem = self.problem
        relaxed = problem.without_stated_requirements()
        self._relaxed = relaxed if set(relaxed.eligible_ids) != set(problem.eligible_ids) else None
        self._methods = {
            key: problem_method(problem, key).name for key in ("topsis", "weighted_sum")
        }
        if method not in self._methods:
            raise ValidationError(f"method: {method!r} is not one of topsis, weighted_sum")
        initial = self.analysis.weights if self.analysis is not None else problem.weights()
        self._weights = np.asarray(initial, dtype=float) / float(np.sum(initial))
        self._busy = False
        self.sliders = [
            widgets.FloatSlider(
                value=float(w),
                min=0.0,
                max=1.0,
                step=0.01,
                description=c.label.get(lang),
                readout_format=".2f",
                continuous_update=True,
                style={"description_width": "40%"},
                layout=widgets.Layout(width="100%"),
            )
            for c, w in zip(problem.criteria, self._weights, strict=True)
        ]
        self.locks = [
            widgets.ToggleButton(
                value=False,
                icon="lock",
                tooltip=t("whatif_lock", lang, name=c.label.get(lang)),
                layout=widgets.Layout(width="42px"),
            )
            for c in problem.criteria
        ]
        for j, slider in enumerate(self.sliders):
            slider.observe(lambda change, j=j: self._moved(j, change["new"]), names="value")
        for lock, slider in zip(self.locks, self.sliders, strict=True):
            lock.observe(lambda change, s=slider: setattr(s, "disabled", change["new"]), "value")
        self.method = widgets.ToggleButtons(
            options=[(method_title(name, lang), key) for key, name in self._methods.items()],
            value=method,
            description=t("whatif_method", lang),
        )
        self.method.observe(lambda _: self._refresh(), names="value")
        by = next((c.stated_by for c in problem.stated_requirements), "") or ""
        self.requirements = widgets.Checkbox(
            value=True,
            description=t("whatif_requirements", lang, by=by, names=self._screened_names()),
            layout=widgets.Layout(width="auto", display=None if self._relaxed else "none"),
            indent=False,
        )
        self.requirements.observe(lambda _: self._refresh(), names="value")
        self._presets = self._preset_weights()
        self.preset = widgets.Dropdown(
            options=list(self._presets),
            description=t("whatif_presets", lang),
            layout=widgets.Layout(width="auto"),
        )
        apply = widgets.Button(description=t("whatif_show", lang))
        apply.on_click(lambda _: self.set_weights(self._presets[self.preset.value]))
        self.nearest = widgets.Button(
            description=t("whatif_preset_nearest", lang, by=self._by()),
            disabled=problem.recommendation is None,
            layout=widgets.Layout(width="auto"),
        )
        self.nearest.on_click(lambda _: self.show_nearest())
        self.output = widgets.HTML()
        rows = [widgets.HBox([s, lock]) for s, lock in zip(self.sliders, self.locks, strict=True)]
        self.box = widgets.VBox(
            [
                widgets.HBox([self.method, self.requirements]),
                widgets.HBox([self.preset, apply, self.nearest]),
                widgets.HBox(
                    [
                        widgets.VBox(rows, layout=widgets.Layout(width="50%")),
                        widgets.VBox([self.output], layout=widgets.Layout(width="50%")),
                    ]
                ),
            ]
        )
        self._note = ""
        self._refresh()

    # -- state ----------------------------------------------------------------------
    @property
    def weights(self) -> np.ndarray:
        """The current weights (sum 1), in criteria order."""
        return self._weights.copy()

    @property
    def view(self) -> Problem:
        """The problem as ranked now: with or without the stated requirements."""
        if self._relaxed is not None and not self.requirements.value:
            return self._relaxed
        return self.problem

    @property
    def ranking(self) -> RankingResult:
        """The ranking at the current weights, method and view (:func:`mcda.rank`)."""
        from mcda.ranking import rank

        return rank(self.view, self._weights, method=self._methods[self.method.value])

    def set_weights(self, weights: Sequence[float] | np.ndarray) -> None:
        """Set every weight (normalised to sum 1) and redraw."""
        from mcda.weights import normalize_weights

        self._weights = normalize_weights(weights, len(self.problem.criteria))
        self._note = ""
        self._sync_sliders()
        self._refresh()

    def _moved(self, j: int, value: float) -> None:
        if self._busy:
            return
        w = self._weights
        free = [k for k in range(len(w)) if k != j and not self.locks[k].value]
        locked = sum(w[k] for k in range(len(w)) if k != j and self.locks[k].value)
        if not free:
            self._sync_sliders()  # nothing can take up the change
            return
        target = min(max(float(value), 0.0), max(0.0, 1.0 - locked))
        rest = max(0.0, 1.0 - locked - target)
        total = sum(w[k] for k in free)
        for k in free:
            w[k] = w[k] * rest / total if total > 0 else rest / len(free)
        w[j] = target
        self._weights = w / w.sum()
        self._note = ""
        self._sync_sliders()
        self._refresh()

    def _sync_sliders(self) -> None:
        self._busy = True
        try:
            for slider, w in zip(self.sliders, self._weights, strict=True):
                slider.value = float(w)
        finally:
            self._busy = False

    # -- words ------------------------------------------------------------------------
    def _by(self) -> str:
        stated = self.problem.recommendation
        return stated.by if stated is not None else ""

    def _label(self, alternative: str) -> str:
        return self.problem.alternative(alternative).label.get(self.lang)

    def _screened_names(self) -> str:
        from mcda.formatting import join_names

        if self._relaxed is None:
            return ""
        kept = set(self.problem.eligible_ids)
        return join_names(
            [self._label(a) for a in self._relaxed.eligible_ids if a not in kept], self.lang
        )

    def _preset_weights(self) -> dict[str, np.ndarray]:
        from mcda.ahp.problem import criteria_weights

        problem, lang = self.problem, self.lang
        n = len(problem.criteria)
        presets = {t("whatif_preset_equal", lang): np.full(n, 1.0 / n)}
        for profile in problem.profiles:
            label = profile.label.get(lang) if profile.label is not None else profile.id
            presets.setdefault(label, np.asarray(profile.weights, dtype=float))
        stated = problem.recommendation
        if stated is not None and stated.priorities is not None:
            presets[t("whatif_preset_stated", lang, by=stated.by)] = criteria_weights(
                problem, stated.priorities
            )
        if self.analysis is not None and stated is not None:
            smaa = self.analysis.with_requirements.smaa
            if stated.alternative in smaa.alternatives:
                row = smaa.central_weights[smaa.alternatives.index(stated.alternative)]
                if not np.any(np.isnan(row)):
                    presets[
                        t("whatif_preset_central", lang, name=self._label(stated.alternative))
                    ] = row
        return presets

    def sentence(self) -> str:
        """What the ranking says now, as in the what-if page."""
        from mcda.formatting import join_names

        ranking = self.ranking
        names = join_names([self._label(a) for a in ranking.best], self.lang)
        key = "whatif_tie_first" if len(ranking.best) > 1 else "whatif_first"
        parts = [t(key, self.lang, names=names)]
        stated = self.problem.recommendation
        if stated is not None:
            if ranking.best == (stated.alternative,):
                parts.append(t("whatif_choice_is_first", self.lang, by=stated.by))
            else:
                position = ranking.rank_of(stated.alternative)
                if position is None:
                    parts.append(t("whatif_choice_screened", self.lang, by=stated.by))
                else:
                    parts.append(
                        t(
                            "widget_choice_rank",
                            self.lang,
                            by=stated.by,
                            choice=self._label(stated.alternative),
                            rank=str(position),
                        )
                    )
        if self._note:
            parts.append(self._note)
        return " ".join(parts)

    def show_nearest(self) -> np.ndarray | None:
        """Move to the winning weights nearest the current ones for the stated choice
        (the reproduction analysis, 2,000 samples, seed 1); returns them (or ``None``)."""
        from mcda.formatting import format_number
        from mcda.reproduction import reproduce

        stated = self.problem.recommendation
        if stated is None or stated.alternative not in self.view.eligible_ids:
            return None
        before = self._weights.copy()
        found = reproduce(
            self.view,
            method=self._methods[self.method.value],
            reference=before,
            n_samples=2_000,
            rng=1,
        )
        if found.closest is None:
            self._note = t(
                "whatif_choice_never",
                self.lang,
                by=stated.by,
                choice=self._label(stated.alternative),
            )
            self._refresh()
            return None
        self.set_weights(found.closest)
        moved = float(np.abs(found.closest - before).sum()) / 2
        self._note = t(
            "widget_moved",
            self.lang,
            moved=format_number(moved, self.lang, 2),
            changes=_changes(self.problem, before, found.closest, self.lang),
        )
        self._refresh()
        return found.closest

    # -- drawing ----------------------------------------------------------------------
    def _refresh(self) -> None:
        from mcda.formatting import format_number

        ranking = self.ranking
        stated = self.problem.recommendation
        order = np.argsort(ranking.ranks, kind="stable")
        rows = []
        for i in order:
            alternative = ranking.alternatives[i]
            mark = ""
            if stated is not None and alternative == stated.alternative:
                mark = f" <b>({html.escape(t('whatif_choice_badge', self.lang, by=stated.by))})</b>"
            rows.append(
                f"<tr><td>{ranking.ranks[i]}</td><td>{html.escape(self._label(alternative))}"
                f"{mark}</td><td style='text-align:right'>"
                f"{format_number(float(ranking.scores[i]), self.lang, 3)}</td></tr>"
            )
        self.output.value = (
            f"<p>{html.escape(self.sentence())}</p>"
            f"<table><thead><tr><th>{html.escape(t('rank', self.lang))}</th>"
            f"<th>{html.escape(t('alternative', self.lang))}</th>"
            f"<th>{html.escape(t('score', self.lang))}</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )

    def _ipython_display_(self) -> None:  # pragma: no cover - needs a notebook front end
        from IPython.display import display

        display(self.box)


def _changes(problem: Problem, before: np.ndarray, after: np.ndarray, lang: Lang) -> str:
    from mcda.formatting import format_number

    changes = [
        (c.label.get(lang), float(a - b))
        for c, a, b in zip(problem.criteria, after, before, strict=True)
        if abs(a - b) >= SHOWN_CHANGE
    ]
    changes.sort(key=lambda item: -abs(item[1]))
    return t("list_separator", lang).join(
        f"{name} {'+' if change > 0 else '−'}{format_number(abs(change), lang, 2)}"
        for name, change in changes
    )


def weights(
    decision: Problem | DecisionAnalysis, *, method: str = "topsis", lang: Lang = "da"
) -> WeightsWidget:
    """Sliders for ``decision``'s weights with the ranking beside them (see the module
    docstring). ``decision`` is a problem or its analysis (:func:`mcda.analyse`, which
    adds the central-weights preset); ``method`` ``"topsis"`` or ``"weighted_sum"``."""
    return WeightsWidget(decision, method=method, lang=lang)
