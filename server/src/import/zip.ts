/**
 * What kind of file the bytes are, and the XML parts of a .docx.
 *
 * fflate (MIT, no dependencies, Node and browser) reads the zip. Its
 * synchronous unzip inflates each entry into a buffer of the size the zip's
 * directory declares and never grows it, so a lying header gives a cut entry,
 * not a runaway allocation; the declared sizes of the XML parts are added up
 * first and more than 50 MB is refused as a zip bomb.
 */
import { unzipSync } from 'fflate';
import { ImportError } from './document.js';
import { isCompoundFile, isZip } from '../file-kind.js';

/** The most uncompressed XML a .docx may hold (the zip-bomb rule). */
export const MAX_XML_BYTES = 50 * 1024 * 1024;

export type FileKind = 'docx' | 'pdf';

/** «EncryptedPackage» as UTF-16LE: the stream an encrypted Office file keeps its zip in. */
function hasUtf16(bytes: Uint8Array, word: string): boolean {
    const limit = Math.min(bytes.length, 4 * 1024 * 1024);
    outer: for (let i = 0; i + word.length * 2 <= limit; i++) {
        for (let j = 0; j < word.length; j++) {
            if (bytes[i + 2 * j] !== word.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
        }
        return true;
    }
    return false;
}

/**
 * Decides the file's kind from its first bytes (never from its name alone).
 * Throws ImportError for empty, encrypted Office, old .doc and other files.
 */
export function sniff(bytes: Uint8Array): FileKind {
    if (bytes.length === 0 || bytes.every(b => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0)) {
        throw new ImportError('empty');
    }
    // A PDF may have a few bytes of junk before its header.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    if (head.includes('%PDF-')) return 'pdf';
    if (isZip(bytes)) return 'docx';
    if (isCompoundFile(bytes)) throw new ImportError(hasUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'oldDoc');
    throw new ImportError('notDocxPdf');
}

/** The parts of a .docx the reader needs, as text. */
export interface DocxParts {
    document: string;
    numbering?: string;
    styles?: string;
}

const WANTED = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);

export function readDocxParts(bytes: Uint8Array): DocxParts {
    let declaredXml = 0;
    let files: Record<string, Uint8Array>;
    try {
        files = unzipSync(bytes, {
            filter: file => {
                if (/\.xml$|\.rels$/i.test(file.name)) declaredXml += file.originalSize;
                if (declaredXml > MAX_XML_BYTES) throw new ImportError('zipBomb', `${declaredXml} bytes`);
                return WANTED.has(file.name) || file.name === '[Content_Types].xml';
            }
        });
    } catch (e) {
        if (e instanceof ImportError) throw e;
        throw new ImportError('corrupt', e instanceof Error ? e.message : String(e));
    }
    const decode = (name: string): string | undefined => {
        const data = files[name];
        if (!data) return undefined;
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(data);
        } catch {
            throw new ImportError('corrupt', `${name} is not UTF-8`);
        }
    };
    const document = decode('word/document.xml');
    if (document === undefined) {
        // A zip, but not a Word document (an .xlsx, an .odt, a zipped folder…).
        throw new ImportError(files['[Content_Types].xml'] ? 'notDocxPdf' : 'corrupt', 'no word/document.xml');
    }
    return { document, numbering: decode('word/numbering.xml'), styles: decode('word/styles.xml') };
}
