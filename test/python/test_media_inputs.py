"""st.camera_input and st.audio_input: None until a photo or recording, then an
UploadedFile; Streamlit's session-state rule; audio_input's sample rates."""

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


class AudioInputTest(AppTestCase):
    def test_recording_is_an_uploaded_file(self):
        app = self.run_app("import streamlit as st\na = st.audio_input('Voice', sample_rate=None)\nst.text(repr(a) if a is None else f'{a.name} {a.type}')\n")
        self.assertEqual([e["body"] for e in app.find("text")], ["None"])
        widget = app.widget("Voice")
        self.assertEqual((widget["type"], widget["sampleRate"]), ("audioInput", None))
        app.set_value("Voice", [{"fileId": "w", "name": "audio.wav", "type": "audio/wav", "size": 4, "data": b"RIFF"}])
        self.assertEqual([e["body"] for e in app.find("text")], ["audio.wav audio/wav"])

    def test_sample_rate(self):
        self.assertEqual(self.run_app("import streamlit as st\nst.audio_input('V')\n").widget("V")["sampleRate"], 16000)
        app = self.run_app("import streamlit as st\nst.audio_input('V', sample_rate=12345)\n")
        self.assertEqual(
            [e["message"] for e in app.exceptions()],
            ["Invalid sample_rate: 12345. Must be one of [8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000] Hz, "
             "or None to use the browser's default sample rate."],
        )

    def test_experimental_alias(self):
        import streamlit as st

        self.assertEqual(st.experimental_audio_input.__func__, st.audio_input.__func__)


if __name__ == "__main__":
    unittest.main()
