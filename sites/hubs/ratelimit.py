"""The contact form's rate limit: ``RATE_LIMIT`` messages per visitor and hub in
``WINDOW_SECONDS``.

The visitor is the address ``cms.core.client_ip`` reads (behind the reverse proxy: the one the
trusted proxy reports, never the client-supplied part of the header). An IPv6 visitor is
counted by their /64 network, since one connection usually owns a whole /64. Each hub
counts on its own.

The count lives in the default cache (``cache.add`` then ``cache.incr``, atomic in Redis and
Memcached), so it must be a cache all app processes share: with the local-memory cache each
worker process counts on its own and the limit is multiplied by the number of workers.

When the cache cannot count — it raises, or (django-redis with ``IGNORE_EXCEPTIONS``) quietly
answers nothing — the limit falls back to the database: the messages this visitor stored on
this hub within the window. That count is shared by all processes and real, only slower, and
a warning is logged each time. Stored messages keep a keyed hash of the visitor's address
(``ContactSubmission.client_key``), never the address itself.
"""

import hashlib
import hmac
import ipaddress
import logging
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

logger = logging.getLogger(__name__)

RATE_LIMIT = 5  # messages per visitor, hub and window
WINDOW_SECONDS = 60 * 60


def _visitor(address: str) -> str:
    """The unit that is counted: the address, or its /64 network for IPv6."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 4:
        return str(ip)
    if ip.ipv4_mapped:
        return str(ip.ipv4_mapped)
    return str(ipaddress.ip_network(f"{ip}/64", strict=False))


def client_key(site, address: str) -> str:
    """A keyed hash of (hub, visitor): what the cache key and the stored message carry."""
    site_id = site.pk if site is not None else 0
    message = f"contact-rate:{site_id}:{_visitor(address)}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:40]


def allow_contact(site, address: str) -> bool:
    """Count one message from ``address`` on ``site``; False once the visitor is over the
    limit. Never raises because of the cache."""
    key = client_key(site, address)
    cache_key = f"contact-rate:{key}"
    try:
        cache.add(cache_key, 0, WINDOW_SECONDS)
        count = cache.incr(cache_key)
    except Exception as error:  # a cache that is down raises its own client's errors
        logger.warning(
            "Contact rate limit: the cache is unavailable (%s: %s); counting stored messages instead",
            type(error).__name__,
            error,
        )
        return _allow_from_database(site, key)
    if isinstance(count, bool) or not isinstance(count, int):
        # django-redis with IGNORE_EXCEPTIONS answers None when Redis is down.
        logger.warning("Contact rate limit: the cache did not count; counting stored messages instead")
        return _allow_from_database(site, key)
    return count <= RATE_LIMIT


def _allow_from_database(site, key: str) -> bool:
    from sites.hubs.models import ContactSubmission  # the models use this module

    since = timezone.now() - timedelta(seconds=WINDOW_SECONDS)
    recent = ContactSubmission.objects.filter(site=site, client_key=key, created_at__gte=since)
    return recent.count() < RATE_LIMIT
