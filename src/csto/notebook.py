"""Notebook set-up: plot style and inline PNG figures whose bytes do not change between reruns."""

from __future__ import annotations

import gc
import sys

from . import plot


def setup() -> None:
    """Prepare a notebook: plot style, PNG figures without metadata (so reruns give identical files), each drawn once.

    In a kernel it also freezes the objects the imports made (``gc.freeze``): the garbage collector then no longer
    walks the hundreds of thousands of objects of pandas and matplotlib at each full collection, about 0.1 s of a
    notebook. They live as long as the kernel anyway.

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
    gc.freeze()
    shell.run_line_magic("config", "InlineBackend.print_figure_kwargs = "
                         "{'bbox_inches': 'tight', 'metadata': {'Software': None}}")
    import matplotlib
    import matplotlib.pyplot as plt

    backend = matplotlib.get_backend()
    if "inline" in backend:
        # After each cell pyplot redraws every changed figure (for interactive windows); the inline backend then
        # draws it again to make the PNG. The first draw is wasted: about a third of the time a chart takes.
        # pyplot loads its backend, and installs that redraw, only at the first figure: load it now (no figure is
        # open, so switching closes nothing), then remove the redraw.
        if not plt.get_fignums():
            plt.switch_backend(backend)
        plt.uninstall_repl_displayhook()
