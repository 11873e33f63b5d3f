"""Trend charts of the main metrics by as-of date, official beside news, as PNG bytes."""

from __future__ import annotations

import io

import pandas as pd

MAIN_METRICS = (
    "children_separated_identified",
    "children_reunified_total",
    "children_reunified_by_task_force",
    "children_remaining_to_reunify",
)


def trend_png(
    history: pd.DataFrame, metrics: tuple[str, ...] | list[str] = MAIN_METRICS, title: str = ""
) -> bytes:
    """A line chart per metric (official: solid, news: dots) from ``metric_history`` rows."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 4.5), dpi=100)
    frame = history[history["metric"].isin(metrics)].copy()
    frame["date"] = pd.to_datetime(frame["date"])
    for index, metric in enumerate(metrics):
        color = f"C{index}"
        part = frame[frame["metric"] == metric]
        official = part[part["source_kind"] == "official"].groupby("date")["value"].max().sort_index()
        news = part[part["source_kind"] != "official"]
        if not official.empty:
            ax.plot(official.index, official.values, "-o", color=color, label=f"{metric} (official)")
        if not news.empty:
            ax.plot(news["date"], news["value"], "x", color=color, alpha=0.7, label=f"{metric} (news)")
    if frame.empty:
        ax.text(0.5, 0.5, "no figures yet", ha="center", va="center", transform=ax.transAxes)
    ax.set_title(title or "Family reunification figures by as-of date")
    ax.set_ylabel("count")
    ax.grid(alpha=0.3)
    if not frame.empty:
        ax.legend(fontsize=7, loc="upper left")
    fig.autofmt_xdate()
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()
