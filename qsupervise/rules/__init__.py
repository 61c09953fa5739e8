"""Validators for codes and numbers used in quality supervision records."""
