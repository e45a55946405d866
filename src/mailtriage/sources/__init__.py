"""Mail sources: where messages are fetched from (IMAP, Maildir)."""
