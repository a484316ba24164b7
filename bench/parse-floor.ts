/**
 * The floor under `esep check` on a big file (bench/big-inputs.ts): Langium's lexer and parser
 * alone, with the services and heap settings of the CLI, the tree kept until exit, nothing else
 * loaded. Bundled by bench/run.mjs; `node parse-floor.cjs <file.grant> [--composition]`.
 *
 * `--composition`: what the kept parse is made of — a heap snapshot taken after the parse,
 * its objects summed by kind (CST leaves, CST composites, arrays, AST objects, strings …),
 * each as MB, count, bytes apiece and × the file's size, printed as JSON lines; then the
 * number of tokens and the bytes of the file per token. (The token vector is gone by then:
 * parser.ts lets it go after the parse.)
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { EmptyFileSystem } from 'langium';
import { createGrantServices } from '../language/src/grant-module.js';
import { leanHeapFor } from '../server/src/cli/lean-heap.js';

const file = process.argv[2];
leanHeapFor([file]);
const services = createGrantServices(EmptyFileSystem);
const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
const parsed = services.Grant.parser.LangiumParser.parse(text);
process.on('exit', () => { if (!parsed.value) process.exitCode = 1; });
if (process.argv.includes('--composition')) composition();

interface Snapshot {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
}

function composition(): void {
    const bytes = statSync(file).size;
    const path = writeHeapSnapshot(join(tmpdir(), `esep-parse-${process.pid}.heapsnapshot`));
    const kinds = new Map<string, { count: number; size: number }>();
    try {
        const snap = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
        const fields = snap.snapshot.meta.node_fields;
        const types = snap.snapshot.meta.node_types[0];
        const width = fields.length, type = fields.indexOf('type'), name = fields.indexOf('name'), self = fields.indexOf('self_size');
        for (let i = 0; i < snap.nodes.length; i += width) {
            const t = types[snap.nodes[i + type]];
            const key = t === 'object' || t === 'closure' ? `${t}:${snap.strings[snap.nodes[i + name]]}` : t;
            const entry = kinds.get(key) ?? { count: 0, size: 0 };
            entry.count++;
            entry.size += snap.nodes[i + self];
            kinds.set(key, entry);
        }
    } finally {
        rmSync(path, { force: true });
    }
    const line = (kind: string, count: number, size: number) => console.log(JSON.stringify({
        kind, mb: +(size / 2 ** 20).toFixed(2), count, each: Math.round(size / Math.max(1, count)), timesFile: +(size / bytes).toFixed(2)
    }));
    for (const [kind, { count, size }] of [...kinds].sort((a, b) => b[1].size - a[1].size).slice(0, 14)) line(kind, count, size);
    const tokens = services.Grant.parser.Lexer.tokenize(text).tokens.length;
    console.log(JSON.stringify({ tokens, fileBytesPerToken: +(bytes / tokens).toFixed(1) }));
}
