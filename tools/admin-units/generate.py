#!/usr/bin/env python3
"""Generates the profiles' units.csv and the "units" section of their changes.json from the admin-units reference.

Usage (from the repository root):
    python3 tools/admin-units/generate.py [REFERENCE_FOLDER]

REFERENCE_FOLDER defaults to ../shared/reference/admin-units (see its README.md). For each profile the script
writes plugins/ChildPlan.Profiles.<P>/Data/units.csv (the province and every district and commune on 01/03/2025,
valid to 30/06/2025 where they ended, and from 01/07/2025 the successor province and each of its new communes
that contains one of the province's old communes) and replaces the "units" array and "format" of
Data/changes.json (childplan.changes/2), leaving the rest of the file -- the "agencies" section -- byte for byte as
it was. Running it twice gives the same files. Only the Python standard library is used.
"""

import csv
import json
import os
import re
import sys

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
REFERENCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "reference", "admin-units")

REORGANISED = "2025-07-01"
LAST_OLD_DAY = "2025-06-30"
DISTRICTS_END_BASIS = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
DISTRICTS_END_NOTE = "Không tổ chức đơn vị hành chính cấp huyện từ ngày 01/7/2025; các huyện, thị xã, thành phố thuộc tỉnh kết thúc hoạt động."
PROVINCES_BASIS = "Nghị quyết 202/2025/QH15"

# For each profile: its old province; the extra province rows its changes need (a province formed from it and
# another, a province renamed); the successor province from 01/07/2025; and the province-level changes.
PROFILES = {
    "DienBien": {
        "province": "11",
        "successor": "11",
        "rows": [],
        "changes": [],
    },
    "ThuaThienHue": {
        "province": "46",
        "successor": "46",
        # 46 was Tỉnh Thừa Thiên Huế until 31/12/2024 and is Thành phố Huế (centrally run) from 01/01/2025.
        "rows": [
            {"code": "46", "name": "Tỉnh Thừa Thiên Huế", "level": "province", "parent": "", "valid_from": "", "valid_to": "2024-12-31"},
            {"code": "46", "name": "Thành phố Huế", "level": "province", "parent": "", "valid_from": "2025-01-01", "valid_to": ""},
        ],
        "changes": [
            {
                "effective": "2025-01-01",
                "successor": {"code": "46", "name": "Thành phố Huế", "level": "province"},
                "from": [{"code": "46", "share": "full"}],
                "basis": "Nghị quyết 175/2024/QH15",
                "note": "Tỉnh Thừa Thiên Huế trở thành thành phố Huế trực thuộc trung ương; giữ mã 46.",
            }
        ],
    },
    "HaiDuong": {
        "province": "30",
        "successor": "31",
        "rows": [
            {"code": "31", "name": "Thành phố Hải Phòng", "level": "province", "parent": "", "valid_from": "", "valid_to": LAST_OLD_DAY},
            {"code": "31", "name": "Thành phố Hải Phòng", "level": "province", "parent": "", "valid_from": REORGANISED, "valid_to": ""},
        ],
        "changes": [
            {
                "effective": REORGANISED,
                "successor": {"code": "31", "name": "Thành phố Hải Phòng", "level": "province"},
                "from": [{"code": "30", "share": "full"}, {"code": "31", "share": "full"}],
                "basis": PROVINCES_BASIS,
                "note": "Tỉnh Hải Dương và thành phố Hải Phòng hợp nhất thành thành phố Hải Phòng (mã 31); mã 30 chấm dứt.",
            }
        ],
    },
    "TayNinh": {
        "province": "72",
        "successor": "80",
        "rows": [
            {"code": "80", "name": "Tỉnh Long An", "level": "province", "parent": "", "valid_from": "", "valid_to": LAST_OLD_DAY},
            {"code": "80", "name": "Tỉnh Tây Ninh", "level": "province", "parent": "", "valid_from": REORGANISED, "valid_to": ""},
        ],
        "changes": [
            {
                "effective": REORGANISED,
                "successor": {"code": "80", "name": "Tỉnh Tây Ninh", "level": "province"},
                "from": [{"code": "72", "share": "full"}, {"code": "80", "share": "full"}],
                "basis": PROVINCES_BASIS,
                "note": "Tỉnh Tây Ninh và tỉnh Long An hợp nhất thành tỉnh Tây Ninh (mã 80); mã 72 chấm dứt.",
            }
        ],
    },
}


def read(name):
    with open(os.path.join(REFERENCE, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def clean(text):
    """The clause as the resolution gives it, without the reference's Markdown (bold marks, escapes, spacing)."""
    text = text.replace("\\", "")
    text = re.sub(r"\*\*", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r" ([.,;:])", r"\1", text)


def resolution_clauses(resolution):
    """Clause number by the clause's opening words, read from the resolution's text, for rows that lost the number."""
    path = os.path.join(REFERENCE, "resolutions", resolution.replace("/", "-") + ".md")
    with open(path, encoding="utf-8") as f:
        text = clean(f.read())
    return [(m.group(1), m.start()) for m in re.finditer(r"(?:^|\s)(\d+)\. Sắp xếp", text)], text


def clause(rows, resolution):
    """'Khoản N Điều 1: text' from the variants of the article column (the best spaced one wins)."""
    texts = sorted({clean(r["article"]) for r in rows}, key=lambda t: (-t.count(" "), t))
    best = texts[0]
    m = re.match(r"^(\d+)\. (.*)$", best)
    if m:
        return f"Khoản {m.group(1)} Điều 1: {m.group(2)}"
    numbers, text = resolution_clauses(resolution)
    at = text.find(best[:60])
    before = [n for n, start in numbers if start < at]
    if at < 0 or not before:
        return f"Điều 1: {best}"
    return f"Khoản {before[-1]} Điều 1: {best}"


def unit_row(u, valid_from="", valid_to=""):
    return {"code": u["code"], "name": u["name"], "level": u["level"], "parent": u["parent"], "valid_from": valid_from, "valid_to": valid_to}


def json_line(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": ")).replace("{", "{ ").replace("}", " }")


def render_change(change):
    lines = ["    {", f'      "effective": "{change["effective"]}",', f'      "successor": {json_line(change["successor"])},', '      "from": [']
    lines += [f"        {json_line(f)}" + ("," if i < len(change["from"]) - 1 else "") for i, f in enumerate(change["from"])]
    lines.append("      ],")
    rest = [(k, change[k]) for k in ("basis", "clause", "note") if change.get(k)]
    lines += [f"      {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" + ("," if i < len(rest) - 1 else "") for i, (k, v) in enumerate(rest)]
    lines.append("    }")
    return "\n".join(lines)


def generate(profile, config, old, new, formed):
    province = config["province"]
    successor = config["successor"]
    districts = [u for u in old if u["level"] == "district" and u["parent"] == province]
    district_codes = {d["code"] for d in districts}
    communes = [u for u in old if u["level"] == "commune" and u["parent"] in district_codes]
    commune_codes = {c["code"] for c in communes}
    new_codes = sorted({f["new_code"] for f in formed if f["old_code"] in commune_codes})
    new_by_code = {u["code"]: u for u in new}
    province_row = next(u for u in old if u["code"] == province)
    successor_row = new_by_code[successor]

    rows = []
    extra = config["rows"]
    if not any(r["code"] == province for r in extra):
        # A province that ends on 30/06/2025 (into another code) or continues through the reorganisation.
        rows.append(unit_row(province_row, valid_to=LAST_OLD_DAY if successor != province else ""))
    rows += extra
    for d in districts:
        rows.append(unit_row(d, valid_to=LAST_OLD_DAY))
        rows += [unit_row(c, valid_to=LAST_OLD_DAY) for c in communes if c["parent"] == d["code"]]
    for code in new_codes:
        n = new_by_code[code]
        assert n["parent"] == successor, (profile, code)
        rows.append(unit_row(n, valid_from=REORGANISED))

    changes = list(config["changes"])
    changes.append({
        "effective": REORGANISED,
        "successor": {"code": successor, "name": successor_row["name"], "level": "province"},
        "from": [{"code": d["code"], "share": "full"} for d in districts],
        "basis": DISTRICTS_END_BASIS,
        "note": DISTRICTS_END_NOTE,
    })
    for code in new_codes:
        parts = [f for f in formed if f["new_code"] == code]
        resolutions = {f["resolution"] for f in parts}
        assert len(resolutions) == 1, (profile, code, resolutions)
        resolution = resolutions.pop()
        changes.append({
            "effective": REORGANISED,
            "successor": {"code": code, "name": new_by_code[code]["name"], "level": "commune", "parent": successor},
            "from": [{"code": f["old_code"], "share": f["share"]} for f in parts],
            "basis": f"Nghị quyết {resolution}",
            "clause": clause(parts, resolution),
        })

    data = os.path.join(REPO, "plugins", f"ChildPlan.Profiles.{profile}", "Data")
    with open(os.path.join(data, "units.csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ["code", "name", "level", "parent", "valid_from", "valid_to"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)

    path = os.path.join(data, "changes.json")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    agencies = re.search(r'^  "agencies"\s*:', text, re.MULTILINE)
    tail = text[agencies.start():] if agencies else "}\n"
    body = ",\n".join(render_change(c) for c in changes)
    head = '{\n  "format": "childplan.changes/2",\n  "units": [\n' + body + "\n  ]" + (",\n" if agencies else "\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(head + tail)
    json.loads(head + tail)  # still JSON
    print(f"{profile}: {len(districts)} districts, {len(communes)} communes on 2025-03-01; {len(new_codes)} communes from {REORGANISED}; {len(rows)} rows, {len(changes)} changes")


def main():
    old = read("units-2025-03-01.csv")
    new = read("units-2025-07-01.csv")
    formed = read("communes-2025-07-01-from.csv")
    for profile, config in PROFILES.items():
        generate(profile, config, old, new, formed)


if __name__ == "__main__":
    main()
