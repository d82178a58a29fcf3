"""Rendering a report context to one self-contained HTML file.

The page carries its own CSS and plotly.js (read from the installed plotly
package), so it opens with no network at all. Every string from a case, a
framework or an analysis is escaped by Jinja's autoescaping.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from relcycle.report.views import ReportContext

TEMPLATE = "report.html.j2"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("relcycle.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """plotly.js as shipped inside the installed plotly package (no CDN)."""
    from plotly.offline import get_plotlyjs

    js: str = get_plotlyjs()
    if "</script" in js.lower():  # it would end the inline element early
        js = js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
    return js


def render_html(context: ReportContext) -> str:
    """The report as one HTML document (CSS and JavaScript inlined)."""
    template = _environment().get_template(TEMPLATE)
    return template.render(
        c=context,
        t=context.t,
        chart_json=Markup(context.chart),  # escaped for <script> by figure_json
        plotly_js=Markup(plotly_js()),  # the installed package's own file
    )
