"""Machine description printed with every benchmark result."""

from __future__ import annotations

import datetime as dt
import os
import platform


def describe() -> str:
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(line for line in open("/proc/meminfo") if line.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return (
        f"{dt.date.today().isoformat()} · {cpu} · {os.cpu_count()} cores{mem} · "
        f"Python {platform.python_version()} · {platform.system()} {platform.release()}"
    )
