// The official forms as data (templates/): every file parses, the Kazakh and
// Russian files of a form have the same structure, and every string is clean
// (non-empty, NFC, no Latin look-alike letters inside Kazakh words).
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');
const formsDir = join(root, 'forms');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

function readJson(path: string): Json {
    return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

const KINDS = ['final', 'interim', 'plan'] as const;
const LANGS = ['kk', 'ru'] as const;
const form = (kind: string, lang: string) => readJson(join(formsDir, `${kind}.${lang}.json`)) as Obj;

/** Every string in a JSON value, with its path. */
function strings(value: Json, path = '$'): Array<[string, string]> {
    if (typeof value === 'string') return [[path, value]];
    if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
    return [];
}

/** The structure of a JSON value: keys, array lengths and identifiers kept, translatable text blanked out. */
const ID_KEYS = new Set(['id', 'kind', 'number', 'parent', 'grantKey', 'footnote', 'ref', 'group', 'source', 'bullet', 'fields']);
function shape(value: Json, keepText = false): Json {
    if (typeof value === 'string') return keepText ? value : '<text>';
    if (Array.isArray(value)) return value.map(v => shape(v, keepText));
    if (value && typeof value === 'object') {
        const out: Obj = {};
        for (const key of Object.keys(value).sort()) {
            if (key === 'lang' || key === 'note') continue;
            out[key] = shape(value[key], ID_KEYS.has(key));
        }
        return out;
    }
    return value;
}

const sections = (doc: Obj) => doc.sections as Obj[];
const columnIds = (doc: Obj) =>
    sections(doc).map(s => ({
        section: s.id,
        columns: ((s.table as Obj | undefined)?.columns as Obj[] | undefined)?.map(c => c.id) ?? [],
        sub: ((s.subsections as Obj[] | undefined) ?? []).map(sub => ({
            id: sub.id,
            columns: ((sub.table as Obj | undefined)?.columns as Obj[] | undefined)?.map(c => c.id) ?? [],
            rows: ((sub.rows as Obj[] | undefined) ?? []).map(r => r.id)
        }))
    }));

// Latin letters that look like Cyrillic ones; any Latin letter inside a Cyrillic word is a typo.
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
function mixedWords(s: string): string[] {
    return (s.match(/[\p{L}\p{M}]+/gu) ?? []).filter(w => CYRILLIC.test(w) && LATIN.test(w));
}

const allJsonFiles = [
    ...readdirSync(formsDir).filter(f => f.endsWith('.json')).map(f => join(formsDir, f)),
    join(root, 'categories.json'),
    join(root, 'vocabulary.json')
];

describe('templates: every file', () => {
    test.each(allJsonFiles)('%s parses, has no empty string, is NFC', path => {
        const doc = readJson(path);
        for (const [p, s] of strings(doc)) {
            expect(s.trim(), `empty string at ${p}`).not.toBe('');
            expect(s === s.normalize('NFC'), `not NFC at ${p}: ${s}`).toBe(true);
            expect(s, `stray whitespace at ${p}`).toBe(s.trim());
            expect(/ {2}/.test(s), `double space at ${p}: ${s}`).toBe(false);
        }
    });

    test('the form files are exactly kind × lang', () => {
        const files = readdirSync(formsDir).filter(f => f.endsWith('.json')).sort();
        expect(files).toEqual(KINDS.flatMap(k => LANGS.map(l => `${k}.${l}.json`)).sort());
    });

    test('the skeleton is NFC', () => {
        const text = readFileSync(join(root, 'skeletons', 'project.kk.grant'), 'utf8');
        expect(text === text.normalize('NFC')).toBe(true);
        expect(mixedWords(text)).toEqual([]);
    });

    // Chevrotain (under Langium) needs Object.groupBy, i.e. Node >= 21: `npm test` runs the project's Node.
    test.skipIf(typeof (Object as { groupBy?: unknown }).groupBy !== 'function')('the skeleton parses with the .grant grammar', async () => {
        const { createServicesForGrammar } = await import('langium/grammar');
        const grammar = readFileSync(join(root, '..', 'language', 'src', 'grant.langium'), 'utf8');
        const services = await createServicesForGrammar({ grammar });
        const result = services.parser.LangiumParser.parse(readFileSync(join(root, 'skeletons', 'project.kk.grant'), 'utf8'));
        expect(result.lexerErrors.map(e => e.message)).toEqual([]);
        expect(result.parserErrors.map(e => e.message)).toEqual([]);
    });
});

describe.each(KINDS)('form %s', kind => {
    const kk = form(kind, 'kk');
    const ru = form(kind, 'ru');

    test('header keys', () => {
        for (const [lang, doc] of [['kk', kk], ['ru', ru]] as const) {
            expect(doc.kind).toBe(kind);
            expect(doc.lang).toBe(lang);
            expect(Object.keys(doc)).toEqual(['kind', 'lang', 'source', 'note', 'title', 'subtitle', 'preamble', 'grantor', 'labels', 'sections']);
            expect((doc.title as string[]).length).toBeGreaterThan(0);
        }
    });

    test('kk and ru have the same section ids in the same order', () => {
        expect(sections(ru).map(s => s.id)).toEqual(sections(kk).map(s => s.id));
        expect(sections(ru).map(s => s.number ?? null)).toEqual(sections(kk).map(s => s.number ?? null));
    });

    test('kk and ru have the same column, sub-table and row ids', () => {
        expect(columnIds(ru)).toEqual(columnIds(kk));
    });

    test('kk and ru have the same label keys', () => {
        expect(Object.keys(ru.labels as Obj)).toEqual(Object.keys(kk.labels as Obj));
    });

    test('kk and ru have the same structure throughout', () => {
        expect(shape(ru)).toEqual(shape(kk));
    });

    test('section ids are unique, fields refer to labels, header groups to columns', () => {
        const ids = sections(kk).map(s => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const doc of [kk, ru]) {
            const labels = doc.labels as Obj;
            for (const s of sections(doc)) {
                for (const f of (s.fields as string[] | undefined) ?? []) expect(labels, `${s.id}: ${f}`).toHaveProperty(f);
                const table = s.table as Obj | undefined;
                const cols = ((table?.columns as Obj[] | undefined) ?? []).map(c => c.id);
                expect(new Set(cols).size).toBe(cols.length);
                for (const g of (table?.headerGroups as Obj[] | undefined) ?? [])
                    for (const c of g.columns as string[]) expect(cols).toContain(c);
            }
        }
    });

    test('no Latin look-alike letters inside Kazakh words', () => {
        const bad = strings(kk).filter(([p]) => !p.endsWith('.note')).flatMap(([p, s]) => mixedWords(s).map(w => `${p}: ${w}`));
        expect(bad).toEqual([]);
    });
});

describe('form contracts', () => {
    const REPORT_SECTIONS = ['header', 'activities', 'council', 'learning', 'planFact', 'infoWork', 'impact', 'deviations',
        'goalAchievement', 'changes', 'statistics', 'indicators', 'partnersAnalysis', 'partners', 'proposals', 'recommendations', 'signature'];
    const PLAN_SECTIONS = ['header', 'team', 'monitoring', 'presentation', 'infoWork', 'impact', 'signature'];
    const REQUIRED_LABELS = ['currency', 'plan', 'fact', 'yes', 'no', 'total', 'pageFooter'];
    const REPORT_LABELS = ['grantee', 'topic', 'sum', 'statusMet', 'statusOver', 'statusUnmet', 'statusUnverifiable', 'statusMissing',
        'unjustifiedDeviation', 'pagesTotal', 'fillDate', 'stamp'];

    test.each(['final', 'interim'])('%s has the report sections and labels', kind => {
        const kk = form(kind, 'kk');
        expect(sections(kk).map(s => s.id)).toEqual(REPORT_SECTIONS);
        for (const key of [...REQUIRED_LABELS, ...REPORT_LABELS]) expect(kk.labels).toHaveProperty(key);
    });

    test('plan has the Appendix 3 sections', () => {
        const kk = form('plan', 'kk');
        expect(sections(kk).map(s => s.id)).toEqual(PLAN_SECTIONS);
        for (const key of REQUIRED_LABELS) expect(kk.labels).toHaveProperty(key);
    });

    test('interim has the same structure as final, apart from its title', () => {
        for (const lang of LANGS) {
            const fin = form('final', lang);
            const int = form('interim', lang);
            expect(int.sections).toEqual(fin.sections);
            expect(Object.keys(int.labels as Obj)).toEqual(Object.keys(fin.labels as Obj));
            expect(int.title).not.toEqual(fin.title);
            expect((int.subtitle as string[]).length).toBeGreaterThan(0);
        }
        expect(form('interim', 'kk').title).toEqual(['АРАЛЫҚ ЕСЕП']);
        expect(form('interim', 'ru').title).toEqual(['ПРОМЕЖУТОЧНЫЙ ОТЧЁТ']);
    });

    test('final report headings are verbatim from S001 (typos fixed)', () => {
        const kk = form('final', 'kk');
        const byId = new Map(sections(kk).map(s => [s.id as string, s]));
        expect(kk.title).toEqual(['ҚОРЫТЫНДЫ БАҒДАРЛАМАЛЫҚ ЕСЕП']);
        expect((kk.labels as Obj).sum).toBe('Грант сомасы:');
        expect(byId.get('activities')?.heading).toBe('Әлеуметтік жоба аясындағы іс-шараларды сипаттаңыз');
        expect(byId.get('infoWork')?.heading).toContain('(айына кемінде 2 жарияланымды жүзеге асыру қажет)');
        const planFact = byId.get('planFact')?.table as Obj;
        expect((planFact.columns as Obj[]).map(c => c.id)).toEqual(['task', 'activity', 'result', 'indicator', 'plan', 'fact']);
        expect((planFact.headerGroups as Obj[])[0].header).toBe('Жоспарланған көрсеткіштер деңгейі');
        const activities = byId.get('activities')?.table as Obj;
        expect((activities.columns as Obj[]).map(c => c.id)).toEqual(
            ['no', 'activity', 'period', 'place', 'participants', 'category', 'experts', 'completeness', 'appendix']);
    });

    test('statistics rows match templates/categories.json', () => {
        const cats = readJson(join(root, 'categories.json')) as Obj;
        const kk = form('final', 'kk');
        const stats = sections(kk).find(s => s.id === 'statistics') as Obj;
        const sub = new Map((stats.subsections as Obj[]).map(s => [s.id as string, s.rows as Obj[]]));
        const social = cats.socialCategories as Obj[];
        const ages = cats.ageBrackets as Obj[];
        expect(social.map(c => c.key)).toEqual(
            ['children', 'youth', 'civil_servants', 'public_sector_workers', 'disabled', 'elderly', 'unemployed', 'ngo', 'business', 'other']);
        expect(ages.map(a => a.grantKey)).toEqual(['13-16', '17-22', '23-27', '28-32', '33-45', '46-58', '59+']);
        expect(sub.get('category')?.map(r => r.id)).toEqual(['total', ...social.map(c => c.key)]);
        expect(sub.get('age')?.map(r => r.id)).toEqual(['total', ...ages.map(a => a.key)]);
        expect(sub.get('gender')?.map(r => r.id)).toEqual(['total', 'men', 'women']);
        expect(sub.get('category')?.slice(1).map(r => r.label)).toEqual(social.map(c => c.kk));
        expect(sub.get('age')?.slice(1).map(r => r.label)).toEqual(ages.map(a => a.kk));
        const ruStats = sections(form('final', 'ru')).find(s => s.id === 'statistics') as Obj;
        const ruSub = new Map((ruStats.subsections as Obj[]).map(s => [s.id as string, s.rows as Obj[]]));
        expect(ruSub.get('category')?.slice(1).map(r => r.label)).toEqual(social.map(c => c.ru));
        expect(ruSub.get('age')?.slice(1).map(r => r.label)).toEqual(ages.map(a => a.ru));
        expect(sub.get('age')?.[1].label).toBe('13 пен 16 жас аралығында');
    });
});

describe('categories and vocabulary', () => {
    const cats = readJson(join(root, 'categories.json')) as Obj;
    const vocab = readJson(join(root, 'vocabulary.json')) as Obj;

    test('.grant keys are those of syntax-by-example.grant', () => {
        expect((cats.socialCategories as Obj[]).map(c => c.grantKey)).toEqual(
            ['балалар', 'жастар', 'мемқызметшілер', 'бюджеттік-қызметкерлер', 'мүгедектер', 'егде-жастағылар', 'жұмыссыздар', 'қоғамдық-ұйымдар', 'бизнес', 'басқалар']);
        for (const entry of [...(cats.socialCategories as Obj[]), ...(cats.ageBrackets as Obj[])])
            for (const lang of ['kk', 'ru', 'en']) expect(typeof entry[lang], `${entry.key}.${lang}`).toBe('string');
    });

    test('68 standard indicator names, each with en and ru glosses', () => {
        const indicators = vocab.indicators as Obj[];
        expect(indicators).toHaveLength(68);
        expect(indicators.map(i => i.no)).toEqual(Array.from({ length: 68 }, (_, i) => i + 1));
        expect(new Set(indicators.map(i => i.kk)).size).toBe(68);
        for (const i of indicators) for (const lang of ['kk', 'en', 'ru']) expect(typeof i[lang]).toBe('string');
    });

    test('20 regions: 17 oblystar and 3 cities', () => {
        const regions = vocab.regions as Obj[];
        expect(regions).toHaveLength(20);
        expect(regions.filter(r => r.kind === 'oblys')).toHaveLength(17);
        expect(regions.filter(r => r.kind === 'city')).toHaveLength(3);
        for (const r of regions.filter(r => r.kind === 'oblys')) expect(r.centre).toBeTruthy();
    });

    test('12 months, Block IV names with units, priority directions keyed by strings', () => {
        expect((vocab.months as Obj[]).map(m => m.kk)).toHaveLength(12);
        for (const row of vocab.impactIndicators as Obj[]) expect(['адам', 'ұйым', 'ұйым/адам', 'теңге']).toContain(row.unit);
        const keys = ((vocab.priorityDirections as Obj).items as Obj[]).map(i => i.key);
        expect(keys).toContain('13-1');
        expect(keys).toContain('13-2');
        expect(keys).toHaveLength(15);
        expect((vocab.comparators as Obj[]).map(c => c.key)).toEqual(['ge', 'eq', 'le', 'gt', 'approx']);
    });

    test('no Latin look-alike letters inside Kazakh words', () => {
        const kkStrings = [...strings(cats), ...strings(vocab)].filter(([p]) => /\.kk(Short|Aliases|Variants|Surfaces|Template)?(\[\d+\])?$|\.surfaces\[\d+\]$/.test(p));
        expect(kkStrings.length).toBeGreaterThan(100);
        const bad = kkStrings.flatMap(([p, s]) => mixedWords(s).map(w => `${p}: ${w}`));
        expect(bad).toEqual([]);
    });
});
