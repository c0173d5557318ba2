from wagtail.snippets.models import register_snippet

from cms.library.viewsets import LibraryViewSetGroup

register_snippet(LibraryViewSetGroup)
