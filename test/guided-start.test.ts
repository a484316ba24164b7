/**
 * The guided start of the extension as package.json and its nls files declare it: the
 * walkthrough (every step titled, described and illustrated in each language VS Code may pick),
 * and command titles the command palette finds by Kazakh, Russian and English words.
 *
 * How VS Code resolves them (extension scanner, 1.139): `%key%` takes its text from
 * package.nls.<display language>.json, else package.nls.json; for a command's title and category
 * it also keeps package.nls.json's text as the «original», and the palette matches what the user
 * types against both. So the palette searches, per display language:
 *   English UI → package.nls.en.json's title + package.nls.json's title
 *   Russian UI → package.nls.ru.json's title + package.nls.json's title
 *   any other  → package.nls.json's title (VS Code has no Kazakh display language)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const pkg = read('package.json');
const NLS: Record<string, Record<string, string>> = {
    default: read('package.nls.json'), kk: read('package.nls.kk.json'), ru: read('package.nls.ru.json'), en: read('package.nls.en.json')
};
const key = (value: string) => /^%(.+)%$/.exec(value)?.[1];

/** What the palette can match a command by in a display language (see the header). */
function searchable(command: { title: string; category?: string }, ui: 'en' | 'ru' | 'other'): string {
    const texts = (k: string | undefined) => (k ? [ui === 'other' ? undefined : NLS[ui][k], NLS.default[k]] : []).filter(Boolean);
    const category = command.category ? texts(key(command.category)).join(' ') : '';
    return [...texts(key(command.title)), category].join(' ').toLowerCase();
}

describe('the nls files', () => {
    it('hold each key once (JSON.parse would silently keep the last one, e.g. after a merge)', () => {
        for (const name of ['package.nls.json', 'package.nls.kk.json', 'package.nls.ru.json', 'package.nls.en.json']) {
            const keys = [...readFileSync(join(root, name), 'utf8').matchAll(/^\s*"([^"]+)"\s*:/gm)].map(m => m[1]);
            expect(keys.filter((k, i) => keys.indexOf(k) !== i), name).toEqual([]);
        }
    });
});

describe('command palette in three languages', () => {
    const commands: { command: string; title: string; category?: string }[] = pkg.contributes.commands;

    it('every command title comes from the nls files, in all four', () => {
        for (const c of commands) {
            const k = key(c.title);
            expect(k, c.command).toBeTruthy();
            for (const [lang, table] of Object.entries(NLS)) expect(table[k!], `${c.command} in ${lang}`).toBeTruthy();
        }
    });

    it('every command is found by its Kazakh, Russian and English title in the English and the Russian UI', () => {
        for (const c of commands) {
            const k = key(c.title)!;
            const english = NLS.en[k].split(' — ').pop()!;
            const words = [NLS.kk[k], NLS.ru[k], english].map(w => w.toLowerCase());
            for (const ui of ['en', 'ru'] as const) {
                for (const w of words) expect(searchable(c, ui), `${c.command}, ${ui} UI: «${w}»`).toContain(w);
            }
        }
    });

    it('finds «жаңа жоба», «новый проект» and «new project», and would not without the original title', () => {
        const c = commands.find(x => x.command === 'esep.newProject')!;
        for (const ui of ['en', 'ru'] as const) {
            for (const phrase of ['жаңа жоба', 'новый проект', 'new project']) expect(searchable(c, ui)).toContain(phrase);
        }
        // The localised titles alone miss a language: the trilingual default title is what carries it.
        expect(NLS.ru['esep.newProject.title'].toLowerCase()).not.toContain('new project');
        expect(NLS.en['esep.newProject.title'].toLowerCase()).not.toContain('новый проект');
    });
});

describe('walkthrough', () => {
    const walkthroughs = pkg.contributes.walkthroughs as {
        id: string; title: string; description: string; featuredFor?: string[];
        steps: { id: string; title: string; description: string; media: { markdown?: string; image?: string }; completionEvents?: string[] }[];
    }[];

    it('one walkthrough with the four steps of a first project', () => {
        expect(walkthroughs).toHaveLength(1);
        expect(walkthroughs[0].steps.map(s => s.id)).toEqual(['start', 'facts', 'checks', 'report']);
        expect(walkthroughs[0].featuredFor).toEqual(['**/*.grant']);
    });

    it('its buttons run the commands of each step', () => {
        const steps = Object.fromEntries(walkthroughs[0].steps.map(s => [s.id, s]));
        const links = (id: string) => [...NLS.default[key(steps[id].description)!].matchAll(/\(command:([\w.]+)\)/g)].map(m => m[1]);
        expect(links('start')).toEqual(['esep.importPlan', 'esep.newProject']);
        expect(links('checks')).toEqual(['workbench.actions.view.problems']);
        expect(links('report')).toEqual(['esep.generateReport', 'esep.openPreview']);
        // The same buttons in every language.
        for (const lang of ['kk', 'ru', 'en']) {
            for (const s of walkthroughs[0].steps) {
                const k = key(s.description)!;
                const commandsOf = (text: string) => [...text.matchAll(/\(command:([\w.]+)\)/g)].map(m => m[1]);
                expect(commandsOf(NLS[lang][k]), `${s.id} in ${lang}`).toEqual(commandsOf(NLS.default[k]));
            }
        }
        // Each step is marked done when the user does what it asks.
        expect(steps.start.completionEvents).toEqual(['onCommand:esep.importPlan', 'onCommand:esep.newProject']);
        expect(steps.report.completionEvents).toContain('onCommand:esep.generateReport');
    });

    for (const lang of ['default', 'kk', 'ru', 'en']) {
        it(`${lang}: every text and page exists, pages in their own language, with their picture`, () => {
            const wt = walkthroughs[0];
            for (const field of [wt.title, wt.description]) expect(NLS[lang][key(field)!]).toBeTruthy();
            for (const step of wt.steps) {
                for (const field of [step.title, step.description]) expect(NLS[lang][key(field)!], `${step.id} ${field}`).toBeTruthy();
                const page = NLS[lang][key(step.media.markdown!)!];
                const folder = lang === 'default' ? 'kk' : lang;
                expect(page).toBe(`media/walkthrough/${folder}/${step.id}.md`);
                const text = readFileSync(join(root, page), 'utf8');
                const images = [...text.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)];
                expect(images.length, page).toBeGreaterThan(0);
                for (const [, alt, src] of images) {
                    expect(alt.trim(), `${page}: a picture without a description`).not.toBe('');
                    expect(existsSync(join(root, dirname(page), src)), `${page} → ${src}`).toBe(true);
                }
                if (lang === 'kk' || lang === 'default') expect(text).toMatch(/[әғқңөұүһі]/u);
                if (lang === 'ru') expect(text).toMatch(/[ыэъё]/u);
            }
        });
    }

    it('the pictures are real screenshots, small enough for the package', () => {
        for (const step of ['start', 'facts', 'checks', 'report']) {
            const file = join(root, 'media/walkthrough', `${step}.png`);
            const png = readFileSync(file);
            expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
            const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
            expect(width, step).toBeGreaterThanOrEqual(600);
            expect(height, step).toBeGreaterThanOrEqual(300);
            expect(png.length, step).toBeLessThan(400 * 1024);
        }
    });
});
