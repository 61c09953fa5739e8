"""Known problems a user can act on, as opposed to bugs."""

from __future__ import annotations

from typing import Any


class KnownError(Exception):
    """A problem with the user's input or environment, shown as a plain message.

    ``code`` is a stable identifier looked up in :mod:`qsupervise.messages`;
    ``args`` fill the message template.
    """

    exit_code = 1

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(code)

    def message(self, lang: str = "zh") -> str:
        from qsupervise.messages import text

        return text(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message("zh")


class DatabaseMissing(KnownError):
    pass


class DatabaseNewer(KnownError):
    pass


class DatabaseDamaged(KnownError):
    pass


class DatabaseLocked(KnownError):
    pass


class DatabaseReadOnly(KnownError):
    pass


class BadInput(KnownError):
    pass


class UsageError(KnownError):
    exit_code = 2
