"""Property-based run of the API's own OpenAPI schema against the live seed server.

Bounded (25 examples per operation, derandomized); asserts no 5xx and that every
documented response matches its schema. Only this project's REST and Linked Data
operations are exercised (``/api/``, ``/id/``, ``/context.jsonld``). Driven from
Python (one hypothesis run per operation) rather than schemathesis' pytest plugin,
whose subtests do not work with this pytest version.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.conftest import LiveServer

MY_PATHS = r"^/(api/|id/|context\.jsonld)"
EXAMPLES = 25


def run_operation(operation: schemathesis.APIOperation) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])

    check()


def test_api_schema_has_no_server_errors_or_schema_violations(live_server: LiveServer) -> None:
    schema = schemathesis.openapi.from_url(live_server.url + "/openapi.json").include(path_regex=MY_PATHS)
    failures: list[str] = []
    ran = []
    for result in schema.get_all_operations():
        operation = result.ok()
        ran.append(operation.label)
        try:
            run_operation(operation)
        except Exception as exc:  # collect every operation's failure, then report them all
            failures.append(f"{operation.label}: {str(exc)[:2000]}")
    assert len(ran) >= 12, ran
    assert not failures, "\n\n".join(failures)
