"""Media on S3-compatible object storage (switched on by ``MEDIA_S3_BUCKET``; settings in
``cms/settings/base.py``, section "Media storage").

Images (originals and renditions, under ``original_images/`` and ``images/``) are public:
stored with the ``public-read`` ACL and linked without a signature, from the bucket or from
``MEDIA_S3_PUBLIC_URL`` (a CDN in front of it). Everything else — documents above all — is
private: stored with the ``private`` ACL, and if a URL is ever made for it, it is signed and
expires after ``MEDIA_S3_SIGNED_URL_SECONDS``. Pages never link such a URL: documents are
served by Wagtail's serve view (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``), which checks the
collection's privacy and streams the file from the bucket.

With ``MEDIA_S3_OBJECT_ACLS`` off (buckets whose ACLs are disabled, as on new AWS buckets),
no ACL is sent and the bucket policy must grant public reads of ``images/*`` and
``original_images/*`` only (README, "Production on one or several machines").
"""

from django.utils.encoding import filepath_to_uri

from botocore.config import Config
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

#: The key prefixes that hold public files: image originals and renditions, never documents.
PUBLIC_PREFIXES = ("images/", "original_images/")


class MediaStorage(S3Storage):
    def __init__(self, public_url: str = "", object_acls: bool = True, **settings):
        super().__init__(**settings)
        # A store that is down or hung costs a request seconds, not a worker (botocore's
        # defaults: 60 s per read, up to 5 attempts).
        self.client_config = self.client_config.merge(
            Config(connect_timeout=2, read_timeout=10, retries={"max_attempts": 2, "mode": "standard"})
        )
        self.public_url = public_url.rstrip("/") + "/" if public_url else ""
        self.object_acls = object_acls

    def is_public(self, name: str) -> bool:
        """Whether ``name`` (relative to the storage, or a full key with its location) is a
        public file."""
        name = clean_name(name)
        location = clean_name(self.location).strip("/")
        if location and name.startswith(location + "/"):
            name = name[len(location) + 1 :]
        return name.startswith(PUBLIC_PREFIXES)

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        if self.object_acls:
            parameters.setdefault("ACL", "public-read" if self.is_public(name) else "private")
        if self.is_public(name):
            # Renditions never change under their name: a CDN and browsers may keep them.
            parameters.setdefault("CacheControl", "public, max-age=31536000, immutable")
        return parameters

    def url(self, name, parameters=None, expire=None, http_method=None):
        if not self.is_public(name):
            # Signed, and expiring (the settings keep querystring_auth on).
            return super().url(name, parameters, expire, http_method)
        key = self._normalize_name(clean_name(name))
        if self.public_url:
            return self.public_url + filepath_to_uri(key)
        # The bucket's plain URL: the unsigned client adds no signature and no expiry.
        return self.unsigned_connection.meta.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket_name, "Key": key}
        )
