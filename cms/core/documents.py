"""Documents and media files: what Django itself serves, and clean-up after uploads.

Documents are served only through Wagtail's serve view (``/documents/<id>/<name>``), which
sends them as attachments (except PDF and plain text), with ``X-Content-Type-Options:
nosniff`` and ``Content-Security-Policy: default-src 'none'``. ``MEDIA_ROOT/documents`` must
never be served directly: an uploaded file would then be answered inline, with the type its
name suggests, on the site's own origin.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views import static

#: The parts of MEDIA_ROOT that may be served as plain files (renditions and originals of
#: images). Documents are not among them.
PUBLIC_MEDIA_DIRECTORIES = ("images/", "original_images/")


def serve_public_media(request, path):
    """Development only (``DEBUG``): image files from MEDIA_ROOT, as a web server would serve
    them in production; anything else under MEDIA_URL, documents above all, is a 404."""
    path = posixpath.normpath(path).lstrip("/")
    if not settings.DEBUG or not path.startswith(PUBLIC_MEDIA_DIRECTORIES):
        raise Http404
    return static.serve(request, path, document_root=settings.MEDIA_ROOT)
