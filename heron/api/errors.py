"""The API's error codes and the JSON body of every error response.

Every 4xx answer is `{"error": {"code", "message", "parameter"?}}` with a
message that says what was wrong and what to send instead. (These codes
belong in heron/errors.py's catalogue; they are kept here until that file is
free to edit.)
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class ApiCode(str, Enum):
    E601 = "E601"  # a query parameter is malformed or out of range
    E602 = "E602"  # no such document
    E603 = "E603"  # the page starts past the last item
    E604 = "E604"  # no such path
    E605 = "E605"  # method not allowed
    E606 = "E606"  # the Host header names a host this server does not serve


class ApiError(Exception):
    def __init__(
        self, code: ApiCode, message: str, *, status: int = 400, parameter: str | None = None
    ) -> None:
        super().__init__(message)
        self.code, self.message, self.status, self.parameter = code, message, status, parameter

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code.value, "message": self.message}
        if self.parameter:
            error["parameter"] = self.parameter
        return {"error": error}


def bad_parameter(parameter: str, message: str) -> ApiError:
    return ApiError(ApiCode.E601, message, parameter=parameter)
