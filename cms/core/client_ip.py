"""The client's address, the one way every part of the project reads it (login throttling, the
contact form's rate limit, logs).

Behind a reverse proxy ``REMOTE_ADDR`` is the proxy's address. A forwarded-for header is only
believed as far as the operator says it can be: ``CIMIS_TRUSTED_PROXY_HEADER`` names the header
the proxies set (e.g. ``X-Forwarded-For``) and ``CIMIS_TRUSTED_PROXY_COUNT`` how many trusted
proxies append to it. The address is the entry ``COUNT`` places from the right: the one the
outermost trusted proxy saw. Entries further left were written by the client and may be forged.
With no header configured (the default) or a header that is missing, too short or not an
address, ``REMOTE_ADDR`` is used.
"""

import ipaddress

from django.conf import settings


def _valid(address: str) -> str | None:
    address = address.strip()
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def client_ip(request) -> str:
    """The client's IP address as a string ("" if the request carries none)."""
    remote = _valid(request.META.get("REMOTE_ADDR", "") or "") or ""
    header = getattr(settings, "CIMIS_TRUSTED_PROXY_HEADER", "") or ""
    count = int(getattr(settings, "CIMIS_TRUSTED_PROXY_COUNT", 0) or 0)
    if not header or count < 1:
        return remote
    meta_key = "HTTP_" + header.upper().replace("-", "_")
    entries = [entry for entry in request.META.get(meta_key, "").split(",") if entry.strip()]
    if len(entries) < count:
        return remote
    return _valid(entries[-count]) or remote
