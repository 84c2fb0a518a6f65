"""st.image, st.audio, st.video, st.pdf, st.logo: payloads, encoders and errors."""

from __future__ import annotations

import io
import os
import struct
import unittest
import wave
import zlib
from datetime import timedelta

from helpers import AppTestCase

from streamlit.elements.lib import media_utils as mu
from streamlit.errors import StreamlitAPIException

FAKES = '''
class FakeArray:
    """Mimics numpy: shape, dtype, tolist()."""
    def __init__(self, values, shape, dtype):
        self._values, self.shape, self.dtype = values, shape, dtype
    def tolist(self):
        return self._values
    def __getitem__(self, i):
        return FakeArray(self._values[i], self.shape[1:], self.dtype)

class FakePIL:
    """Mimics a PIL image: mode, size, format and save(buf, format=...)."""
    def __init__(self, mode="RGB", fmt=None):
        self.mode, self.size, self.format = mode, (2, 2), fmt
        self.saved = []
    def save(self, buf, format=None, **kwargs):
        self.saved.append(format)
        buf.write(b"\\x89PNG\\r\\n\\x1a\\n" if format == "PNG" else b"\\xff\\xd8\\xff" + format.encode())
    def convert(self, mode):
        c = FakePIL(mode, self.format)
        c.saved = self.saved
        return c
'''


def decode_png(data: bytes) -> tuple[int, int, int, bytes]:
    """(width, height, color type, raw pixel bytes) of a PNG written with filter 0."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF, f"bad CRC in {kind!r}"
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color_type = header[0], header[1], header[2], header[3]
    assert depth == 8
    raw = zlib.decompress(idat)
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[color_type]
    stride = width * channels
    rows = []
    for y in range(height):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        assert line[0] == 0, "filter type 0"
        rows.append(line[1:])
    return width, height, color_type, b"".join(rows)


class EncoderTest(unittest.TestCase):
    def test_png_round_trips_rgb_and_gray(self):
        pixels = bytes(range(2 * 3 * 3))
        w, h, ct, raw = decode_png(mu.encode_png(3, 2, 3, pixels))
        self.assertEqual((w, h, ct, raw), (3, 2, 2, pixels))
        w, h, ct, raw = decode_png(mu.encode_png(4, 1, 1, b"\x00\x40\x80\xff"))
        self.assertEqual((w, h, ct, raw), (4, 1, 0, b"\x00\x40\x80\xff"))
        self.assertEqual(mu.png_size(mu.encode_png(7, 5, 4, bytes(7 * 5 * 4))), (7, 5))

    def test_png_rejects_wrong_pixel_count(self):
        with self.assertRaises(ValueError):
            mu.encode_png(2, 2, 3, b"\x00" * 5)

    def test_wav_is_16_bit_pcm_peak_normalised(self):
        data = mu.array_to_wav([0.0, 0.5, -1.0, 0.25], 8000)
        with wave.open(io.BytesIO(data)) as w:
            self.assertEqual((w.getnchannels(), w.getframerate(), w.getsampwidth(), w.getnframes()), (1, 8000, 2, 4))
            frames = struct.unpack("<4h", w.readframes(4))
        self.assertEqual(frames, (0, 16383, -32767, 8191))

    def test_wav_interleaves_channels(self):
        class Arr:
            shape = (2, 3)
            dtype = "float64"

            def tolist(self):
                return [[1.0, 2.0, 3.0], [-1.0, -2.0, -4.0]]

        with wave.open(io.BytesIO(mu.array_to_wav(Arr(), 100))) as w:
            self.assertEqual((w.getnchannels(), w.getnframes()), (2, 3))
            frames = struct.unpack("<6h", w.readframes(3))
        self.assertEqual(frames, (8191, -8191, 16383, -16383, 24575, -32767))

    def test_wav_of_silence_and_bad_shape(self):
        with wave.open(io.BytesIO(mu.array_to_wav([0, 0, 0], 10))) as w:
            self.assertEqual(w.readframes(3), b"\x00" * 6)

        class Cube:
            shape = (1, 1, 1)
            dtype = "float64"

            def tolist(self):
                return [[[0.0]]]

        with self.assertRaisesRegex(StreamlitAPIException, "1D or 2D"):
            mu.array_to_wav(Cube(), 10)

    def test_sniffing(self):
        self.assertEqual(mu.sniff_mime(mu.encode_png(1, 1, 1, b"\x00")), "image/png")
        self.assertEqual(mu.sniff_mime(b"\xff\xd8\xff\xe0...."), "image/jpeg")
        self.assertEqual(mu.sniff_mime(b"GIF89a...."), "image/gif")
        self.assertEqual(mu.sniff_mime(b"RIFF\x00\x00\x00\x00WAVEfmt "), "audio/wav")
        self.assertEqual(mu.sniff_mime(b"RIFF\x00\x00\x00\x00WEBPVP8 "), "image/webp")
        self.assertEqual(mu.sniff_mime(b"\x00\x00\x00\x18ftypmp42"), "video/mp4")
        self.assertEqual(mu.sniff_mime(b"  <svg xmlns='x'></svg>"), "image/svg+xml")
        self.assertEqual(mu.sniff_mime(b"%PDF-1.7"), "application/pdf")
        self.assertEqual(mu.sniff_mime(b"????", "x/y"), "x/y")


try:
    import numpy as np
except ImportError:  # not installed (e.g. under Pyodide without its package index)
    np = None


@unittest.skipUnless(np is not None, "numpy is not installed")
class NumpyTest(unittest.TestCase):
    """The fast paths for real numpy arrays give the same bytes as the duck-typed ones."""

    def test_png(self):
        png, _, _ = mu.array_to_png(np.array([[[10, 20, 30], [40, 50, 60]]], dtype=np.uint8), channels="BGR")
        self.assertEqual(decode_png(png), (2, 1, 2, bytes([30, 20, 10, 60, 50, 40])))
        png, _, _ = mu.array_to_png(np.array([[0.0, 0.5], [1.0, 2.0]]), clamp=True)
        self.assertEqual(decode_png(png), (2, 2, 0, bytes([0, 128, 255, 255])))
        self.assertEqual(decode_png(mu.array_to_png(np.zeros((2, 3, 1), dtype=np.uint8))[0])[:3], (3, 2, 0))
        with self.assertRaisesRegex(RuntimeError, r"outside \[0, 255\]"):
            mu.array_to_png(np.array([[300]]))
        self.assertEqual(len(mu.split_image_batch(np.zeros((3, 2, 2, 3)))), 3)

    def test_wav(self):
        with wave.open(io.BytesIO(mu.array_to_wav(np.array([[1.0, 2.0, 3.0], [-1.0, -2.0, -4.0]]), 100))) as w:
            self.assertEqual(struct.unpack("<6h", w.readframes(3)), (8191, -8191, 16383, -16383, 24575, -32767))


class DurationTest(unittest.TestCase):
    def test_pandas_style_strings_numbers_and_timedeltas(self):
        self.assertEqual(mu.time_to_seconds("20s"), 20)
        self.assertEqual(mu.time_to_seconds("2 minute"), 120)
        self.assertEqual(mu.time_to_seconds("1m14s"), 74)
        self.assertEqual(mu.time_to_seconds("1h23s"), 3623)
        self.assertEqual(mu.time_to_seconds("00:01:14"), 74)
        self.assertEqual(mu.time_to_seconds(timedelta(seconds=70)), 70)
        self.assertEqual(mu.time_to_seconds(2.9), 2.9)
        self.assertIsNone(mu.time_to_seconds(None))

    def test_start_end_rules(self):
        self.assertEqual(mu.parse_start_end(2.9, "5s"), (2, 5))
        with self.assertRaisesRegex(StreamlitAPIException, "Invalid start_time and end_time combination."):
            mu.parse_start_end(5, 5)
        with self.assertRaisesRegex(StreamlitAPIException, "Invalid start_time and end_time combination."):
            mu.parse_start_end(-1, None)
        with self.assertRaises(StreamlitAPIException) as ctx:
            mu.parse_start_end("soon", None)
        self.assertIn("Failed to convert 'start_time' to a timedelta.", str(ctx.exception))
        self.assertIn("Got: soon", str(ctx.exception))
        with self.assertRaisesRegex(StreamlitAPIException, "Failed to convert 'end_time'"):
            mu.parse_start_end(0, "later")


class SubtitleTest(unittest.TestCase):
    def test_srt_becomes_vtt(self):
        srt = "1\n00:00:01,000 --> 00:00:02,500\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nBye\n"
        vtt = mu.subtitle_to_vtt(srt)
        self.assertTrue(vtt.startswith("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nHello"))
        self.assertIn("00:00:03.000 --> 00:00:04.000", vtt)
        self.assertEqual(mu.subtitle_to_vtt(srt.encode()), vtt)
        self.assertEqual(mu.subtitle_to_vtt(io.BytesIO(srt.encode())), vtt)

    def test_vtt_kept_and_garbage_rejected(self):
        vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nHi"
        self.assertEqual(mu.subtitle_to_vtt(vtt), vtt)
        with self.assertRaisesRegex(ValueError, "not valid .srt or .vtt"):
            mu.subtitle_to_vtt("just text")


class ImageTest(AppTestCase):
    def images(self, app):
        return [e for e in app.find("image")]

    def test_svg_string_gets_namespace_and_caption(self):
        app = self.run_app("import streamlit as st\nst.image('<svg width=\"4\" height=\"2\"></svg>', caption='Hi')\n")
        image = app.find_one("image")
        item = image["images"][0]
        self.assertEqual(item["mimeType"], "image/svg+xml")
        self.assertIn(b'xmlns="http://www.w3.org/2000/svg"', item["data"])
        self.assertEqual((item["caption"], item["url"], image["width"]), ("Hi", None, "content"))

    def test_urls_pass_through(self):
        app = self.run_app(
            "import streamlit as st\n"
            "st.image('https://example.com/cat.jpg')\n"
            "st.image('data:image/gif;base64,R0lGODlhAQABAAAAACw=')\n"
        )
        first, second = [e["images"][0] for e in app.find("image")]
        self.assertEqual((first["url"], first["data"], first["mimeType"]), ("https://example.com/cat.jpg", None, "image/jpeg"))
        self.assertEqual(second["mimeType"], "image/gif")

    def test_array_becomes_png_with_clamp_and_bgr(self):
        app = self.run_app(
            FAKES
            + "import streamlit as st\n"
            "st.image(FakeArray([[[10, 20, 30], [40, 50, 60]]], (1, 2, 3), 'uint8'), channels='BGR')\n"
            "st.image(FakeArray([[0.0, 0.5], [1.0, 2.0]], (2, 2), 'float64'), clamp=True)\n"
            "st.image(FakeArray([[[300]]], (1, 1, 1), 'int64'), clamp=True)\n"
        )
        bgr, gray, single = [e["images"][0] for e in app.find("image")]
        self.assertEqual(decode_png(bgr["data"]), (2, 1, 2, bytes([30, 20, 10, 60, 50, 40])))
        self.assertEqual(decode_png(gray["data"]), (2, 2, 0, bytes([0, 128, 255, 255])))
        self.assertEqual(decode_png(single["data"])[3], b"\xff")

    def test_array_errors_are_streamlits(self):
        cases = [
            ("FakeArray([1, 2], (2,), 'uint8')", "Numpy shape has to be of length 2 or 3."),
            ("FakeArray([[[1, 2]]], (1, 1, 2), 'uint8')", "Channel can only be 1, 3, or 4 got 2. Shape is (1, 1, 2)"),
            ("FakeArray([[2.0]], (1, 1), 'float64')", "Data is outside [0.0, 1.0] and clamp is not set."),
            ("FakeArray([[256]], (1, 1), 'int64')", "Data is outside [0, 255] and clamp is not set."),
        ]
        for expr, message in cases:
            app = self.run_app(FAKES + f"import streamlit as st\nst.image({expr})\n")
            self.assertEqual(app.exceptions()[0]["message"], message, expr)
        app = self.run_app(FAKES + "import streamlit as st\nst.image(FakeArray([[1]], (1, 1), 'uint8'), channels='BGR')\n")
        self.assertIn('When using `channels="BGR"`', app.exceptions()[0]["message"])

    def test_files_bytes_and_file_likes(self):
        self.addCleanup(os.chdir, os.getcwd())
        app = self.app()
        png = mu.encode_png(3, 1, 3, bytes(9))
        with open(os.path.join(app.dir, "pic.png"), "wb") as f:
            f.write(png)
        with open(os.path.join(app.dir, "logo.svg"), "w") as f:
            f.write("<svg width='1' height='1'></svg>")
        app.run(
            "import io, os, pathlib\nimport streamlit as st\n"
            "os.chdir(os.path.dirname(__file__))\n"
            "st.image('pic.png')\n"
            "st.image(pathlib.Path('logo.svg'))\n"
            "raw = pathlib.Path('pic.png').read_bytes()\n"
            "st.image(raw)\n"
            "st.image(io.BytesIO(raw))\n"
            "st.image('missing.png')\n"
        )
        items = [e["images"][0] for e in app.find("image")]
        self.assertEqual([i["mimeType"] for i in items], ["image/png", "image/svg+xml", "image/png", "image/png"])
        self.assertEqual(items[0]["data"], png)
        self.assertIn(b"xmlns", items[1]["data"])
        self.assertEqual(app.exceptions()[0]["message"], "Error opening 'missing.png'")

    def test_lists_captions_and_widths(self):
        app = self.run_app(
            FAKES
            + "import streamlit as st\n"
            "px = FakeArray([[0]], (1, 1), 'uint8')\n"
            "st.image([px, px], caption=['a', 'b'], width=100)\n"
            "st.image(px, width='stretch')\n"
            "st.image(px, use_container_width=True)\n"
            "st.image(px, use_column_width='always')\n"
            "st.image(FakeArray([[[[0]]], [[[0]]], [[[0]]]], (3, 1, 1, 1), 'uint8'))\n"
        )
        listed, stretch, container, column, batch = app.find("image")
        self.assertEqual([i["caption"] for i in listed["images"]], ["a", "b"])
        self.assertEqual(listed["width"], 100)
        self.assertEqual((stretch["width"], container["width"], column["width"]), ("stretch", "stretch", "stretch"))
        self.assertEqual(len(batch["images"]), 3)

    def test_caption_and_width_errors(self):
        cases = [
            ("st.image([px, px], caption=['only one'])", "Cannot pair 1 captions with 2 images."),
            ("st.image(px, width=-3)", "Image width must be positive."),
            ("st.image(px, width='huge')", "Invalid width value: 'huge'. Width must be either an integer (pixels), 'stretch', or 'content'."),
            ("st.image(px, use_column_width=True, use_container_width=True)", "`use_container_width` and `use_column_width` cannot be set at the same time."),
        ]
        for call, message in cases:
            app = self.run_app(FAKES + "import streamlit as st\npx = FakeArray([[0]], (1, 1), 'uint8')\n" + call + "\n")
            self.assertIn(message, app.exceptions()[0]["message"], call)

    def test_pil_like_images_follow_streamlits_format_rules(self):
        app = self.run_app(
            FAKES
            + "import streamlit as st\n"
            "rgb, rgba, gif = FakePIL('RGB'), FakePIL('RGBA'), FakePIL('P', 'GIF')\n"
            "st.image(rgb)\nst.image(rgba)\nst.image(gif)\nst.image(FakePIL('RGBA'), output_format='JPEG')\n"
            "st.write('saved', str(rgb.saved + rgba.saved + gif.saved))\n"
        )
        mimes = [e["images"][0]["mimeType"] for e in app.find("image")]
        self.assertEqual(mimes, ["image/jpeg", "image/png", "image/gif", "image/jpeg"])
        self.assertEqual(app.markdown(), ["saved ['JPEG', 'PNG', 'GIF']"])


class AudioVideoTest(AppTestCase):
    def test_audio_from_array_is_wav_and_from_bytes_keeps_type(self):
        app = self.run_app(
            FAKES
            + "import streamlit as st\n"
            "st.audio(FakeArray([0.0, 1.0, -1.0], (3,), 'float64'), sample_rate=22050, start_time='1s', end_time=3, loop=True)\n"
            "st.audio(b'ID3\\x03rest', format='audio/wav')\n"
            "st.audio('https://example.com/a.mp3', format='audio/mp3', autoplay=True)\n"
        )
        wav, mp3, url = app.find("audio")
        with wave.open(io.BytesIO(wav["source"]["data"])) as w:
            self.assertEqual((w.getframerate(), w.getnframes()), (22050, 3))
        self.assertEqual((wav["startTime"], wav["endTime"], wav["loop"], wav["width"]), (1, 3, True, "stretch"))
        # The default format is a guess: bytes that say MP3 are sent as MP3.
        self.assertEqual(mp3["source"]["mimeType"], "audio/mpeg")
        self.assertEqual((url["source"]["url"], url["source"]["mimeType"], url["autoplay"]), ("https://example.com/a.mp3", "audio/mp3", True))

    def test_audio_sample_rate_rules(self):
        app = self.run_app(FAKES + "import streamlit as st\nst.audio(FakeArray([0.0], (1,), 'float64'))\n")
        self.assertEqual(app.exceptions()[0]["message"], "`sample_rate` must be specified when `data` is a numpy array.")
        app = self.run_app("import streamlit as st\nst.audio(b'RIFF', sample_rate=100)\n")
        self.assertEqual(app.find_one("alert")["body"], "Warning: `sample_rate` will be ignored since data is not a numpy array.")
        self.assertEqual(len(app.find("audio")), 1)

    def test_video_subtitles_youtube_and_errors(self):
        app = self.run_app(
            "import io\nimport streamlit as st\n"
            "srt = '1\\n00:00:01,000 --> 00:00:02,000\\nHi\\n'\n"
            "st.video(b'\\x00\\x00\\x00\\x18ftypmp42', subtitles={'None': '', 'English': srt}, muted=True, autoplay=True)\n"
            "st.video('https://youtu.be/_T8LGqJtuGc', start_time=5)\n"
            "st.video(io.BytesIO(b'\\x1aE\\xdf\\xa3webm'), subtitles=io.BytesIO(srt.encode()))\n"
        )
        native, youtube, webm = app.find("video")
        self.assertEqual(native["source"]["mimeType"], "video/mp4")
        self.assertEqual([t["label"] for t in native["subtitles"]], ["None", "English"])
        self.assertEqual(native["subtitles"][0]["vtt"], "")
        self.assertTrue(native["subtitles"][1]["vtt"].startswith("WEBVTT"))
        self.assertEqual((native["muted"], native["autoplay"]), (True, True))
        self.assertEqual((youtube["kind"], youtube["source"]["url"], youtube["startTime"]), ("youtube", "https://www.youtube.com/embed/_T8LGqJtuGc", 5))
        self.assertEqual(webm["source"]["mimeType"], "video/webm")
        self.assertEqual(webm["subtitles"][0]["label"], "default")
        for call, message in [
            ("st.video('https://youtu.be/_T8LGqJtuGc', subtitles='x.vtt')", "Subtitles are not supported for YouTube videos."),
            ("st.video(b'x', subtitles='not subtitles')", "Failed to process the provided subtitle: default"),
            ("st.video(b'x', subtitles=42)", "Unsupported data type for subtitles"),
            ("st.video(b'x', width='content')", "Invalid width value: 'content'. Width must be either an integer (pixels) or 'stretch'."),
            ("st.video(b'x', start_time=3, end_time=2)", "Invalid start_time and end_time combination."),
        ]:
            app = self.run_app("import streamlit as st\n" + call + "\n")
            self.assertIn(message, app.exceptions()[0]["message"], call)

    def test_empty_player(self):
        app = self.run_app("import streamlit as st\nst.audio(None)\n")
        self.assertEqual(app.find_one("audio")["source"], {"data": None, "url": None, "mimeType": "audio/wav"})


class PdfLogoTest(AppTestCase):
    def test_pdf_sources_and_errors(self):
        self.addCleanup(os.chdir, os.getcwd())
        app = self.app()
        with open(os.path.join(app.dir, "doc.pdf"), "wb") as f:
            f.write(b"%PDF-1.4 file")
        app.run(
            "import io, os\nimport streamlit as st\nos.chdir(os.path.dirname(__file__))\n"
            "st.pdf('doc.pdf', height=600, key='doc')\n"
            "st.pdf(io.BytesIO(b'%PDF-1.4 mem'), height='stretch')\n"
            "st.pdf(' https://example.com/x.pdf ')\n"
        )
        path, mem, url = app.find("pdf")
        self.assertEqual((path["source"]["data"], path["height"], path["key"]), (b"%PDF-1.4 file", 600, "doc"))
        self.assertEqual((mem["source"]["data"], mem["height"]), (b"%PDF-1.4 mem", "stretch"))
        self.assertEqual((url["source"]["url"], url["height"]), ("https://example.com/x.pdf", 500))
        for call, message in [
            ("st.pdf('nope.pdf')", "Unable to read file 'nope.pdf'"),
            ("st.pdf(12)", "Unsupported data type for PDF: int."),
            ("st.pdf(None)", "The `data` parameter is required."),
            ("st.pdf(b'x', height=0)", "Invalid height value: 0."),
        ]:
            app = self.run_app("import streamlit as st\n" + call + "\n")
            self.assertIn(message, app.exceptions()[0]["message"], call)

    def test_logo_message_and_errors(self):
        app = self.run_app("import streamlit as st\nst.logo('https://e.com/l.png', size='small', link='https://e.com', icon_image='<svg ></svg>')\n")
        logos = [m["logo"] for m in app.last if m.get("type") == "logo"]
        self.assertEqual(len(logos), 1)
        logo = logos[0]
        self.assertEqual((logo["image"]["url"], logo["size"], logo["link"]), ("https://e.com/l.png", "small", "https://e.com"))
        self.assertEqual(logo["iconImage"]["mimeType"], "image/svg+xml")
        self.assertEqual(app.elements(), [])
        for call, message in [
            ("st.logo('https://e.com/l.png', size='huge')", 'The size argument to st.logo must be "small", "medium", or "large".'),
            ("st.logo('https://e.com/l.png', link='e.com')", "Invalid link: e.com - the link param supports external links only"),
        ]:
            app = self.run_app("import streamlit as st\n" + call + "\n")
            self.assertIn(message, app.exceptions()[0]["message"], call)


if __name__ == "__main__":
    unittest.main()
