"""A key that changes with any file that could change the migrated demo: the code, its
migrations, templates and catalogues, and the pinned dependencies. Pure standard library, so
that scripts run it before Django is set up (``deploy/cluster.py``, the test suite's prepared
demo database in ``tests/demo_database.py``)."""

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def demo_code_key(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for path in sorted([*root.joinpath("cms").rglob("*"), *root.joinpath("sites").rglob("*")]):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    digest.update(root.joinpath("pyproject.toml").read_bytes())
    return digest.hexdigest()[:16]
