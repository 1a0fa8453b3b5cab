#!/usr/bin/env python3
"""Check an article archive on a Dask distributed cluster with `byline` as the map step.

    python3 byline_dask.py ARCHIVE_FOLDER OUT_FOLDER [--shards N] [--scheduler tcp://host:8786]
                           [--workers 2] [--severity warning] [--byline "dotnet path/to/Byline.Cli.dll"]

Map: each Dask task runs `byline check ARCHIVE --shard i/N --format jsonl` on a worker (byline picks every
N-th article of the sorted list itself, so the driver never lists millions of files) and returns the JSONL.
Reduce: the driver writes the shards to OUT/shard-i.jsonl and `byline merge` turns them into OUT/byline.sarif
and OUT/byline.txt, the same as one `byline check ARCHIVE` would write, and OUT/report.html, the same as one
`byline report ARCHIVE` (each JSONL line carries its article's sourcing figures). Without --scheduler a local cluster
of --workers processes is started on 127.0.0.1. Exit code: byline's (0 clean, 1 findings, 2 problems).
The workers need `byline` and the archive at the same path (a shared file system or a copy per machine).
"""
import argparse
import os
import shlex
import subprocess
import sys

from dask.distributed import Client, LocalCluster


def check_shard(byline, archive, index, count, severity, cwd):
    """The map step, run on a worker: one shard's JSONL, its messages and exit code."""
    command = byline + ['check', archive, '--shard', f'{index}/{count}', '--format', 'jsonl', '--severity', severity]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, encoding='utf-8')
    return index, done.stdout, done.stderr, done.returncode


def merge(byline, shard_files, out_format, cwd, *options):
    """The reduce step: `byline merge` reads only the workers' JSONL."""
    command = byline + ['merge', *shard_files, '--format', out_format, *options]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, encoding='utf-8')
    sys.stderr.write(done.stderr)
    return done.stdout, done.returncode


def run(args):
    byline = shlex.split(args.byline)
    cwd = os.getcwd()
    cluster = None if args.scheduler else LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True, host='127.0.0.1', dashboard_address=None)
    with Client(args.scheduler or cluster) as client:
        futures = [client.submit(check_shard, byline, args.archive, i, args.shards, args.severity, cwd, pure=False)
                   for i in range(1, args.shards + 1)]
        shards = sorted(client.gather(futures))
    if cluster is not None:
        cluster.close()
    os.makedirs(args.out, exist_ok=True)
    shard_files = []
    for index, jsonl, messages, code in shards:
        if code == 2:
            sys.stderr.write(messages)  # file problems; the merge reports unreadable articles again
        path = os.path.join(args.out, f'shard-{index}.jsonl')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(jsonl)
        shard_files.append(path)
    exit_code = 0
    for out_format, name in (('sarif', 'byline.sarif'), ('text', 'byline.txt')):
        output, exit_code = merge(byline, shard_files, out_format, cwd)
        with open(os.path.join(args.out, name), 'w', encoding='utf-8') as f:
            f.write(output)
    # The report's exit code is report's (0, or 2 on a problem); findings decide the run's code above.
    _, report_code = merge(byline, shard_files, 'html', cwd, '--output', os.path.join(args.out, 'report.html'))
    if report_code == 2:
        exit_code = 2
    # A shard that could not start (no byline, bad arguments) leaves no JSONL: the run is not complete.
    return 2 if any(code == 2 and not jsonl for _, jsonl, _, code in shards) else exit_code


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('archive')
    parser.add_argument('out')
    parser.add_argument('--shards', type=int, default=4)
    parser.add_argument('--scheduler')
    parser.add_argument('--workers', type=int, default=2)
    parser.add_argument('--severity', default='warning')
    parser.add_argument('--byline', default='byline')
    return run(parser.parse_args())


if __name__ == '__main__':
    sys.exit(main())
