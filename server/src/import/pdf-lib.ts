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
    return loader();
}
