"""The read-only catalog server (Starlette + uvicorn); see app.py for the routes."""

from catalog.server.app import create_app, serve

__all__ = ["create_app", "serve"]
