/**
 * The smaller traps of a first hour (issue 15.7) that the language decides: over-achieved as a
 * hint (configurable), no definition/rename that finds nothing, curly quotes, the language
 * setting's labels, the status mark, syntax errors in the language of the moment.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { BASE, grant, parse, services } from './helpers.js';
import { statusOf } from '../language/src/lsp/requests.js';
import { reparseSyntaxErrors } from '../language/src/lsp/settings.js';
import { fillSkeleton } from '../client/src/skeleton.js';

afterEach(() => { grant.esep.Settings.update({}); });

describe('over-achieved (V-PF-07) does not flood Problems', () => {
    const over = BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10 факт: 18');
    test.each([
        [{}, 4], [{ diagnostics: { overAchieved: 'info' } }, 3], [{ diagnostics: { overAchieved: 'off' } }, undefined]
    ])('esep.diagnostics.overAchieved %j → severity %s', async (settings, severity) => {
        grant.esep.Settings.update(settings);
        const found = (await parse(over)).diagnostics!.filter(d => d.code === 'V-PF-07');
        expect(found.length ? found[0].severity : undefined).toBe(severity);
    });
});

test('nothing is advertised that finds nothing: no definition, references, rename', () => {
    expect(grant.lsp.DefinitionProvider).toBeUndefined();
    expect(grant.lsp.ReferencesProvider).toBeUndefined();
    expect(grant.lsp.RenameProvider).toBeUndefined();
});

test('curly quotes pasted from Word are texts', async () => {
    const doc = await parse(BASE.replace('тақырып: "Ауыл мектептеріне волонтерлік көмек"', 'тақырып: “Ауыл мектептеріне волонтерлік көмек”')
        .replace('орны: "Орал қаласы"', 'орны: „Орал қаласы“'));
    expect(doc.diagnostics!.filter(d => d.severity === 1)).toEqual([]);
    expect(doc.parseResult.value.projects[0].topic).toBe('Ауыл мектептеріне волонтерлік көмек');
});

test('the language setting shows language names', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.contributes.configuration.properties['esep.language'].enumItemLabels).toEqual(['Қазақша', 'Русский', 'English']);
});

describe('the status mark', () => {
    test('✖ with the error count while the file has errors, ⚠ while targets are unmet', async () => {
        const broken = await parse(BASE.replace('көрсеткіш "Фото"', 'көрсеткш "Фото"'));
        const status = await statusOf(services.shared, grant, { uri: broken.uri.toString() });
        expect(status?.text).toMatch(/^✖ 1 қате · \d+\/\d+ көрсеткіш$/);
        const short = await parse(BASE.replace('факт: 4 185 000 теңге', 'факт: 4 042 547 теңге'));
        expect((await statusOf(services.shared, grant, { uri: short.uri.toString() }))?.text).toMatch(/^⚠ \d+\/\d+ көрсеткіш$/);
    });

    test('no ✔ before any fact: a new plan says «әлі факт жоқ»; an empty file has no project', async () => {
        const plan = await parse(fillSkeleton(readFileSync(new URL('../templates/skeletons/project.kk.grant', import.meta.url), 'utf8')).text);
        const status = await statusOf(services.shared, grant, { uri: plan.uri.toString() });
        expect(status?.text).toBe('0/13 көрсеткіш — әлі факт жоқ');
        expect(status?.tooltip).toContain('Іс-шара өткен соң әр көрсеткіштің жанына нақты нәтижесін жазыңыз, мысалы: факт: 12');
        const bare = await parse(BASE.slice(0, BASE.indexOf('    міндет 1')) + '}\n');
        expect((await statusOf(services.shared, grant, { uri: bare.uri.toString() }))?.text).toBe('Жобада әлі көрсеткіш жоқ');
        const empty = await parse('');
        expect((await statusOf(services.shared, grant, { uri: empty.uri.toString() }))?.text).toBe('Файлда жоба жоқ');
        // One fact is enough for the roll-up.
        const started = await parse(BASE);
        expect((await statusOf(services.shared, grant, { uri: started.uri.toString() }))?.text).toMatch(/^[✔⚠] \d+\/\d+ көрсеткіш$/);
    });
});

test('syntax errors are read again in the new language', async () => {
    const doc = await parse(BASE.replace('көрсеткіш "Фото"', 'көрсеткш "Фото"'));
    expect(doc.diagnostics!.map(d => String(d.message))).toContain('белгісіз сөз «көрсеткш»: «көрсеткіш» деп жазғыңыз келді ме?');
    grant.esep.Settings.update({ language: 'ru' });
    try {
        reparseSyntaxErrors(services.shared, [doc]);
        const again = await grant.validation.DocumentValidator.validateDocument(doc);
        expect(again.map(d => String(d.message))).toContain('неизвестное слово «көрсеткш»: вы хотели написать «көрсеткіш»?');
    } finally {
        grant.esep.Settings.update({});
    }
});
