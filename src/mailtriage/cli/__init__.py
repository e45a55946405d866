"""The `mailtriage` command line."""
