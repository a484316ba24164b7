/** Node's zlib for the zip parts of a workbook (the command line): C speed, the same bytes format. */
import * as zlib from 'node:zlib';
import { crc32, type ZipCodec } from '../../portfolio/zip.js';

const SYNC = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH };

export const nodeCodec: ZipCodec = {
    deflateRaw: data => zlib.deflateRawSync(data, { level: 6 }),
    // zlib.crc32 since Node 20.15 / 22.2.
    crc32: typeof zlib.crc32 === 'function' ? (data, initial = 0) => zlib.crc32(data, initial) >>> 0 : crc32,
    // A big sheet is compressed as it is written: its rows are never all in memory as XML.
    deflateRawPart: data => zlib.deflateRawSync(data, SYNC)
};
