#!/usr/bin/env python3
"""Alternating pairs of lsp-driver.mjs runs of two servers (the order swapped each pair), for each setting: what to
compare two builds by on a shared machine. Prints the medians of each build per setting and writes every run's JSON.

usage: pairs.py OLD_SERVER NEW_SERVER N OUT.json SETTING...   where SETTING is ARTICLE:KEYS:AT:CLIENT,
e.g. /tmp/bench/1m.txt:100:0.1:vscode (the line AT of the way down; CLIENT vscode, as the .vsix, or generic)
"""
import os, subprocess, sys, json, statistics
old, new, n, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
configs = sys.argv[5:]
DRIVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lsp-driver.mjs')
res = {}
def run(server, art, keys, at, client):
    o = subprocess.run(['node', DRIVER, '--article', art, '--keys', keys, '--at', at, '--client', client, '--', server, '--stdio'],
                       capture_output=True, text=True, timeout=900)
    return json.loads(o.stdout.strip().splitlines()[-1])
for c in configs:
    art, keys, at, client = c.split(':')
    res[c] = {'old': [], 'new': []}
    for i in range(n):
        order = [('old', old), ('new', new)] if i % 2 == 0 else [('new', new), ('old', old)]
        for k, s in order:
            res[c][k].append(run(s, art, keys, at, client))
    json.dump(res, open(out, 'w'))
    for k in ('old', 'new'):
        r = res[c][k]
        f = lambda key: statistics.median([x[key] for x in r])
        print(c, k, 'start %.1f open %.1f p50 %.2f p99 %.2f [%s] cpu/key %.2f bytes %d unchanged %d' % (
            f('start_ms'), f('open_ms'), f('key_p50_ms'), f('key_p99_ms'), ', '.join('%.1f' % x['key_p99_ms'] for x in r),
            f('key_cpu_ms'), f('key_answer_bytes'), f('key_unchanged')), flush=True)
