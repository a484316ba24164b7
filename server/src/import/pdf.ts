import { ImportError, type NeutralDocument } from './document.js';
export async function readPdf(_bytes: Uint8Array): Promise<NeutralDocument> {
    throw new ImportError('scanned');
}
