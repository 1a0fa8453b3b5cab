#!/usr/bin/env python3
"""Joins the LSP driver's --trace FILE with the server's BYLINE_TRACE_STAGES=1 marks (its --log FILE): for each
keystroke, where its time went between the driver and the server's stages. Both read the monotonic clock (µs), so
the times line up.

usage: keystroke-stages.py DRIVER_TRACE SERVER_LOG [--slowest N] [--over MS]
Prints one line per keystroke slower than --over (default 3 ms), the slowest N (default 6) stage by stage, and the
median of each part over all keystrokes. Parts: "in" is the driver's write of the didChange to the server's read
returning with it; "server" the server's read to its answer flushed; "out" that flush to the driver's first sight of
the answer; "driver" its reading, parsing and resuming. "gap" is the longest time between two consecutive server
stages, named by them, with what the thread ran in it when both were on one thread ("ran"). "srv_wait"/"drv_wait" is
what the server's and the driver's threads spent ready but not running (schedstat, summed over threads), "gc" the
server's collections during the keystroke and "node_gc" the driver's (µs).
"""
import statistics
import sys

DRIVER_COLUMNS = ["change_sent", "pull_sent", "first_byte", "received", "parsed", "resumed"]


def read_driver(path):
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = []
        for line in f:
            if line.strip():
                values = line.rstrip("\n").split("\t")
                row = {name: (float(v) if name != "driver_gc_us" else v) for name, v in zip(header, values)}
                rows.append(row)
    return rows


def read_server(path):
    events = []
    with open(path, errors="replace") as f:
        for line in f:
            if not line.startswith("byline-stage "):
                continue
            parts = line.rstrip("\n").split(" ", 6)
            at, thread, cpu, collections, stage = float(parts[1]), int(parts[2]), float(parts[3]), parts[4], parts[5]
            what = parts[6] if len(parts) > 6 else ""
            gen0, gen2 = map(int, collections.split("/"))
            events.append((at, thread, cpu, gen0, gen2, stage, what))
    events.sort()
    return events


def analyse(key, mine):
    start = key["change_at"]
    reads = [e for e in mine if e[5] == "read"]
    # The pull's answer is the first flush after its handler: with --follow-ups the keystroke's window also holds
    # the follow-ups' answers, and with BYLINE_PHASES=1 older servers marked no "serialised" stage for answers.
    pulled = [e for e in mine if e[5] == "handled" and e[6] == "textDocument/diagnostic"]
    flushed = [e for e in mine if e[5] == "flushed" and pulled and e[0] >= pulled[0][0]]
    row = {"key": int(key["key"]), "total": (key["resumed"] - start) / 1e3}
    if not reads or not flushed:
        return row, []
    read, flush = reads[0][0], flushed[0][0]
    row["in"] = (read - start) / 1e3
    row["server"] = (flush - read) / 1e3
    row["out"] = (key["first_byte"] - flush) / 1e3
    row["driver"] = (key["resumed"] - key["first_byte"]) / 1e3
    inside = [e for e in mine if read <= e[0] <= flush]
    gap, where = 0.0, ""
    for a, b in zip(inside, inside[1:]):
        if b[0] - a[0] > gap:
            gap = b[0] - a[0]
            ran = f" ran {(b[2] - a[2]) / 1e3:.2f}" if a[1] == b[1] else f" threads {a[1]}->{b[1]}"
            where = f"{a[5]} {a[6].split('/')[-1]} -> {b[5]} {b[6].split('/')[-1]}{ran}"
    row["gap"] = gap / 1e3
    row["where"] = where
    row["gc"] = mine[-1][3] - mine[0][3] if mine else 0
    row["srv_wait"] = key.get("server_waited", 0) / 1e3
    row["drv_wait"] = key.get("driver_waited", 0) / 1e3
    row["node_gc"] = key.get("driver_gc_us", "0")
    stages = [((e[0] - start) / 1e3, e[1], e[5], e[6]) for e in mine]
    return row, stages


def median(values):
    values = list(values)
    return f"{statistics.median(values):.3f}" if values else "-"


def main():
    driver = read_driver(sys.argv[1])
    events = read_server(sys.argv[2])
    slowest = int(sys.argv[sys.argv.index("--slowest") + 1]) if "--slowest" in sys.argv else 6
    over = float(sys.argv[sys.argv.index("--over") + 1]) if "--over" in sys.argv else 3.0
    rows = []
    index = 0
    for i, key in enumerate(driver):
        end = driver[i + 1]["change_at"] if i + 1 < len(driver) else float("inf")
        while index < len(events) and events[index][0] < key["change_at"]:
            index += 1
        j = index
        while j < len(events) and events[j][0] < end:
            j += 1
        rows.append(analyse(key, events[index:j]))
    parts = ["total", "in", "server", "out", "driver", "gap", "srv_wait", "drv_wait"]
    print("median, ms: " + "  ".join(f"{p} {median(r[p] for r, _ in rows if p in r)}" for p in parts))
    print(f"keystrokes over {over} ms:")
    print("  key   total     in server    out driver    gap  srv_wait drv_wait gc node_gc  longest gap in the server")
    for row, _ in rows:
        if row["total"] > over and "in" in row:
            print(f"  {row['key']:3} {row['total']:7.2f} {row['in']:6.2f} {row['server']:6.2f} {row['out']:6.2f} {row['driver']:6.2f}"
                  f" {row['gap']:6.2f} {row['srv_wait']:8.2f} {row['drv_wait']:8.2f} {row['gc']:2} {row['node_gc']:>7}  {row['where']}")
    for row, stages in sorted(rows, key=lambda r: -r[0]["total"])[:slowest]:
        print(f"key {row['key']}: {row['total']:.2f} ms")
        for at, thread, stage, what in stages:
            print(f"  {at:8.3f}  thread {thread:3}  {stage} {what}")


if __name__ == "__main__":
    main()
