"""Private, real servers (Dovecot, PostgreSQL, SMTP) that the test suite starts on loopback."""
