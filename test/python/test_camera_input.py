"""st.camera_input: None until a photo, then an UploadedFile; Streamlit's session-state rule."""

from __future__ import annotations

import unittest

from helpers import AppTestCase


class CameraInputTest(AppTestCase):
    def test_photo_is_an_uploaded_file(self):
        app = self.run_app(
            "import streamlit as st\np = st.camera_input('Selfie', key='cam')\n"
            "st.text(repr(p) if p is None else f'{p.name} {p.type} {p.getvalue()!r} {st.session_state.cam == p}')\n"
        )
        self.assertEqual([e["body"] for e in app.find("text")], ["None"])
        widget = app.widget("Selfie")
        self.assertEqual((widget["type"], widget["value"], widget["width"]), ("cameraInput", [], "stretch"))
        photo = {"fileId": "p1", "name": "image.jpg", "type": "image/jpeg", "size": 2, "data": b"\xff\xd8"}
        app.set_value("Selfie", [photo])
        self.assertEqual([e["body"] for e in app.find("text")], ["image.jpg image/jpeg b'\\xff\\xd8' True"])

    def test_session_state_cannot_set_it(self):
        app = self.run_app("import streamlit as st\nst.session_state.cam = None\nst.camera_input('C', key='cam')\n")
        self.assertEqual(
            [e["message"] for e in app.exceptions()],
            ["Values for the widget with `key` 'cam' cannot be set using `st.session_state`."],
        )


if __name__ == "__main__":
    unittest.main()
