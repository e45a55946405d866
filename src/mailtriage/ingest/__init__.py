"""The ingest pipeline: one fetched message through its stages in one transaction."""
