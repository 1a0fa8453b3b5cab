#!/usr/bin/env python3
# Cold start of the server: process start -> answer to initialize, over stdio. Not a test (timings vary by machine).
# Usage: python3 measure-cold-start.py path/to/Byline.LanguageServer.dll [runs]
import subprocess, time, json, sys
dll = sys.argv[1]
def frame(o):
    b = json.dumps(o).encode()
    return b"Content-Length: %d\r\n\r\n" % len(b) + b
init = frame({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":None,"capabilities":{"general":{"positionEncodings":["utf-8","utf-16"]}}}})
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 5):
    t0 = time.perf_counter()
    p = subprocess.Popen(["dotnet", dll, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdin.write(init); p.stdin.flush()
    while True:
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            header += p.stdout.read(1)
        n = int(header.split(b":")[1].split(b"\r\n")[0])
        body = p.stdout.read(n)
        if b'"id":1' in body: break
    t1 = time.perf_counter()
    p.stdin.write(frame({"jsonrpc":"2.0","id":2,"method":"shutdown"})); p.stdin.write(frame({"jsonrpc":"2.0","method":"exit"})); p.stdin.flush()
    rc = p.wait(timeout=30)
    print(f"run {i}: initialize answered after {(t1-t0)*1000:.0f} ms, exit code {rc}, encoding {json.loads(body)['result']['capabilities']['positionEncoding']}")
