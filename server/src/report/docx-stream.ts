/**
 * The .docx of a big report with bounded memory (the command line, for a big input).
 *
 * `renderDocx` (docx.ts) hands the `docx` library the whole document as objects; its packer
 * turns all of them into one tree of plain objects, then into one string of document.xml, then
 * zips it: for a report of 20 000 tasks that peaked near 3 GB, hundreds of times the size of the
 * report model. Here the same document is written in pieces:
 *  - the document with one marker paragraph per section (a skeleton) is packed by `docx` as
 *    usual: every part but document.xml comes from there, and the text of document.xml around
 *    the markers (namespaces, section properties);
 *  - each section's blocks are made into docx objects one at a time by the same code as in
 *    `renderDocx` (docx-body.ts `bodyItems`, docx-table.ts `tableBuilder`) and serialised with
 *    the same serialiser `docx` uses (the `xml` package); a long table is built and serialised
 *    in runs of rows, cut only where no row spans the next;
 *  - the pieces are deflated into the zip as they come (fflate's streaming zip), so memory holds
 *    the report model, one run of rows and the compressed bytes.
 * document.xml is the same text as `renderDocx` writes (test/report-docx-stream.test.ts compares
 * them); only the order of the parts in the zip differs. Node only (the command line): the `xml`
 * package schedules a `process.nextTick` per call, which holds that call's text until the
 * event loop turns; the writer lets it turn after every megabyte or so.
 */
import { Packer, Paragraph, TextRun, type Document, type Table, type TableRow } from 'docx';
import { strFromU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import xml from 'xml';
import { cleanStrings } from '../../../language/src/control-chars.js';
import { NativeCharts } from './docx-charts.js';
import { docxDocument } from './docx.js';
import { bodyItems, PendingStream, PendingTable } from './docx-body.js';
import { tableBuilder } from './docx-table.js';
import { linearImageLinks } from './docx-image-links.js';
import type { Ctx } from './docx-style.js';
import type { Block, ReportDoc, Row } from './document.js';

export interface BoundedOptions {
    /** Rows of a table built and written at a time (at least this many, up to where no row spans on). */
    rowsPerRun?: number;
}

interface Formatter { format(component: unknown, context: unknown): object }

const DOCUMENT_XML = 'word/document.xml';
/** Text is deflated a megabyte or so at a time. */
const FLUSH_CHARS = 1 << 20;

/** The .docx bytes of a report, document.xml written piece by piece (see the top of this file). */
export async function renderDocxBounded(model: ReportDoc, options: BoundedOptions = {}): Promise<Uint8Array> {
    const rowsPerRun = Math.max(1, options.rowsPerRun ?? 500);
    const doc = cleanStrings(model);
    linearImageLinks();
    const charts = new NativeCharts();
    // The skeleton: the report's document with a marker paragraph in each section.
    const tag = `esep-section-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const sections: { blocks: Block[]; ctx: Ctx }[] = [];
    const skeleton = (record: boolean): Document => docxDocument(doc, charts, (blocks, ctx, index) => {
        if (record) sections.push({ blocks, ctx });
        return [new Paragraph({ children: [new TextRun(`${tag}-${index}`)] })];
    });
    const first = skeleton(true);
    const compiler = (Packer as unknown as { compiler: { formatter: Formatter } }).compiler;
    const context = { viewWrapper: (first as unknown as { Document: unknown }).Document, file: first, stack: [] as unknown[] };
    const toXml = (component: unknown): string => xml(compiler.formatter.format(component, context) as xml.XmlObject);
    const markers = sections.map((_, index) => toXml(new Paragraph({ children: [new TextRun(`${tag}-${index}`)] })));
    const frame = unzipSync(new Uint8Array(await Packer.toArrayBuffer(first, false)));
    if ((first as unknown as { Media: { Array: unknown[] } }).Media.Array.length) throw new Error('bounded report: pictures are not supported');
    const frameXml = strFromU8(frame[DOCUMENT_XML]);

    const out: Uint8Array[] = [];
    let failure: Error | undefined;
    const zip = new Zip((err, chunk) => {
        if (err) failure ??= err;
        else out.push(chunk);
    });
    const body = new ZipDeflate(DOCUMENT_XML, { level: 6 });
    zip.add(body);
    const encoder = new TextEncoder();
    let pending: string[] = [];
    let pendingChars = 0;
    const flush = (final: boolean) => {
        body.push(encoder.encode(pending.join('')), final);
        pending = [];
        pendingChars = 0;
    };
    const write = (text: string) => {
        pending.push(text);
        pendingChars += text.length;
    };
    /** Deflates what is written once there is enough of it, and lets the event loop turn. */
    const settle = async () => {
        if (pendingChars < FLUSH_CHARS) return;
        flush(false);
        await new Promise<void>(resolve => setImmediate(resolve));
    };

    let at = 0;
    for (const [index, { blocks, ctx }] of sections.entries()) {
        const marker = frameXml.indexOf(markers[index], at);
        if (marker < 0 || frameXml.indexOf(markers[index], marker + 1) >= 0) throw new Error('bounded report: section marker not found once');
        write(frameXml.slice(at, marker));
        for (const item of bodyItems(blocks, ctx)) {
            if (item instanceof PendingStream) {
                // Blocks made a run of tasks at a time (a big file read in pieces), each run cleaned as the model was.
                for await (const made of item.block.runs()) {
                    for (const inner of bodyItems(cleanStrings(made), ctx, item.state)) {
                        if (inner instanceof PendingStream) throw new Error('bounded report: a stream inside a stream');
                        if (inner instanceof PendingTable) await writeTable(inner, ctx, rowsPerRun, toXml, write, settle);
                        else write(toXml(inner));
                        await settle();
                    }
                }
            } else if (item instanceof PendingTable) await writeTable(item, ctx, rowsPerRun, toXml, write, settle);
            else write(toXml(item));
            await settle();
        }
        at = marker + markers[index].length;
    }
    write(frameXml.slice(at));
    flush(true);

    // Every other part from the skeleton, made again now that the charts of the body are known.
    const final = skeleton(false);
    const parts = unzipSync(new Uint8Array(await Packer.toArrayBuffer(final, false, charts.attach(final))));
    if (strFromU8(parts[DOCUMENT_XML]) !== frameXml) throw new Error('bounded report: the skeleton changed');
    for (const [name, data] of Object.entries(parts)) {
        if (name === DOCUMENT_XML) continue;
        const part = new ZipDeflate(name, { level: 6 });
        zip.add(part);
        part.push(data, true);
    }
    zip.end();
    if (failure) throw failure;
    return concat(out);
}

/**
 * A table in runs of rows: the first run with the header rows gives the table's opening (its
 * properties and grid, the same for every run); each later run's XML is cut to its rows.
 */
async function writeTable(item: PendingTable, ctx: Ctx, rowsPerRun: number, toXml: (c: unknown) => string,
    write: (text: string) => void, settle: () => Promise<void>): Promise<void> {
    const t = item.block;
    const builder = tableBuilder(t, ctx);
    let opening: string | undefined;
    let rows: TableRow[] = builder.header();
    const emit = () => {
        const text = toXml(builder.make(rows) as Table);
        rows = [];
        if (!text.endsWith('</w:tbl>')) throw new Error('bounded report: a table did not end as expected');
        if (opening === undefined) {
            const grid = text.indexOf('</w:tblGrid>');
            if (grid < 0) throw new Error('bounded report: a table without a grid');
            opening = text.slice(0, grid + '</w:tblGrid>'.length);
            write(text.slice(0, -'</w:tbl>'.length));
            return;
        }
        if (!text.startsWith(opening)) throw new Error('bounded report: runs of a table opened differently');
        write(text.slice(opening.length, -'</w:tbl>'.length));
    };
    let body = 0;
    // Rows made while writing (a big file read in pieces), before the table's own rows.
    const streamed = async (): Promise<void> => {
        if (!t.stream) return;
        for await (const made of t.stream()) {
            for (const row of cleanStrings(made) as Row[]) {
                rows.push(builder.next(row));
                body++;
                if (body >= rowsPerRun && builder.closed()) {
                    emit();
                    body = 0;
                    await settle();
                }
            }
        }
    };
    await streamed();
    for (let i = 0; i < t.rows.length; i++) {
        rows.push(builder.row(i));
        body++;
        if (body >= rowsPerRun && i + 1 < t.rows.length && builder.closed()) {
            emit();
            body = 0;
            await settle();
        }
    }
    // (The rows made while writing may have ended on a run already written.)
    if (rows.length || opening === undefined) emit();
    write('</w:tbl>');
}

function concat(chunks: Uint8Array[]): Uint8Array {
    let length = 0;
    for (const c of chunks) length += c.length;
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const c of chunks) {
        bytes.set(c, offset);
        offset += c.length;
    }
    return bytes;
}
