/**
 * Where the PDF library (unpdf, pdf.js's serverless build, 1.7 MB) comes from.
 * The CLI and the tests bundle it; the extension's two servers (Node and web
 * worker) share one copy, out/pdf-reader.js, loaded only when a PDF is imported
 * (scripts/build.mjs), so the .vsix carries it once.
 */
import type { getDocumentProxy } from 'unpdf';

export interface PdfLib { getDocumentProxy: typeof getDocumentProxy }

let loader: () => Promise<PdfLib> = () => import('unpdf');

export function setPdfLoader(load: () => Promise<PdfLib>): void {
    loader = load;
}

export function loadPdfLib(): Promise<PdfLib> {
    supplyTransferToFixedLength();
    return loader();
}

type Transferable = ArrayBuffer & { transferToFixedLength?: (newLength?: number) => ArrayBuffer };

/**
 * pdf.js sizes the buffers of a page's drawing with ArrayBuffer's `transferToFixedLength` (Node 21
 * and later; unpdf supplies pdf.js's other newer built-ins, not this one). Without it — the Node 20
 * of VS Code's older extension hosts, or `esep` run by a Node 20 — pdf.js skipped the drawing of
 * every page with no more than a console warning: the tables lost their cell boxes, and the draft's
 * plans came out shifted between indicators. Supplied here, before the library is used, where it is
 * missing: a copy of the first `newLength` bytes (pdf.js reads only the copy; the original is not
 * detached, which nothing here relies on).
 */
export function supplyTransferToFixedLength(): void {
    const proto = ArrayBuffer.prototype as Transferable;
    if (typeof proto.transferToFixedLength === 'function') return;
    Object.defineProperty(proto, 'transferToFixedLength', {
        value: function transferToFixedLength(this: ArrayBuffer, newLength?: number): ArrayBuffer {
            const length = newLength === undefined ? this.byteLength : Math.max(0, Math.trunc(Number(newLength)) || 0);
            const copy = new ArrayBuffer(length);
            new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
            return copy;
        },
        writable: true,
        configurable: true
    });
}
