from .accounts import DemoAccount
from .media import CMSDocument, CMSImage, CMSRendition
from .pages import BasePage, LegalPage, StandardPage
from .site_settings import SiteSettings
from .workflows import PublisherApprovalTask

__all__ = [
    "BasePage",
    "CMSDocument",
    "CMSImage",
    "CMSRendition",
    "DemoAccount",
    "LegalPage",
    "PublisherApprovalTask",
    "SiteSettings",
    "StandardPage",
]
