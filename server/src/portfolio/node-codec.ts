/** Node's zlib for the zip parts of a workbook (the command line): C speed, the same bytes format. */
import * as zlib from 'node:zlib';
import { crc32, type ZipCodec } from './zip.js';

export const nodeCodec: ZipCodec = {
    deflateRaw: data => zlib.deflateRawSync(data, { level: 6 }),
    // zlib.crc32 since Node 20.15 / 22.2.
    crc32: typeof zlib.crc32 === 'function' ? data => zlib.crc32(data) >>> 0 : crc32
};
