/**
 * A small PNG encoder: 8-bit RGB, zlib stream with one fixed-Huffman deflate
 * block and LZ77 matches at the distances a flat-colour picture repeats at
 * (previous byte, previous pixel, pixel above). No Node APIs, no zlib.
 */

export interface Raster {
    width: number;
    height: number;
    /** RGB, row by row, 3 bytes a pixel; with a palette, one palette index a pixel. */
    data: Uint8Array;
    /** RGB triples, at most 256: the picture is indexed-colour. */
    palette?: Uint8Array;
}

/** Bytes a pixel of a raster. */
const depth = (r: Raster) => (r.palette ? 1 : 3);

const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
    let c = 0xffffffff;
    for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
    let a = 1, b = 0;
    // The sums stay exact in a double for 5552 bytes (zlib's NMAX): one modulo per run, not per byte.
    for (let start = 0; start < bytes.length; start += 5552) {
        const end = Math.min(bytes.length, start + 5552);
        for (let i = start; i < end; i++) {
            a += bytes[i];
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return ((b << 16) | a) >>> 0;
}

class BitWriter {
    private buf: Uint8Array = new Uint8Array(1 << 16);
    private len = 0;
    private acc = 0;
    private nbits = 0;

    /** Writes `n` bits of `value`, least significant first (the deflate bit order). */
    bits(value: number, n: number): void {
        for (let i = 0; i < n; i++) {
            this.acc |= ((value >>> i) & 1) << this.nbits;
            if (++this.nbits === 8) this.flushByte();
        }
    }

    /** Writes a Huffman code, most significant bit first. */
    code(code: number, n: number): void {
        for (let i = n - 1; i >= 0; i--) {
            this.acc |= ((code >>> i) & 1) << this.nbits;
            if (++this.nbits === 8) this.flushByte();
        }
    }

    private flushByte(): void {
        if (this.len === this.buf.length) {
            const bigger = new Uint8Array(this.buf.length * 2);
            bigger.set(this.buf);
            this.buf = bigger;
        }
        this.buf[this.len++] = this.acc;
        this.acc = 0;
        this.nbits = 0;
    }

    finish(): Uint8Array {
        if (this.nbits > 0) this.flushByte();
        return this.buf.slice(0, this.len);
    }
}

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

function writeLiteralOrLength(w: BitWriter, v: number): void {
    if (v < 144) w.code(0x30 + v, 8);
    else if (v < 256) w.code(0x190 + v - 144, 9);
    else if (v < 280) w.code(v - 256, 7);
    else w.code(0xc0 + v - 280, 8);
}

function writeMatch(w: BitWriter, length: number, distance: number): void {
    let li = LEN_BASE.length - 1;
    while (LEN_BASE[li] > length) li--;
    writeLiteralOrLength(w, 257 + li);
    if (LEN_EXTRA[li]) w.bits(length - LEN_BASE[li], LEN_EXTRA[li]);
    let di = DIST_BASE.length - 1;
    while (DIST_BASE[di] > distance) di--;
    w.code(di, 5);
    if (DIST_EXTRA[di]) w.bits(distance - DIST_BASE[di], DIST_EXTRA[di]);
}

/** Raw deflate (RFC 1951) of `data`, one fixed-Huffman block; matches only at the given distances. */
export function deflateFixed(data: Uint8Array, distances: number[]): Uint8Array {
    const w = new BitWriter();
    w.bits(1, 1); // BFINAL
    w.bits(1, 2); // BTYPE = fixed Huffman
    const dists = distances.filter(d => d >= 1 && d <= 32768);
    let i = 0;
    while (i < data.length) {
        let bestLen = 0, bestDist = 0;
        const max = Math.min(258, data.length - i);
        for (const d of dists) {
            if (i - d < 0) continue;
            let len = 0;
            while (len < max && data[i + len] === data[i + len - d]) len++;
            if (len > bestLen) { bestLen = len; bestDist = d; }
            if (bestLen === max) break; // no later distance can do better
        }
        if (bestLen >= 3) {
            writeMatch(w, bestLen, bestDist);
            i += bestLen;
        } else {
            writeLiteralOrLength(w, data[i]);
            i++;
        }
    }
    writeLiteralOrLength(w, 256);
    return w.finish();
}

/** A zlib stream (RFC 1950) around deflateFixed. */
export function zlibFixed(data: Uint8Array, distances: number[]): Uint8Array {
    const body = deflateFixed(data, distances);
    const out = new Uint8Array(body.length + 6);
    out[0] = 0x78; out[1] = 0x01;
    out.set(body, 2);
    const a = adler32(data);
    out[out.length - 4] = a >>> 24; out[out.length - 3] = (a >>> 16) & 0xff;
    out[out.length - 2] = (a >>> 8) & 0xff; out[out.length - 1] = a & 0xff;
    return out;
}

function chunk(type: string, body: Uint8Array): Uint8Array {
    const out = new Uint8Array(body.length + 12);
    const view = new DataView(out.buffer);
    view.setUint32(0, body.length);
    for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
    out.set(body, 8);
    view.setUint32(8 + body.length, crc32(out, 4, 8 + body.length));
    return out;
}

let rowsBuffer = new Uint8Array(0);

/**
 * The filtered rows of one picture, in a buffer kept between pictures: a
 * report with hundreds of charts would otherwise allocate megabytes per chart
 * and spend most of its time collecting them. Every byte is written before
 * it is read, and nothing keeps the view.
 */
function rows(size: number): Uint8Array {
    if (rowsBuffer.length < size) rowsBuffer = new Uint8Array(size);
    return rowsBuffer.subarray(0, size);
}

/** Encodes an RGB raster as PNG. `ppm`: pixels per metre (resolution), 0 for none. */
export function encodePng(r: Raster, ppm = 0): Uint8Array {
    const stride = r.width * depth(r);
    const raw = rows((stride + 1) * r.height);
    for (let y = 0; y < r.height; y++) {
        raw[y * (stride + 1)] = 0; // filter: none (the LZ77 distances cover left and above)
        raw.set(r.data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
    }
    return assemble(r, ppm, zlibFixed(raw, [depth(r), 1, stride + 1, depth(r) * 2]));
}

type DeflateStream = new (format: 'deflate') => TransformStream<Uint8Array, Uint8Array>;

/**
 * The same picture through the platform's zlib (CompressionStream: browsers and their workers,
 * Node ≥ 18): smaller than encodePng's fixed block, and compressed off the main thread where
 * the platform can. Without CompressionStream: encodePng.
 */
export async function encodePngAsync(r: Raster, ppm = 0): Promise<Uint8Array> {
    const Compression = (globalThis as { CompressionStream?: DeflateStream }).CompressionStream;
    if (typeof Compression !== 'function') return encodePng(r, ppm);
    // Filter «none»: zlib's window reaches the row above (3 000 bytes back), and on these flat
    // pictures with anti-aliased digits it did better than «Up», smaller and faster.
    const stride = r.width * depth(r);
    const raw = new Uint8Array((stride + 1) * r.height);
    for (let y = 0; y < r.height; y++) raw.set(r.data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
    // What the picture is, taken now: the raster's buffers may be drawn over while this waits.
    const picture = { width: r.width, height: r.height, data: raw, palette: r.palette };
    const compressed = new Blob([raw]).stream().pipeThrough(new Compression('deflate'));
    return assemble(picture, ppm, new Uint8Array(await new Response(compressed).arrayBuffer()));
}

/** Signature, header, optional resolution, the zlib stream as IDAT, end. */
function assemble(r: Raster, ppm: number, idat: Uint8Array): Uint8Array {
    const ihdr = new Uint8Array(13);
    const hv = new DataView(ihdr.buffer);
    hv.setUint32(0, r.width);
    hv.setUint32(4, r.height);
    // 8 bits; colour type 2 (RGB) or 3 (palette).
    ihdr[8] = 8; ihdr[9] = r.palette ? 3 : 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
    const parts = [
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk('IHDR', ihdr)
    ];
    if (r.palette) parts.push(chunk('PLTE', r.palette));
    if (ppm > 0) {
        const phys = new Uint8Array(9);
        const pv = new DataView(phys.buffer);
        pv.setUint32(0, ppm); pv.setUint32(4, ppm); phys[8] = 1;
        parts.push(chunk('pHYs', phys));
    }
    parts.push(chunk('IDAT', idat));
    parts.push(chunk('IEND', new Uint8Array(0)));
    const total = parts.reduce((n, p) => n + p.length, 0);
    const png = new Uint8Array(total);
    let off = 0;
    for (const p of parts) { png.set(p, off); off += p.length; }
    return png;
}
