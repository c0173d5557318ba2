from django.db import models
from django.utils.translation import gettext_lazy as _


class DemoRecord(models.Model):
    """One object that ``load_demo`` created, by a stable key such as
    ``page:meissen:matches/weingut`` or ``snippet:library.methodcard:empathy-map``.

    A later run creates only what has no record: an object whose key is recorded but which no
    longer exists was deleted by an editor, and stays deleted."""

    key = models.CharField(_("key"), max_length=255, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("demo record")
        verbose_name_plural = _("demo records")

    def __str__(self):
        return self.key
