"""Trade charts for the report: one chart per pair of parties, each trade fact drawn over the span of its period.

A fact (one figure, however many articles report it; see `facts.py`) for "January-September 2018" is a bar
from the start of January to the end of September at its value, not a point in the middle of the year, with
a marker where the period ends and its number of reports beside it; a yearly series reads as steps over
time. Actual figures are solid, targets and forecasts dashed with hollow markers. Where the reports of a
fact disagree it has a bar per value they give, each marked with a cross, joined by a dotted line at the
period's end with the reports of each value beside it. Each chart has at most one series per charted metric and status: six.
"""
from __future__ import annotations

import base64
import io
import math
import re
from dataclasses import dataclass, field
from html import escape

CHARTED_METRICS = {"turnover": "#1f77b4", "export": "#2ca02c", "import": "#d62728"}  # metric: its colour
CHART_SIZE = (6.6, 3.1)  # inches at 100 dpi: half the report's width at 1400 px
WIDE_CHART_SIZE = (13.2, 3.8)  # the whole width, for the pair the report is most about
YEAR_LABELS_PER_INCH = 1.8  # year labels on the time axis before only every second (third ...) one is written
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


@dataclass(frozen=True, order=True)
class Point:
    """A bar of a chart: from `start` to `end` (years) at `value` (USD million), given by `reports` reports;
    `disputed` when it is one of the values the reports of fact `fact` (its id) disagree on."""

    end: float
    start: float
    value: float
    reports: int
    disputed: bool = False
    fact: str = field(default="", compare=False)


def values_of(fact: dict) -> list[tuple[float, int, bool]]:
    """(value, reports, disputed) of a trade fact: its consensus value and all its reports, or, where its
    reports disagree on the value, each value they give with the reports that give it."""
    if fact.get("value") is not None:
        return [(fact["value"], fact["report_count"], False)]
    given = next((d["values"] for d in fact.get("disagreements") or [] if d["field"] == "value"), [])
    return [(v["value"], v["count"], True) for v in given]


def chartable(fact: dict) -> bool:
    """A trade fact a chart can show: a charted metric, in USD, a period, and a value (or values in dispute)."""
    return (fact.get("metric") in CHARTED_METRICS and fact.get("currency") == "USD"
            and period_span(fact.get("period")) is not None and bool(values_of(fact)))


def series_of(facts: list[dict]) -> dict[tuple[str, bool], list[Point]]:
    """The chartable facts by (metric, planned): their points in time order."""
    series: dict[tuple[str, bool], list[Point]] = {}
    for fact in filter(chartable, facts):
        start, end = period_span(fact["period"])
        key = (fact["metric"], fact.get("status", "actual") != "actual")
        series.setdefault(key, []).extend(Point(end, start, value / 1e6, reports, disputed, fact.get("id") or "")
                                          for value, reports, disputed in values_of(fact))
    order = list(CHARTED_METRICS)
    return {key: sorted(series[key]) for key in sorted(series, key=lambda k: (order.index(k[0]), k[1]))}


def trade_chart(facts: list[dict], title: str, wide: bool = False) -> str:
    """An <img> (embedded PNG) of the chartable trade facts of one pair of parties, `wide` for the whole width of
    the page; `data-series` is the number of series, `data-points` of bars, `data-disputed` of bars in dispute."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    series = series_of(facts)
    size = WIDE_CHART_SIZE if wide else CHART_SIZE
    figure = Figure(figsize=size, dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for (metric, planned), points in series.items():
        colour = CHARTED_METRICS[metric]
        label = f"{metric}: {'target / forecast' if planned else 'actual'}"
        for n, point in enumerate(points):
            axes.plot([point.start, point.end], [point.value, point.value], color=colour, linewidth=2 if planned else 3,
                      linestyle=(0, (3, 2)) if planned else "-", solid_capstyle="butt", label=None if n else label)
            if point.disputed:
                axes.plot([point.end], [point.value], linestyle="none", marker="X", markersize=7, color=colour,
                          markeredgecolor="black", markeredgewidth=0.6)
                continue
            axes.plot([point.end], [point.value], linestyle="none", marker="^" if planned else "o", markersize=5,
                      color=colour, markerfacecolor="white" if planned else colour)
            _label(axes, point, f"{point.reports:,}")
        _join_disputes(axes, points, colour)
    every = [point for points in series.values() for point in points]
    first, last = math.floor(min(p.start for p in every)), math.ceil(max(p.end for p in every))
    step = max(1, math.ceil((last - first) / (size[0] * YEAR_LABELS_PER_INCH)))
    axes.set_xlim(first - 0.03 * (last - first), last + 0.03 * (last - first))
    axes.set_xticks(range(first, last + 1))
    axes.set_xticklabels([])
    axes.set_xticks([year + 0.5 for year in range(first, last, step)], [str(y) for y in range(first, last, step)],
                    minor=True)
    axes.tick_params(axis="x", which="minor", length=0)
    axes.set_ylim(0, max(p.value for p in every) * 1.15)
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
    disputed = sum(p.disputed for p in every)
    return (f'<img class="chart" alt="{alt}" data-series="{len(series)}" data-points="{len(every)}" '
            f'data-disputed="{disputed}" src="data:image/png;base64,{data}">')


def _join_disputes(axes, points: list[Point], colour: str) -> None:
    """A dotted line at the end of each disputed fact's period, from the lowest value given to the highest, and
    beside the highest the reports of each value, lowest first ('2 ≠ 1'), as values close together would hide
    labels of their own."""
    disputes: dict[str, list[Point]] = {}
    for point in (p for p in points if p.disputed):
        disputes.setdefault(point.fact, []).append(point)
    for given in disputes.values():
        given.sort(key=lambda p: p.value)
        axes.plot([given[0].end] * 2, [given[0].value, given[-1].value], color=colour, linestyle=":", linewidth=1.2)
        _label(axes, given[-1], " ≠ ".join(f"{p.reports:,}" for p in given))


def _label(axes, point: Point, text: str) -> None:
    axes.annotate(text, (point.end, point.value), xytext=(3, 3), textcoords="offset points", fontsize=7, color="#444")
