"""Optional extras (`pip install 'kazbel-extract[EXTRA]'`): import one, or say in one line how to install it."""
from __future__ import annotations

import importlib
from types import ModuleType


class MissingExtra(ImportError):
    """An optional dependency that is not installed; the message names the `pip install` that fixes it."""


def require(module: str, extra: str, needed_by: str) -> ModuleType:
    """Import `module`, or raise MissingExtra: "`needed_by` needs matplotlib: pip install 'kazbel-extract[report]'"."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{needed_by} needs {module.split('.')[0]}, which is not installed: "
                           f"pip install 'kazbel-extract[{extra}]'") from None
