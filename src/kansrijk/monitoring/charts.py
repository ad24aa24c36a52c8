"""Chart specifications (Vega-Lite) of the monitoring pages. Every chart has a table too."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from kansrijk.monitoring.selectors import GoalView


def goal_spec(view: GoalView) -> dict[str, Any]:
    goal = view.goal
    points = [{"date": goal.baseline_date.isoformat(), "value": float(goal.baseline)}]
    points += [
        {"date": m.measured_on.isoformat(), "value": float(m.value)} for m in view.measurements
    ]
    target = [
        {"date": goal.baseline_date.isoformat(), "value": float(goal.baseline)},
        {"date": goal.deadline.isoformat(), "value": float(goal.target)},
    ]
    y_title = goal.indicator + (f" ({goal.unit})" if goal.unit else "")
    return {
        "width": 560,
        "height": 220,
        "layer": [
            {
                "data": {"values": target},
                "mark": {"type": "line", "strokeDash": [6, 4], "color": "#6b6b6b"},
                "encoding": {
                    "x": {"field": "date", "type": "temporal", "title": _("Date")},
                    "y": {"field": "value", "type": "quantitative", "title": y_title},
                },
            },
            {
                "data": {"values": points},
                "mark": {"type": "line", "point": True, "color": "#1b4f8a"},
                "encoding": {
                    "x": {"field": "date", "type": "temporal"},
                    "y": {"field": "value", "type": "quantitative"},
                },
            },
        ],
    }
