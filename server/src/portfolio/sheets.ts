/**
 * The three tables of the portfolio — Projects, Indicators, Findings — as columns with headers in
 * the chosen language and cells typed for a spreadsheet. The .xlsx, .csv and .html writers all
 * take these tables, so the formats show the same figures.
 */
import type { Lang } from '../../../language/src/i18n.js';
import { L, sectionWord, severityWord, stageWord, statusWord, yesNo, type LabelKey } from './labels.js';
import type { FindingRow, IndicatorRow, ProjectRow } from './rows.js';
import type { CellValue, ColumnFormat, Sheet, SheetColumn } from './xlsx.js';

interface Column<R> {
    key: LabelKey;
    format: ColumnFormat;
    cell: (row: R, lang: Lang) => CellValue;
}

const PROJECT_COLUMNS: Column<ProjectRow>[] = [
    { key: 'col.file', format: 'text', cell: r => r.file },
    { key: 'col.project', format: 'text', cell: r => r.project },
    { key: 'col.grantee', format: 'text', cell: r => r.grantee },
    { key: 'col.topic', format: 'text', cell: r => r.topic },
    { key: 'col.region', format: 'text', cell: r => r.region },
    { key: 'col.priority', format: 'text', cell: r => r.priority },
    { key: 'col.periodStart', format: 'date', cell: r => r.periodStart },
    { key: 'col.periodEnd', format: 'date', cell: r => r.periodEnd },
    { key: 'col.grantSum', format: 'integer', cell: r => r.grantSum },
    { key: 'col.reportDate', format: 'date', cell: r => r.reportDate },
    { key: 'col.stage', format: 'text', cell: (r, lang) => (r.stage ? stageWord(r.stage, lang) : undefined) },
    { key: 'col.planned', format: 'integer', cell: r => r.planned },
    { key: 'col.withFact', format: 'integer', cell: r => r.withFact },
    { key: 'col.met', format: 'integer', cell: r => r.met },
    { key: 'col.over', format: 'integer', cell: r => r.over },
    { key: 'col.unmet', format: 'integer', cell: r => r.unmet },
    { key: 'col.unverifiable', format: 'integer', cell: r => r.unverifiable },
    { key: 'col.missing', format: 'integer', cell: r => r.missing },
    { key: 'col.percentMet', format: 'percent', cell: r => r.percentMet },
    { key: 'col.unjustified', format: 'integer', cell: r => r.unjustified },
    { key: 'col.publications', format: 'integer', cell: r => r.publications },
    { key: 'col.publicationShort', format: 'integer', cell: r => (r.publicationMonths ? r.publicationShortMonths.length : undefined) },
    { key: 'col.participants', format: 'integer', cell: r => r.participants },
    { key: 'col.gender', format: 'text', cell: (r, lang) => yesNo(r.genderConsistent, lang) },
    { key: 'col.ages', format: 'text', cell: (r, lang) => yesNo(r.ageConsistent, lang) },
    { key: 'col.categories', format: 'text', cell: (r, lang) => yesNo(r.categoryConsistent, lang) },
    { key: 'col.errors', format: 'integer', cell: r => r.errors },
    { key: 'col.warnings', format: 'integer', cell: r => r.warnings },
    { key: 'col.ready', format: 'text', cell: (r, lang) => yesNo(r.readyToAccept, lang) },
    { key: 'col.problem', format: 'text', cell: r => r.problem }
];

const INDICATOR_COLUMNS: Column<IndicatorRow>[] = [
    { key: 'col.file', format: 'text', cell: r => r.file },
    { key: 'col.project', format: 'text', cell: r => r.project },
    { key: 'col.line', format: 'integer', cell: r => r.line },
    { key: 'col.section', format: 'text', cell: (r, lang) => sectionWord(r.section, lang) },
    { key: 'col.task', format: 'integer', cell: r => r.task },
    { key: 'col.activity', format: 'text', cell: r => r.activity },
    { key: 'col.indicator', format: 'text', cell: r => r.indicator },
    { key: 'col.planText', format: 'text', cell: r => r.planText },
    { key: 'col.factText', format: 'text', cell: r => r.factText },
    { key: 'col.target', format: 'number', cell: r => r.target },
    { key: 'col.factNumber', format: 'number', cell: r => r.fact },
    { key: 'col.unit', format: 'text', cell: r => r.unit },
    { key: 'col.ratio', format: 'percent', cell: r => r.ratio },
    { key: 'col.status', format: 'text', cell: (r, lang) => statusWord(r.status, lang) },
    {
        key: 'col.justification', format: 'text',
        cell: (r, lang) => r.justification ?? (r.needsJustification ? L('justification.none', lang) : undefined)
    }
];

const FINDING_COLUMNS: Column<FindingRow>[] = [
    { key: 'col.file', format: 'text', cell: r => r.file },
    { key: 'col.project', format: 'text', cell: r => r.project },
    { key: 'col.line', format: 'integer', cell: r => r.line },
    { key: 'col.column', format: 'integer', cell: r => r.column },
    { key: 'col.code', format: 'text', cell: r => r.code },
    { key: 'col.severity', format: 'text', cell: (r, lang) => severityWord(r.severity, lang) },
    { key: 'col.message', format: 'text', cell: r => r.message }
];

/** A table's name and columns, and how a row becomes its cells. */
export interface TableDef<R> {
    name: LabelKey;
    columns: Column<R>[];
}

export const PROJECTS: TableDef<ProjectRow> = { name: 'sheet.projects', columns: PROJECT_COLUMNS };
export const INDICATORS: TableDef<IndicatorRow> = { name: 'sheet.indicators', columns: INDICATOR_COLUMNS };
export const FINDINGS: TableDef<FindingRow> = { name: 'sheet.findings', columns: FINDING_COLUMNS };

export function tableName(def: TableDef<unknown>, lang: Lang): string {
    return L(def.name, lang);
}

export function tableColumns<R>(def: TableDef<R>, lang: Lang): SheetColumn[] {
    return def.columns.map(c => ({ header: L(c.key, lang), format: c.format }));
}

export function tableCells<R>(def: TableDef<R>, row: R, lang: Lang): CellValue[] {
    return def.columns.map(c => c.cell(row, lang));
}

function table<R>(def: TableDef<R>, rows: R[], lang: Lang): Sheet {
    return { name: tableName(def as TableDef<unknown>, lang), columns: tableColumns(def, lang), rows: rows.map(r => tableCells(def, r, lang)) };
}

export function projectsSheet(rows: ProjectRow[], lang: Lang): Sheet {
    return table(PROJECTS, rows, lang);
}

export function indicatorsSheet(rows: IndicatorRow[], lang: Lang): Sheet {
    return table(INDICATORS, rows, lang);
}

export function findingsSheet(rows: FindingRow[], lang: Lang): Sheet {
    return table(FINDINGS, rows, lang);
}

export interface Portfolio {
    projects: ProjectRow[];
    indicators: IndicatorRow[];
    findings: FindingRow[];
}

export function portfolioSheets(p: Portfolio, lang: Lang): Sheet[] {
    return [projectsSheet(p.projects, lang), indicatorsSheet(p.indicators, lang), findingsSheet(p.findings, lang)];
}
