"""Conversation rules: automatic-mail detection and threading decisions (pure functions)."""
