"""Unicode-aware character classes for the name patterns.

``[A-Z]`` misses the capitals of Turkish, Polish, Czech, Romanian ... names
("Şahin", "Łukasz", "Žilina"); ``\\w`` is already Unicode in Python 3, so only
the first letter of a name needs a wider class.
"""

from __future__ import annotations

# Every capital letter of Latin-1, Latin Extended-A/B, Greek and Cyrillic.
_CAPITALS = "".join(
    c for lo, hi in ((0xC0, 0x250), (0x370, 0x400), (0x400, 0x530)) for c in map(chr, range(lo, hi)) if c.isupper()
)
UPPER = "A-Z" + _CAPITALS  # for use inside [...]
CAP_CLASS = f"[{UPPER}]"
