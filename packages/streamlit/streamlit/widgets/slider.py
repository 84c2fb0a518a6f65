"""st.slider and st.select_slider.

Both draw the same element (`slider` payload). Values cross the wire as a list of
numbers: the value itself for int and float sliders, microseconds since the Unix epoch
(the date and time read as UTC) for date, time and datetime sliders, and option indices
for select_slider. A list of one number is a single slider, two numbers a range slider.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from numbers import Integral, Real
from typing import Any, Callable

from streamlit.elements.lib.layout_utils import validate_width
from streamlit.errors import StreamlitAPIException, StreamlitValueAboveMaxError, StreamlitValueBelowMinError
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx
from streamlit.runtime.state.widgets import to_key
from streamlit.widgets._base import widget
from streamlit.widgets._choices import check_comparable, index_, to_list

INT, FLOAT, DATE, TIME, DATETIME = "int", "float", "date", "time", "datetime"
TIMELIKE = (DATETIME, DATE, TIME)

_SUPPORTED = (Integral, Real, datetime, date, time)
_SECONDS_TO_MICROS = 1000 * 1000
_DAYS_TO_MICROS = 24 * 60 * 60 * _SECONDS_TO_MICROS
_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

#: JavaScript numbers hold integers exactly up to 2**53 - 1.
_MAX_SAFE_INTEGER = (1 << 53) - 1
_MAX_FLOAT = 1.7976931348623157e308


def _generic_type(v: Any) -> str:
    if isinstance(v, Integral):
        return INT
    if isinstance(v, Real):
        return FLOAT
    if isinstance(v, datetime):
        return DATETIME
    if isinstance(v, date):
        return DATE
    if isinstance(v, time):
        return TIME
    # Streamlit looks the type up in a dict, so an unsupported type is a KeyError.
    raise KeyError(type(v))


def _time_to_datetime(t: time) -> datetime:
    # A date well after the epoch avoids pre-epoch timezone trouble; the date is dropped again.
    return datetime.combine(date(2000, 1, 1), t)


def _date_to_datetime(d: date) -> datetime:
    return datetime.combine(d, time())


def _delta_to_micros(delta: timedelta) -> int:
    return delta.microseconds + delta.seconds * _SECONDS_TO_MICROS + delta.days * _DAYS_TO_MICROS


def _datetime_to_micros(dt: datetime) -> int:
    # The page knows no timezones: the wall time is sent as if it were UTC, and the
    # original tzinfo is put back when the value comes back.
    return _delta_to_micros(dt.replace(tzinfo=timezone.utc) - _UTC_EPOCH)


def _micros_to_datetime(micros: int, tz: tzinfo | None) -> datetime:
    return (_UTC_EPOCH + timedelta(microseconds=micros)).replace(tzinfo=tz)


def _check_int_bounds(value: int, name: str) -> None:
    if value < -_MAX_SAFE_INTEGER:
        raise StreamlitAPIException(f"{name} ({value}) must be >= -((1 << 53) - 1)")
    if value > _MAX_SAFE_INTEGER:
        raise StreamlitAPIException(f"{name} ({value}) must be <= (1 << 53) - 1")


def _check_float_bounds(value: float, name: str) -> None:
    if value < -_MAX_FLOAT:
        raise StreamlitAPIException(f"{name} ({value}) must be >= -1.797e+308")
    if value > _MAX_FLOAT:
        raise StreamlitAPIException(f"{name} ({value}) must be <= 1.797e+308")


class _SliderSerde:
    def __init__(self, default: list[float], data_type: str, single: bool, tz: tzinfo | None) -> None:
        self.default = default
        self.data_type = data_type
        self.single = single
        self.tz = tz

    def one(self, v: Any) -> Any:
        if self.data_type == INT:
            return int(v)
        if self.data_type == FLOAT:
            # The page's 3.0 arrives as the int 3: a float slider returns floats.
            return float(v)
        if self.data_type == DATETIME:
            return _micros_to_datetime(int(v), self.tz)
        if self.data_type == DATE:
            return _micros_to_datetime(int(v), self.tz).date()
        return _micros_to_datetime(int(v), self.tz).time().replace(tzinfo=self.tz)

    def deserialize(self, page_value: Any) -> Any:
        raw = self.default if page_value is None else list(page_value)
        values = [self.one(v) for v in raw]
        return values[0] if self.single else tuple(values)

    def serialize(self, value: Any) -> list[Any]:
        values = list(value) if isinstance(value, (list, tuple)) else [value]
        if self.data_type == DATE:
            return [_datetime_to_micros(_date_to_datetime(v)) for v in values]
        if self.data_type == TIME:
            return [_datetime_to_micros(_time_to_datetime(v)) for v in values]
        if self.data_type == DATETIME:
            return [_datetime_to_micros(v) for v in values]
        return [float(v) for v in values]


class SliderMixin:
    def slider(
        self,
        label: str,
        min_value: Any = None,
        max_value: Any = None,
        value: Any = None,
        step: Any = None,
        format: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> Any:
        """Display a slider for int, float, date, time or datetime values, or a range of them."""
        identity = {
            "min_value": min_value,
            "max_value": max_value,
            "value": value,
            "step": step,
            "format": format,
            "width": width,
        }
        has_default = value is not None
        user_key = to_key(key)

        if value is None:
            # Single or range? A value set through session state tells (Streamlit's rule).
            single = True
            ctx = get_script_run_ctx()
            if user_key is not None and ctx is not None and ctx.session_state.contains(user_key):
                single = isinstance(ctx.session_state.get_item(user_key), _SUPPORTED)
            if single:
                value = min_value if min_value is not None else 0
            else:
                value = [
                    min_value if min_value is not None else 0,
                    max_value if max_value is not None else 100,
                ]

        single = isinstance(value, _SUPPORTED)
        is_range = isinstance(value, (list, tuple)) and len(value) in (0, 1, 2)
        if not single and not is_range:
            raise StreamlitAPIException(
                "Slider value should either be an int/float/datetime or a list/tuple of 0 to 2 ints/floats/datetimes"
            )
        prepared: list[Any] = [value] if single else list(value)
        if len({_generic_type(v) for v in prepared}) > 1:
            raise StreamlitAPIException(
                "Slider tuple/list components must be of the same type.\n"
                f"But were: {list(map(type, prepared))}"
            )
        data_type = INT if not prepared else _generic_type(prepared[0])

        dt_min: Any = time.min
        dt_max: Any = time.max
        if data_type == TIME:
            dt_min = time.min.replace(tzinfo=prepared[0].tzinfo)
            dt_max = time.max.replace(tzinfo=prepared[0].tzinfo)
        if data_type in (DATETIME, DATE):
            dt_min = prepared[0] - timedelta(days=14)
            dt_max = prepared[0] + timedelta(days=14)
        defaults = {
            INT: (0, 100, 1, "%d"),
            FLOAT: (0.0, 1.0, 0.01, "%0.2f"),
            DATETIME: (dt_min, dt_max, timedelta(days=1), "YYYY-MM-DD"),
            DATE: (dt_min, dt_max, timedelta(days=1), "YYYY-MM-DD"),
            TIME: (dt_min, dt_max, timedelta(minutes=15), "HH:mm"),
        }[data_type]
        if min_value is None:
            min_value = defaults[0]
        if max_value is None:
            max_value = defaults[1]
        if step is None:
            step = defaults[2]
            if data_type in (DATETIME, DATE) and max_value - min_value < timedelta(days=1):
                step = timedelta(minutes=15)
        if format is None:
            format = defaults[3]  # noqa: A001

        if step == 0:
            raise StreamlitAPIException("Slider components cannot be passed a `step` of 0.")

        int_args = all(isinstance(a, Integral) for a in (min_value, max_value, step))
        float_args = all(isinstance(a, Real) and not isinstance(a, Integral) for a in (min_value, max_value, step))
        timelike_args = data_type in TIMELIKE and isinstance(step, timedelta) and type(min_value) is type(max_value)
        if not int_args and not float_args and not timelike_args:
            raise StreamlitAPIException(
                "Slider value arguments must be of matching types."
                f"\n`min_value` has {type(min_value).__name__} type."
                f"\n`max_value` has {type(max_value).__name__} type."
                f"\n`step` has {type(step).__name__} type."
            )
        all_ints = data_type == INT and int_args
        all_floats = data_type == FLOAT and float_args
        all_timelikes = data_type in TIMELIKE and timelike_args
        if not all_ints and not all_floats and not all_timelikes:
            raise StreamlitAPIException(
                "Both value and arguments must be of the same type."
                f"\n`value` has {type(value).__name__} type."
                f"\n`min_value` has {type(min_value).__name__} type."
                f"\n`max_value` has {type(max_value).__name__} type."
            )

        # min <= value(s) <= max, widening the bounds when a value lies outside them.
        min_value = min(min_value, max_value)
        max_value = max(min_value, max_value)
        if len(prepared) == 1:
            min_value = min(prepared[0], min_value)
            max_value = max(prepared[0], max_value)
        elif len(prepared) == 2:
            start, end = prepared
            if start > end:
                start, end = end, start
                prepared = [start, end]
            min_value = min(start, min_value)
            max_value = max(end, max_value)
        else:
            prepared = [min_value, max_value]

        if all_ints:
            _check_int_bounds(min_value, "`min_value`")
            _check_int_bounds(max_value, "`max_value`")
        elif all_floats:
            _check_float_bounds(min_value, "`min_value`")
            _check_float_bounds(max_value, "`max_value`")

        if data_type == TIME:
            prepared = [_time_to_datetime(v) for v in prepared]
            min_value, max_value = _time_to_datetime(min_value), _time_to_datetime(max_value)
        if data_type == DATE:
            prepared = [_date_to_datetime(v) for v in prepared]
            min_value, max_value = _date_to_datetime(min_value), _date_to_datetime(max_value)

        if min_value == max_value:
            raise StreamlitAPIException(
                "Slider `min_value` must be less than the `max_value`."
                f"\nThe values were {min_value} and {max_value}."
            )

        tz = None
        if data_type in TIMELIKE:
            tz = prepared[0].tzinfo if data_type in (TIME, DATETIME) else None
            prepared = [_datetime_to_micros(v) for v in prepared]
            min_value, max_value = _datetime_to_micros(min_value), _datetime_to_micros(max_value)
            step = _delta_to_micros(step)

        validate_width(width)
        serde = _SliderSerde(prepared, data_type, single, tz)
        lo, hi = min_value, max_value

        def check_bounds(current: Any) -> tuple[Any, bool]:
            # A value set through session state must lie within the bounds.
            for wire in serde.serialize(current):
                if wire < lo:
                    raise StreamlitValueBelowMinError(value=serde.one(wire), min_value=serde.one(lo))
                if wire > hi:
                    raise StreamlitValueAboveMaxError(value=serde.one(wire), max_value=serde.one(hi))
            return current, False

        return widget(
            self,
            "slider",
            label=label,
            key=key,
            help=help,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            default=serde.deserialize(None),
            deserializer=serde.deserialize,
            serializer=serde.serialize,
            identity=identity,
            key_identity=("min_value", "max_value", "step"),
            has_default=has_default,
            validate=check_bounds,
            payload={
                "type": "slider",
                "dataType": data_type,
                "min": min_value,
                "max": max_value,
                "step": step,
                "format": format,
                "options": [],
                "default": list(prepared),
            },
        )

    def select_slider(
        self,
        label: str,
        options: Any = (),
        value: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> Any:
        """Display a slider to pick one option, or a range of options, from a list."""
        opt = to_list(options)
        check_comparable(opt)
        if len(opt) == 0:
            raise StreamlitAPIException("The `options` argument needs to be non-empty")
        is_range = isinstance(value, (list, tuple))

        def as_index_list(v: Any) -> list[int]:
            if isinstance(v, (list, tuple)):
                indices = [index_(opt, x) for x in v]
                start, end = indices
                return [end, start] if start > end else indices
            return [index_(opt, v)]

        try:
            slider_value = as_index_list(value)
        except ValueError:
            if value is not None:
                raise
            slider_value = [0]
        formatted = [str(format_func(o)) for o in opt]
        validate_width(width)

        def deserialize(page_value: Any) -> Any:
            indices = list(page_value) if page_value else slider_value
            picked = tuple(opt[int(i)] for i in indices)
            return picked if is_range else picked[0]

        return widget(
            self,
            "select_slider",
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
            serializer=as_index_list,
            identity={"options": formatted, "value": slider_value, "width": width},
            # With a key, only new options (which invalidate the selection) make a new widget.
            key_identity=("options",),
            has_default=value is not None,
            payload={
                "type": "slider",
                "dataType": INT,
                "min": 0,
                "max": len(opt) - 1,
                "step": 1,
                "format": "%s",
                "options": formatted,
                "default": list(slider_value),
            },
        )

