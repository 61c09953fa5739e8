"""A child process spoken to in JSON lines over its stdin/stdout (the crash tests' helpers)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any


class JsonPipe:
    """Starts ``args`` in ``cwd``; :meth:`send` writes one JSON object a line, :meth:`receive` reads one back."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(args, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     env=env)

    def send(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(message) + "\n")
        self.proc.stdin.flush()

    def receive(self) -> dict[str, object]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, "the helper process died"
        answer: dict[str, object] = json.loads(line)
        return answer

    def close(self) -> None:
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(10)
        self.proc.stdout.close()
