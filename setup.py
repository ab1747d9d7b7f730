"""Build hook: ship a copy of the repository's ``data/`` inside the package, as ``csto/data``.

``pip install`` users (no checkout) then get the tables, their schema and the codebook with the code, and
``csto.load()`` and ``python -m csto validate`` work from any folder. Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA = Path(__file__).resolve().parent / "data"
SHIPPED = ("*.csv", "*.json", "*.md")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "csto" / "data"
        shutil.rmtree(target, ignore_errors=True)
        for pattern in SHIPPED:
            for path in DATA.rglob(pattern):
                dest = target / path.relative_to(DATA)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, dest)


setup(cmdclass={"build_py": BuildPyWithData})
