"""City hall's tests use the fixtures of tests/conftest.py."""

from tests.conftest import central_rows  # noqa: F401 - imported by the tests from here
