from .guides import GuideIndexPage, GuideMethod, GuideTool, HowToGuidePage, InterviewKind, InterviewPage
from .home import PlatformHomePage
from .library import MethodLibraryPage, PrototypeGalleryPage, ToolCataloguePage
from .materials import Material, MaterialKind, MaterialsPage

__all__ = [
    "GuideIndexPage",
    "GuideMethod",
    "GuideTool",
    "HowToGuidePage",
    "InterviewKind",
    "InterviewPage",
    "Material",
    "MaterialKind",
    "MaterialsPage",
    "MethodLibraryPage",
    "PlatformHomePage",
    "PrototypeGalleryPage",
    "ToolCataloguePage",
]
