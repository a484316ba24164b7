/**
 * Where an evidence path (`дәлел:`) leads. The text decides first: an
 * absolute path, a drive letter, a URL or a «..» segment leaves the project
 * folder. Then the file system, where there is one: the path is resolved
 * against the .grant file's folder, and both are followed through their
 * symlinks (the workspace file system's `realPath`, when it has one), so a
 * link inside the folder that points to /etc or /proc is outside too.
 * The validator (V-PATH-01/02) and the document links ask here, and agree.
 */
import { UriUtils, URI, type FileSystemProvider } from 'langium';

/** A file system that can say where a path really leads (server/src/node-files.ts on Node). */
export interface RealPathProvider {
    realPath(uri: URI): Promise<URI | undefined>;
}

function canResolve(fs: FileSystemProvider): fs is FileSystemProvider & RealPathProvider {
    return typeof (fs as Partial<RealPathProvider>).realPath === 'function';
}

/** An absolute path, a drive letter, a UNC path, a URL or a «..» segment: it would leave the project folder. */
export function isOutsidePath(path: string): boolean {
    if (/^([a-zA-Z]:|[\\/]|[a-z][a-z0-9+.-]*:)/u.test(path)) return true;
    return path.split(/[\\/]+/u).some(segment => segment === '..');
}

/** `inner` is `outer` or below it (same scheme and authority). */
function isInside(inner: URI, outer: URI): boolean {
    if (inner.scheme !== outer.scheme || inner.authority !== outer.authority) return false;
    const a = inner.path.replace(/\/+$/u, '');
    const b = outer.path.replace(/\/+$/u, '');
    return a === b || a.startsWith(b + '/');
}

export type EvidenceVerdict =
    /** Leaves the project folder: by its text, or through a symlink. */
    | { kind: 'outside'; real?: URI }
    /** Inside, and there: a link can point to `target`. */
    | { kind: 'found'; target: URI }
    /** Inside, but not there. */
    | { kind: 'missing'; target: URI }
    /** No file system to ask (the browser worker), or a path with no URI: nothing to say. */
    | { kind: 'unknown' };

/** The target of an evidence path written in the document at `documentUri`. */
export function evidenceUri(documentUri: URI, path: string): URI {
    return UriUtils.joinPath(UriUtils.dirname(documentUri), ...path.split(/[\\/]+/u).filter(Boolean));
}

/** What an evidence path is, asked of the workspace's file system. */
export async function judgeEvidence(fileSystem: FileSystemProvider, documentUri: URI, path: string): Promise<EvidenceVerdict> {
    const trimmed = path.trim();
    if (!trimmed || isOutsidePath(trimmed)) return { kind: 'outside' };
    let target: URI;
    let exists: boolean;
    try {
        target = evidenceUri(documentUri, trimmed);
        target.toString(); // a lone surrogate has no URI (encodeURIComponent throws)
        exists = await fileSystem.exists(target);
    } catch {
        return { kind: 'unknown' };
    }
    if (!exists) return { kind: 'missing', target };
    if (canResolve(fileSystem)) {
        const [real, folder] = await Promise.all([fileSystem.realPath(target), fileSystem.realPath(UriUtils.dirname(documentUri))]);
        // Existing but not resolvable (a loop, a race): not taken as inside.
        if (!real || !folder || !isInside(real, folder)) return { kind: 'outside', real };
    }
    return { kind: 'found', target };
}
