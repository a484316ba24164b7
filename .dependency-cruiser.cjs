/**
 * The layers of Esep, checked by `npm run lint:layers` (part of `npm test`).
 * See ARCHITECTURE.md for the picture. Each rule names the fix in its comment.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
    forbidden: [
        {
            name: 'values-only-through-the-model',
            severity: 'error',
            comment: 'Only the read model (language/src/model.ts, language/src/model/) reads value expressions. '
                + 'Ask the model (import from language/src/model.ts) instead of language/src/values/.',
            from: { path: '^(language|server|client)/src/', pathNot: ['^language/src/model\\.ts$', '^language/src/model/', '^language/src/values/'] },
            to: { path: '^language/src/values/' }
        },
        {
            name: 'report-reads-the-model-not-the-ast',
            severity: 'error',
            comment: 'The report is built from the read model. Import AST types only as types (`import type`), '
                + 'and ask the model for what a node means.',
            from: { path: '^server/src/report/' },
            to: { path: '^language/src/generated/', dependencyTypesNot: ['type-only'] }
        },
        {
            name: 'client-only-the-protocol',
            severity: 'error',
            comment: 'The VS Code client is thin: it talks to the server through language/src/lsp/protocol.ts only.',
            from: { path: '^client/src/' },
            to: { path: '^(language|server)/', pathNot: '^language/src/lsp/protocol\\.ts$' }
        },
        {
            name: 'language-not-server-or-client',
            severity: 'error',
            comment: 'language/ is the base layer: it never imports server/ or client/.',
            from: { path: '^language/' },
            to: { path: '^(server|client)/' }
        }
    ],
    options: {
        doNotFollow: { path: 'node_modules' },
        exclude: { path: '(^|/)(node_modules|out)/' },
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'tsconfig.json' },
        enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] }
    }
};
