"""One self-contained HTML page of the warehouse: the trend chart, the latest figures, where sources
disagree, and each source's health. Inline CSS and a ``data:`` PNG: no file or server beside it.
"""

from __future__ import annotations

import base64
import html
from datetime import datetime

import pandas as pd

from report.chart import trend_png

# Queries over the published copy's views (warehouse/views.sql); their column names are a contract.
LATEST_SQL = (
    "SELECT metric, value, qualifier, as_of, source_id, news_value, news_qualifier, news_date, news_source_id "
    "FROM latest_figures ORDER BY metric"
)
HISTORY_SQL = "SELECT metric, date, value, source_kind FROM metric_history"
DISAGREEMENTS_SQL = (
    "SELECT metric, date_a, source_a, value_a, date_b, source_b, value_b, difference "
    "FROM source_disagreements ORDER BY metric, date_a"
)
FRESHNESS_SQL = (
    "SELECT source_id, last_status, last_fetched_at, last_success_at, last_changed_at, last_figures_at, "
    "observations, open_alerts, last_error FROM source_freshness ORDER BY source_id"
)

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2430;
       margin: 0; background: #f5f6f8; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 2px solid #e3e6ea; padding-bottom: 4px; }
p.meta { color: #5b6573; margin: 0 0 16px; font-size: 13px; }
figure { margin: 8px 0 0; }
figure img { max-width: 100%; border: 1px solid #e3e6ea; }
figcaption { color: #5b6573; font-size: 13px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e3e6ea; vertical-align: top;
         white-space: nowrap; }
td.wrap { white-space: normal; min-width: 16em; }
div.scroll { overflow-x: auto; }
th { background: #eef1f5; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.bad td { background: #fdecec; }
tr.warn td { background: #fff6e0; }
span.ok { color: #1d7a35; font-weight: 600; }
span.bad { color: #b42318; font-weight: 600; }
p.none { color: #5b6573; font-style: italic; }
"""


def _cell(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp | datetime):
        text = (
            value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
        )
        return html.escape(text)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return html.escape(str(value))


def _table(
    frame: pd.DataFrame, numeric: tuple[str, ...] = (), wrap: tuple[str, ...] = (), row_class=None
) -> str:
    if frame.empty:
        return '<p class="none">none</p>'
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = []
    for record in frame.to_dict(orient="records"):
        cls = row_class(record) if row_class else ""
        cells = "".join(
            f'<td class="num">{_cell(v)}</td>' if c in numeric else f"<td>{_cell(v)}</td>"
            for c, v in record.items()
        )
        rows.append(f'<tr class="{cls}">{cells}</tr>' if cls else f"<tr>{cells}</tr>")
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'


def _health(record: dict) -> str:
    if record.get("last_status") == "error":
        return "bad"
    return "warn" if (record.get("open_alerts") or 0) > 0 else ""


def render_report(
    latest: pd.DataFrame,
    history: pd.DataFrame,
    disagreements: pd.DataFrame,
    freshness: pd.DataFrame,
    *,
    generated_at: datetime,
    warehouse: str,
) -> str:
    """The whole page as one HTML string."""
    chart = base64.b64encode(trend_png(history)).decode("ascii")
    broken = int((freshness["last_status"] == "error").sum()) if not freshness.empty else 0
    health = (
        '<span class="ok">every source answered on its last fetch</span>'
        if not broken
        else f'<span class="bad">{broken} source(s) failed on their last fetch</span>'
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reunification Tracker report</title>
<style>{STYLE}</style>
</head>
<body>
<main>
<h1>Family reunification figures</h1>
<p class="meta">Generated {html.escape(f"{generated_at:%Y-%m-%d %H:%M %Z}".strip())} from
<code>{html.escape(warehouse)}</code> (the published copy).</p>

<h2>Trend</h2>
<figure>
<img alt="Main metrics by as-of date, official beside news" src="data:image/png;base64,{chart}">
<figcaption>Official figures as lines, news restatements as crosses, by as-of (or publication) date.</figcaption>
</figure>

<h2>Latest figures</h2>
<p class="meta">Per metric, the newest official figure by as-of date, beside the newest news figure.</p>
{_table(latest, numeric=("value", "news_value"))}

<h2>Source disagreements</h2>
<p class="meta">The same metric for the same date (&plusmn;3 days) with different values from different sources.</p>
{_table(disagreements, numeric=("value_a", "value_b", "difference"))}

<h2>Source health</h2>
<p class="meta">{health}.</p>
{_table(freshness, numeric=("observations", "open_alerts"), wrap=("last_error",), row_class=_health)}
</main>
</body>
</html>
"""
