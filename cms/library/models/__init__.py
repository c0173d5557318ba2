from .base import LibraryQuerySet, LibrarySnippet, hub_sites
from .methods import Difficulty, MethodCard, MethodCardQuerySet, Phase
from .people import Partner, PartnerKind, Person, PersonRole
from .spaces import InnovationSpace, SpaceKind, feature_collection
from .testimonials import Testimonial
from .tools import RATING_FIELDS, AITool, AIToolQuerySet, DataLocation, GDPRCompliance, Pricing, ToolCategory

__all__ = [
    "RATING_FIELDS",
    "AITool",
    "AIToolQuerySet",
    "DataLocation",
    "Difficulty",
    "GDPRCompliance",
    "InnovationSpace",
    "LibraryQuerySet",
    "LibrarySnippet",
    "MethodCard",
    "MethodCardQuerySet",
    "Partner",
    "PartnerKind",
    "Person",
    "PersonRole",
    "Phase",
    "Pricing",
    "SpaceKind",
    "Testimonial",
    "ToolCategory",
    "feature_collection",
    "hub_sites",
]
