"""Trade charts for the report: one chart per pair of parties, each figure drawn over the span of its period.

A figure for "January-September 2018" is a bar from the start of January to the end of September at its
value, not a point in the middle of the year, with a marker where the period ends; a yearly series reads as
steps over time. Actual figures are solid, targets and forecasts dashed with hollow markers. Each chart has at most one series per charted metric and status: six.
"""
from __future__ import annotations

import base64
import io
import math
import re
from html import escape

CHARTED_METRICS = {"turnover": "#1f77b4", "export": "#2ca02c", "import": "#d62728"}  # metric: its colour
MATPLOTLIB_MISSING = "the report draws its charts with matplotlib: pip install 'kazbel-extract[report]'"


def matplotlib_missing() -> str | None:
    """What to install when matplotlib is missing, else None."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return MATPLOTLIB_MISSING
    return None


def period_span(period: str | None) -> tuple[float, float] | None:
    """Where a period starts and ends on a time axis, in years: "2018" is (2018, 2019), "2019-01/2019-06"
    is (2019.0, 2019.5); None for no period or one that is not YYYY, YYYY-MM or a span of them."""
    if not period:
        return None
    ends = []
    for part in period.split("/"):
        match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", part)
        if not match or (match[2] and not 1 <= int(match[2]) <= 12):
            return None
        year, month = int(match[1]), match[2]
        ends += [year + (int(month) - 1) / 12, year + int(month) / 12] if month else [float(year), year + 1.0]
    return min(ends), max(ends)


def chartable(event: dict) -> bool:
    """A trade figure a chart can show: a charted metric, a value in USD, a period."""
    return (event.get("metric") in CHARTED_METRICS and event.get("value") is not None
            and event.get("currency") == "USD" and period_span(event.get("period")) is not None)


def series_of(figures: list[dict]) -> dict[tuple[str, bool], list[tuple[float, float, float]]]:
    """The chartable figures by (metric, planned): distinct (start, end, USD million) in time order."""
    series: dict[tuple[str, bool], set] = {}
    for event in filter(chartable, figures):
        start, end = period_span(event["period"])
        key = (event["metric"], event.get("status", "actual") != "actual")
        series.setdefault(key, set()).add((start, end, event["value"] / 1e6))
    order = list(CHARTED_METRICS)
    return {key: sorted(series[key], key=lambda p: (p[1], p[0], p[2]))
            for key in sorted(series, key=lambda k: (order.index(k[0]), k[1]))}


def trade_chart(figures: list[dict], title: str) -> str:
    """An <img> (embedded PNG) of the chartable figures of one pair of parties; `data-series` is their number."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    series = series_of(figures)
    figure = Figure(figsize=(6.6, 3.1), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for (metric, planned), points in series.items():
        colour = CHARTED_METRICS[metric]
        label = f"{metric}: {'target / forecast' if planned else 'actual'}"
        for n, (start, end, value) in enumerate(points):
            axes.plot([start, end], [value, value], color=colour, linewidth=2 if planned else 3,
                      linestyle=(0, (3, 2)) if planned else "-", solid_capstyle="butt", label=None if n else label)
            axes.plot([end], [value], linestyle="none", marker="^" if planned else "o", markersize=5, color=colour,
                      markerfacecolor="white" if planned else colour)
    first = math.floor(min(p[0] for points in series.values() for p in points))
    last = math.ceil(max(p[1] for points in series.values() for p in points))
    step = max(1, math.ceil((last - first) / 12))
    axes.set_xlim(first - 0.03 * (last - first), last + 0.03 * (last - first))
    axes.set_xticks(range(first, last + 1))
    axes.set_xticklabels([])
    axes.set_xticks([year + 0.5 for year in range(first, last, step)], [str(y) for y in range(first, last, step)],
                    minor=True)
    axes.tick_params(axis="x", which="minor", length=0)
    axes.set_ylim(0, max(p[2] for points in series.values() for p in points) * 1.15)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    axes.set_ylabel("USD million")
    axes.grid(axis="y", alpha=0.3)
    axes.grid(axis="x", which="major", alpha=0.15)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(fontsize=8, ncols=3, loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False)
    figure.tight_layout(pad=0.4)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    alt = escape(f"Trade figures over time, {title}")
    return f'<img class="chart" alt="{alt}" data-series="{len(series)}" src="data:image/png;base64,{data}">'
