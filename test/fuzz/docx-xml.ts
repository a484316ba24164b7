/**
 * Is every XML part of a .docx well-formed, as Word and LibreOffice demand?
 * The .docx is a zip: its central directory is read here (node:zlib inflates
 * the parts), and each *.xml / *.rels part goes through well-formed.ts, a
 * strict XML 1.0 well-formedness check that refuses what Word refuses:
 * characters outside XML's Char production (U+0001, lone surrogates,
 * U+FFFF), bad names, attributes and entities, bad nesting. saxes (a strict
 * XML parser, written char by char in JavaScript: ~2 MB/s here, too slow for
 * every report of every fuzz case) is the reference the check is tested
 * against (test/trust-docx.test.ts). Used by the fuzzer (harness.ts) on every
 * report it writes, and by tests.
 */
import { inflateRawSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { wellFormedError } from './well-formed.js';

/** The parts of a zip archive: name → bytes (stored or deflated entries). */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The end of central directory record: signature 0x06054b50, in the last 64 KB.
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
        if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
    }
    if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
    const count = buf.readUInt16LE(eocd + 10);
    let at = buf.readUInt32LE(eocd + 16);
    const parts = new Map<string, Buffer>();
    for (let n = 0; n < count; n++) {
        if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${n}`);
        const method = buf.readUInt16LE(at + 10);
        const compressed = buf.readUInt32LE(at + 20);
        const nameLength = buf.readUInt16LE(at + 28);
        const extraLength = buf.readUInt16LE(at + 30);
        const commentLength = buf.readUInt16LE(at + 32);
        const local = buf.readUInt32LE(at + 42);
        const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
        // The local header has its own name and extra lengths.
        const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(dataStart, dataStart + compressed);
        if (method === 0) parts.set(name, Buffer.from(data));
        else if (method === 8) parts.set(name, inflateRawSync(data));
        else throw new Error(`${name}: compression method ${method}`);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return parts;
}

/** The first well-formedness error of an XML text by saxes (a strict XML 1.0 parser), or undefined. */
export function saxesError(xml: string): string | undefined {
    const parser = new SaxesParser({ xmlns: true });
    let first: string | undefined;
    parser.on('error', e => { first ??= e.message; });
    try {
        parser.write(xml).close();
    } catch (e) {
        first ??= e instanceof Error ? e.message : String(e);
    }
    return first;
}

/** «word/document.xml: 1:5: disallowed character.» for each part that is not well-formed XML. */
export function docxXmlProblems(bytes: Uint8Array): string[] {
    const problems: string[] = [];
    let parts: Map<string, Buffer>;
    try {
        parts = unzip(bytes);
    } catch (e) {
        return [`the .docx is not a zip: ${e instanceof Error ? e.message : String(e)}`];
    }
    if (!parts.has('word/document.xml')) problems.push('no word/document.xml');
    for (const [name, data] of parts) {
        if (!/\.(xml|rels)$/u.test(name)) continue;
        let text: string;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(data);
        } catch {
            problems.push(`${name}: not UTF-8`);
            continue;
        }
        const error = wellFormedError(text);
        if (error) problems.push(`${name}: ${error}`);
    }
    return problems;
}
