"""The outbox: outgoing mail written as rows in the same transaction, delivered by a job."""
