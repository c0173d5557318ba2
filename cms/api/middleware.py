"""The one place that marks a request as an API request."""

#: The site's API and the admin's own (Wagtail's chooser endpoints).
API_PATH_PREFIXES = ("/api/", "/admin/api/")
API_URLCONF = "cms.api.urlconf"


class ApiMiddleware:
    """Marks every answer under ``/api/`` and ``/admin/api/`` as answered from a URLconf
    without language prefixes.

    The site's page route sits under ``i18n_patterns`` and matches any path, so Django's
    LocaleMiddleware would turn every 404 of the API into a redirect to ``/de/api/…``; it
    only does so when the request's URLconf uses language prefixes. Sits just inside
    LocaleMiddleware, whose ``process_response`` then reads the mark.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(API_PATH_PREFIXES):
            request.urlconf = API_URLCONF
        return response
