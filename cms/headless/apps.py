from django.apps import AppConfig


class HeadlessConfig(AppConfig):
    """The admin's side of the headless API: "Preview in front end" for pages and library
    items, and the admin's own media API limited to what the user may choose."""

    name = "cms.headless"
    label = "headless"
