from .contact import ContactPage, ContactSubmission
from .events import EventIndexPage, EventKind, EventPage
from .home import FeaturedMatch, HubHomePage
from .matches import MatchCategory, MatchIndexPage, MatchMethod, MatchPage, MatchTool
from .news import NewsIndexPage, NewsPage
from .spaces import InnovationSpacePage

__all__ = [
    "ContactPage",
    "ContactSubmission",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "FeaturedMatch",
    "HubHomePage",
    "InnovationSpacePage",
    "MatchCategory",
    "MatchIndexPage",
    "MatchMethod",
    "MatchPage",
    "MatchTool",
    "NewsIndexPage",
    "NewsPage",
]
