"""One catalogue of heron's error and warning codes.

Errors stop the handling of one input (a file, a line) and are reported with
where it happened; warnings are kept on the record (`Analysis.warnings`).
Each message says what was wrong and what to do.
"""

from __future__ import annotations

from enum import Enum


class Code(str, Enum):
    # input errors (E1xx): the input could not be read; nothing is stored from it
    E101 = "E101"
    E102 = "E102"
    E103 = "E103"
    E104 = "E104"
    E105 = "E105"
    E106 = "E106"
    E107 = "E107"
    E108 = "E108"
    E109 = "E109"
    E110 = "E110"
    E111 = "E111"
    E112 = "E112"
    # usage errors (E2xx)
    E201 = "E201"
    E202 = "E202"
    # warnings kept on records (W1xx)
    W101 = "W101"
    W102 = "W102"
    W103 = "W103"
    W104 = "W104"


MESSAGES: dict[Code, str] = {
    Code.E101: "path does not exist: {path}. Check the spelling, or pass '-' to read stdin.",
    Code.E102: "file is empty: {path}. Nothing to analyze.",
    Code.E103: "file looks binary, not text: {path}. heron reads UTF-8 .txt and .jsonl files, HTML pages and RSS/Atom feeds.",
    Code.E104: "file is not valid UTF-8 ({detail}): {path}. Re-encode it as UTF-8.",
    Code.E105: "{path}:{line}: not a JSON object ({detail}). The line is skipped.",
    Code.E106: "{path}:{line}: document has no 'text' string. The line is skipped.",
    Code.E107: "{path}: {detail}",
    Code.E108: "{detail}",
    Code.E109: "{path}: no article could be read from this HTML ({detail}). Is it an article page? Nothing is stored from it.",
    Code.E110: "{path}:{line}: malformed RSS/Atom feed ({detail}); the {kept} item(s) with text that a lenient parse recovered are kept; check them.",
    Code.E111: "{path}: not an RSS or Atom feed ({detail}). Nothing is stored from it.",
    Code.E112: "{path}: feed item {item} ({title!r}) has no text in its content or summary. The item is skipped.",
    Code.E201: "unknown format {value!r}; choose one of: {choices}.",
    Code.E202: "invalid option: {detail}",
    Code.W101: "text looks non-English ({detail}); results will be poor.",
    Code.W102: "text is long ({detail} characters); it was analyzed in parts.",
    Code.W104: "dropped a {kind} whose span does not slice back to its evidence.",
    Code.W103: "published date {value!r} is not YYYY-MM-DD; relative dates are left unresolved.",
}


def message(code: Code, **values: object) -> str:
    return f"{code.value} " + MESSAGES[code].format(**values)


class HeronError(Exception):
    """A user-facing error: the CLI prints its message and exits with `exit_code`."""

    exit_code = 1

    def __init__(self, code: Code, **values: object) -> None:
        self.code = code
        super().__init__(message(code, **values))


class InputError(HeronError):
    exit_code = 3


class UsageError(HeronError):
    exit_code = 2
