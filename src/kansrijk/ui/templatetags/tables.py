"""``{% table_scroll %}...{% endtable_scroll %}``: a table that scrolls inside its own box.

On a phone a wide table must not make the whole page scroll sideways. The wrapper scrolls
instead; it is a named region that takes keyboard focus (``tabindex="0"``), so that a
keyboard user can scroll it too (WCAG 2.1.1, axe ``scrollable-region-focusable``). Its name
is the table's ``<caption>`` (given an id when it has none) or the ``label`` argument;
``context`` is the id of an element (a heading) whose text goes before the caption, for
tables whose captions repeat on one page. Works without JavaScript.
"""

from __future__ import annotations

import hashlib
import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

_CAPTION = re.compile(r"<caption\b([^>]*)>", re.IGNORECASE)
_ID = re.compile(r"""\bid=["']([^"']+)["']""")


@register.simple_block_tag
def table_scroll(content: str, label: str = "", context: str = "") -> SafeString:
    if label:
        name = f'aria-label="{escape(label)}"'
    else:
        caption = _CAPTION.search(content)
        if caption is None:
            raise template.TemplateSyntaxError(
                "table_scroll needs a table with a <caption> or a label argument"
            )
        found = _ID.search(caption.group(1))
        if found:
            caption_id = found.group(1)
        else:
            caption_id = "tabel-" + hashlib.sha256(content.encode()).hexdigest()[:10]
            content = (
                f'{content[: caption.start()]}<caption id="{caption_id}"'
                f"{caption.group(1)}>{content[caption.end() :]}"
            )
        ids = f"{context} {caption_id}" if context else caption_id
        name = f'aria-labelledby="{escape(ids)}"'
    # content is the rendered (already escaped) body of the block.
    return mark_safe(  # noqa: S308  # nosec B308 B703
        f'<div class="kr-table-wrap" role="region" tabindex="0" {name}>{content}</div>'
    )
