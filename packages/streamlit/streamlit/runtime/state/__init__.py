from streamlit.runtime.state.session_state import (
    SessionState,
    SessionStateProxy,
    WidgetMetadata,
)

__all__ = ["SessionState", "SessionStateProxy", "WidgetMetadata"]
