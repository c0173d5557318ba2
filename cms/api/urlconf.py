"""The URLconf that API requests are answered under (see ``cms.api.responses.mark_as_api``)."""

from django.urls import include, path

urlpatterns = [path("api/", include("cms.api.urls"))]

handler400 = "cms.api.errors.bad_request"
