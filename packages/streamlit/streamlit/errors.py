"""Streamlit's exception types, with the names and messages apps search for."""

from __future__ import annotations


class Error(Exception):
    """Base class of Streamlit's own errors."""


class StreamlitAPIException(Error):
    """Misuse of the API. Its message is shown as Markdown in the exception box."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """A misuse that is shown but does not stop the script."""


class DuplicateWidgetID(StreamlitAPIException):
    """Two elements with the same id in one run (behaviour.md §2.3)."""


class StreamlitDuplicateElementId(DuplicateWidgetID):
    def __init__(self, element_type: str):
        super().__init__(
            f"There are multiple `{element_type}` elements with the same auto-generated ID. "
            "When this element is created, it is assigned an internal ID based on the element "
            "type and provided parameters. Multiple elements with the same type and parameters "
            "will cause this error.\n\n"
            f"To fix this error, please pass a unique `key` argument to the `{element_type}` element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    def __init__(self, user_key: str):
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for each element "
            "you create."
        )


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    def __init__(self, key: str):
        super().__init__(f"Values for the widget with `key` '{key}' cannot be set using `st.session_state`.")


class StreamlitAPIWarningDuplicateDefault(StreamlitAPIWarning):
    pass


class NoSessionContext(Error):
    pass


class UncaughtAppException(Error):
    def __init__(self, exc: BaseException):
        super().__init__(str(exc))
        self.exc = exc
