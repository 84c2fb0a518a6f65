"""Charts and media from plain Python: no numpy, pandas or network needed."""

import io
import math
import struct
import wave

import streamlit as st

st.title("Charts and media")
st.logo('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="24"><text x="0" y="18" font-size="18" fill="#ff4b4b">Brooklet</text></svg>')

days = list(range(1, 31))
sales = {
    "day": days,
    "coffee": [40 + 10 * math.sin(d / 3) for d in days],
    "tea": [25 + 8 * math.cos(d / 4) for d in days],
}

st.header("Built-in charts")
st.line_chart(sales, x="day", y=["coffee", "tea"], y_label="cups")
col1, col2 = st.columns(2)
with col1:
    st.area_chart(sales, x="day", y=["coffee", "tea"])
with col2:
    orders = [
        {"drink": d, "size": s, "n": n}
        for d, s, n in [("latte", "S", 12), ("latte", "L", 7), ("mocha", "S", 5), ("mocha", "L", 9), ("tea", "S", 14)]
    ]
    st.bar_chart(orders, x="drink", y="n", color="size", horizontal=True)
st.scatter_chart(
    {"x": [math.cos(i / 5) * i for i in range(60)], "y": [math.sin(i / 5) * i for i in range(60)], "size": list(range(60))},
    x="x",
    y="y",
    size="size",
    color="#29b09d",
)

st.header("Plotly, Vega-Lite and Graphviz")
event = st.plotly_chart(
    {
        "data": [{"type": "scatter", "mode": "markers", "x": days, "y": sales["coffee"], "name": "coffee"}],
        "layout": {"title": {"text": "Select some points (box or lasso)"}},
    },
    on_select="rerun",
    key="coffee_plot",
)
st.write("Selected point indices:", event.selection.point_indices)

st.vega_lite_chart(
    {"drink": ["latte", "mocha", "tea"], "price": [3.5, 4.0, 2.5]},
    {
        "mark": {"type": "bar", "cornerRadiusEnd": 4},
        "encoding": {
            "x": {"field": "drink", "type": "nominal"},
            "y": {"field": "price", "type": "quantitative"},
        },
    },
)
st.graphviz_chart(
    """
    digraph {
        rankdir=LR
        beans -> grind -> brew -> cup
        water -> brew
    }
    """
)

st.header("Map")
st.map({"lat": [48.8566, 51.5074, 52.52, 41.9028], "lon": [2.3522, -0.1278, 13.405, 12.4964], "size": [30000, 40000, 35000, 25000]}, size="size")

st.header("Media")
st.image(
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" rx="12" fill="#83c9ff"/>'
    '<circle cx="50" cy="50" r="30" fill="#0068c9"/></svg>',
    caption="An **SVG** image",
)


def tone(freq: float, seconds: float = 1.0, rate: int = 16000) -> bytes:
    frames = b"".join(struct.pack("<h", int(12000 * math.sin(2 * math.pi * freq * i / rate))) for i in range(int(seconds * rate)))
    with io.BytesIO() as buf:
        with wave.open(buf, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(frames)
        return buf.getvalue()


st.audio(tone(440), format="audio/wav")
