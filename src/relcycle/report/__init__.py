"""Reports: context builders, the self-contained HTML report, and its PDF.

``context.build_context`` turns an analysis into what the page prints (in zh
or en), ``html.render_html`` renders it with CSS and plotly.js inlined;
``services.report.write_report`` puts them together (docs/REPORT.md).
"""
