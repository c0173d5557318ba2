"""The two-node cluster (deploy/cluster.py, ``make cluster``) passes every proof.

Runs only when named (``pytest tests/cluster``; the default run leaves tests/cluster out, and
``.ci/run`` runs ``make cluster`` once), on PostgreSQL with haproxy and redis-server
installed."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent

pytestmark = pytest.mark.cluster


def test_two_nodes_behind_a_load_balancer_pass_every_proof():
    if not (shutil.which("haproxy") or Path("/usr/sbin/haproxy").exists()) or not shutil.which(
        "redis-server"
    ):
        pytest.skip("needs haproxy and redis-server (apt-get install haproxy redis-server)")
    result = subprocess.run(  # noqa: S603
        [sys.executable, "deploy/cluster.py"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    for number in range(1, 6):
        assert f"{number}. PASS" in result.stdout
    assert "5 of 5 proofs passed" in result.stdout
