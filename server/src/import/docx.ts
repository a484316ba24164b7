/**
 * A .docx as the neutral document (document.ts): body paragraphs and tables
 * in order, cells with their grid spans and vertical merges, Word's
 * auto-numbering labels rebuilt from numbering.xml, tracked insertions taken
 * and deletions dropped, footnote reference marks and field codes left out.
 *
 * fast-xml-parser (MIT, browser and Node) parses each part once in its
 * order-preserving mode; the walk below is ours.
 */
import { XMLParser } from 'fast-xml-parser';
import { ImportError, type Block, type Cell, type NeutralDocument, type Para, type Row, type Table } from './document.js';
import { readDocxParts } from './zip.js';

type XNode = Record<string, unknown>;

const parser = new XMLParser({
    preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false,
    parseTagValue: false, parseAttributeValue: false, processEntities: true, htmlEntities: true,
    ignoreDeclaration: true, ignorePiTags: true
});

function parse(xml: string, part: string): XNode[] {
    try {
        return parser.parse(xml) as XNode[];
    } catch (e) {
        throw new ImportError('corrupt', `${part}: ${e instanceof Error ? e.message : String(e)}`);
    }
}

/** The element name of an order-preserving node (the one key that is not «:@» / «#text»). */
function tag(node: XNode): string {
    for (const k in node) if (k !== ':@') return k;
    return '';
}

function kids(node: XNode): XNode[] {
    const v = node[tag(node)];
    return Array.isArray(v) ? (v as XNode[]) : [];
}

function attr(node: XNode, name: string): string | undefined {
    const a = node[':@'] as Record<string, string> | undefined;
    return a?.[name];
}

function child(node: XNode, name: string): XNode | undefined {
    return kids(node).find(k => tag(k) === name);
}

function find(nodes: XNode[], name: string): XNode | undefined {
    for (const n of nodes) {
        if (tag(n) === name) return n;
        const inner = find(kids(n), name);
        if (inner) return inner;
    }
    return undefined;
}

// ---------------------------------------------------------------------------
// Numbering: the digits Word shows but does not keep in the text

interface Level { start: number; fmt: string; text: string }

class Numbering {
    private readonly abstract = new Map<string, Map<number, Level>>();
    private readonly nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
    private readonly counters = new Map<string, number[]>();
    readonly styleNum = new Map<string, { numId: string; ilvl: number }>();

    constructor(numberingXml: string | undefined, stylesXml: string | undefined) {
        if (numberingXml) {
            const root = find(parse(numberingXml, 'numbering.xml'), 'w:numbering');
            for (const n of root ? kids(root) : []) {
                if (tag(n) === 'w:abstractNum') {
                    const levels = new Map<number, Level>();
                    for (const lvl of kids(n).filter(k => tag(k) === 'w:lvl')) {
                        const get = (name: string) => { const c = child(lvl, name); return c ? attr(c, 'w:val') : undefined; };
                        levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), {
                            start: Number(get('w:start') ?? 1), fmt: get('w:numFmt') ?? 'decimal', text: get('w:lvlText') ?? ''
                        });
                    }
                    this.abstract.set(attr(n, 'w:abstractNumId') ?? '', levels);
                } else if (tag(n) === 'w:num') {
                    const abs = child(n, 'w:abstractNumId');
                    const starts = new Map<number, number>();
                    for (const o of kids(n).filter(k => tag(k) === 'w:lvlOverride')) {
                        const so = child(o, 'w:startOverride');
                        if (so) starts.set(Number(attr(o, 'w:ilvl') ?? 0), Number(attr(so, 'w:val') ?? 1));
                    }
                    this.nums.set(attr(n, 'w:numId') ?? '', { abstractId: (abs && attr(abs, 'w:val')) ?? '', starts });
                }
            }
        }
        if (stylesXml) {
            const root = find(parse(stylesXml, 'styles.xml'), 'w:styles');
            for (const s of root ? kids(root) : []) {
                if (tag(s) !== 'w:style') continue;
                const numPr = find(kids(s), 'w:numPr');
                const numId = numPr && child(numPr, 'w:numId');
                if (numId) {
                    const ilvl = child(numPr!, 'w:ilvl');
                    this.styleNum.set(attr(s, 'w:styleId') ?? '', { numId: attr(numId, 'w:val') ?? '', ilvl: Number((ilvl && attr(ilvl, 'w:val')) ?? 0) });
                }
            }
        }
    }

    /** The label of the next paragraph of list `numId` at level `ilvl`, counting on. */
    next(numId: string, ilvl: number): string | undefined {
        const num = this.nums.get(numId);
        const levels = num && this.abstract.get(num.abstractId);
        const level = levels?.get(ilvl);
        if (!num || !levels || !level || numId === '0') return undefined;
        const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
        let counts = this.counters.get(numId);
        if (!counts) this.counters.set(numId, counts = []);
        counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
        counts.length = ilvl + 1;
        if (level.fmt === 'bullet' || level.fmt === 'none') return undefined;
        return level.text.replace(/%(\d)/g, (_, d: string) => {
            const l = Number(d) - 1;
            const value = counts![l] ?? startOf(l);
            return format(value, levels.get(l)?.fmt ?? 'decimal');
        });
    }
}

function format(n: number, fmt: string): string {
    if (fmt === 'lowerLetter' || fmt === 'upperLetter') {
        const s = String.fromCharCode(96 + (((n - 1) % 26) + 1));
        return fmt === 'upperLetter' ? s.toUpperCase() : s;
    }
    if (fmt === 'lowerRoman' || fmt === 'upperRoman') {
        const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
        let out = '';
        for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
        return fmt === 'upperRoman' ? out.toUpperCase() : out;
    }
    return String(n);
}

// ---------------------------------------------------------------------------
// The body

class Reader {
    tables = 0;
    tracked = 0;

    constructor(private readonly numbering: Numbering) {}

    blocks(nodes: XNode[], out: Block[]): void {
        for (const n of nodes) {
            const name = tag(n);
            if (name === 'w:p') out.push({ kind: 'p', para: this.paragraph(n) });
            else if (name === 'w:tbl') out.push({ kind: 'table', table: this.table(n) });
            else if (name === 'w:sdt') this.blocks(kids(child(n, 'w:sdtContent') ?? {}), out);
            else if (name === 'w:ins' || name === 'w:moveTo' || name === 'w:customXml') { if (name !== 'w:customXml') this.tracked++; this.blocks(kids(n), out); }
            else if (name === 'w:del' || name === 'w:moveFrom') this.tracked++;
        }
    }

    paragraph(p: XNode): Para {
        const pPr = child(p, 'w:pPr');
        let text = '';
        const runs = (nodes: XNode[]): void => {
            for (const n of nodes) {
                switch (tag(n)) {
                    case 'w:r': run(kids(n)); break;
                    case 'w:ins': case 'w:moveTo': this.tracked++; runs(kids(n)); break;
                    case 'w:del': case 'w:moveFrom': this.tracked++; break;
                    case 'w:hyperlink': case 'w:smartTag': case 'w:customXml': case 'w:fldSimple': case 'w:dir': case 'w:bdo':
                        runs(kids(n)); break;
                    case 'w:sdt': runs(kids(child(n, 'w:sdtContent') ?? {})); break;
                    default: break;
                }
            }
        };
        const run = (nodes: XNode[]): void => {
            for (const n of nodes) {
                switch (tag(n)) {
                    case 'w:t': for (const k of kids(n)) if (typeof k['#text'] === 'string') text += k['#text']; break;
                    case 'w:tab': case 'w:ptab': text += ' '; break;
                    case 'w:br': if (attr(n, 'w:type') !== 'page' && attr(n, 'w:type') !== 'column') text += '\n'; break;
                    case 'w:cr': text += '\n'; break;
                    case 'w:noBreakHyphen': text += '-'; break;
                    // w:delText, w:instrText (field codes), footnote/endnote references, drawings: not content.
                    default: break;
                }
            }
        };
        runs(kids(p));
        const para: Para = { text: text.replace(/[ \t\u00A0]+\n/g, '\n').replace(/\n[ \t\u00A0]+/g, '\n') };
        const numPr = pPr && child(pPr, 'w:numPr');
        let numId: string | undefined;
        let ilvl = 0;
        if (numPr) {
            const id = child(numPr, 'w:numId');
            const lvl = child(numPr, 'w:ilvl');
            numId = id && attr(id, 'w:val');
            ilvl = Number((lvl && attr(lvl, 'w:val')) ?? 0);
        } else {
            const style = pPr && child(pPr, 'w:pStyle');
            const s = style && this.numbering.styleNum.get(attr(style, 'w:val') ?? '');
            if (s) { numId = s.numId; ilvl = s.ilvl; }
        }
        if (numId !== undefined && text.trim()) {
            const label = this.numbering.next(numId, ilvl);
            if (label) para.num = label;
        }
        return para;
    }

    table(tbl: XNode): Table {
        const index = ++this.tables;
        const rows: Row[] = [];
        // Vertical merges: the first cell of a merge, by grid column.
        const open = new Map<number, Cell>();
        for (const tr of kids(tbl)) {
            if (tag(tr) !== 'w:tr') continue;
            const trPr = child(tr, 'w:trPr');
            if (trPr && child(trPr, 'w:del')) { this.tracked++; continue; }
            const before = trPr && child(trPr, 'w:gridBefore');
            let col = Number((before && attr(before, 'w:val')) ?? 0);
            const cells: Cell[] = [];
            const cellNodes: XNode[] = [];
            const collect = (nodes: XNode[]) => {
                for (const n of nodes) {
                    if (tag(n) === 'w:tc') cellNodes.push(n);
                    else if (tag(n) === 'w:sdt') collect(kids(child(n, 'w:sdtContent') ?? {}));
                    else if (tag(n) === 'w:customXml') collect(kids(n));
                }
            };
            collect(kids(tr));
            for (const tc of cellNodes) {
                const tcPr = child(tc, 'w:tcPr');
                const spanNode = tcPr && child(tcPr, 'w:gridSpan');
                const span = Math.max(1, Number((spanNode && attr(spanNode, 'w:val')) ?? 1) || 1);
                const vMerge = tcPr && child(tcPr, 'w:vMerge');
                const content: Block[] = [];
                this.blocks(kids(tc), content);
                // A table inside a cell: its text joins the cell's paragraphs, row by row.
                const paras: Para[] = [];
                const flat = (bs: Block[]) => {
                    for (const b of bs) {
                        if (b.kind === 'p') paras.push(b.para);
                        else for (const r of b.table.rows) paras.push({ text: r.cells.map(c => c.paras.map(p => p.text).join(' ')).join(' ') });
                    }
                };
                flat(content);
                let cell: Cell = { paras, col, span };
                if (vMerge && attr(vMerge, 'w:val') !== 'restart') {
                    const first = open.get(col);
                    if (first) cell = { paras: first.paras, col, span, merged: true };
                } else if (vMerge) {
                    open.set(col, cell);
                } else {
                    open.delete(col);
                }
                cells.push(cell);
                col += span;
            }
            rows.push({ cells });
        }
        return { index, rows };
    }
}

/** Reads a .docx's bytes into the neutral document. Throws ImportError when it cannot. */
export function readDocx(bytes: Uint8Array): NeutralDocument {
    const parts = readDocxParts(bytes);
    const root = parse(parts.document, 'document.xml');
    const body = find(root, 'w:body');
    if (!body) throw new ImportError('corrupt', 'document.xml has no body');
    const reader = new Reader(new Numbering(parts.numbering, parts.styles));
    const blocks: Block[] = [];
    reader.blocks(kids(body), blocks);
    return { format: 'docx', blocks, trackedChanges: reader.tracked };
}
