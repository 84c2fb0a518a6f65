"""st.map's data: latitude/longitude columns by Streamlit's names, sizes in metres,
colours, and the zoom level Streamlit would pick for the points' extent."""

from __future__ import annotations

import math
from typing import Any

from streamlit import dataframe_util
from streamlit.elements.lib.chart_utils import is_color_like, jsonable, to_css_color
from streamlit.errors import StreamlitAPIException

_DEFAULT_LAT_COL_NAMES = {"lat", "latitude", "LAT", "LATITUDE"}
_DEFAULT_LON_COL_NAMES = {"lon", "longitude", "LON", "LONGITUDE"}
_DEFAULT_COLOR = (200, 30, 0, 160)
_DEFAULT_SIZE = 100
_DEFAULT_ZOOM_LEVEL = 12
# Degrees of longitude shown across the map at each zoom level (deck.gl / Mapbox).
_ZOOM_LEVELS = [
    360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088, 0.044, 0.022, 0.011, 0.005,
    0.003, 0.001, 0.0005, 0.00025,
]  # fmt: skip


def zoom_level(distance: float) -> int:
    for i in range(len(_ZOOM_LEVELS) - 1):
        if _ZOOM_LEVELS[i + 1] < distance <= _ZOOM_LEVELS[i]:
            return i
    return _DEFAULT_ZOOM_LEVEL


def _lat_lon_column(table: Any, human_name: str, from_user: Any, defaults: set[str]) -> str:
    names = table.column_names
    if isinstance(from_user, str) and from_user in names:
        name = from_user
    else:
        name = next((c for c in sorted(defaults) if c in names), None)  # type: ignore[assignment]
        if name is None:
            allowed = ", ".join(map(repr, sorted(defaults)))
            existing = ", ".join(map(repr, names))
            raise StreamlitAPIException(
                f"Map data must contain a {human_name} column named: {allowed}. Existing columns: {existing}"
            )
    values = table.column(name).to_list()
    if any(v is None or (isinstance(v, float) and math.isnan(v)) for v in values):
        raise StreamlitAPIException(
            f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None."
        )
    return name


def _css(color: Any) -> str:
    if isinstance(color, (list, tuple)) and len(color) in (3, 4) and all(isinstance(c, (int, float)) for c in color):
        parts = [float(c) for c in color]
        if all(isinstance(c, int) for c in color[:3]) or any(c > 1 for c in parts[:3]):
            r, g, b = (int(c) for c in parts[:3])
            a = (parts[3] / 255 if not isinstance(color[3], float) or parts[3] > 1 else parts[3]) if len(parts) == 4 else 1.0
        else:
            r, g, b = (int(round(c * 255)) for c in parts[:3])
            a = parts[3] if len(parts) == 4 else 1.0
        return f"rgba({r}, {g}, {b}, {round(a, 4)})"
    if is_color_like(color):
        return to_css_color(color)
    if isinstance(color, str) and color.strip():
        return color.strip()
    raise StreamlitAPIException(f"This does not look like a valid color: {color!r}")


def map_payload(
    data: Any,
    *,
    latitude: Any = None,
    longitude: Any = None,
    color: Any = None,
    size: Any = None,
    zoom: Any = None,
    width: Any = "stretch",
    height: Any = 500,
) -> dict[str, Any]:
    lats: list[float] = []
    lons: list[float] = []
    sizes: list[float] | float = float(_DEFAULT_SIZE)
    colors: list[str] | str = _css(_DEFAULT_COLOR)
    table = dataframe_util.to_table(data) if data is not None else None
    if table is not None and table.num_rows:
        lat_name = _lat_lon_column(table, "latitude", latitude, _DEFAULT_LAT_COL_NAMES)
        lon_name = _lat_lon_column(table, "longitude", longitude, _DEFAULT_LON_COL_NAMES)
        lats = [float(v) for v in table.column(lat_name).to_list()]
        lons = [float(v) for v in table.column(lon_name).to_list()]
        names = table.column_names
        if isinstance(size, str) and size in names:
            sizes = [float(jsonable(v) or 0) for v in table.column(size).to_list()]
        elif size is not None:
            if not isinstance(size, (int, float)) or isinstance(size, bool):
                raise StreamlitAPIException(f"This does not look like a valid size: {size!r}")
            sizes = float(size)
        if isinstance(color, str) and color in names:
            colors = [_css(v) for v in table.column(color).to_list()]
        elif color is not None:
            colors = _css(color)
    if zoom is None and lats:
        distance = max(abs(max(lons) - min(lons)), abs(max(lats) - min(lats)))
        zoom = zoom_level(distance)
    return {
        "type": "map",
        "lat": lats,
        "lon": lons,
        "size": sizes,
        "color": colors,
        "zoom": None if zoom is None else float(zoom),
        "width": width,
        "height": height,
    }
