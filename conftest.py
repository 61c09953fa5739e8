"""Suite-wide settings: Qt offscreen and a private data folder for every test run."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
