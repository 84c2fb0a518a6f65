"""`from streamlit import runtime; runtime.exists()` as libraries use it."""

from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx


def exists() -> bool:
    """True while an app session is running (always, once a script has started)."""
    from streamlit.runtime import app_session

    return app_session.current_session is not None


def get_instance():
    from streamlit.runtime import app_session

    return app_session.current_session
