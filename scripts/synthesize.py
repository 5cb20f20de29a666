"""Write a synthetic DSR-shaped dataset for benchmarks, sized by organisations or by quads.

    python scripts/synthesize.py --organisations 2000 --out /tmp/dsr-2k.nq
    python scripts/synthesize.py --triples 1000000 --seed 7 --out /tmp/dsr-1m.nq

--triples T picks the organisation count that gives about T quads. The size is linear in the
organisations: about 46 quads per organisation on top of about 2,400 that do not grow with them
(the ontology, the technology-area scheme, 150 countries, the metadata). Measured at seed 42:
400 organisations give 20,697 quads, 1,600 give 75,686 (45.8 per organisation), 2,150 give
100,189 and 21,700 give 999,175. The script does not hard-code that ratio: it measures slope and
offset on two small runs of the same seed (400 and 1,600 organisations, about half a second), so
it stays right when the generator changes; expect the result within about 1% of T.

Prints the statistics write_synthetic returns, the time it took and the peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from graph.errors import DSRError
from graph.sources.synth import synthesize, write_synthetic

# organisations of the two small runs that measure quads per organisation; far enough apart that
# the draws' noise (a few percent at 200) does not skew the slope
CALIBRATION = (400, 1600)


def organisations_for(triples: int, seed: int) -> tuple[int, float, float]:
    """Return the organisation count that gives about ``triples`` quads, with the measured slope and offset."""
    (a, b) = CALIBRATION
    qa = sum(1 for _ in synthesize(a, seed))
    qb = sum(1 for _ in synthesize(b, seed))
    slope = (qb - qa) / (b - a)
    offset = qa - slope * a
    return max(10, round((triples - offset) / slope)), slope, offset


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--organisations", type=int, help="how many organisations (default 1000)")
    size.add_argument("--triples", type=int, help="about how many quads to write; picks --organisations")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--out", type=Path, required=True, help="file to write: .nq (N-Quads) or .trig (TriG)")
    args = parser.parse_args(argv)

    organisations = args.organisations if args.organisations is not None else 1000
    if args.triples is not None:
        organisations, slope, offset = organisations_for(args.triples, args.seed)
        print(f"calibration: {slope:.1f} quads per organisation + {offset:.0f}; "
              f"{organisations} organisations for about {args.triples} quads")
    start = time.perf_counter()
    try:
        stats = write_synthetic(args.out, organisations=organisations, seed=args.seed)
    except (DSRError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"wrote {args.out}: {stats['quads']} quads, {stats['organisations']} organisations, "
          f"{stats['partnerships']} partnerships, {stats['sources']} sources")
    print(f"elapsed {elapsed:.2f} s, peak RSS {peak_mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
