"""Every public function and class of csto documents itself with an example (run as a doctest)."""

import importlib
import inspect
import pkgutil

import csto


def public_objects():
    for info in pkgutil.iter_modules(csto.__path__):
        if info.name == "__main__":  # importing it runs the command line
            continue
        module = importlib.import_module(f"csto.{info.name}")
        for name, obj in inspect.getmembers(module, lambda o: inspect.isfunction(o) or inspect.isclass(o)):
            if obj.__module__ == module.__name__ and not name.startswith("_"):
                yield f"{module.__name__}.{name}", obj


def test_every_public_object_has_an_example_and_type_hints():
    found = dict(public_objects())
    assert len(found) > 30
    without_example = [name for name, obj in found.items() if ">>>" not in (inspect.getdoc(obj) or "")]
    assert without_example == []
    functions = {name: obj for name, obj in found.items() if inspect.isfunction(obj)}
    unhinted = [name for name, f in functions.items() if "return" not in f.__annotations__]
    assert unhinted == []
