"""Storage: the database schema, engine set-up and migrations."""
