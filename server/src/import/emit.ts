/**
 * An ImportedPlan as .grant text: the draft a person reviews. Every task
 * and activity says where it came from (`// 1 міндет, кесте 3, жол 2`);
 * every doubt is a `// ⚠ V-IMPORT-…` line that the language server turns
 * into a diagnostic (language/src/validation/import-notes.ts); text that
 * could not be placed is kept in a comment block at the end.
 *
 * Values are written as they stand in the source. One the grammar cannot
 * hold as a value is quoted (and noted); a period it cannot hold is kept as
 * a comment (and noted). The lexer decides, so the draft always parses.
 */
import type { LexerResult, TokenizeOptions } from 'langium';
import { parseDatePoint } from '../../../language/src/dates.js';
import { clean } from './labels.js';
import type { ImpActivity, ImpIndicator, ImportedPlan, Note, Source } from './plan.js';
import { emitActivityDetails, emitNarrative, emitPublications, emitReportParts } from './emit-report.js';

export interface DraftLexer {
    tokenize(text: string, options?: TokenizeOptions): LexerResult;
}

/** The tokens of a fragment as the grammar's lexer sees them (the whole-file recovery of bare text is for files). */
const FRAGMENT: TokenizeOptions = { mode: 'partial' };

const VALUE_ATOMS = new Set(['NUMBER', 'DATE', 'WORD', 'STRING', '%', '/', ',', '-', '–', '—', '+', '№', '.']);
const KEYWORD_NOUNS = new Set(('қызметкер маман мүше серіктес міндет іс-шара бағыт нәтиже орны қатысушылар сарапшылар қосымша ' +
    'дәлел мақсат әсер статистика барлығы ерлер әйелдер жасы санаты шарт хат мәтін сома команда жоба аумақ тақырып лауазымы ' +
    'байланыс жүктеме рөлі арна презентация қорытынды ұсыныс бастапқы кейінгі өсім ұзақтығы').split(' '));

/** Where a thing came from, in the words of the draft's comments. */
export function sourceText(src: Source): string {
    const parts: string[] = [];
    if (src.page !== undefined) parts.push(`бет ${src.page}`);
    if (src.table !== undefined) parts.push(`кесте ${src.table}`);
    if (src.row !== undefined) parts.push(`жол ${src.row}`);
    if (src.paragraph !== undefined && src.table === undefined) parts.push(`абзац ${src.paragraph}`);
    return parts.length ? parts.join(', ') : 'құжат';
}

/** A STRING: double quotes inside become guillemets (the grammar's strings have no escapes). */
export function quote(text: string): string {
    let open = true;
    const inner = clean(text).replace(/"/g, () => ((open = !open) ? '»' : '«'));
    return `"${inner}"`;
}

export class Emitter {
    private readonly out: string[] = [];

    constructor(private readonly lexer: DraftLexer) {}

    /** `text` as a Value the grammar reads token by token, or undefined when it cannot. */
    valueSafe(text: string): boolean {
        if (!text.trim()) return false;
        const result = this.lexer.tokenize(text, FRAGMENT);
        if (result.errors.length) return false;
        let depth = 0;
        for (const token of result.tokens) {
            const name = token.tokenType.name;
            if (name === '(') depth++;
            else if (name === ')') { if (--depth < 0) return false; }
            else if (!VALUE_ATOMS.has(name) && !(depth > 0 && KEYWORD_NOUNS.has(name))) return false;
        }
        return depth === 0;
    }

    /** The parts of a date point, or undefined when the grammar cannot hold them. */
    private datePoint(text: string): string[] | undefined {
        const t = clean(text).replace(/[.,;]+$/u, '');
        if (!t) return undefined;
        const result = this.lexer.tokenize(t, FRAGMENT);
        if (result.errors.length || !result.tokens.length) return undefined;
        if (!result.tokens.every(tok => ['DATE', 'NUMBER', 'WORD'].includes(tok.tokenType.name))) return undefined;
        return result.tokens.map(tok => tok.image);
    }

    /**
     * A period as the grammar writes it («1 мамыр 2025 жыл - 31 қазан 2025 жыл»), and whether
     * dates.ts can read it with a year; undefined when it cannot be written as a period at all.
     */
    period(text: string): { text: string; readable: boolean } | undefined {
        const t = clean(text);
        const single = this.datePoint(t);
        const dashes = [...t.matchAll(/[-–—]/gu)].map(m => m.index!);
        for (const i of dashes) {
            const a = this.datePoint(t.slice(0, i));
            const b = this.datePoint(t.slice(i + 1));
            if (!a || !b) continue;
            const pa = parseDatePoint(a);
            const pb = parseDatePoint(b);
            const readable = !!pa.spec && !!pb.spec && (pa.spec.year !== undefined || pb.spec.year !== undefined);
            return { text: `${a.join(' ')} ${t[i]} ${b.join(' ')}`, readable };
        }
        if (single) {
            const p = parseDatePoint(single);
            return { text: single.join(' '), readable: !!p.spec && p.spec.year !== undefined };
        }
        return undefined;
    }

    line(indent: number, text: string): void {
        this.out.push('    '.repeat(indent) + text);
    }

    note(indent: number, note: Note): void {
        const args = note.args.length ? ': ' + note.args.map(a => clean(a)).join(' | ') : '';
        this.line(indent, `// ⚠ ${note.code} [${sourceText(note.src)}]${args}`);
    }

    /** `keyword: value`, quoted (and noted) when the grammar cannot hold it as written. */
    value(indent: number, keyword: string, value: string, src: Source, prefix = ''): void {
        const v = clean(value);
        if (this.valueSafe(v)) {
            this.line(indent, `${prefix}${keyword}: ${v}`);
        } else {
            this.note(indent, { code: 'V-IMPORT-03', src, args: [v] });
            this.line(indent, `${prefix}${keyword}: ${quote(v)}`);
        }
    }

    periodLine(indent: number, keyword: string, value: string, src: Source): void {
        const p = this.period(value);
        if (!p) {
            this.note(indent, { code: 'V-IMPORT-04', src, args: [clean(value)] });
            this.line(indent, `// ${keyword}: ${clean(value)}`);
            return;
        }
        if (!p.readable) this.note(indent, { code: 'V-IMPORT-04', src, args: [clean(value)] });
        this.line(indent, `${keyword}: ${p.text}`);
    }

    indicator(indent: number, ind: ImpIndicator): void {
        for (const n of ind.notes) this.note(indent, n);
        const plan = ind.plan !== undefined ? clean(ind.plan) : '';
        const fact = ind.fact !== undefined ? clean(ind.fact) : '';
        const head = `көрсеткіш ${quote(ind.name)}`;
        if (!plan && !fact) { this.line(indent, head); return; }
        const planSafe = !plan || this.valueSafe(plan);
        const factSafe = !fact || this.valueSafe(fact);
        if (!planSafe) this.note(indent, { code: 'V-IMPORT-03', src: ind.src, args: [plan] });
        if (!factSafe) this.note(indent, { code: 'V-IMPORT-03', src: ind.src, args: [fact] });
        let text = head;
        if (plan) text += ` жоспар: ${planSafe ? plan : quote(plan)}`;
        if (fact) text += ` факт: ${factSafe ? fact : quote(fact)}`;
        this.line(indent, text);
    }

    activity(indent: number, keyword: string, a: ImpActivity, where: string, placeKeyword = 'орны'): void {
        this.line(indent, `// ${where}${sourceText(a.src)}`);
        for (const n of a.notes) this.note(indent, n);
        const number = keyword === 'іс-шара' && a.number !== undefined ? ` ${a.number}` : '';
        this.line(indent, `${keyword}${number} ${quote(a.title)} {`);
        if (a.place) this.line(indent + 1, `${placeKeyword}: ${quote(a.place)}`);
        if (a.period) this.periodLine(indent + 1, 'мерзімі', a.period, a.src);
        emitActivityDetails(this, indent + 1, a);
        for (const ind of a.indicators) this.indicator(indent + 1, ind);
        emitNarrative(this, indent + 1, a.narrative);
        this.line(indent, '}');
    }

    text(): string {
        return this.out.join('\n') + '\n';
    }
}

const HEADER_ORDER: [keyof ImportedPlan['header'], string][] = [
    ['contract', 'шарт'], ['grantee', 'гранталушы'], ['priority', 'басым-бағыт'], ['topic', 'тақырып'], ['goal', 'мақсат'],
    ['territory', 'аумақ'], ['targetGroup', 'мақсатты-топ']
];

/** The draft .grant text of an imported plan. `sourceName` is the file it came from. */
export function emitDraft(plan: ImportedPlan, lexer: DraftLexer, sourceName: string): string {
    const e = new Emitter(lexer);
    const name = plan.header.topic?.text.replace(/^«(.*)»$/u, '$1') ?? sourceName.replace(/\.[^.]+$/, '');
    e.line(0, plan.kind === 'report'
        ? `// Esep: «${clean(sourceName)}» қорытынды есебінен импортталған нобай (draft): жоспар мен факт, статистика, серіктестер.`
        : `// Esep: «${clean(sourceName)}» файлынан импортталған нобай (draft).`);
    e.line(0, '// Әр міндет пен іс-шараның үстінде — бастапқы құжаттағы орны. «⚠ V-IMPORT» белгілі жолдарды');
    e.line(0, '// бастапқы құжатпен салыстырып тексеріңіз, түзеткен соң сол түсініктемені өшіріңіз.');
    for (const n of plan.notes) e.note(0, n);
    e.line(0, `жоба ${quote(name)} {`);
    const h = plan.header;
    for (const [key, keyword] of HEADER_ORDER) {
        const field = h[key];
        if (field) e.line(1, `${keyword}: ${quote(field.text)}`);
    }
    if (h.period) e.periodLine(1, 'кезең', h.period.text, h.period.src);
    if (h.sum) e.value(1, 'сома', h.sum.text, h.sum.src);
    for (const r of plan.expectedResults) e.line(1, `күтілетін-нәтиже: ${quote(r)}`);
    if (h.partners) e.line(1, `әріптестер: ${quote(h.partners.text)}`);
    if (plan.achievedResult) e.line(1, `қол-жеткізілген-нәтиже: ${quote(plan.achievedResult)}`);
    if (plan.pages) e.line(1, `беттер: ${plan.pages}`);
    if (plan.head) e.line(1, `жетекші: ${quote(plan.head)}${plan.headPosition ? ` лауазымы: ${quote(plan.headPosition)}` : ''}`);

    if (plan.team.length) {
        e.line(0, '');
        e.line(1, 'команда {');
        for (const m of plan.team) {
            e.line(2, `// ${sourceText(m.src)}`);
            e.line(2, `${m.kind} ${quote(m.name)}`);
            if (m.position) e.line(3, `лауазымы: ${quote(m.position)}`);
            if (m.contact) e.line(3, `байланыс: ${quote(m.contact)}`);
            if (m.duties) e.line(3, `міндеттері: ${quote(m.duties)}`);
            if (m.workload) e.value(3, 'жүктеме', m.workload, m.src);
        }
        e.line(1, '}');
    }

    for (const task of plan.tasks) {
        e.line(0, '');
        const label = task.number !== undefined ? `${task.number} міндет` : 'міндет';
        e.line(1, `// ${label}, ${sourceText(task.src)}`);
        for (const n of task.notes) e.note(1, n);
        e.line(1, `міндет${task.number !== undefined ? ` ${task.number}` : ''} ${quote(task.title)} {`);
        emitNarrative(e, 2, task.narrative);
        for (const a of task.activities) e.activity(2, 'іс-шара', a, `${label}, `);
        e.line(1, '}');
    }
    for (const p of plan.presentations) {
        e.line(0, '');
        e.activity(1, 'презентация', p, 'презентация, ');
    }
    for (const w of plan.infoWorks) {
        if (!w.self && !w.activities.length) continue; // a section heading whose rows became blocks of their own
        e.line(0, '');
        e.line(1, `// ақпараттық жұмыс, ${sourceText(w.src)}`);
        for (const n of w.self?.notes ?? []) e.note(1, n);
        e.line(1, `ақпараттық-жұмыс ${quote(w.title)} {`);
        if (w.self?.place) e.line(2, `арна: ${quote(w.self.place)}`);
        if (w.self?.period) e.periodLine(2, 'мерзімі', w.self.period, w.self.src);
        if (w.self?.result) e.line(2, `нәтиже: ${quote(w.self.result)}`);
        for (const i of w.self?.indicators ?? []) e.indicator(2, i);
        emitPublications(e, 2, w.self?.publications);
        for (const a of w.activities) e.activity(2, 'іс-шара', a, 'ақпараттық жұмыс, ', 'арна');
        e.line(1, '}');
    }
    if (plan.impact.length) {
        e.line(0, '');
        e.line(1, `// IV блок, ${sourceText({ table: plan.impact[0].src.table, page: plan.impact[0].src.page })}`);
        e.line(1, 'әсер {');
        for (const i of plan.impact) e.indicator(2, i);
        e.line(1, '}');
    }
    emitReportParts(e, plan);
    e.line(0, '}');
    if (plan.unplaced.length) {
        e.line(0, '');
        e.note(0, { code: 'V-IMPORT-05', src: {}, args: [String(plan.unplaced.length)] });
        e.line(0, '// Орналастырылмаған мәтін (бастапқы құжаттағыдай):');
        for (const u of plan.unplaced) {
            const lines = u.text.split('\n');
            e.line(0, `// [${sourceText(u.src)}] ${clean(lines[0])}`);
            for (const l of lines.slice(1)) e.line(0, `//     ${clean(l)}`);
        }
    }
    return e.text();
}
