"""st.form and st.form_submit_button (behaviour.md §4).

A form is a block whose DeltaGenerator carries the form id (its key); every widget
created in it carries that id too, so the page holds their changes until a submit button
of the form is pressed. Pending values, Enter-to-submit and clear_on_submit live on the
page (components/app/forms.ts); Python checks the misuse rules.
"""

from __future__ import annotations

import textwrap
from typing import Any, Callable

from streamlit.elements.lib.layout_utils import validate_height, validate_width
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

#: Appended to the messages of form misuse errors (Streamlit's FORM_DOCS_INFO).
FORM_DOCS = """

For more information, refer to the
[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).
"""


def duplicate_form_message(key: str) -> str:
    return textwrap.dedent(
        f"""
        There are multiple identical forms with `key='{key}'`.

        To fix this, please make sure that the `key` argument is unique for
        each `st.form` you create.
        """
    ).strip("\n")


class FormMixin:
    def form(
        self,
        key: str,
        clear_on_submit: bool = False,
        *,
        enter_to_submit: bool = True,
        border: bool = True,
        width: Any = "stretch",
        height: Any = "content",
    ):
        """Create a form that batches the widgets inside it until a submit button is pressed."""
        if self._current_form_id:
            raise StreamlitAPIException("Forms cannot be nested in other forms.")
        ctx = get_script_run_ctx()
        form_id = key
        if ctx is not None:
            # Streamlit refuses a form key written through session state in this run.
            state = ctx.session_state
            if isinstance(form_id, str) and state.is_new_state_value(form_id):
                from streamlit.errors import StreamlitValueAssignmentNotAllowedError

                raise StreamlitValueAssignmentNotAllowedError(form_id)
            if form_id in ctx.form_ids_this_run:
                raise StreamlitAPIException(duplicate_form_message(key))
            ctx.form_ids_this_run.add(form_id)
        width = validate_width(width, allow_content=True)
        height = validate_height(height, allow_content=True)
        return self._block(
            {
                "type": "form",
                "allowEmpty": False,
                "formId": str(form_id),
                "clearOnSubmit": bool(clear_on_submit),
                "enterToSubmit": bool(enter_to_submit),
                "border": bool(border),
                "width": width,
                "height": height,
            },
            form_id=str(form_id),
        )

    def form_submit_button(
        self,
        label: str = "Submit",
        help: str | None = None,
        on_click: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        key: Any = None,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
    ) -> bool:
        """Display a form submit button. True for the run its click caused."""
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitAPIException(
                'The type argument to st.form_submit_button must be "primary", "secondary", or "tertiary". \n'
                f'The argument passed was "{type}".'
            )
        form_id = self._current_form_id
        submit_key = key if key is not None and str(key) else f"FormSubmitter:{form_id}-{label}"
        return self._trigger_button(
            "button",
            label,
            submit_key,
            help,
            on_click,
            args,
            kwargs,
            type,
            icon,
            disabled,
            width,
            is_form_submitter=True,
        )
