"""Notebook set-up: plot style and inline PNG figures whose bytes do not change between reruns."""

from __future__ import annotations

import sys

from . import plot


def setup() -> None:
    """Prepare a notebook: plot style and PNG figures without metadata (so reruns give identical files).

    Invalid data needs nothing here: :class:`csto.ValidationError` renders itself in IPython as the list of
    problems, without a traceback. Outside IPython only the plot style is set.

    >>> setup()
    """
    plot.setup()
    if "ipykernel" not in sys.modules:
        return
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None:
        return
    shell.run_line_magic("config", "InlineBackend.print_figure_kwargs = "
                         "{'bbox_inches': 'tight', 'metadata': {'Software': None}}")
