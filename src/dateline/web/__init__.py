"""The HTTP side: a read-only JSON API (FastAPI, OpenAPI at ``/openapi.json``) and a dashboard.

``dateline serve`` runs it; ``create_app`` builds it for any ASGI server or test.
"""

from dateline.web.app import WebOptions, create_app

__all__ = ["WebOptions", "create_app"]
