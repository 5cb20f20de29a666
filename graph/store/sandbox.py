"""What a forked query process does first: let go of what it inherited, cap its memory, lose the network.

Queries run in forked processes (the endpoint's worker pool, ``dsr query`` and ``kg.query`` with a
time limit). Such a process holds a copy of every descriptor of its parent, and nothing stops an
engine from allocating until the machine swaps; these functions bound both. Each is best-effort
where the operating system does not offer it, and says whether it worked.
"""

from __future__ import annotations

import os
import resource

__all__ = ["close_fds_except", "limit_memory", "isolate_network", "vm_size", "DEFAULT_MEMORY"]

DEFAULT_MEMORY = 2 << 30  # bytes a query process may allocate beyond what it maps when forked
_CLONE_NEWUSER, _CLONE_NEWNET = 0x10000000, 0x40000000


def close_fds_except(*keep: int) -> None:
    """Close every descriptor above stderr but ``keep``: sockets of the parent's clients, and pipes
    of other query processes, whose end-of-file must not wait on a copy held here."""
    try:
        fds = [int(n) for n in os.listdir("/proc/self/fd")]
    except OSError:
        fds = list(range(3, 1024))
    for fd in fds:
        if fd > 2 and fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass


def vm_size() -> int:
    """Bytes of address space this process maps now (0 where /proc is not there)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def limit_memory(extra: int | None) -> bool:
    """Cap this process's address space at what it maps now plus ``extra`` bytes (None: no cap).

    An allocation past the cap fails: Python raises MemoryError, the SPARQL engine aborts the
    process — either way the query ends there, and the server it was forked from does not.
    """
    current = vm_size()
    if not extra or not current:
        return False
    limit = current + extra
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        return True
    except (ValueError, OSError):
        return False


def isolate_network() -> bool:
    """Move this process into an empty network namespace of its own, so it cannot open a connection.

    Needs a single-threaded process (a fresh fork) and a kernel that lets unprivileged users create
    user namespaces; returns False where that is not allowed (the SPARQL parser still refuses
    SERVICE, which is the first wall).
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0
    except (OSError, AttributeError):
        return False
