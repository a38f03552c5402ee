#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Captures mDNS packets for tst_dnsmessage: run inside the harness's home namespace, beside its
# avahi-daemon (SO_REUSEADDR/SO_REUSEPORT on 5353), e.g.
#   tests/env/testenv netns-exec --state DIR home -- python3 capture.py OUTDIR SECONDS [QUERY...]
# Each received datagram is written to OUTDIR/NNN.bin and described in OUTDIR/index.txt. A QUERY is
# "NAME TYPE" (TYPE: PTR SRV TXT A AAAA ANY), sent once as a QM query from port 5353 after 0.5 s.
import os, select, socket, struct, sys, time

TYPES = {"A": 1, "PTR": 12, "TXT": 16, "AAAA": 28, "SRV": 33, "ANY": 255}

def query(name, qtype):
    out = struct.pack("!HHHHHH", 0, 0, 1, 0, 0, 0)
    for label in name.rstrip(".").split("."):
        raw = label.encode()
        out += bytes([len(raw)]) + raw
    return out + b"\0" + struct.pack("!HH", TYPES[qtype], 1)

def main():
    outdir, seconds = sys.argv[1], float(sys.argv[2])
    queries = [q.rsplit(" ", 1) for q in sys.argv[3:]]
    os.makedirs(outdir, exist_ok=True)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind(("0.0.0.0", 5353))
    mreq = struct.pack("4s4s", socket.inet_aton("224.0.0.251"), socket.inet_aton("0.0.0.0"))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, mreq)
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 255)
    start = time.monotonic()
    sent = False
    count = 0
    with open(os.path.join(outdir, "index.txt"), "a") as index:
        while time.monotonic() - start < seconds:
            if not sent and time.monotonic() - start > 0.5:
                for name, qtype in queries:
                    s.sendto(query(name, qtype), ("224.0.0.251", 5353))
                sent = True
            ready, _, _ = select.select([s], [], [], 0.1)
            if not ready:
                continue
            data, (host, port) = s.recvfrom(9000)
            count += 1
            path = os.path.join(outdir, "%03d.bin" % count)
            with open(path, "wb") as f:
                f.write(data)
            flags, qd, an, ns, ar = struct.unpack("!xxHHHHH", data[:12])
            index.write("%03d.bin from %s:%d t=%.3f %s qd=%d an=%d ns=%d ar=%d len=%d\n" % (
                count, host, port, time.monotonic() - start, "response" if flags & 0x8000 else "query",
                qd, an, ns, ar, len(data)))
            index.flush()

main()
