"""Sample support mails used by `mailtriage demo` (written for this project)."""
