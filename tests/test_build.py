"""The site builder: escaped data text, figures written once, shared CSS, no network URLs."""

import base64
import importlib.util
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
PNG = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")).decode()


@pytest.fixture()
def build(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("build", ROOT / "scripts" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "REPORTS", tmp_path)
    monkeypatch.setattr(module, "FIGURES", tmp_path / "figures")
    monkeypatch.setattr(module, "ASSETS", tmp_path / "assets")
    (tmp_path / "figures").mkdir()
    return module


def notebook():
    table = pd.DataFrame({"title": ["<script>alert('x')</script>"]})
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# A <b>title</b>"),
        nbformat.v4.new_code_cell("table", outputs=[nbformat.v4.new_output(
            "execute_result", data={"text/html": table.to_html(), "text/plain": str(table)}, execution_count=1)]),
        nbformat.v4.new_code_cell("plot", outputs=[nbformat.v4.new_output(
            "display_data", data={"image/png": PNG, "text/plain": "<Figure>"})]),
    ])
    return nb


def test_page_escapes_data_links_figures_and_shares_css(build, tmp_path):
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", **build.OFFLINE)
    names = build.render(Path("09-test.ipynb"), notebook(), exporter)
    page = (tmp_path / "09-test.html").read_text(encoding="utf-8")
    assert names == ["09-test-01.png"]
    assert (tmp_path / "figures" / "09-test-01.png").read_bytes() == base64.b64decode(PNG)
    assert 'src="figures/09-test-01.png"' in page and "data:image/png" not in page
    assert "<script>alert(" not in page and "&lt;script&gt;alert(" in page
    head = page.split("</head>")[0]
    assert "<style" not in head and 'rel="stylesheet" href="assets/' in head
    assert len(list((tmp_path / "assets").glob("*.css"))) == 1
    assert not re.search(r'<script[^>]*type="module"[^>]*src=', page)  # file:// pages cannot load module files
    assert not re.search(r"""(src|href)=["']https?://""", page)  # nothing loaded from the network


def test_index_escapes_titles(build):
    page = build.index([(Path("01-x.ipynb"), "<script>bad()</script>", ["a.png"])])
    assert "<script>bad()" not in page and "&lt;script&gt;bad()" in page
    assert "(1 figure)" in page
