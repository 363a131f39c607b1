"""The text side of a document tab: editor widget, highlighter, find/replace, outline, stats."""
