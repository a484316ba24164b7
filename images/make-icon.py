# Draws images/icon.png (128×128 RGBA): a green rounded square, a white report sheet
# with three bars of a plan/fact chart, and a check mark. Plain zlib + struct.
import struct, zlib, math
W = H = 128
S = 4  # supersampling
def inside_round_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r); cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
def dist_seg(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)
GREEN = (11, 110, 79); WHITE = (255, 255, 255); GOLD = (242, 183, 5); DARK = (9, 77, 56)
def color(x, y):
    if not inside_round_rect(x, y, 4, 4, 124, 124, 24): return None
    c = GREEN
    if inside_round_rect(x, y, 28, 20, 92, 108, 6): c = WHITE
    # bars (plan vs fact)
    for i, h in enumerate((26, 40, 54)):
        bx = 38 + i * 16
        if bx <= x <= bx + 10 and 96 - h <= y <= 96: c = DARK if i < 2 else GREEN
    # check mark
    if min(dist_seg(x, y, 62, 78, 78, 94), dist_seg(x, y, 78, 94, 110, 52)) <= 7: c = GOLD
    return c
rows = []
for y in range(H):
    row = bytearray([0])
    for x in range(W):
        acc = [0, 0, 0, 0]
        for sy in range(S):
            for sx in range(S):
                c = color(x + (sx + .5) / S, y + (sy + .5) / S)
                if c:
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
        n = S * S
        a = acc[3] // n
        if a: row += bytes([acc[0] * 255 // acc[3], acc[1] * 255 // acc[3], acc[2] * 255 // acc[3], a])
        else: row += bytes([0, 0, 0, 0])
    rows.append(bytes(row))
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')
import os; open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'icon.png'), 'wb').write(png)
