"""What a hostile-input case is and what every run must show (the limits and the message format)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

GIB = 1 << 30
RSS_LIMIT = 1 * GIB
ADDRESS_LIMIT = 3 * GIB
ALLOWED_CODES = {0, 1, 2, 3, 4}
# One message format: "dlplot <command>: <what>" ("dlplot: <what>" when no command was named), starting in lower
# case or with an option, a value or a path.
MESSAGE_FORMAT = re.compile(r"^dlplot(-dev)?( [a-z0-9-]+)?: [^A-Z]")


@dataclass
class Binaries:
    user: str  # dlplot
    dev: str  # dlplot-dev


@dataclass
class Case:
    name: str
    argv: list[str]
    expect: set[int] | None = None  # allowed exit codes; None = any from the table
    setup: str | None = None  # name of a fixture set to lay out in the scratch folder
    stdout: str = "pipe"  # pipe | closed | full | null
    stderr: str = "pipe"  # pipe | closed
    timeout: float = 30.0
    extra_files: dict[str, bytes] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    dev: bool = False  # run the developer executable (dlplot-dev: golden, bench-*) instead of dlplot
