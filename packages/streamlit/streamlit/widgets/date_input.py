"""st.date_input: one date, or a range given as a list/tuple of up to two dates.

Dates cross to the page as ISO strings (`YYYY-MM-DD`); a single date widget holds a list
of one, an empty list means no date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable

from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx
from streamlit.widgets._base import widget
from streamlit.widgets._input_options import validate_width

ALLOWED_DATE_FORMATS = re.compile(r"^(YYYY[/.\-]MM[/.\-]DD|DD[/.\-]MM[/.\-]YYYY|MM[/.\-]DD[/.\-]YYYY)$")


def adjust_years(value: date, years: int) -> date:
    """The same day `years` later (Feb 29 becomes Feb 28 in other years)."""
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return value.replace(year=value.year + years, day=28)


def _to_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value == "today":
        return datetime.now().date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            try:
                return datetime.fromisoformat(value).date()
            except ValueError:
                pass
    raise StreamlitAPIException('Date value should either be an date/datetime or an ISO string or "today"')


def _parse_value(value: Any) -> tuple[list[date] | None, bool]:
    if value is None:
        return None, False
    if isinstance(value, Sequence) and not isinstance(value, str):
        items, is_range = list(value), True
    else:
        items, is_range = [value], False
    if len(items) not in (0, 1, 2):
        raise StreamlitAPIException(
            "DateInput value should either be an date/datetime or a list/tuple of 0 - 2 date/datetime values"
        )
    return [_to_date(v) for v in items], is_range


def _parse_bound(bound: Any, dates: list[date] | None, *, years: int, which: str) -> date:
    if isinstance(bound, (datetime, date, str)):
        return _to_date(bound)
    if bound is None:
        anchor = (dates[0] if years < 0 else dates[-1]) if dates else date.today()
        return adjust_years(anchor, years)
    raise StreamlitAPIException(f"DateInput {which} should either be a date/datetime or None")


@dataclass(frozen=True)
class DateInputValues:
    value: list[date] | None
    is_range: bool
    min: date
    max: date

    @classmethod
    def parse(cls, value: Any, min_value: Any, max_value: Any) -> "DateInputValues":
        dates, is_range = _parse_value(value)
        parsed_min = _parse_bound(min_value, dates, years=-10, which="min")
        parsed_max = _parse_bound(max_value, dates, years=10, which="max")
        if isinstance(value, str) and value == "today" and dates:
            if dates[0] < parsed_min:
                dates = [parsed_min]
            if dates[0] > parsed_max:
                dates = [parsed_max]
        return cls(dates, is_range, parsed_min, parsed_max)

    def __post_init__(self) -> None:
        if self.min > self.max:
            raise StreamlitAPIException(
                f"The `min_value`, set to {self.min}, shouldn't be larger than the `max_value`, set to {self.max}."
            )
        if self.value:
            if self.value[0] < self.min or self.value[-1] > self.max:
                raise StreamlitAPIException(
                    f"The default `value` of {self.value} must lie between the `min_value` of {self.min} "
                    f"and the `max_value` of {self.max}, inclusively."
                )


def _id_date(v: Any) -> str | None:
    """A run-independent form of a date argument for the widget id ("today" is not a date)."""
    if isinstance(v, str):
        return None if v == "today" else v
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return None


def _from_ui(text: Any) -> date:
    text = str(text)
    try:
        return date.fromisoformat(text)
    except ValueError:
        return datetime.strptime(text, "%Y/%m/%d").date()


class DateInputMixin:
    def date_input(
        self,
        label: str,
        value: Any = "today",
        min_value: Any = None,
        max_value: Any = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        format: str = "YYYY/MM/DD",
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> Any:
        """Display a date input. Returns a `datetime.date`, None, or for a range (value
        given as a list/tuple) a tuple of 0–2 dates."""
        width = validate_width(width)
        if isinstance(value, str) and value == "today":
            id_value: Any = None
        elif isinstance(value, Sequence) and not isinstance(value, str):
            id_value = [_id_date(v) for v in value]
        else:
            id_value = _id_date(value)
        identity = {
            "value": id_value,
            "min_value": _id_date(min_value),
            "max_value": _id_date(max_value),
            "format": format,
            "width": width,
        }
        if not isinstance(format, str) or not ALLOWED_DATE_FORMATS.match(format):
            raise StreamlitAPIException(
                f"The provided format (`{format}`) is not valid. DateInput format should be one of "
                "`YYYY/MM/DD`, `DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or hyphen (-) "
                "as separators."
            )
        parsed = DateInputValues.parse(value, min_value, max_value)
        if isinstance(value, str) and value == "today" and key is not None:
            # Single date or range? Without a default, a value in session state decides.
            ctx = get_script_run_ctx()
            if ctx is not None and ctx.session_state.contains(str(key)):
                parsed = DateInputValues.parse(ctx.session_state.get_item(str(key)), min_value, max_value)

        def deserialize(ui_value: Any) -> Any:
            dates: Sequence[date] | None
            dates = parsed.value if ui_value is None else [_from_ui(v) for v in ui_value]
            if not dates:
                return () if parsed.is_range else None
            return tuple(dates) if parsed.is_range else dates[0]

        def serialize(v: Any) -> list[str]:
            if v is None:
                return []
            items = list(v) if isinstance(v, Sequence) and not isinstance(v, str) else [v]
            return [_to_date(item).isoformat() for item in items]

        return widget(
            self,
            "date_input",
            label=label,
            key=key,
            help=help,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            default=deserialize(None),
            deserializer=deserialize,
            serializer=serialize,
            identity=identity,
            key_identity=("min_value", "max_value", "format"),
            has_default=not (isinstance(value, str) and value == "today") and value is not None,
            payload={
                "type": "dateInput",
                "default": [d.isoformat() for d in parsed.value or []],
                "isRange": parsed.is_range,
                "min": parsed.min.isoformat(),
                "max": parsed.max.isoformat(),
                "format": format,
                "width": width,
            },
        )
