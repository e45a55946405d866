"""mailtriage: a tiered helpdesk daemon fed by a support mailbox."""

__version__ = "0.1.0"
