"""`python -m graph` runs the `dsr` command line."""

from .cli import cli

if __name__ == "__main__":
    cli()
