"""mcda.plotting.files: draw and render, the cheap way from a plot to bytes."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

import mcda
from mcda.plotting.files import draw, figure_bytes, lay_out, render
from mcda.plotting.ranking import plot_contributions

AMBITION = Path(__file__).resolve().parents[1] / "criteria" / "klimanord" / "ambition.toml"


def _contributions() -> Figure:
    return draw(plot_contributions, mcda.load_problem(AMBITION), None, "da")


def test_draw_makes_a_figure_pyplot_does_not_manage():
    before = plt.get_fignums()
    figure = _contributions()
    assert isinstance(figure, Figure) and plt.get_fignums() == before
    assert figure.get_size_inches()[0] == 7.0  # the plot's own size


def test_render_gives_the_same_bytes_every_time():
    first = render(_contributions())
    again = render(_contributions())
    assert first == again
    assert first["png"][:4] == b"\x89PNG" and first["svg"].lstrip().startswith(b"<?xml")
    figure = _contributions()
    assert render(figure) == render(figure)  # a second call on the frozen layout too


def test_render_lays_out_once_and_draws_once_per_format():
    figure = _contributions()
    with mock.patch.object(Figure, "draw", autospec=True, side_effect=Figure.draw) as drawn:
        render(figure)
    assert drawn.call_count == 2  # one SVG, one PNG: no second, "tight" pass
    assert figure.get_layout_engine() is None  # frozen


def test_a_figure_without_layout_engine_is_saved_tight_as_before():
    figure = Figure(figsize=(3.0, 2.0))
    figure.subplots().set_title("five $ and seven $")
    assert render(figure, ["png"]) == {"png": figure_bytes(figure, "png")}
    assert lay_out(figure) is figure and figure.get_layout_engine() is None
