"""Classification: decide a ticket's support level and category from its text."""
