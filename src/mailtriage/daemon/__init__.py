"""The daemon: mailbox workers, the outbox sender, the scheduler that drives them."""
