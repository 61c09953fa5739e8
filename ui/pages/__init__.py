"""One widget per navigation entry of the main window."""
