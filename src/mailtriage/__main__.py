"""Allow `python -m mailtriage`."""

from mailtriage.cli.main import main

main()
