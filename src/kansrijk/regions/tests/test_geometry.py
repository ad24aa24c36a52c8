from kansrijk.regions.geometry import MAP_HEIGHT, MAP_WIDTH, geometry_to_svg, project


def test_the_projection_puts_the_netherlands_inside_the_map() -> None:
    x, y = project(5.12, 52.09)  # Utrecht
    assert 0 < x < MAP_WIDTH
    assert 0 < y < MAP_HEIGHT


def test_a_square_becomes_a_closed_svg_path() -> None:
    square = {
        "type": "Polygon",
        "coordinates": [[[5, 52], [5.1, 52], [5.1, 52.1], [5, 52.1], [5, 52]]],
    }
    svg = geometry_to_svg(square)
    assert svg.path.startswith("M") and svg.path.endswith("Z")
    assert 0 < svg.label_x < MAP_WIDTH
