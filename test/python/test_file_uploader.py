"""st.file_uploader: return values (None / UploadedFile / list), the payload, Streamlit's
errors, the type check, callbacks and session state."""

from __future__ import annotations

import unittest

from helpers import AppTestCase

from streamlit.runtime.uploaded_file_manager import normalize_file_types

HEADER = "import streamlit as st\ndef out(*values):\n    st.text(' '.join(str(v) for v in values))\n"


def page_file(name: str, data: bytes, mime: str = "", file_id: str | None = None) -> dict:
    """One file as the page sends it (st-file-uploader.ts)."""
    return {"fileId": file_id or f"id-{name}", "name": name, "type": mime, "size": len(data), "data": data}


class FileUploaderTest(AppTestCase):
    def run_script(self, body: str):
        return self.run_app(HEADER + body)

    def texts(self, app) -> list[str]:
        return [e["body"] for e in app.find("text")]

    def test_nothing_uploaded(self):
        app = self.run_script("out(repr(st.file_uploader('One')), st.file_uploader('Many', accept_multiple_files=True))\n")
        self.assertEqual(self.texts(app), ["None []"])

    def test_payload(self):
        app = self.run_script("st.file_uploader('F', type=['CSV', '.jpg'], accept_multiple_files='directory', max_upload_size=5, width=300)\n")
        widget = app.widget("F")
        self.assertEqual(widget["type"], "fileUploader")
        self.assertEqual(widget["fileType"], [".csv", ".jpg", ".jpeg"])
        self.assertEqual(widget["mode"], "directory")
        self.assertEqual(widget["maxUploadSize"], 5)
        self.assertEqual(widget["width"], 300)
        self.assertEqual(widget["value"], [])
        self.assertEqual(widget["default"], [])
        # Without max_upload_size: server.maxUploadSize (200 MB).
        app = self.run_script("st.file_uploader('F')\n")
        self.assertEqual(app.widget("F")["maxUploadSize"], 200)
        self.assertEqual(app.widget("F")["mode"], "single")

    def test_single_file_is_an_uploaded_file(self):
        app = self.run_script(
            "import io\nf = st.file_uploader('F', key='f')\n"
            "if f is not None:\n"
            "    out(type(f).__name__, isinstance(f, io.BytesIO), f.name, f.type, f.size, f.file_id, f.read())\n"
            "    out(st.session_state.f == f)\n"
        )
        app.set_value("F", [page_file("a.txt", b"hello", "text/plain", "x1")])
        self.assertEqual(self.texts(app), ["UploadedFile True a.txt text/plain 5 x1 b'hello'", "True"])

    def test_single_mode_returns_the_last_file_and_multiple_mode_the_list(self):
        app = self.run_script("out(st.file_uploader('One').name)\n")
        app.set_value("One", [page_file("a.txt", b"a"), page_file("b.txt", b"b")])
        self.assertEqual(self.texts(app), ["b.txt"])
        app = self.run_script("out([(f.name, f.getvalue()) for f in st.file_uploader('Many', accept_multiple_files=True)])\n")
        app.set_value("Many", [page_file("a.txt", b"a"), page_file("b.txt", b"b")])
        self.assertEqual(self.texts(app), ["[('a.txt', b'a'), ('b.txt', b'b')]"])

    def test_a_file_of_another_type_raises_streamlits_error(self):
        app = self.run_script("st.file_uploader('F', type='csv')\n")
        app.set_value("F", [page_file("notes.txt", b"x", "text/plain")])
        self.assertEqual([e["message"] for e in app.exceptions()], ["Invalid file extension: `.txt`. Allowed: ['.csv']"])

    def test_on_change_runs_when_the_files_change(self):
        app = self.run_script(
            "st.session_state.setdefault('n', 0)\n"
            "def changed():\n    st.session_state.n += 1\n"
            "st.file_uploader('F', accept_multiple_files=True, on_change=changed)\nout(st.session_state.n)\n"
        )
        files = [page_file("a.txt", b"a")]
        app.set_value("F", files)
        self.assertEqual(self.texts(app), ["1"])
        widget_id = app.widget("F")["id"]
        # The page sends the same files again on the next rerun: not a change.
        app.run(widget_states={widget_id: {"value": files}})
        self.assertEqual(self.texts(app), ["1"])
        app.run(widget_states={widget_id: {"value": []}})
        self.assertEqual(self.texts(app), ["2"])

    def test_session_state_cannot_set_it(self):
        app = self.run_script("st.session_state.f = None\nst.file_uploader('F', key='f')\n")
        self.assertEqual(
            [e["message"] for e in app.exceptions()],
            ["Values for the widget with `key` 'f' cannot be set using `st.session_state`."],
        )

    def test_identity(self):
        # Keyless: the type makes a new widget; with a key, the label does not.
        app = self.run_script("st.file_uploader('F', type='csv')\nst.file_uploader('F', type='txt')\n")
        self.assertEqual(app.exceptions(), [])
        ids = [e["id"] for e in app.find("fileUploader")]
        self.assertNotEqual(ids[0], ids[1])
        first = self.run_script("st.file_uploader('A', key='k')\n").widget("A")["id"]
        second = self.run_script("st.file_uploader('B', key='k')\n").widget("B")["id"]
        self.assertEqual(first, second)

    def test_bad_arguments(self):
        app = self.run_script("st.file_uploader('F', accept_multiple_files='yes')\n")
        self.assertEqual(
            [e["message"] for e in app.exceptions()],
            ["Invalid value for `accept_multiple_files`: 'yes'. Must be True, False, or \"directory\"."],
        )
        app = self.run_script("st.file_uploader('F', max_upload_size=0)\n")
        self.assertIn("The `max_upload_size` parameter must be a positive integer", app.exceptions()[0]["message"])

    def test_bytes_sent_once_are_kept_by_file_id(self):
        # The page sends a file's bytes once, then only names it (components/app/uploads.ts).
        app = self.run_script("f = st.file_uploader('F')\nout(f.name, f.read()) if f else out(None)\n")
        widget_id = app.widget("F")["id"]
        app.run(widget_states={widget_id: {"value": [page_file("a.txt", b"hello", file_id="x")]}})
        self.assertEqual(self.texts(app), ["a.txt b'hello'"])
        named = {"fileId": "x", "name": "a.txt", "type": "", "size": 5}
        app.run(widget_states={widget_id: {"value": [named]}})
        self.assertEqual(self.texts(app), ["a.txt b'hello'"])
        # Once no widget holds it, its bytes are gone: naming it again is an error, not stale data.
        app.run(widget_states={widget_id: {"value": []}})
        self.assertEqual(self.texts(app), ["None"])
        app.run(widget_states={widget_id: {"value": [named]}})
        self.assertEqual(
            [e["message"] for e in app.exceptions()],
            ["The uploaded file `a.txt` is no longer available. Please upload it again."],
        )

    def test_normalize_file_types(self):
        self.assertEqual(normalize_file_types(None), [])
        self.assertEqual(normalize_file_types("CSV"), [".csv"])
        self.assertEqual(normalize_file_types(["jpeg", ".PNG"]), [".jpeg", ".png", ".jpg"])
        self.assertEqual(normalize_file_types(["image"]), ["image/*"])


if __name__ == "__main__":
    unittest.main()
