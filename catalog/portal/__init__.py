"""The static bilingual portal (zh-TW, en) built from the catalog; see build.py for the layout."""

from catalog.portal.build import build_portal
from catalog.portal.render import render_search
from catalog.portal.search import search

__all__ = ["build_portal", "render_search", "search"]
