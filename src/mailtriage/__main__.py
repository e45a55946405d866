"""`python -m mailtriage` and the `mailtriage` command.

The command's script imports only this module: a parse worker process (ingest/parallel.py),
which re-runs the main script when it starts, then stays small instead of importing the CLI.
"""


def main() -> None:
    """Run the command line."""
    from mailtriage.cli.main import main as cli

    cli()


if __name__ == "__main__":
    main()
