/**
 * A zip archive of a few parts (an .xlsx package): DEFLATE for each part, UTF-8 names, no
 * encryption, no ZIP64 (a part or the whole archive over 4 GB is refused). The compressor is
 * pluggable: fflate's in a browser worker, Node's zlib (ten times faster) on the command line.
 */
import { deflateSync } from 'fflate';

export interface ZipCodec {
    /** Raw DEFLATE (RFC 1951) of the bytes. */
    deflateRaw(data: Uint8Array): Uint8Array;
    /** CRC-32 of the bytes, continuing from `initial` (the CRC of what came before). */
    crc32(data: Uint8Array, initial?: number): number;
    /**
     * Streaming, where the codec can: a part compressed on its own and ended by a sync flush (no
     * final block), so parts concatenate into one stream.
     */
    deflateRawPart?(data: Uint8Array): Uint8Array;
}

/** An entry already compressed (a sheet built part by part). */
export interface Packed {
    packed: Uint8Array;
    size: number;
    crc: number;
}

let table: Uint32Array | undefined;

export function crc32(data: Uint8Array, initial = 0): number {
    if (!table) {
        table = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            table[n] = c >>> 0;
        }
    }
    let c = (initial ^ 0xFFFFFFFF) >>> 0;
    for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xFF] ^ (c >>> 8);
    return (c ^ 0xFFFFFFFF) >>> 0;
}

/** x · M for a 32×32 matrix over GF(2) given by its rows. */
function gf2Times(matrix: Uint32Array, x: number): number {
    let sum = 0;
    for (let i = 0; x !== 0; i++, x >>>= 1) if (x & 1) sum ^= matrix[i];
    return sum >>> 0;
}

function gf2Square(square: Uint32Array, matrix: Uint32Array): void {
    for (let n = 0; n < 32; n++) square[n] = gf2Times(matrix, matrix[n]);
}

/**
 * The CRC-32 of A followed by B from the CRC of A, the CRC of B and B's length (zlib's
 * crc32_combine): a part's CRC is carried along as its pieces are written, whatever comes
 * in front of them later.
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
    if (lengthB <= 0) return crcA >>> 0;
    // The operator «append one zero bit», then squared: two, four, eight … zero bits.
    const odd = new Uint32Array(32);
    const even = new Uint32Array(32);
    odd[0] = 0xEDB88320;
    for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row >>> 0;
    gf2Square(even, odd);
    gf2Square(odd, even);
    let crc = crcA >>> 0;
    let length = lengthB;
    // Apply length zero bytes: one squaring per bit of the length.
    for (;;) {
        gf2Square(even, odd);
        if (length % 2) crc = gf2Times(even, crc);
        length = Math.floor(length / 2);
        if (length === 0) break;
        gf2Square(odd, even);
        if (length % 2) crc = gf2Times(odd, crc);
        length = Math.floor(length / 2);
        if (length === 0) break;
    }
    return (crc ^ crcB) >>> 0;
}

/** Works everywhere (Node and browser). */
export const portableCodec: ZipCodec = {
    deflateRaw: data => deflateSync(data, { level: 6 }),
    crc32
};

const LIMIT = 0xFFFFFFFF;

/** The archive of `entries` (name → bytes), in the given order, each dated `mtime`. */
export function zipParts(entries: [string, Uint8Array | Packed][], codec: ZipCodec = portableCodec, mtime = new Date()): Uint8Array {
    const year = Math.max(1980, mtime.getFullYear());
    const dosTime = (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | Math.floor(mtime.getSeconds() / 2);
    const dosDate = ((year - 1980) << 9) | ((mtime.getMonth() + 1) << 5) | mtime.getDate();
    const encoder = new TextEncoder();
    const chunks: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    for (const [name, part] of entries) {
        const nameBytes = encoder.encode(name);
        const done = part instanceof Uint8Array ? undefined : part;
        const packed = done ? done.packed : codec.deflateRaw(part as Uint8Array);
        const crc = done ? done.crc : codec.crc32(part as Uint8Array);
        const size = done ? done.size : (part as Uint8Array).length;
        if (size >= LIMIT || packed.length >= LIMIT) throw new Error(`${name}: too large for a zip without ZIP64`);
        const local = new Uint8Array(30 + nameBytes.length);
        const lv = new DataView(local.buffer);
        lv.setUint32(0, 0x04034b50, true);
        lv.setUint16(4, 20, true);
        lv.setUint16(6, 0x0800, true); // names in UTF-8
        lv.setUint16(8, 8, true); // deflate
        lv.setUint16(10, dosTime, true);
        lv.setUint16(12, dosDate, true);
        lv.setUint32(14, crc, true);
        lv.setUint32(18, packed.length, true);
        lv.setUint32(22, size, true);
        lv.setUint16(26, nameBytes.length, true);
        local.set(nameBytes, 30);
        const entry = new Uint8Array(46 + nameBytes.length);
        const cv = new DataView(entry.buffer);
        cv.setUint32(0, 0x02014b50, true);
        cv.setUint16(4, 20, true);
        cv.setUint16(6, 20, true);
        cv.setUint16(8, 0x0800, true);
        cv.setUint16(10, 8, true);
        cv.setUint16(12, dosTime, true);
        cv.setUint16(14, dosDate, true);
        cv.setUint32(16, crc, true);
        cv.setUint32(20, packed.length, true);
        cv.setUint32(24, size, true);
        cv.setUint16(28, nameBytes.length, true);
        cv.setUint32(42, offset, true);
        entry.set(nameBytes, 46);
        chunks.push(local, packed);
        central.push(entry);
        offset += local.length + packed.length;
        if (offset >= LIMIT) throw new Error('The archive is too large for a zip without ZIP64');
    }
    const centralSize = central.reduce((s, c) => s + c.length, 0);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, entries.length, true);
    ev.setUint16(10, entries.length, true);
    ev.setUint32(12, centralSize, true);
    ev.setUint32(16, offset, true);
    const out = new Uint8Array(offset + centralSize + end.length);
    let at = 0;
    for (const c of [...chunks, ...central, end]) {
        out.set(c, at);
        at += c.length;
    }
    return out;
}
