"""Review mode UI (proofreading with CriticMarkup suggestions and comments).

- ``ReviewController(editor, author="")`` attaches to any QPlainTextEdit: while
  ``set_enabled(True)``, edits are recorded as CriticMarkup; it also steps through
  suggestions/comments, accepts/rejects (current or all), adds comments, replies, resolves,
  turns check issues into suggestions (``suggest_issue``, ``suggestion_actions``), exports the
  HTML review report (``export_review``) and holds the preview mode (``preview_mode``).
- ``review_aware(MarkdownHighlighter)`` is the Markdown highlighter plus the review colours
  (create it *before* the controller; without a highlighter the controller installs
  ``ReviewHighlighter``; with a plain one it falls back to coloured text without grey
  delimiters).
- ``ReviewActions(window)`` is one set of menu actions routed to the current tab's controller.

Wiring in the app (document tab and main window)::

    self.highlighter = review_aware(MarkdownHighlighter)(self.editor.document(), theme.syntax)
    self.review = ReviewController(self.editor, author=reviewer_name)
    self.review.title_provider = self.display_name
    render_fn = self._render
    self._render = lambda text: render_fn(preprocess(text, self.review.preview_mode))
    self.review.preview_mode_changed.connect(lambda _mode: self.request_render(0))

    actions = ReviewActions(window)
    window.menu("&Review").addActions(actions.actions())
    window.current_tab_changed.connect(lambda tab: actions.set_controller(tab.review if tab else None))
"""

from editor_app.ui.review.controller import ReviewActions, ReviewController
from editor_app.ui.review.decorator import ReviewDecorator
from editor_app.ui.review.highlight import ReviewHighlighter, review_aware

__all__ = ["ReviewActions", "ReviewController", "ReviewDecorator", "ReviewHighlighter", "review_aware"]
