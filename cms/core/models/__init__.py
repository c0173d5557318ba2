from .accounts import DemoAccount
from .demo_records import DemoRecord
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
    "DemoRecord",
    "LegalPage",
    "PublisherApprovalTask",
    "SiteSettings",
    "StandardPage",
]
