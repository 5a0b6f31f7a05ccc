"""Where the pipeline's own data lives: the `models/` folder, shipped as `kazbel_extract.models`."""
from importlib.resources import files
from pathlib import Path


def models_path(*parts: str) -> Path:
    """Path of a file or folder under `models/` (works from a checkout and from an installed wheel)."""
    return Path(str(files("kazbel_extract.models"))).joinpath(*parts)
