from streamlit.runtime.caching.api import cache_data, cache_resource
from streamlit.runtime.caching.cache_errors import UnhashableParamError, UnserializableReturnValueError

__all__ = ["cache_data", "cache_resource", "UnhashableParamError", "UnserializableReturnValueError"]
