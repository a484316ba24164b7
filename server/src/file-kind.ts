/**
 * What a file given as a .grant file really is, by its first bytes, when it is not UTF-8 text:
 * a Word or PDF document (the signed plan itself: `esep import` makes a .grant of it), an old
 * Word .doc, UTF-16 text, or some other binary file. Each reader of .grant files (the checks, the
 * report, the portfolio) says the same thing for the same file, in its own words. No file system:
 * the bytes are the caller's.
 */
export type NotGrantText = 'word' | 'pdf' | 'oldWord' | 'utf16' | 'binary';

/** The first bytes of a zip (a .docx among them) and of an OLE compound file (an old .doc, an encrypted Office file). */
const ZIP = [0x50, 0x4b, 0x03, 0x04], EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, head: readonly number[]): boolean {
    if (bytes.length < head.length) return false;
    for (let i = 0; i < head.length; i++) if (bytes[i] !== head[i]) return false;
    return true;
}

/** A zip by its first bytes (what kind of zip is for its reader to say). */
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP);

/** An OLE compound file by its first bytes: an old Word .doc, or an Office file with a password. */
export const isCompoundFile = (bytes: Uint8Array): boolean => startsWith(bytes, CFB);

/** «word/» in a zip's names (its central directory, at the end): a .docx, not another archive. */
function namesWordParts(bytes: Uint8Array): boolean {
    const word = [0x77, 0x6f, 0x72, 0x64, 0x2f];
    outer: for (let i = 0; i + word.length <= bytes.length; i++) {
        for (let j = 0; j < word.length; j++) if (bytes[i + j] !== word[j]) continue outer;
        return true;
    }
    return false;
}

/** Undefined for what may be UTF-8 text (the decoder then says whether it is). */
export function notGrantText(bytes: Uint8Array): NotGrantText | undefined {
    // UTF-16 (Windows Notepad's «Unicode»): a text file, but not UTF-8.
    if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'utf16';
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
    if (isZip(bytes)) return namesWordParts(bytes) ? 'word' : 'binary';
    if (isCompoundFile(bytes)) return 'oldWord';
    // A NUL byte never occurs in a text file: an image, an archive, a renamed document.
    if (bytes.includes(0)) return 'binary';
    return undefined;
}
