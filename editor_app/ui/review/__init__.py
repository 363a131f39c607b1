"""Review mode UI: ``ReviewController(editor)`` records edits as CriticMarkup, colours the marks,
steps through them, accepts/rejects and manages comment threads; ``ReviewActions`` is one set
of menu actions for a window with tabs."""

from editor_app.ui.review.controller import ReviewActions, ReviewController
from editor_app.ui.review.decorator import ReviewDecorator
from editor_app.ui.review.highlight import ReviewHighlighter, review_aware

__all__ = ["ReviewActions", "ReviewController", "ReviewDecorator", "ReviewHighlighter", "review_aware"]
