"""A wheel ships every subpackage: setuptools packs only the packages pyproject.toml lists, so a
folder of modules left out of that list works in an editable install and is missing from a real one."""
import tomllib

from conftest import ROOT


def test_every_python_package_of_the_library_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "kazbel_extract").rglob("__init__.py")}
    assert on_disk - listed == set()
