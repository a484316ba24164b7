/**
 * Document links: the path of each `дәлел:` (evidence) becomes a link to the
 * file or folder it names, resolved against the folder of the .grant file.
 * Only paths the validator accepts get one: inside the project folder
 * (V-PATH-01) and existing (V-PATH-02), asked of the workspace's
 * FileSystemProvider, so the same code works on disk and with no disk at all.
 */
import { AstUtils, GrammarUtils, UriUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import type { GrantServices } from '../grant-module.js';
import { isOutsidePath } from '../validation/validator.js';
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
        const folder = UriUtils.dirname(document.uri);
        const candidates: { node: WithEvidence; path: string }[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (!hasEvidence(node)) continue;
            const path = node.evidence!.trim();
            if (path && !isOutsidePath(path)) candidates.push({ node, path });
        }
        const links = await Promise.all(candidates.map(async ({ node, path }): Promise<DocumentLink | undefined> => {
            const cst = GrammarUtils.findNodeForProperty(node.$cstNode, 'evidence');
            if (!cst || cst.length < 2) return undefined;
            const target = UriUtils.joinPath(folder, ...path.split(/[\\/]+/u).filter(Boolean));
            let href: string;
            try {
                // A path with a lone surrogate has no URI (encodeURIComponent throws): no link.
                href = target.toString();
                if (!await fileSystem.exists(target)) return undefined;
            } catch {
                return undefined;
            }
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
