"""The bar of issue 15: a wind-farm style problem (6 sites x 5 criteria, two cost
criteria) goes from a CSV file and from a DataFrame to a ranking, SMAA and a
sensitivity folder in at most 10 lines of Python."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

WIND_CSV = """site,cost,capacity,noise,birds,grid_distance
direction,min,max,min,min,max
weight,3,3,2,1,1
unit,MDKK,MW,dB,index,km
Hanstholm,120,45,38,2,3
Thisted Bay,135,52,35,3,5
Skagen Odde,150,60,41,4,2
Limfjord,110,38,36,1,4
Læsø Rende,160,66,33,5,1
Aalborg Port,125,40,43,2,5
"""

# What an analyst types (the README shows the same lines).
EXAMPLE = """
import mcda, pandas as pd
problem = mcda.load_problem("windfarm.csv")
ranking = mcda.rank(problem).to_frame(lang="en")
smaa = mcda.smaa_problem(problem, n_samples=20_000, rng=1).to_frame()
mcda.sensitivity_folder(problem, "from_csv", samples=20_000, plots="png", lang="en")
df = pd.read_csv("windfarm.csv", index_col=0, skiprows=[1, 2, 3])
same = mcda.Problem.from_frame(df, ["min", "max", "min", "min", "max"], weights=[3, 3, 2, 1, 1])
vikor = mcda.vikor(df, [3, 3, 2, 1, 1], ["min", "max", "min", "min", "max"], v=0.6)
smaa_df = mcda.smaa(df, ["min", "max", "min", "min", "max"], n_samples=20_000, rng=1).to_frame()
mcda.sensitivity_folder(same, "from_frame", samples=20_000, plots="png", lang="en")
"""


@pytest.mark.slow
def test_wind_farm_in_ten_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [line for line in EXAMPLE.splitlines() if line.strip()]
    assert len(lines) <= 10
    (tmp_path / "windfarm.csv").write_text(WIND_CSV, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    scope: dict[str, object] = {}
    exec(compile(EXAMPLE, "example", "exec"), scope)
    ranking, smaa, vikor, smaa_df = (scope[k] for k in ("ranking", "smaa", "vikor", "smaa_df"))
    from pymcdm.methods import TOPSIS
    from pymcdm.normalizations import vector_normalization

    frame = scope["df"]
    independent = TOPSIS(vector_normalization)(frame.to_numpy(), np.array([3, 3, 2, 1, 1]) / 10,  # type: ignore[attr-defined]
                                               np.array([-1, 1, -1, -1, 1]))  # fmt: skip
    np.testing.assert_allclose(ranking["score"].to_numpy(dtype=float), independent)  # type: ignore[index]
    assert list(vikor.index)[4] == "Læsø Rende"  # type: ignore[attr-defined]
    np.testing.assert_allclose(smaa["rank_1"].to_numpy(), smaa_df["rank_1"].to_numpy())  # type: ignore[index]
    for folder in ("from_csv", "from_frame"):
        data = json.loads((tmp_path / folder / "sensitivity.json").read_text(encoding="utf-8"))
        assert data["smaa"]["n_samples"] == 20_000 and data["smaa"]["seed"] == 1
        assert (tmp_path / folder / "tornado.png").exists()
    first, second = (
        json.loads((tmp_path / f / "sensitivity.json").read_text(encoding="utf-8"))
        for f in ("from_csv", "from_frame")
    )
    assert first["smaa"]["rank_acceptability"] == second["smaa"]["rank_acceptability"]
    assert os.listdir(tmp_path / "from_csv")  # the folder holds the files, nothing else
