"""Dialogs: recovery after a crash, external changes, ..."""
