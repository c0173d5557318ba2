"""The URLconf that API answers are marked with (``cms.api.middleware.ApiMiddleware``)."""

from django.urls import include, path

urlpatterns = [path("api/", include("cms.api.urls"))]

handler400 = "cms.api.errors.bad_request"
