#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Derives the hand-made packets of this folder (malformed-*, handmade-*) from the captured ones, so they
# can be made again: python3 make-malformed.py (in this folder). See README.md for what each one is.
import struct

def read(name):
    with open(name, "rb") as f:
        return bytearray(f.read())

def write(name, data):
    with open(name, "wb") as f:
        f.write(bytes(data))

def skip_name(d, o):
    while True:
        n = d[o]
        if n >= 0xC0:
            return o + 2
        o += 1 + n
        if n == 0:
            return o

def records(d):
    """Offsets of each record in the answer section: (start, type_at, rdlength_at, rdata_at, end)."""
    qd, an = struct.unpack("!HH", d[4:8])
    o = 12
    for _ in range(qd):
        o = skip_name(d, o) + 4
    out = []
    for _ in range(an):
        start = o
        o = skip_name(d, o)
        type_at, rdlength_at = o, o + 8
        rdlength = struct.unpack("!H", d[rdlength_at:rdlength_at + 2])[0]
        out.append((start, type_at, rdlength_at, o + 10, o + 10 + rdlength))
        o += 10 + rdlength
    return out

def rtype(d, r):
    return struct.unpack("!H", d[r[1]:r[1] + 2])[0]

tahoe = read("announce-tahoe-nonascii.bin")
tinc = read("announce-tincvpn-node2.bin")
large = read("response-syncthing-large.bin")
a_only = read("announce-address-node2.bin")

# Header only half there.
write("malformed-short-header.bin", tahoe[:7])
# A big response cut in the middle of a record.
write("malformed-truncated.bin", large[:700])
# The header claims 65535 answers; six are there.
d = bytearray(tahoe)
d[6:8] = struct.pack("!H", 65535)
write("malformed-count-overflow.bin", d)
# The first answer's owner name replaced by a pointer to itself.
d = bytearray(tahoe)
d[12:14] = struct.pack("!H", 0xC000 | 12)
write("malformed-pointer-loop.bin", d)
# A pointer forward, to the name of the second answer.
d = bytearray(tahoe)
second = records(tahoe)[1][0]
d[12:14] = struct.pack("!H", 0xC000 | second)
write("malformed-pointer-forward.bin", d)
# Two pointers pointing at each other: the second answer's owner points at the first answer's owner,
# which now points at the second (offsets 12 <-> second).
d = bytearray(tahoe)
d[12:14] = struct.pack("!H", 0xC000 | second)
d[second:second + 2] = struct.pack("!H", 0xC000 | 12)
write("malformed-pointer-cycle.bin", d)
# A label length of 64 (0x40): a reserved label type, beyond the 63-byte limit.
d = bytearray(a_only)
d[12] = 0x40
write("malformed-label-64.bin", d)
# A name of 5 labels of 63 bytes: 321 bytes, more than 255.
name = b"".join(bytes([63]) + b"x" * 63 for _ in range(5)) + b"\0"
write("malformed-name-too-long.bin",
      struct.pack("!HHHHHH", 0, 0x8400, 0, 1, 0, 0) + name + struct.pack("!HHIH", 1, 0x8001, 120, 4)
      + bytes([10, 81, 0, 12]))
# The last record's rdlength runs past the end of the packet.
d = bytearray(a_only)
r = records(d)[-1]
d[r[2]:r[2] + 2] = struct.pack("!H", 200)
write("malformed-rdata-overrun.bin", d)
# An A record of 5 bytes in the Tinc announcement: only that record is rejected.
d = bytearray(tinc)
r = [r for r in records(d) if rtype(d, r) == 1][0]
d[r[2]:r[2] + 2] = struct.pack("!H", 5)
d[r[4]:r[4]] = b"\x01"
write("malformed-a-length.bin", d)
# A TXT string whose length runs past its record: only that record is rejected.
d = bytearray(tahoe)
r = [r for r in records(d) if rtype(d, r) == 16][0]
d[r[3]] = 0xFF
write("malformed-txt-overrun.bin", d)
# The instance label "Gràcia…" with an invalid UTF-8 byte (0xC3 0x28): the packet parses, the name
# is not text.
d = bytearray(tahoe)
at = d.index("à".encode())
d[at + 1] = 0x28
write("malformed-instance-not-utf8.bin", d)
# A TXT record of 34 strings of 251 bytes (8,534 bytes, more than the 8 KB accepted, in a packet under the
# 9000 bytes mDNS allows), appended to the
# Tinc announcement (its owner a pointer to the first owner name).
d = bytearray(tinc)
txt = b"".join(bytes([250]) + (b"k%02d=" % i) + b"v" * 246 for i in range(34))
d += struct.pack("!H", 0xC000 | 12) + struct.pack("!HHIH", 16, 0x8001, 4500, len(txt)) + txt
d[6:8] = struct.pack("!H", struct.unpack("!H", d[6:8])[0] + 1)
write("malformed-txt-oversized.bin", d)
# An NSEC record as RFC 6762 6.1 uses it (avahi sends none): mc1.local has A and AAAA only, and an
# HINFO record of a type the parser keeps raw.
nsec_name = bytes([3]) + b"mc1" + bytes([5]) + b"local" + b"\0"
nsec_rdata = struct.pack("!H", 0xC000 | 12) + bytes([0, 4, 0x40, 0, 0, 0x08])
hinfo_rdata = bytes([6]) + b"x86_64" + bytes([5]) + b"Linux"
write("handmade-nsec-hinfo.bin",
      struct.pack("!HHHHHH", 0, 0x8400, 0, 1, 0, 1) + nsec_name
      + struct.pack("!HHIH", 47, 0x8001, 120, len(nsec_rdata)) + nsec_rdata
      + struct.pack("!H", 0xC000 | 12) + struct.pack("!HHIH", 13, 0x8001, 4500, len(hinfo_rdata)) + hinfo_rdata)
# An empty datagram.
write("malformed-empty.bin", b"")
