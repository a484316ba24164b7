/**
 * Reading files from disk for the CLI and the Node language server, safely:
 * only regular files (a FIFO would block for ever, /dev/zero never ends), at
 * most `limit` bytes (checked on the open file, so a file swapped for a pipe
 * or grown after a stat is caught too), and real paths for «is this inside
 * the project folder?» questions (a symlink is followed to where it points).
 * Node-only; the browser worker has no disk and uses none of this.
 */
import { constants, fstatSync, openSync, closeSync, readSync, promises as fsp, realpathSync } from 'node:fs';
import { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';

/** The largest .grant file read: 30 MB portfolios are real; 128 MB is far past any report. */
export const MAX_GRANT_BYTES = 128 * 1024 * 1024;

export class NotRegularFileError extends Error {
    readonly code = 'ENOTREG';
    constructor(readonly path: string) {
        super(`${path}: not a regular file`);
    }
}

export class FileTooLargeError extends Error {
    readonly code = 'EFBIG';
    constructor(readonly path: string, readonly size: number, readonly limit: number) {
        super(`${path}: ${size} bytes, more than ${limit}`);
    }
}

// O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A buffer grown past this for one big file is let go after it. */
const KEEP_AT_MOST = 4 * 1024 * 1024;

/**
 * Reads regular files one after another into one buffer that is kept (the CLI's checks and the
 * portfolio's workers read a file, decode it and move on). A buffer made anew for each file
 * cost a portfolio worker three times what the reading did: fresh memory for every file, beside
 * a second thread doing the same in the same process. What `read` returns is valid until the
 * next call; decode or copy it first (readRegularFileSync copies). Only a regular file, of at
 * most `limit` bytes: NotRegularFileError / FileTooLargeError otherwise.
 */
export class FileBytesReader {
    private buffer: Buffer | undefined;

    read(path: string, limit = MAX_GRANT_BYTES): Uint8Array {
        const fd = openSync(path, OPEN_FLAGS);
        try {
            const stat = fstatSync(fd);
            if (!stat.isFile()) throw new NotRegularFileError(path);
            if (stat.size > limit) throw new FileTooLargeError(path, stat.size, limit);
            // Room for the whole file and one byte more, so that the end is seen in the same buffer.
            let buffer = this.room(Math.min(stat.size, limit) + 1);
            let total = 0;
            for (;;) {
                if (total === buffer.length) {
                    if (total > limit) throw new FileTooLargeError(path, total, limit);
                    buffer = this.room(Math.min(total * 2, limit + 1), total);
                }
                const n = readSync(fd, buffer, total, buffer.length - total, null);
                if (n === 0) break;
                total += n;
                if (total > limit) throw new FileTooLargeError(path, total, limit);
            }
            // A rare big file's buffer is not kept: it goes once its bytes are decoded.
            if (buffer.length > KEEP_AT_MOST) this.buffer = undefined;
            return buffer.subarray(0, total);
        } finally {
            closeSync(fd);
        }
    }

    /** A buffer of at least `size` bytes, its first `keep` bytes those of the buffer before. */
    private room(size: number, keep = 0): Buffer {
        const old = this.buffer;
        if (old && old.length >= size) return old;
        const grown = Buffer.allocUnsafe(Math.max(size, 256 * 1024));
        if (old && keep > 0) old.copy(grown, 0, 0, keep);
        this.buffer = grown;
        return grown;
    }
}

const shared = new FileBytesReader();

/**
 * The bytes of a regular file of at most `limit` bytes, the caller's own (a copy of what the
 * kept buffer read); throws NotRegularFileError / FileTooLargeError.
 */
export function readRegularFileSync(path: string, limit = MAX_GRANT_BYTES): Buffer {
    return Buffer.from(shared.read(path, limit));
}

/** As readRegularFileSync, without blocking the event loop. */
export async function readRegularFile(path: string, limit = MAX_GRANT_BYTES): Promise<Buffer> {
    const handle = await fsp.open(path, OPEN_FLAGS);
    try {
        const stat = await handle.stat();
        if (!stat.isFile()) throw new NotRegularFileError(path);
        if (stat.size > limit) throw new FileTooLargeError(path, stat.size, limit);
        const chunks: Buffer[] = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 64 * 1024), limit + 1 - total));
            const { bytesRead: n } = chunk.length ? await handle.read(chunk, 0, chunk.length, null) : { bytesRead: 0 };
            if (n === 0) break;
            chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
            total += n;
            if (total > limit) throw new FileTooLargeError(path, total, limit);
        }
        return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    } finally {
        await handle.close();
    }
}

/** The path with every symlink followed, or undefined when it does not exist. */
export function realPathSync(path: string): string | undefined {
    try {
        return realpathSync(path);
    } catch {
        return undefined;
    }
}

/**
 * Langium's Node file system, reading only regular files of bounded size (every request that
 * reads a document from disk goes through here: status, preview, report of a file not open
 * in an editor, the workspace scan), and able to say where a path really leads (`realPath`,
 * see language/src/evidence.ts).
 */
export class SafeNodeFileSystemProvider extends NodeFileSystemProvider {
    override readBinary(uri: URI): Promise<Uint8Array> {
        return readRegularFile(uri.fsPath);
    }

    override readBinarySync(uri: URI): Uint8Array {
        return readRegularFileSync(uri.fsPath);
    }

    override async readFile(uri: URI): Promise<string> {
        return new TextDecoder('utf-8').decode(await readRegularFile(uri.fsPath));
    }

    override readFileSync(uri: URI): string {
        // Decoded at once: the kept buffer's bytes need no copy of their own.
        return new TextDecoder('utf-8').decode(shared.read(uri.fsPath));
    }

    async realPath(uri: URI): Promise<URI | undefined> {
        if (uri.scheme !== 'file') return uri;
        try {
            return URI.file(await fsp.realpath(uri.fsPath));
        } catch {
            return undefined;
        }
    }
}

export const SafeNodeFileSystem = {
    fileSystemProvider: () => new SafeNodeFileSystemProvider()
};
