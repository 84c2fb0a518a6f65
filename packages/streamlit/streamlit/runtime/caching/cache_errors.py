"""Errors of st.cache_data / st.cache_resource, with Streamlit's messages."""

from __future__ import annotations

from typing import Any, Callable

from streamlit.errors import StreamlitAPIException


def get_fqn_type(obj: Any) -> str:
    t = type(obj)
    return f"{t.__module__}.{t.__qualname__}"


def cached_func_name_md(func: Callable[..., Any]) -> str:
    name = getattr(func, "__name__", None)
    return f"`{name}()`" if name else "a cached function"


class UnhashableTypeError(Exception):
    pass


class UnhashableParamError(StreamlitAPIException):
    def __init__(self, cache_type: str, func: Callable[..., Any], arg_name: str | None, arg_value: Any, orig_exc: BaseException):
        super().__init__(self._message(cache_type, func, arg_name, arg_value))
        self.with_traceback(orig_exc.__traceback__)

    @staticmethod
    def _message(cache_type: str, func: Callable[..., Any], arg_name: str | None, arg_value: Any) -> str:
        arg_name_str = arg_name if arg_name is not None else "(unnamed)"
        func_name = getattr(func, "__name__", "func")
        replacement = f"_{arg_name}" if arg_name is not None else "_arg"
        return (
            f"Cannot hash argument '{arg_name_str}' (of type `{get_fqn_type(arg_value)}`) in '{func_name}'.\n\n"
            "To address this, you can tell Streamlit not to hash this argument by adding a\n"
            "leading underscore to the argument's name in the function signature:\n\n"
            f"```\n@st.{cache_type}\ndef {func_name}({replacement}, ...):\n    ...\n```"
        )


class UnserializableReturnValueError(StreamlitAPIException):
    def __init__(self, func: Callable[..., Any], return_value: Any):
        super().__init__(
            f"Cannot serialize the return value (of type `{get_fqn_type(return_value)}`) in {cached_func_name_md(func)}.  \n"
            "`st.cache_data` uses [pickle](https://docs.python.org/3/library/pickle.html) to\n"
            "serialize the function's return value and safely store it in the cache without mutating the original object. "
            "Please convert the return value to a pickle-serializable type.  \n"
            "If you want to cache unserializable objects such as database connections or Tensorflow\n"
            "sessions, use `st.cache_resource` instead (see [our docs](https://docs.streamlit.io/develop/concepts/architecture/caching) "
            "for differences)."
        )


class BadTTLStringError(StreamlitAPIException):
    def __init__(self, ttl: str):
        super().__init__(f"TTL string doesn't look right. It should be formatted as '1d2h34m' or '2 days', for example. Got: {ttl}")
        self.ttl = ttl
