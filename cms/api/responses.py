"""What every API response needs besides its body."""

API_URLCONF = "cms.api.urlconf"


def mark_as_api(request) -> None:
    """Answer this request under a URLconf without language prefixes.

    The site's page route sits under ``i18n_patterns`` and matches any path, so Django's
    LocaleMiddleware would turn every 404 of the API into a redirect to ``/de/api/…``; it
    only does so when the request's URLconf uses language prefixes.
    """
    request = getattr(request, "_request", request)
    request.urlconf = API_URLCONF
