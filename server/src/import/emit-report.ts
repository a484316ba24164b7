/**
 * The parts of a draft only a final report gives: an activity's section-1
 * details (participants, experts, appendix, result, completeness), the
 * participant statistics, the partners and the narrative sections — written
 * as docs/syntax-by-example.grant writes them.
 */
import { clean } from './labels.js';
import type { ImpActivity, ImportedPlan } from './plan.js';
import { quote, sourceText, type Emitter } from './emit.js';

/** `қатысушылар:`, `сарапшылар:`, `қосымша:`, `нәтиже:`, `толықтығы:` of an activity. */
export function emitActivityDetails(e: Emitter, indent: number, a: ImpActivity): void {
    if (a.participants?.length) {
        e.line(indent, `қатысушылар: ${a.participants.map(p => `${p.count}${p.category ? ` ${quote(p.category)}` : ''}`).join(', ')}`);
    }
    if (a.experts) e.line(indent, `сарапшылар: ${quote(a.experts)}`);
    const appendix = a.appendix ? /\d+/.exec(a.appendix)?.[0] : undefined;
    if (appendix) e.line(indent, `қосымша: ${appendix}`);
    if (a.result) e.line(indent, `нәтиже: ${quote(a.result)}`);
    if (a.completeness) e.line(indent, `толықтығы: ${quote(a.completeness)}`);
}

export function emitReportParts(e: Emitter, plan: ImportedPlan): void {
    const s = plan.statistics;
    if (s && (s.total || s.men || s.women || s.categories.length || s.ages.length)) {
        e.line(0, '');
        e.line(1, '// «Әлеуметтік жобаларға қатысушылар контекстіндегі статистикалық ақпарат»');
        e.line(1, 'статистика {');
        if (s.total) e.line(2, `барлығы: ${s.total}`);
        if (s.men) e.line(2, `ерлер: ${s.men}`);
        if (s.women) e.line(2, `әйелдер: ${s.women}`);
        for (const [keyword, list] of [['санаты', s.categories], ['жасы', s.ages]] as const) {
            if (!list.length) continue;
            e.line(2, `${keyword} {`);
            for (const entry of list) e.line(3, `${entry.key}: ${entry.count}`);
            e.line(2, '}');
        }
        e.line(1, '}');
    }
    if (plan.partnerList.length) e.line(0, '');
    for (const p of plan.partnerList) {
        e.line(1, `// ${sourceText(p.src)}`);
        const fields = [p.role ? `рөлі: ${quote(p.role)}` : '', p.contact ? `байланыс: ${quote(p.contact)}` : ''].filter(Boolean);
        e.line(1, `серіктес ${quote(p.name)}${fields.length ? ' ' + fields.join(' ') : ''}`);
        if (p.note) e.line(2, `ескерту: ${quote(p.note)}`);
    }
    if (plan.conclusions.length) {
        e.line(0, '');
        e.line(1, 'қорытынды {');
        const seen = new Set<string>();
        for (const c of plan.conclusions) {
            if (seen.has(c.key)) continue; // the grammar holds each once; a repeat stays in the text below
            seen.add(c.key);
            e.line(2, `${c.key}: ${quote(clean(c.text))}`);
        }
        e.line(1, '}');
    }
}


/**
 * `сипаттама: "…"` as the grantee wrote it: a paragraph a line (language/src/narrative.ts reads
 * it back), a table as «| … |» rows. Double quotes inside become guillemets (strings have no escapes).
 */
export function emitNarrative(e: Emitter, indent: number, paragraphs: string[] | undefined): void {
    if (!paragraphs?.length) return;
    e.line(indent, 'сипаттама: "');
    for (const p of paragraphs) e.line(indent + 1, quote(p).slice(1, -1));
    e.line(indent, '"');
}

/** `жарияланымдар { 15.08.2020 "Qazvolunteer.kz" "…" }` of an information-work block. */
export function emitPublications(e: Emitter, indent: number, list: { date: string; outlet: string; title: string }[] | undefined): void {
    if (!list?.length) return;
    e.line(indent, 'жарияланымдар {');
    for (const p of list) e.line(indent + 1, `${p.date} ${quote(p.outlet)} ${quote(p.title)}`);
    e.line(indent, '}');
}
