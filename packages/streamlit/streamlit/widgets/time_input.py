"""st.time_input: a time of day, crossing to the page as "HH:MM"."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any, Callable

from streamlit.errors import StreamlitAPIException
from streamlit.widgets._base import widget
from streamlit.widgets._input_options import validate_width

DEFAULT_STEP_MINUTES = 15


def _to_time(value: Any) -> time:
    if isinstance(value, str) and value == "now":
        return datetime.now().time().replace(second=0, microsecond=0)
    if isinstance(value, str):
        try:
            return time.fromisoformat(value)
        except ValueError:
            try:
                return datetime.fromisoformat(value).time().replace(second=0, microsecond=0)
            except ValueError:
                pass
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value
    raise StreamlitAPIException("The type of value should be one of datetime, time, ISO string or None")


class TimeInputMixin:
    def time_input(
        self,
        label: str,
        value: Any = "now",
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        step: int | timedelta = timedelta(minutes=DEFAULT_STEP_MINUTES),
        width: Any = "stretch",
    ) -> time | None:
        """Display a time input. Returns a `datetime.time` (None while empty with
        `value=None`)."""
        width = validate_width(width)
        parsed = None if value is None else _to_time(value)
        identity = {
            "value": parsed if isinstance(value, (datetime, time)) else value,
            "step": step,
            "width": width,
        }
        if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
            raise StreamlitAPIException(f"`step` can only be `int` or `timedelta` but {type(step)} is provided.")
        step_seconds = step.seconds if isinstance(step, timedelta) else step
        if step_seconds < 60 or step_seconds > timedelta(hours=23).seconds:
            raise StreamlitAPIException(
                f"`step` must be between 60 seconds and 23 hours but is currently set to {step_seconds} seconds."
            )

        def deserialize(ui_value: Any) -> time | None:
            if ui_value is None:
                return parsed
            return datetime.strptime(str(ui_value)[:5], "%H:%M").time()

        def serialize(v: Any) -> str | None:
            if v is None:
                return None
            if isinstance(v, datetime):
                v = v.time()
            return v.strftime("%H:%M")

        return widget(
            self,
            "time_input",
            label=label,
            key=key,
            help=help,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            default=parsed,
            deserializer=deserialize,
            serializer=serialize,
            identity=identity,
            key_identity=("step",),
            has_default=not (isinstance(value, str) and value == "now") and value is not None,
            payload={
                "type": "timeInput",
                "default": serialize(parsed),
                "step": step_seconds,
                "width": width,
            },
        )
