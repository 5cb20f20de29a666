"""Answers kept by the endpoint: the graph it serves never changes, so a query asked again has the same answer.

Clients of an endpoint ask the same queries again and again (a query page's catalogue, a
dashboard, a notebook re-run). Each answer the workers produce is kept, by query text and result
format, up to a total size (least recently used first out), and served again without a worker.
Answers are bytes already serialised; errors and timeouts are never kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

__all__ = ["AnswerCache", "DEFAULT_CACHE_BYTES"]

DEFAULT_CACHE_BYTES = 64 << 20


class AnswerCache:
    """A least-recently-used map of answers, bounded by their total size in bytes (0: keep nothing).

    Examples
    --------
    >>> c = AnswerCache(10)
    >>> c.put("a", b"12345"); c.put("b", b"123456"); c.get("a") is None, c.get("b")
    (True, b'123456')
    """

    def __init__(self, max_bytes: int = DEFAULT_CACHE_BYTES):
        self.max_bytes = max_bytes
        self.size = 0
        self.hits = self.misses = 0
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._items.get(key)
            if value is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return value[0]

    def put(self, key, value, size: int | None = None) -> None:
        size = len(value) if size is None else size
        if size > self.max_bytes // 4:  # one huge answer must not flush everything else
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self.size -= old[1]
            self._items[key] = (value, size)
            self.size += size
            while self.size > self.max_bytes and self._items:
                _, (_, dropped) = self._items.popitem(last=False)
                self.size -= dropped
