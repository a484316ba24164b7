/**
 * `esep summary` to a terminal without -o (server/src/cli/portfolio/terminal-table.ts): a header,
 * one aligned line per project saying whether it can be accepted and why not, the files that gave
 * no project with their reason, and what the mark means.
 */
import { describe, expect, test } from 'vitest';
import { terminalTable } from '../server/src/cli/portfolio/terminal-table.js';
import { problemRow, type ProjectRow } from '../server/src/portfolio/rows.js';

function project(over: Partial<ProjectRow>): ProjectRow {
    return {
        file: 'a.grant', project: 'А', planned: 10, withFact: 10, met: 8, over: 1, unmet: 1, unverifiable: 0, missing: 0, percentMet: 0.9,
        unjustified: 0, publications: 0, publicationShortMonths: [], publicationMonths: 0, errors: 0, warnings: 0, infos: 0,
        readyToAccept: false, stage: 'finished', ...over
    };
}

describe('the summary on a terminal', () => {
    test('a header, one line a project with its mark, stage, share met, errors and unjustified deviations, then the legend', () => {
        const lines = terminalTable([
            project({ file: 'birgemiz.grant', project: 'Birgemiz: Bilim', readyToAccept: true }),
            project({ file: 'long/path/teng.grant', project: 'Тең мүмкіндік', stage: 'running', met: 0, over: 0, planned: 77, percentMet: 0, errors: 12, unjustified: 6 }),
            problemRow('old.docx', 'Бұл Word құжаты, .grant файлы емес.')
        ], ['examples/', 'my plans'], 'kk');
        expect(lines).toEqual([
            'Дайын  Кезең        Үлесі  Орындалды/жоспар  Қате  Негізсіз ауытқу  Файл — Жоба',
            '✔      аяқталды       90%              9/10     0                0  birgemiz.grant — Birgemiz: Bilim',
            '✘      жүріп жатыр     0%              0/77    12                6  long/path/teng.grant — Тең мүмкіндік',
            '✘ old.docx: Бұл Word құжаты, .grant файлы емес.',
            '',
            '✔ — қабылдауға дайын: жоба кезеңі аяқталған, қатесі жоқ, әр ауытқу негізделген.',
            "Көрсеткіштер мен ескертулер толық кестесі: esep summary examples/ 'my plans' -o portfolio.xlsx"
        ]);
    });

    test('in Russian, a project without planned indicators shows a dash; only problems: no header, no legend', () => {
        const lines = terminalTable([project({ planned: 0, met: 0, over: 0, percentMet: undefined })], ['x.grant'], 'ru');
        expect(lines[0]).toBe('Готов  Стадия    Доля  Выполнено/план  Ошибки  Без обоснования  Файл — Проект');
        expect(lines[1]).toBe('✘      завершён     —             0/0       0                0  a.grant — А');
        // Only problems: the reasons alone, no legend nor a command for tables that would hold no project.
        const only = terminalTable([problemRow('b.grant', 'пусто')], ['b.grant'], 'en');
        expect(only).toEqual(['✘ b.grant: пусто']);
    });
});
