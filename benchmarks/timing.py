"""How the benchmarks print a spread of timings (imported by the scripts beside it)."""

from __future__ import annotations

import statistics


def percentiles(seconds: list[float], digits: int = 1) -> str:
    """``p50 … ms   p99 … ms`` of ``seconds`` (the 99th: the nearest rank), ``digits`` after the point."""
    ordered = sorted(seconds)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered) * 1000:7.{digits}f} ms   p99 {p99 * 1000:7.{digits}f} ms"
