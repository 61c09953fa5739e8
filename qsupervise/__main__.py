"""``python -m qsupervise COMMAND …``: the headless commands."""

if __name__ == "__main__":
    import sys

    from qsupervise.cli import main

    sys.exit(main(sys.argv[1:]))
