"""Changes to tickets that agents (by mail) and admins (by CLI) make, recorded as events."""
