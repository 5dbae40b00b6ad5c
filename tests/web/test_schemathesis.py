"""Schemathesis: requests generated from /openapi.json against the real read-only server.

Checks: no 5xx answer, and every answer (including the 4xx ones it provokes) is one the schema
declares, in the declared shape and content type. Bounded: a few examples per operation, valid
and invalid ones. (Schemathesis' lazy ``from_fixture`` does not run under pytest 9, so each
operation's strategy is driven by hypothesis here.)
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from web_helpers import Server

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
EXAMPLES = 12  # per operation and generation mode


def test_api_never_fails(server: Server) -> None:
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    assert len(operations) >= 11
    calls = 0
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                      suppress_health_check=list(HealthCheck))
            def run(case: schemathesis.Case) -> None:
                nonlocal calls
                calls += 1
                case.call_and_validate(base_url=server.url, checks=CHECKS)

            try:
                run()
            except Unsatisfiable:  # no parameters to make invalid (/stats)
                assert mode is GenerationMode.NEGATIVE, operation.label
    assert calls >= len(operations) * 2
    print(f"schemathesis: {len(operations)} operations, {calls} generated requests, no failed check")
