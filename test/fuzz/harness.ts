/**
 * Runs one document through everything the server and the CLI do with it:
 * parse, evaluation, validation, hover and completion at a few positions,
 * formatting, the code actions of every diagnostic, symbols, CodeLens, inlay
 * hints, semantic tokens, folding, document links, the status request and
 * the report (final, plan, interim × kk, ru) rendered in memory.
 *
 * The providers are called unguarded (safe-providers.ts would turn their
 * exceptions into empty answers and hide them from the fuzzer). Each stage is
 * timed; an exception, an internal-error diagnostic, an answer with an
 * impossible range, a formatting edit that touches more than whitespace, or a
 * .docx with an XML part a strict XML parser refuses (docx-xml.ts) is a failure.
 */
import { AstUtils, GrammarAST, URI, type LangiumDocument } from 'langium';
import type { FileSystemNode, FileSystemProvider } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Position, Range, TextEdit } from 'vscode-languageserver';
import { createGrantServices, type GrantServices } from '../../language/src/grant-module.js';
import { statusOf } from '../../language/src/lsp/requests.js';
import { unguarded } from '../../language/src/lsp/safe-providers.js';
import { messages } from '../../language/src/messages.js';
import { setLanguage } from '../../language/src/i18n.js';
import { renderReport } from '../../server/src/report/render.js';
import type { ReportKind, ReportLang } from '../../server/src/report/document.js';
import { int, type Rng } from './rng.js';
import { docxXmlProblems } from './docx-xml.js';
import type { MutationContext, Token } from './mutate.js';

export const STAGES = [
    'parse', 'evaluate', 'validate', 'hover', 'completion', 'format', 'codeActions', 'symbols', 'codeLens',
    'inlayHints', 'semanticTokens', 'folding', 'links', 'status', 'report'
] as const;
export type Stage = typeof STAGES[number];

export type FailureKind = 'crash' | 'internal' | 'invalid' | 'format';

export interface Failure {
    stage: Stage;
    kind: FailureKind;
    message: string;
    /** First lines of the stack, for grouping. */
    where?: string;
}

export interface CaseResult {
    ms: number;
    stages: Partial<Record<Stage, number>>;
    failures: Failure[];
    diagnostics: number;
    reports: number;
}

/**
 * A file system where a path «exists» by a hash of its name, so evidence
 * paths sometimes resolve (links, no V-PATH-02) and sometimes do not.
 */
class FuzzFileSystem implements FileSystemProvider {
    private exists_(uri: URI): boolean {
        let h = 0;
        for (const c of uri.path) h = (h * 31 + c.charCodeAt(0)) | 0;
        return (h & 1) === 0;
    }
    private node(uri: URI): FileSystemNode {
        if (!this.exists_(uri)) throw new Error(`ENOENT ${uri.toString()}`);
        return { isFile: false, isDirectory: true, uri };
    }
    async stat(uri: URI) { return this.node(uri); }
    statSync(uri: URI) { return this.node(uri); }
    async exists(uri: URI) { return this.exists_(uri); }
    existsSync(uri: URI) { return this.exists_(uri); }
    async readBinary(): Promise<Uint8Array> { throw new Error('no files'); }
    readBinarySync(): Uint8Array { throw new Error('no files'); }
    async readFile(): Promise<string> { throw new Error('no files'); }
    readFileSync(): string { throw new Error('no files'); }
    async readDirectory() { return []; }
    readDirectorySync() { return []; }
}

const INTERNAL = Object.values(messages['internal.validation']).map(m => m.slice(0, m.indexOf('{')));

const KINDS: ReportKind[] = ['final', 'plan', 'interim'];
const LANGS: ReportLang[] = ['kk', 'ru'];

export interface HarnessOptions {
    /** Random offsets and token edges each, for hover and completion (besides the start and the end): 2 + 2 + 2 by default. */
    positions?: number;
    /** Render the .docx for every kind × language (default), or only the report model for all but one. */
    fullReports?: boolean;
}

export class Harness {
    readonly shared: LangiumSharedServices;
    readonly grant: GrantServices;
    readonly context: MutationContext;
    private readonly uri = URI.parse('file:///fuzz/project/case.grant');

    constructor() {
        const { shared, Grant } = createGrantServices({ fileSystemProvider: () => new FuzzFileSystem() });
        this.shared = shared;
        this.grant = Grant;
        setLanguage('kk');
        const lexer = Grant.parser.Lexer;
        const keywords = [...new Set(AstUtils.streamAllContents(Grant.Grammar).filter(GrammarAST.isKeyword).map(k => k.value))]
            .filter(k => /\p{L}/u.test(k));
        this.context = {
            keywords,
            tokenize: (text: string): Token[] => lexer.tokenize(text).tokens.map(t => ({
                start: t.startOffset, end: t.startOffset + t.image.length, type: t.tokenType.name
            }))
        };
    }

    async run(text: string, rng: Rng, options: HarnessOptions = {}): Promise<CaseResult> {
        const failures: Failure[] = [];
        const stages: Partial<Record<Stage, number>> = {};
        const started = performance.now();
        let diagnostics = 0;
        let reports = 0;
        let checking = 0;
        const documents = this.shared.workspace.LangiumDocuments;
        if (documents.hasDocument(this.uri)) await this.shared.workspace.DocumentBuilder.update([], [this.uri]);

        const fail = (stage: Stage, kind: FailureKind, error: unknown) => {
            const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
            const where = error instanceof Error ? error.stack?.split('\n').slice(1, 4).map(l => l.trim()).join(' | ') : undefined;
            failures.push({ stage, kind, message: message.slice(0, 300), where });
        };
        const stage = async <T>(name: Stage, body: () => T | Promise<T>): Promise<T | undefined> => {
            const t0 = performance.now();
            try {
                return await body();
            } catch (error) {
                fail(name, 'crash', error);
                return undefined;
            } finally {
                stages[name] = (stages[name] ?? 0) + performance.now() - t0;
            }
        };

        const document = await stage('parse', () => {
            const doc = this.shared.workspace.LangiumDocumentFactory.fromString(text, this.uri);
            documents.addDocument(doc);
            return doc;
        });
        if (!document) return { ms: performance.now() - started, stages, failures, diagnostics, reports };
        try {
            const lsp = this.grant.lsp;
            const textDocument = { uri: this.uri.toString() };
            const lineCount = document.textDocument.lineCount;
            const check = (name: Stage, answer: unknown) => {
                const problem = invalidRanges(answer, document, lineCount);
                if (problem) fail(name, 'invalid', problem);
            };

            await stage('evaluate', () => this.grant.model.Evaluator.get(document));
            await stage('validate', () => this.shared.workspace.DocumentBuilder.build([document], { validation: true }));
            const diags = document.diagnostics ?? [];
            diagnostics = diags.length;
            for (const d of diags) {
                if (INTERNAL.some(prefix => String(d.message).startsWith(prefix))) fail('validate', 'internal', String(d.message));
            }
            check('validate', diags.map(d => d.range));

            const positions = this.positions(document, rng, options.positions ?? 2);
            await stage('hover', async () => {
                for (const position of positions) check('hover', await unguarded(lsp.HoverProvider!).getHoverContent(document, { textDocument, position }));
            });
            await stage('completion', async () => {
                for (const position of positions) check('completion', await unguarded(lsp.CompletionProvider!).getCompletion(document, { textDocument, position }));
            });
            await stage('format', async () => {
                const formatter = unguarded(lsp.Formatter!);
                const options = { tabSize: 4, insertSpaces: true };
                const edits = await formatter.formatDocument(document, { textDocument, options });
                check('format', edits);
                const problem = formattingProblem(document, edits);
                if (problem) fail('format', 'format', problem);
                const range = { start: positions[1], end: positions[positions.length - 1] };
                if (before(range.end, range.start)) [range.start, range.end] = [range.end, range.start];
                check('format', await formatter.formatDocumentRange(document, { textDocument, options, range }));
            });
            await stage('codeActions', async () => {
                const provider = unguarded(lsp.CodeActionProvider!);
                for (const diagnostic of diags) {
                    const actions = await provider.getCodeActions(document, { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
                    check('codeActions', actions);
                }
            });
            await stage('symbols', async () => check('symbols', await unguarded(lsp.DocumentSymbolProvider!).getSymbols(document, { textDocument })));
            await stage('codeLens', async () => check('codeLens', await unguarded(lsp.CodeLensProvider!).provideCodeLens(document, { textDocument })));
            const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
            await stage('inlayHints', async () => check('inlayHints', await unguarded(lsp.InlayHintProvider!).getInlayHints(document, { textDocument, range: whole })));
            await stage('semanticTokens', async () => {
                const tokens = await unguarded(lsp.SemanticTokenProvider!).semanticHighlight(document, { textDocument });
                if (tokens.data.length % 5 !== 0 || tokens.data.some(n => !Number.isInteger(n) || n < 0)) fail('semanticTokens', 'invalid', 'malformed token data');
            });
            await stage('folding', async () => {
                const ranges = await unguarded(lsp.FoldingRangeProvider!).getFoldingRanges(document, { textDocument });
                if (ranges.some(r => r.startLine < 0 || r.endLine >= lineCount || r.endLine < r.startLine)) fail('folding', 'invalid', 'folding range outside the document');
            });
            await stage('links', async () => {
                const provider = lsp.DocumentLinkProvider;
                if (provider) check('links', await unguarded(provider).getDocumentLinks(document, { textDocument }));
            });
            await stage('status', () => statusOf(this.shared, this.grant, { uri: this.uri.toString() }));
            await stage('report', async () => {
                const docx = int(rng, KINDS.length * LANGS.length);
                let k = 0;
                for (const kind of KINDS) {
                    for (const lang of LANGS) {
                        // The .docx itself for one combination (all with fullReports); the model for the others.
                        const full = options.fullReports || k++ === docx;
                        const result = await renderReport(document, this.grant, { kind, lang }, full ? undefined : async () => new Uint8Array(0));
                        if (result.ok) reports++;
                        // Every XML part of every .docx written, through a strict XML parser (docx-xml.ts).
                        // The check is the fuzzer's own work: its time is not the product's.
                        if (result.ok && full) {
                            const t0 = performance.now();
                            for (const problem of docxXmlProblems(result.bytes)) fail('report', 'invalid', `${kind}/${lang} .docx: ${problem}`);
                            checking += performance.now() - t0;
                        }
                    }
                }
            });
        } finally {
            setLanguage('kk');
            await this.shared.workspace.DocumentBuilder.update([], [this.uri]);
        }
        if (stages.report !== undefined) stages.report -= checking;
        return { ms: performance.now() - started - checking, stages, failures, diagnostics, reports };
    }

    /** The start, the end, a few random offsets and a few token edges. */
    private positions(document: LangiumDocument, rng: Rng, count: number): Position[] {
        const text = document.textDocument.getText();
        const offsets = [0, text.length];
        for (let i = 0; i < count; i++) offsets.push(int(rng, text.length + 1));
        const tokens = document.parseResult.value.$cstNode ? this.context.tokenize(text.length > 200_000 ? text.slice(0, 200_000) : text) : [];
        for (let i = 0; i < count && tokens.length; i++) {
            const t = tokens[int(rng, tokens.length)];
            offsets.push(rng() < 0.5 ? t.start : t.end);
        }
        return offsets.map(o => document.textDocument.positionAt(o));
    }
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function isPosition(p: unknown): p is Position {
    return !!p && typeof p === 'object' && 'line' in p && 'character' in p;
}

/** Ranges and positions anywhere in an answer that cannot be in the document. */
export function invalidRanges(answer: unknown, document: LangiumDocument, lineCount: number): string | undefined {
    const text = document.textDocument;
    const badPosition = (p: Position): string | undefined => {
        if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `bad position ${JSON.stringify(p)}`;
        if (p.line >= lineCount) return `line ${p.line} of ${lineCount}`;
        const lineLength = text.offsetAt({ line: p.line + 1, character: 0 }) - text.offsetAt({ line: p.line, character: 0 });
        if (p.line < lineCount - 1 ? p.character > lineLength : p.character > lineLength) return `character ${p.character} of a line of ${lineLength}`;
        return undefined;
    };
    const seen = new Set<unknown>();
    let visited = 0;
    const walk = (value: unknown): string | undefined => {
        if (!value || typeof value !== 'object' || seen.has(value) || ++visited > 200_000) return undefined;
        seen.add(value);
        if (isPosition(value)) return badPosition(value);
        const range = value as Partial<Range>;
        if (isPosition(range.start) && isPosition(range.end)) {
            const problem = badPosition(range.start) ?? badPosition(range.end);
            if (problem) return problem;
            if (before(range.end, range.start)) return `range ends before it starts ${JSON.stringify(range)}`;
            return undefined;
        }
        for (const [key, child] of Object.entries(value)) {
            if (key.startsWith('$')) continue; // AST and CST back-references
            const problem = walk(child);
            if (problem) return problem;
        }
        return undefined;
    };
    return walk(answer);
}

/** Formatting must only change whitespace, and its edits must not overlap. */
export function formattingProblem(document: LangiumDocument, edits: TextEdit[]): string | undefined {
    const text = document.textDocument.getText();
    const spans = edits.map(e => ({ start: document.textDocument.offsetAt(e.range.start), end: document.textDocument.offsetAt(e.range.end), newText: e.newText }))
        .sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) return 'overlapping formatting edits';
    let out = '';
    let at = 0;
    for (const s of spans) {
        out += text.slice(at, s.start) + s.newText;
        at = s.end;
    }
    out += text.slice(at);
    const ink = (s: string) => s.replace(/[\s\u200B]+/g, '');
    if (ink(out) !== ink(text)) {
        const a = ink(text);
        const b = ink(out);
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        return `formatting changed more than whitespace near «${a.slice(Math.max(0, i - 20), i + 20)}» → «${b.slice(Math.max(0, i - 20), i + 20)}»`;
    }
    return undefined;
}
