"""Each module registers its subcommands; later areas add theirs to REGISTRY."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from qsupervise.commands import (
    admin,
    audit,
    awards,
    credit,
    fund,
    hub,
    instruments,
    letters,
    org,
    package,
    registry,
    spotchecks,
    standards,
    stations,
)

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]", argparse.ArgumentParser], None]

REGISTRY: list[Register] = [
    admin.register, org.register, registry.register, spotchecks.register, credit.register, instruments.register,
    awards.register, fund.register, letters.register,
    standards.register,  # adds its kinds to the registry's import/export verbs: after registry
    audit.register,
    stations.register,
    package.register,
    hub.register,
]
