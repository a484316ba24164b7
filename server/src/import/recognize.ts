/**
 * The plan form (Appendix 3) in a neutral document: Block I's label/value
 * pairs (a two-column table or paragraphs), Block II's team tables, Block
 * III's tasks and monitoring tables, Block IV's impact table and the
 * signature. What it cannot place is kept with where it was.
 */
import { cellText, type Block, type NeutralDocument, type Row, type Table } from './document.js';
import {
    blockMarker, clean, headerLabel, impactColumn, isBoilerplate, isGrantorStart, isInfoWorkHeading, isPresentationHeading,
    isSignatureStart, taskHeading, teamColumn
} from './labels.js';
import { readImpactRows, type ImpactColumns } from './impact.js';
import { monitoringHeader, readMonitoringTable } from './monitoring.js';
import { emptyPlan, type HeaderKey, type ImpActivity, type ImpMember, type ImportedPlan, type ImpTask, type Source } from './plan.js';
import { appendAll } from '../../../language/src/arrays.js';

type Mode = 'tasks' | 'presentation' | 'infoWork';

class Recognizer {
    readonly plan = emptyPlan();
    private block = 0;
    private label: { key: HeaderKey | 'expected'; src: Source } | undefined;
    private teamKind: ImpMember['kind'] = 'қызметкер';
    private mode: Mode = 'tasks';
    private task: ImpTask | undefined;
    private signature: 'none' | 'grantee' | 'grantor' = 'none';
    private signatureLines: string[] = [];
    private paragraphNo = 0;
    /** A task heading's title may go on in the next paragraph (PDF lines). */
    private taskOpen = false;

    run(doc: NeutralDocument): ImportedPlan {
        if (doc.trackedChanges) this.plan.notes.push({ code: 'V-IMPORT-06', src: {}, args: [String(doc.trackedChanges)] });
        for (const block of doc.blocks) this.blockOf(block);
        this.finishSignature();
        return this.plan;
    }

    private blockOf(block: Block): void {
        if (block.kind === 'p') {
            this.paragraphNo++;
            this.paragraph(block.para.text, block.para.num, { paragraph: this.paragraphNo, page: block.para.page });
        } else {
            this.taskOpen = false;
            this.table(block.table);
        }
    }

    // -------------------------------------------------------------------
    // Paragraphs

    private paragraph(raw: string, num: string | undefined, src: Source): void {
        const text = clean(raw);
        if (!text) { this.taskOpen = false; return; }
        const marker = blockMarker(text);
        if (marker) {
            this.block = marker;
            this.label = undefined;
            this.taskOpen = false;
            return;
        }
        if (this.signature === 'grantor') return;
        if (isSignatureStart(text)) { this.signature = 'grantee'; this.label = undefined; return; }
        if (this.signature === 'grantee') {
            if (isGrantorStart(text)) { this.signature = 'grantor'; return; }
            this.signatureLines.push(text);
            return;
        }
        if (this.contractLine(text)) return;
        // Block III headings (also outside a «III БЛОК» marker: some copies have none).
        const task = this.block !== 1 && this.block !== 2 ? taskHeading(text, num) : undefined;
        if (task && (this.block === 3 || !this.label)) {
            this.startTask(task.number, task.title, src);
            this.taskOpen = !/[.!?]$/.test(task.title);
            return;
        }
        if (this.block >= 3 && isPresentationHeading(text)) { this.mode = 'presentation'; this.taskOpen = false; return; }
        if (this.block >= 3 && isInfoWorkHeading(text)) {
            this.mode = 'infoWork';
            this.plan.infoWorks.push({ title: text, activities: [], src });
            this.taskOpen = false;
            return;
        }
        if (this.taskOpen && this.task && this.task.activities.length === 0 && this.block === 3) {
            this.task.title = clean(`${this.task.title} ${text}`);
            this.taskOpen = !/[.!?]$/.test(text);
            return;
        }
        if (this.block === 2) {
            if (/штаттық|штатн/iu.test(text)) { this.teamKind = 'қызметкер'; return; }
            if (/азаматтық-құқықтық|тартылатын|привлекаем|гражданско/iu.test(text)) { this.teamKind = 'маман'; return; }
        }
        if (isBoilerplate(text)) return;
        if (this.block <= 1) {
            const found = headerLabel(text);
            if (found) {
                this.label = { key: found.key, src };
                if (found.value) this.headerValue(found.key, found.value, num, src);
                return;
            }
            if (this.label) {
                this.headerValue(this.label.key, text, num, src);
                return;
            }
        }
        this.plan.unplaced.push({ text, src });
    }

    private contractLine(text: string): boolean {
        if (this.block !== 0 || this.plan.header.contract) return false;
        if (/жылғы\s*«|№\s*_{2,}|№\s*\d+/u.test(text) && !/қосымша/iu.test(text) && text.length < 120) {
            this.plan.header.contract = { text, src: {} };
            return true;
        }
        return false;
    }

    private headerValue(key: HeaderKey | 'expected', value: string, num: string | undefined, src: Source): void {
        const text = clean(value);
        if (!text || text === '—' || text === '-') return;
        if (key === 'expected') {
            // «1. …» typed, or the digit kept by Word's numbering: each item is one result.
            const item = text.replace(/^\d{1,2}\s*[.)]\s*/u, '');
            const startsItem = num !== undefined || /^\d{1,2}\s*[.)]\s/u.test(text) || this.plan.expectedResults.length === 0;
            if (startsItem) this.plan.expectedResults.push(item);
            else this.plan.expectedResults[this.plan.expectedResults.length - 1] += ' ' + item;
            return;
        }
        const prev = this.plan.header[key];
        if (key === 'partners') {
            const item = text.replace(/^\d{1,2}\s*[.)]\s*/u, '');
            const fresh = num !== undefined || /^\d{1,2}\s*[.)]\s/u.test(text);
            this.plan.header[key] = { text: prev ? `${prev.text}${fresh ? '; ' : ' '}${item}` : item, src: prev?.src ?? src };
            return;
        }
        this.plan.header[key] = { text: prev ? `${prev.text} ${text}` : text, src: prev?.src ?? src };
    }

    private startTask(number: number | undefined, title: string, src: Source): void {
        this.task = { number, title: clean(title), activities: [], src, notes: [] };
        this.plan.tasks.push(this.task);
        this.mode = 'tasks';
        this.block = Math.max(this.block, 3);
        this.label = undefined;
    }

    // -------------------------------------------------------------------
    // Tables

    private table(table: Table): void {
        if (!table.rows.length) return;
        this.label = undefined;
        const first = table.rows.findIndex(r => r.cells.some(c => cellText(c)));
        if (first < 0) return;
        // The signature may sit in a table.
        const all = table.rows.flatMap(r => r.cells.flatMap(c => c.paras.map(p => p.text)));
        if (all.some(t => isSignatureStart(t))) {
            for (const t of all) this.paragraph(t, undefined, { table: table.index });
            return;
        }
        for (let h = first; h < Math.min(first + 3, table.rows.length); h++) {
            const cols = monitoringHeader(table.rows[h]);
            if (cols) return this.monitoring(table, h, cols);
        }
        if (this.headerTable(table)) return;
        if (this.teamTable(table, first)) return;
        if (this.impactTable(table, first)) return;
        // A table of Block III whose header is not one we know: nothing is guessed.
        const src: Source = { table: table.index };
        if (this.block === 3) this.plan.notes.push({ code: 'V-IMPORT-01', src, args: [table.rows[first].cells.map(cellText).join(' | ')] });
        table.rows.forEach((r, i) => {
            const text = r.cells.map(cellText).filter(Boolean).join(' | ');
            if (text && !isBoilerplate(text)) this.plan.unplaced.push({ text, src: { table: table.index, row: i + 1 } });
        });
    }

    private monitoring(table: Table, header: number, cols: ReturnType<typeof monitoringHeader> & object): void {
        this.block = Math.max(this.block, 3);
        if (cols.place !== undefined && /арна|канал/iu.test(cellText(table.rows[header].cells.find(c => c.col === cols.place)))) {
            if (this.mode !== 'infoWork') {
                this.mode = 'infoWork';
                this.plan.infoWorks.push({ title: 'Шарт талаптарына сәйкес жобаның орындалу барысы туралы ақпараттық жұмыс', activities: [], src: { table: table.index } });
            }
        }
        const result = readMonitoringTable(table, header, cols);
        for (const item of result.items) {
            if (item.kind === 'task') this.startTask(item.number, item.title, item.src);
            else if (item.kind === 'section') {
                this.mode = item.section;
                if (item.section === 'infoWork') this.plan.infoWorks.push({ title: item.title, activities: [], src: item.src });
            } else if (item.kind === 'unplaced') this.plan.unplaced.push({ text: item.text, src: item.src });
            else this.addActivity(item.activity);
        }
        appendAll(this.plan.notes, result.notes);
    }

    private addActivity(activity: ImpActivity): void {
        if (this.mode === 'presentation') { this.plan.presentations.push(activity); return; }
        if (this.mode === 'infoWork') {
            // An unnumbered row is an information-work block of its own (its indicators, channel, period);
            // numbered rows are the activities of the current block.
            const blocks = this.plan.infoWorks;
            if (activity.number === undefined && activity.title) blocks.push({ title: activity.title, self: activity, activities: [], src: activity.src });
            else (blocks[blocks.length - 1] ?? blocks[blocks.push({ title: '', activities: [], src: activity.src }) - 1]).activities.push(activity);
            return;
        }
        if (!this.task) {
            this.task = { title: '', activities: [], src: activity.src, notes: [] };
            this.plan.tasks.push(this.task);
        }
        this.task.activities.push(activity);
    }

    /** Block I as a two-column table of labels and values. */
    private headerTable(table: Table): boolean {
        if (this.block > 1) return false;
        const labelled = table.rows.filter(r => r.cells.length >= 2 && headerLabel(cellText(r.cells[0])));
        if (labelled.length < 2) return false;
        table.rows.forEach((row, i) => {
            const src: Source = { table: table.index, row: i + 1 };
            const found = row.cells.length >= 2 ? headerLabel(cellText(row.cells[0])) : undefined;
            if (!found) {
                const text = row.cells.map(cellText).filter(Boolean).join(' | ');
                if (text && !isBoilerplate(text)) this.plan.unplaced.push({ text, src });
                return;
            }
            if (found.value) this.headerValue(found.key, found.value, undefined, src);
            for (const cell of row.cells.slice(1)) {
                for (const p of cell.paras) for (const line of p.text.split('\n')) this.headerValue(found.key, line, p.num, src);
            }
        });
        return true;
    }

    /** Block II: staff and contracted specialists. */
    private teamTable(table: Table, first: number): boolean {
        const header = table.rows[first];
        const cols = new Map<string, number>();
        for (const c of header.cells) {
            const kind = teamColumn(cellText(c));
            if (kind && !cols.has(kind)) cols.set(kind, c.col);
        }
        if (!cols.has('name') || cols.size < 3) return false;
        const at = (row: Row, key: string) => {
            const col = cols.get(key);
            const cell = col === undefined ? undefined : row.cells.find(c => c.col <= col && col < c.col + c.span);
            return cellText(cell) || undefined;
        };
        for (let r = first + 1; r < table.rows.length; r++) {
            const row = table.rows[r];
            const filled = row.cells.filter(c => cellText(c));
            if (!filled.length) continue;
            if (filled.length === 1 && row.cells.length <= 2) {
                const text = cellText(filled[0]);
                if (/азаматтық-құқықтық|тартылатын|привлекаем|гражданско/iu.test(text)) this.teamKind = 'маман';
                else if (/штаттық|штатн/iu.test(text)) this.teamKind = 'қызметкер';
                else this.plan.unplaced.push({ text, src: { table: table.index, row: r + 1 } });
                continue;
            }
            if (row.cells.map(cellText).join('|') === header.cells.map(cellText).join('|')) continue;
            const name = at(row, 'name');
            if (!name) {
                this.plan.unplaced.push({ text: row.cells.map(cellText).filter(Boolean).join(' | '), src: { table: table.index, row: r + 1 } });
                continue;
            }
            this.plan.team.push({
                kind: this.teamKind, name, position: at(row, 'position'), contact: at(row, 'contact'),
                duties: at(row, 'duties'), workload: at(row, 'workload'), src: { table: table.index, row: r + 1 }
            });
        }
        return true;
    }

    /** Block IV: indicator, unit, planned level (and, in a report, the level reached). */
    private impactTable(table: Table, first: number): boolean {
        const header = table.rows[first];
        const cols: ImpactColumns = {};
        for (const c of header.cells) {
            const kind = impactColumn(cellText(c));
            if (kind && cols[kind] === undefined) cols[kind] = c.col;
        }
        if (cols.name === undefined || cols.plan === undefined || !(cols.unit !== undefined || this.block === 4)) return false;
        appendAll(this.plan.impact, readImpactRows(table, first, cols));
        return true;
    }

    // -------------------------------------------------------------------
    // Signature: «№ 3 қосымшамен таныстым…», the organisation, the position, «____ Name»

    private finishSignature(): void {
        const lines = this.signatureLines;
        const signed = lines.findIndex(l => /^_{3,}/.test(l));
        if (signed < 0) return;
        // A PDF puts the seal's place («М.О.», «М.П.») on the name's line when it stands beside it.
        const name = clean(lines[signed].replace(/^_+/, '')).replace(SEAL_PLACE, '');
        if (name) this.plan.head = name;
        const before = lines.slice(0, signed).filter(l => l !== this.plan.header.grantee?.text);
        if (before.length) this.plan.headPosition = before[before.length - 1];
    }
}

export function recognizePlan(doc: NeutralDocument): ImportedPlan {
    return new Recognizer().run(doc);
}

/** The seal's place after a signatory's name: «М.О.» (мөр орны), «М.П.» (место печати), written out or not. */
const SEAL_PLACE = /\s+(?:[мМ]\.\s?[оОпП]\.?|мөр\s+орны|место\s+печати)\s*$/u;
