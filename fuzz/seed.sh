#!/bin/sh
# Builds the seed corpora under fuzz/corpus/<target>/ from the project's fixtures, its rule
# pack and the Duckling corpora (../shared/eval/duckling, when present). The corpora are not
# committed; run this once before `cargo fuzz run`. Needs python3.
set -eu
cd "$(dirname "$0")"
ROOT=..
DUCKLING=${DUCKLING:-$ROOT/../shared/eval/duckling}
python3 - "$ROOT" "$DUCKLING" <<'PY'
import glob, hashlib, json, os, sys, datetime

root, duckling = sys.argv[1], sys.argv[2]

def put(target, data):
    os.makedirs(f"corpus/{target}", exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(f"corpus/{target}/seed-{name}", "wb") as f:
        f.write(data)

# The targets' first three bytes encode the reference date: n & 3 != 0 picks 1900-01-01 plus
# (n >> 2) days (see reference_date in fuzz/src/lib.rs). Byte 3 holds the settings.
def date_prefix(day, settings=0):
    n = ((day - datetime.date(1900, 1, 1)).days << 2) | 1
    return n.to_bytes(3, "little") + bytes([settings])

fixtures = sorted(glob.glob(f"{root}/fixtures/*/*.md"))
# source: one byte (format in bits 0-1: text, markdown, html, jsonl; bit 2: --published) + file.
for path in fixtures:
    body = open(path, "rb").read()
    put("source", b"\x01" + body)
    put("source", b"\x04" + body)
    text = body.decode()
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    html = "<html><head><title>T &amp; t</title><style>p{}</style></head><body>" + "".join(
        f"<p>{p.replace('&', '&amp;')}</p>" for p in paragraphs) + "<script>x=1</script></body></html>"
    put("source", b"\x02" + html.encode())
    lines = [json.dumps({"id": i, "text": p, "published": "2025-08-28", "title": "t", "url": "u"})
             for i, p in enumerate(paragraphs[:6])]
    put("source", b"\x03" + "\n".join(lines).encode() + b"\n")
put("source", b"\x00Aug 28, 2025, 8:17 AM\n\nKim will visit China on Wednesday.")
put("source", b"\x00PUBLISHED: THURSDAY, MAY 2, 2013\n\nThe parade is next week.")
put("source", b"\x02<p>Kim&rsquo;s <b>fifth</b> visit &amp &#x2019; &#8217;</p><br><img hidden>")

# rules: byte % 3: 0 = a rule file, 1 = lexicon.yaml, 2 = entities.yaml; the rest is the file.
for path in sorted(glob.glob(f"{root}/rules/*.yaml")):
    name = os.path.basename(path)
    body = open(path, "rb").read()
    if name.startswith("lexicon"):
        put("rules", b"\x01" + body)
    elif name == "entities.yaml":
        # The gazetteer is large; seed with slices of whole entries.
        text = body.decode()
        head, _, rest = text.partition("entities:\n")
        entries = rest.split("\n  - ")
        for i in range(0, min(len(entries), 60), 12):
            put("rules", b"\x02" + ("entities:\n  - " + "\n  - ".join(entries[i:i + 12]).lstrip(" -")).encode())
    else:
        put("rules", b"\x00" + body)

# dimensions and claims: 4-byte prefix + text.
for path in sorted(glob.glob(f"{duckling}/*.jsonl")):
    for line in open(path, encoding="utf-8"):
        case = json.loads(line)
        ref = case.get("reference_time", "2013-02-12")[:10]
        day = datetime.date.fromisoformat(ref)
        put("dimensions", date_prefix(day) + case["text"].encode())
for path in fixtures:
    text = open(path, encoding="utf-8").read()
    for paragraph in text.split("\n\n"):
        if paragraph.strip() and not paragraph.startswith("---"):
            put("claims", date_prefix(datetime.date(2025, 8, 28)) + paragraph.encode())
            put("dimensions", date_prefix(datetime.date(2025, 8, 28), 16) + paragraph.encode())
# check: the reports of one scenario, separated by form feeds.
for scenario in sorted(glob.glob(f"{root}/fixtures/*/")):
    reports = [open(p, "rb").read() for p in sorted(glob.glob(f"{scenario}*.md"))]
    if reports:
        put("check", date_prefix(datetime.date(2025, 8, 28)) + b"\x0c".join(reports))
        # and each pair, shorter
        for a, b in zip(reports, reports[1:]):
            put("check", date_prefix(datetime.date(2025, 8, 28), 4) + a[:1500] + b"\x0c" + b[:1500])
PY
for target in corpus/*; do
    echo "$target: $(ls "$target" | wc -l) files, $(du -sh "$target" | cut -f1)"
done
