/**
 * Files in the workspace, through the VS Code file system (so it works in vscode.dev too): whether
 * one exists, safe names, a free name beside a taken one, atomic writes, whether a place is
 * inside a folder.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

export async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}

export function base64ToBytes(data: string): Uint8Array {
    const binary = atob(data);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}

/** A file name from a project name: no path separators or characters Windows refuses. */
export function safeFileName(name: string): string {
    const cleaned = name.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001F]/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
    return cleaned || 'esep';
}

export function dirname(uri: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(uri, '..');
}

/** `uri` is `root` or inside it (same scheme and authority; a drive letter in any case). */
export function isInside(uri: vscode.Uri, root: vscode.Uri): boolean {
    if (uri.scheme !== root.scheme || uri.authority !== root.authority) return false;
    const norm = (path: string) => {
        const trimmed = path.replace(/\/+$/, '');
        return /^\/[a-zA-Z]:/.test(trimmed) ? trimmed.toLowerCase() : trimmed;
    };
    const inner = norm(uri.path);
    const outer = norm(root.path);
    return inner === outer || inner.startsWith(outer + '/');
}

/** `name (2).docx`, `name (3).docx`, … the first that does not exist. */
export async function freeName(folder: vscode.Uri, base: string, ext: string): Promise<vscode.Uri> {
    for (let i = 2; ; i++) {
        const candidate = vscode.Uri.joinPath(folder, `${base} (${i})${ext}`);
        if (!(await exists(candidate))) return candidate;
    }
}

/**
 * A file of that name is already there: the user says whether to overwrite it, save the new one
 * under a free name, or stop. Every button is in the user's language (VS Code would add an
 * English «Cancel» of its own to a modal question without a close button).
 */
export async function askOverwrite(fileName: string, detail: string): Promise<'overwrite' | 'rename' | undefined> {
    const replace: vscode.MessageItem = { title: l10n.t('Overwrite') };
    const rename: vscode.MessageItem = { title: l10n.t('Save as new name') };
    const cancel: vscode.MessageItem = { title: l10n.t('Cancel'), isCloseAffordance: true };
    const choice = await vscode.window.showWarningMessage(l10n.t('«{0}» already exists.', fileName), { modal: true, detail }, replace, rename, cancel);
    if (choice === replace) return 'overwrite';
    if (choice === rename) return 'rename';
    return undefined;
}

/** Writes through a temporary file next to the target, then renames it into place. */
export async function writeAtomically(target: vscode.Uri, bytes: Uint8Array, overwrite: boolean): Promise<void> {
    const folder = dirname(target);
    await vscode.workspace.fs.createDirectory(folder);
    const temp = vscode.Uri.joinPath(folder, `.esep-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`);
    await vscode.workspace.fs.writeFile(temp, bytes);
    try {
        await vscode.workspace.fs.rename(temp, target, { overwrite });
    } catch (error) {
        await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
        throw error;
    }
}
