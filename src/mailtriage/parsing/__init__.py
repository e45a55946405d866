"""Parsing: raw RFC 5322 bytes into a typed message (text, headers, attachments)."""
