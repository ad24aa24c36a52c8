"""Turning the shipped GeoJSON boundaries into compact SVG paths (no tiles, no CDN)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

# The bounding box of the Netherlands' land (lon/lat) and the map's size in SVG units.
MIN_LON, MAX_LON = 3.3, 7.3
MIN_LAT, MAX_LAT = 50.72, 53.58
MAP_WIDTH = 600.0
LAT_SCALE = 1 / math.cos(math.radians(52.2))
MAP_HEIGHT = round(MAP_WIDTH * (MAX_LAT - MIN_LAT) * LAT_SCALE / (MAX_LON - MIN_LON), 1)
SIMPLIFY_TOLERANCE = 0.002  # degrees, about 150-200 m: enough for a national choropleth


@dataclass(frozen=True)
class SvgShape:
    path: str
    label_x: float
    label_y: float


def project(lon: float, lat: float) -> tuple[float, float]:
    x = (lon - MIN_LON) / (MAX_LON - MIN_LON) * MAP_WIDTH
    y = (MAX_LAT - lat) / (MAX_LAT - MIN_LAT) * MAP_HEIGHT
    return round(x, 1), round(y, 1)


def _ring_to_path(coords: Any) -> str:
    points: list[tuple[float, float]] = []
    for lon, lat, *_rest in coords:
        point = project(lon, lat)
        if not points or points[-1] != point:
            points.append(point)
    if len(points) < 3:
        return ""
    head = f"M{points[0][0]:g} {points[0][1]:g}"
    return head + "".join(f"L{x:g} {y:g}" for x, y in points[1:]) + "Z"


def _polygons(geometry: BaseGeometry) -> list[Any]:
    if geometry.geom_type == "Polygon":
        return [geometry]
    return [g for g in getattr(geometry, "geoms", []) if g.geom_type == "Polygon"]


def geometry_to_svg(geojson_geometry: dict[str, Any]) -> SvgShape:
    geometry = shape(geojson_geometry).simplify(SIMPLIFY_TOLERANCE, preserve_topology=True)
    parts: list[str] = []
    for polygon in _polygons(geometry):
        parts.append(_ring_to_path(polygon.exterior.coords))
        parts.extend(_ring_to_path(ring.coords) for ring in polygon.interiors)
    point = geometry.representative_point()
    x, y = project(point.x, point.y)
    return SvgShape(path="".join(p for p in parts if p), label_x=x, label_y=y)
