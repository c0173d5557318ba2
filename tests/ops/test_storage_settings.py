"""The media storage comes from the environment: local disk unless MEDIA_S3_BUCKET is set."""

from tests.cms.test_settings import PRODUCTION, run_manage

SHOW = (
    "from django.conf import settings; "
    "print(settings.STORAGES['default']['BACKEND'], settings.MEDIA_URL, "
    "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'][-1])"
)


def test_local_disk_is_the_default():
    result = run_manage("shell", "--no-imports", "-c", SHOW, **PRODUCTION)
    assert result.stdout.split()[:2] == ["django.core.files.storage.FileSystemStorage", "/media/"]


def test_a_bucket_switches_media_to_object_storage_and_passes_the_deploy_check():
    bucket = {
        "MEDIA_S3_BUCKET": "cimis-media",
        "MEDIA_S3_ENDPOINT_URL": "https://s3.example.org",
        "MEDIA_S3_PUBLIC_URL": "https://cdn.example.org/",
    }
    result = run_manage("shell", "--no-imports", "-c", SHOW, **PRODUCTION, **bucket)
    assert result.stdout.split() == [
        "cms.ops.storage.MediaStorage",
        "https://cdn.example.org/",
        "https://cdn.example.org",
    ], result.stderr
    check = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION, **bucket)
    assert check.returncode == 0, check.stdout + check.stderr
