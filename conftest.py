"""Shared pytest set-up: wide pandas output so doctest tables print on one line; a private validation cache."""

import os
import tempfile

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")


@pytest.fixture(autouse=True)
def _wide_pandas_output():
    with pd.option_context("display.width", 250, "display.max_columns", 50):
        yield

# Remember successful validations in a throw-away folder, not in the user's ~/.cache.
os.environ["CSTO_CACHE_DIR"] = tempfile.mkdtemp(prefix="csto-cache-")
