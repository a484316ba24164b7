/**
 * Section 5: what the server keeps (the heap after a full collection), not what V8 has reserved.
 */
import { URI } from 'langium';
import { clearValueCache } from '../language/src/values/index.js';
import { figure } from './figures.js';
import { fullGc, QUICK, SIZES } from './options.js';
import { input, services, shared } from './in-process.js';

/**
 * The server process's RSS after edits and requests is mostly heap V8 keeps reserved for the
 * next parse, not data. This counts what stays reachable: in this process, on the same services
 * the server runs, the 10k document is opened, then edited (a digit typed, then deleted) and
 * hovered and completed at spread positions; the heap is measured after full collections.
 */
export async function benchRetention(): Promise<void> {
    const size = SIZES.find(s => s.label === '10k')!;
    const g = input(size);
    const uri = URI.parse('file:///bench/retention.grant');
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    let text = g.text;
    let version = 1;
    let current = TextDocument.create(uri.toString(), 'grant', version, text);
    const documents = shared.workspace.TextDocuments as unknown as { get(uri: string): unknown };
    const originalGet = documents.get.bind(documents);
    documents.get = (u: string) => (u === uri.toString() ? current : originalGet(u));
    const heap = (): number => {
        fullGc();
        fullGc();
        return process.memoryUsage().heapUsed / 2 ** 20;
    };
    try {
        // The value cache holds what the other parts read (and empties itself past 50 000 values): start it empty.
        clearValueCache();
        const before = heap();
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(current, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const opened = heap() - before;
        const at = text.indexOf('факт: ') + 'факт: '.length;
        const rounds = QUICK ? 2 : 30;
        const samples: number[] = [];
        for (let round = 1; round <= rounds; round++) {
            text = round % 2 ? text.slice(0, at) + '9' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
            current = TextDocument.create(uri.toString(), 'grant', ++version, text);
            await shared.workspace.DocumentBuilder.update([uri], []);
            const doc = shared.workspace.LangiumDocuments.getDocument(uri)!;
            for (let k = 1; k <= 5; k++) {
                const params = { textDocument: { uri: uri.toString() }, position: current.positionAt(Math.floor(k * text.length / 6)) };
                await services.Grant.lsp.HoverProvider?.getHoverContent(doc, params);
                await services.Grant.lsp.CompletionProvider?.getCompletion(doc, params);
            }
            if (round % 10 === 0 || round === rounds) samples.push(heap() - before);
        }
        const after = samples[samples.length - 1];
        figure('memory.heapOpened.mb@10k', 'memory', 'Heap kept after opening, 10k (after a full GC)', opened, 'MB', undefined,
            { note: 'in-process, the services the server runs' });
        figure('memory.heapAfterEdits.mb@10k', 'memory', `Heap kept after ${rounds} edits with hovers and completions, 10k`, after, 'MB', undefined,
            { note: `after every 10 rounds: ${samples.map(x => x.toFixed(1)).join(', ')} MB` });
        figure('memory.heapGrowth.ratio@10k', 'memory', 'Heap kept after the edits ÷ after opening, 10k', after / opened, '×', undefined,
            { note: 'the first edits fill the caches that serve hovers and completions' });
        // A leak grows with every edit: after the first ten rounds the heap should stand still.
        const steady = samples.length > 1 ? (after - samples[0]) / (rounds - 10) * 10 : 0;
        figure('memory.heapPer10Edits.mb@10k', 'memory', 'Heap growth per 10 further edits (after the first 10), 10k', steady, 'MB', { op: '<=', limit: 1 },
            { note: samples.length > 1 ? `${samples[0].toFixed(1)} → ${after.toFixed(1)} MB over ${rounds - 10} edits` : 'quick run: too few rounds' });
    } finally {
        documents.get = originalGet;
        await shared.workspace.DocumentBuilder.update([], [uri]);
    }
}
