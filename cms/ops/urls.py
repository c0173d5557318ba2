from django.urls import path

from .health import HealthView

urlpatterns = [
    path("", HealthView.as_view(), name="health"),
    path("<slug:check>/", HealthView.as_view(), name="health_check"),
]
