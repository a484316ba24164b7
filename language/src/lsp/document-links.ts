/**
 * Document links: the path of each `дәлел:` (evidence) becomes a link to the
 * file or folder it names, resolved against the folder of the .grant file.
 * Only paths the validator accepts get one: inside the project folder, also
 * after following symlinks (V-PATH-01), and existing (V-PATH-02), asked of
 * the workspace's FileSystemProvider through evidence.ts, so the same code
 * works on disk and with no disk at all.
 */
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import type { GrantServices } from '../grant-module.js';
import { isOutsidePath, judgeEvidence } from '../evidence.js';
import { t } from '../i18n.js';

type WithEvidence = AstNode & { evidence?: string };

function hasEvidence(node: AstNode): node is WithEvidence {
    return typeof (node as WithEvidence).evidence === 'string';
}

export class GrantDocumentLinkProvider implements DocumentLinkProvider {
    private readonly services: GrantServices;

    constructor(services: GrantServices) {
        this.services = services;
    }

    async getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): Promise<DocumentLink[]> {
        const fileSystem = this.services.shared.workspace.FileSystemProvider;
        const candidates: { node: WithEvidence; path: string }[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (!hasEvidence(node)) continue;
            const path = node.evidence!.trim();
            if (path && !isOutsidePath(path)) candidates.push({ node, path });
        }
        const links = await Promise.all(candidates.map(async ({ node, path }): Promise<DocumentLink | undefined> => {
            const cst = GrammarUtils.findNodeForProperty(node.$cstNode, 'evidence');
            if (!cst || cst.length < 2) return undefined;
            const verdict = await judgeEvidence(fileSystem, document.uri, path);
            if (verdict.kind !== 'found') return undefined;
            const href = verdict.target.toString();
            // The text between the quotes.
            const range = {
                start: document.textDocument.positionAt(cst.offset + 1),
                end: document.textDocument.positionAt(cst.end - 1)
            };
            return { range, target: href, tooltip: t('lsp.link.evidence') };
        }));
        return links.filter((l): l is DocumentLink => l !== undefined);
    }
}
