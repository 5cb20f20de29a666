"""`python -m graph` runs the `dsr` command line."""

from .cli import main

if __name__ == "__main__":
    main()
