from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class DemoRecord(models.Model):
    """One object that ``load_demo`` created (or found and adopted), by a stable key such as
    ``page:meissen:matches/match-1`` or ``snippet:library.methodcard:persona``, and the object
    it stands for.

    A later run creates only what has no record: an object whose key is recorded but which no
    longer exists was deleted by an editor, and stays deleted. The object is found by its
    primary key, so an item an editor renamed (a new slug or title) is still recognised."""

    key = models.CharField(_("key"), max_length=255, unique=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(_("object ID"), max_length=64)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("demo record")
        verbose_name_plural = _("demo records")

    def __str__(self):
        return self.key

    def get_object(self):
        """The recorded object, or None if it was deleted."""
        model = self.content_type.model_class()
        if model is None:
            return None
        return model._default_manager.filter(pk=self.object_id).first()
