"""Suite-wide settings: Qt offscreen and a private data folder for every test run."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The audit key and high-water marks (decision 0007) go to the data folder: never the developer's own.
os.environ.setdefault("QS_DATA_DIR", tempfile.mkdtemp(prefix="qs-test-data-"))
