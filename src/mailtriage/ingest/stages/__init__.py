"""The ingest stages, one module each, all with the signature `run(ctx: IngestContext) -> None`."""
