"""Benchmarks run by ``make bench``: each figure beside a raw-library baseline from the same run."""
