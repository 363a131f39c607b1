"""editor_app: a desktop Markdown article editor that proofreads and publishes."""

__version__ = "0.1.0"
