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


# -- input widgets (text, number, selection, date/time, color) ------------------------


class StreamlitSelectionCountExceedsMaxError(StreamlitAPIException):
    """st.multiselect got more selections than `max_selections` allows."""

    def __init__(self, current_selections_count: int, max_selections_count: int):
        super().__init__(
            f"Multiselect has {current_selections_count} "
            f"{'option' if current_selections_count == 1 else 'options'} selected but `max_selections` "
            f"is set to {max_selections_count}. This happened because you either gave too many options "
            "to `default` or you manipulated the widget's state through `st.session_state`. Note that "
            "the latter can happen before the line indicated in the traceback. Please select at most "
            f"{max_selections_count} {'option' if max_selections_count == 1 else 'options'}."
        )


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    """st.number_input got ints and floats mixed."""

    def __init__(self, value: object, min_value: object, max_value: object, step: object):
        message = "All numerical arguments must be of the same type."
        for name, arg in (("value", value), ("min_value", min_value), ("max_value", max_value), ("step", step)):
            if arg is not None:
                message += f"\n`{name}` has {type(arg).__name__} type."
        super().__init__(message)


class StreamlitValueBelowMinError(StreamlitAPIException):
    def __init__(self, value: object, min_value: object):
        super().__init__(f"The `value` {value} is less than the `min_value` {min_value}.")


class StreamlitValueAboveMaxError(StreamlitAPIException):
    def __init__(self, value: object, max_value: object):
        super().__init__(f"The `value` {value} is greater than the `max_value` {max_value}.")


class StreamlitJSNumberBoundsError(StreamlitAPIException):
    """A number the page cannot hold exactly (beyond JavaScript's safe range)."""


class StreamlitInvalidNumberFormatError(StreamlitAPIException):
    def __init__(self, format: str):
        super().__init__(f"Format string for `st.number_input` contains invalid characters: {format}")


# -- forms ------------------------------------------------------------------------------


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    """An `on_change` callback on a widget inside a form (only submit buttons may have one)."""

    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )
