"""Time to render one receipt PDF (reportlab, embedded fonts, vector QR code).

    python benchmarks/receipt_pdf.py [--count 200]

Goal: median under 50 ms. The first receipt (font loading) is reported separately.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from mokoko_desktop.receipts import ReceiptContent, render_receipt

TEXT = (
    "Flere bænke langs åen, så ældre kan hvile sig på vej til byen, og en lektiecafé i "
    "forsamlingshuset om tirsdagen – gerne med frivillige fra foreningerne. " * 3
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mokoko-receipts-"))
    content = ReceiptContent(
        "Randers Kommune",
        "Assentoft",
        dt.datetime.now(dt.UTC),
        "ABCD22222X",
        "https://mokoko.randers.dk/f/ABCD22222X",
        TEXT,
        "da",
    )
    started = time.perf_counter()
    render_receipt(content, folder / "first.pdf")
    first = time.perf_counter() - started
    times = []
    for number in range(args.count):
        started = time.perf_counter()
        render_receipt(content, folder / f"{number}.pdf")
        times.append(time.perf_counter() - started)
    times.sort()
    print(f"first receipt (loads fonts): {first * 1000:.1f} ms")
    print(
        f"receipt PDF over {args.count}: median {statistics.median(times) * 1000:.1f} ms, "
        f"p95 {times[int(len(times) * 0.95)] * 1000:.1f} ms (goal: median under 50 ms)"
    )
    print(f"size: {(folder / '0.pdf').stat().st_size} bytes")


if __name__ == "__main__":
    main()
