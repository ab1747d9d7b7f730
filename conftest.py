"""Shared pytest set-up: wide pandas output so doctest tables print on one line."""

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")


@pytest.fixture(autouse=True)
def _wide_pandas_output():
    with pd.option_context("display.width", 250, "display.max_columns", 50):
        yield
