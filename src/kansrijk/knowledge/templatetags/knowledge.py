"""``{% knowledge_for_step 6 %}``: links to the practice examples that help with a step."""

from __future__ import annotations

from typing import Any

from django import template

from kansrijk.knowledge import selectors

register = template.Library()


@register.inclusion_tag("knowledge/_links.html")
def knowledge_for_step(step: int, limit: int = 4) -> dict[str, Any]:
    return {"step": step, "examples": selectors.examples_for_step(step, limit=limit)}


@register.inclusion_tag("knowledge/_links.html")
def knowledge_for_instrument(instrument: str, step: int = 0, limit: int = 4) -> dict[str, Any]:
    return {"step": step, "examples": selectors.examples_for_instrument(instrument, limit=limit)}
