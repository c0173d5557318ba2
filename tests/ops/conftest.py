"""A real S3-compatible server for the storage and backup tests: moto's server mode, started
by the test run as its own process on a free loopback port (never an in-process mock), one
per pytest process, stopped at the end by its process id. Each test gets a fresh bucket."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid

import boto3
import pytest

REGION = "eu-central-1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint():
    # moto accepts any key; boto3 reads these from the environment, as in production.
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "cimis-test")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "cimis-test-secret")
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1)  # noqa: S310
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail("moto's S3 server did not start")
                time.sleep(0.1)
        yield endpoint
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


def make_bucket(endpoint: str) -> str:
    name = f"cimis-{uuid.uuid4().hex[:12]}"
    boto3.client("s3", endpoint_url=endpoint, region_name=REGION).create_bucket(
        Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION}
    )
    return name


def s3_storages(endpoint: str, bucket: str, settings) -> dict:
    """Django's STORAGES with media in ``bucket``, as the settings build them from
    MEDIA_S3_BUCKET and MEDIA_S3_ENDPOINT_URL."""
    return {
        **settings.STORAGES,
        "default": {
            "BACKEND": "cms.ops.storage.MediaStorage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": endpoint,
                "region_name": REGION,
                "querystring_auth": True,
                "querystring_expire": 300,
                "file_overwrite": False,
            },
        },
    }


@pytest.fixture
def s3_client(s3_endpoint):
    return boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION)


@pytest.fixture
def bucket(s3_endpoint, settings):
    """A fresh, empty bucket that is the default storage for this test."""
    name = make_bucket(s3_endpoint)
    settings.STORAGES = s3_storages(s3_endpoint, name, settings)
    settings.MEDIA_URL = f"{s3_endpoint}/{name}/"
    return name
