/**
 * Evidence paths (`дәлел:`) as links (language/src/lsp/document-links.ts):
 * resolved against the .grant file's folder through the workspace's file
 * system; only paths inside the project folder that exist become links —
 * the same paths V-PATH-01 and V-PATH-02 say nothing about.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { DefaultSharedModuleContext } from 'langium/lsp';
import { createGrantServices } from '../language/src/grant-module.js';
import { BASE } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'esep-links-'));
mkdirSync(join(dir, 'дәлелдер', '1-1'), { recursive: true });
writeFileSync(join(dir, 'дәлелдер', 'хаттама.pdf'), 'pdf');

/** The base report with one `дәлел:` line per path, in the first activities. */
function withEvidence(paths: string[]): string {
    let text = BASE;
    for (const p of paths) text = text.replace(/(\n( +)қосымша: \d+\n)(?!\s*дәлел)/u, (_m, line: string, indent: string) => `${line}${indent}дәлел: "${p}"\n`);
    return text;
}

async function links(paths: string[], fileSystem: DefaultSharedModuleContext = NodeFileSystem) {
    const { shared, Grant } = createGrantServices(fileSystem);
    const text = withEvidence(paths);
    const uri = URI.file(join(dir, 'project.grant'));
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const found = await Grant.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: uri.toString() } });
    const codes = (document.diagnostics ?? []).map(d => d.code).filter(c => String(c).startsWith('V-PATH'));
    return { found, text, codes, document };
}

describe('evidence links', () => {
    test('an existing folder and an existing file: links to them, over the text between the quotes', async () => {
        const { found, text, codes, document } = await links(['дәлелдер/1-1', 'дәлелдер\\хаттама.pdf']);
        expect(text.match(/дәлел:/g)).toHaveLength(2);
        expect(codes).toEqual([]);
        expect(found.map(l => l.target)).toEqual([
            URI.file(join(dir, 'дәлелдер', '1-1')).toString(),
            URI.file(join(dir, 'дәлелдер', 'хаттама.pdf')).toString()
        ]);
        expect(document.textDocument.getText(found[0].range)).toBe('дәлелдер/1-1');
        expect(found[0].tooltip).toBe('Дәлелді ашу');
    });

    test('missing (V-PATH-02) and outside the project folder (V-PATH-01): no link', async () => {
        const first = await links(['дәлелдер/2-1', '../басқа', '/etc']);
        expect(first.codes.sort()).toEqual(['V-PATH-01', 'V-PATH-01', 'V-PATH-02']);
        expect(first.found).toEqual([]);
        const second = await links(['C:\\Users', 'дәлелдер/../../1-1', '']);
        expect(second.codes).toEqual(['V-PATH-01', 'V-PATH-01', 'V-PATH-01']);
        expect(second.found).toEqual([]);
    });

    test('no file system (the browser worker): no links, no error', async () => {
        const { found } = await links(['дәлелдер/1-1'], EmptyFileSystem);
        expect(found).toEqual([]);
    });
});
