"""The demo county: a realistic, reproducible database for first use, tests and benchmarks."""

from qsupervise.demo.generate import DEFAULT_AS_OF, DemoResult, generate

__all__ = ["DEFAULT_AS_OF", "DemoResult", "generate"]
