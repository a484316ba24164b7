// The first hour of a project manager who is not a programmer (issue 15): the traps a new user
// typed into, each typed through again as a user does (keys, mouse), with what must be on
// screen afterwards. Screenshots: artifacts/e2e/fh-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { expect, Failure, norm } from './workbench.mjs';

export const FILE = 'birgemiz-bilim.grant';
const sleep = ms => new Promise(r => setTimeout(r, ms));

export function lineOf(text, needle, after = 0) {
    const lines = text.split('\n');
    for (let i = after; i < lines.length; i++) if (lines[i].includes(needle)) return i + 1;
    throw new Error(`${FILE} has no line with «${needle}»: the example changed, update test/e2e/first-hour.mjs`);
}

export async function openExample(ctx) {
    await ctx.wb.escape();
    await ctx.wb.hideHover();
    await ctx.wb.openFile(FILE);
}

export async function revert(ctx) {
    await ctx.wb.escape();
    await ctx.wb.runCommand('File: Revert File');
    await sleep(300);
}

/** The Esep status bar item («✔ 47/52 көрсеткіш», «✖ 1 қате · …»). */
export async function statusItem(ctx, pattern, message) {
    return ctx.wb.waitFor(async () => (await ctx.wb.statusBarItems()).find(t => pattern.test(t)), {
        timeout: 20_000,
        message: async () => `${message ?? `no status bar item like ${pattern}`} (the status bar shows: ${(await ctx.wb.statusBarItems()).join(' | ')})`
    });
}

/** Puts the cursor at the end of `line` and presses Enter: a fresh indented line under it. */
export async function newLineAfter(ctx, line) {
    await ctx.wb.goToLine(line);
    await ctx.wb.keyboard.press('End');
    await ctx.wb.keyboard.press('Enter');
}

/** Opens the quick fix menu on `needle` of `line` and clicks `title`. */
export async function quickFix(ctx, line, needle, title, shot) {
    const { wb } = ctx;
    // The cursor goes there by Ctrl+G line:column (a click may land a line off while CodeLens settle).
    await wb.goToLine(line);
    const column = norm((await wb.lineBox(line))?.text ?? '') && (await wb.lineBox(line)).text.indexOf(needle);
    expect(column >= 0, `line ${line} does not show «${needle}»: «${norm((await wb.lineBox(line))?.text)}»`);
    await wb.goToLine(line, column + 2);
    const rows = wb.page.locator('.action-widget .monaco-list-row');
    const shows = async () => (await rows.allInnerTexts()).some(t => t.includes(title));
    // As a person would: Ctrl+., and once more if no menu came. (One clean-clone run saw no menu
    // for 8 s after a single Ctrl+. that came while VS Code was still asking for the light bulb's
    // actions at the new cursor place; the same scenario alone passed four times in four.)
    const deadline = Date.now() + 8_000;
    for (let press = 0; ; press++) {
        await wb.keyboard.press('Control+.');
        const waited = await wb.waitFor(shows, { timeout: Math.min(2_500, Math.max(500, deadline - Date.now())), message: 'no menu yet' }).then(() => true, () => false);
        if (waited) break;
        const menu = (await rows.allInnerTexts()).map(norm).join(' | ');
        if (Date.now() >= deadline || menu) {
            throw new Failure(`the quick fix menu on «${needle}» (line ${line}) has no «${title}» (it shows: ${menu || 'no menu'}; Ctrl+. pressed ${press + 1} times in 8 s)`);
        }
        await wb.escape();
    }
    if (shot) await wb.shot(shot);
    await rows.filter({ hasText: title }).first().click();
}

/** Waits until `line` reads `want` (trimmed). */
export async function lineReads(ctx, line, want, what) {
    return ctx.wb.waitFor(async () => norm((await ctx.wb.lineBox(line))?.text) === norm(want), {
        timeout: 5_000, message: async () => `${what}: line ${line} reads «${norm((await ctx.wb.lineBox(line))?.text)}», not «${norm(want)}»`
    });
}

/** The rest of the file is still checked: the CodeLens of task 1 and the status bar's indicator count. */
export async function restStillChecked(ctx) {
    const { wb, text } = ctx;
    const total = (text.match(/^\s*көрсеткіш\s+"/gm) ?? []).length;
    const item = await statusItem(ctx, new RegExp(`\\d+/${total} көрсеткіш`), `the status bar no longer counts the file's ${total} indicators`);
    const task = lineOf(text, 'міндет 1 "');
    await wb.goToLine(task);
    await wb.waitFor(async () => (await wb.codeLensAbove(task)).some(t => /орындалды/.test(t)), {
        timeout: 10_000, message: `no CodeLens «… орындалды» above «міндет 1» (line ${task}) any more`
    });
    return item;
}

export const firstHourScenarios = [
    {
        name: 'fh-enter-after-quote',
        title: 'issue 15.1: a quoted value typed and Enter pressed: a new line, no «міндет» block inserted',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const anchor = lineOf(text, 'көрсеткіш "Фото"');
            await newLineAfter(ctx, anchor);
            // As a person types it: the editor closes the quote, the person types over it.
            await wb.type('ескерту: "');
            await sleep(400);
            await wb.type('Фото кейін');
            await wb.type('"');
            await sleep(800);
            await wb.shot('fh-01-after-quote');
            const open = await wb.suggestions();
            await wb.keyboard.press('Enter');
            await sleep(400);
            await wb.type('// келесі жол');
            await sleep(300);
            await wb.shot('fh-01-enter');
            const typed = norm((await wb.lineBox(anchor + 1))?.text);
            const next = norm((await wb.lineBox(anchor + 2))?.text);
            try {
                expect(typed === 'ескерту: "Фото кейін"', `the typed line reads «${typed}», not «ескерту: "Фото кейін"» (suggestions open before Enter: ${open.join(' | ') || 'none'})`);
                expect(next === '// келесі жол', `Enter after the closing quote did not make a new line: the next line reads «${next}» (suggestions open before Enter: ${open.join(' | ') || 'none'})`);
                expect(!open.length, `a suggestion list was open right after the closing quote: ${open.join(' | ')}`);
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-misspelt-keyword',
        title: 'issue 15.2: «көрсеткіш» misspelt: «белгісіз сөз … деп жазғыңыз келді ме?», one-click fix, the rest still checked',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const line = lineOf(text, 'көрсеткіш "Кездесулер бағдарламасы"');
            const p = await wb.reveal(line, 'көрсеткіш');
            await wb.page.mouse.dblclick(p.x, p.y);
            await wb.type('көрсеткш');
            try {
                await wb.waitFor(async () => (await wb.squigglesOn(line)).includes('error'), {
                    timeout: 8_000, message: `no error squiggle on line ${line} after «көрсеткіш» → «көрсеткш»`
                });
                const want = 'белгісіз сөз «көрсеткш»: «көрсеткіш» деп жазғыңыз келді ме?';
                const hover = await wb.hover(line, 'көрсеткш', { expectText: /белгісіз|күтілген|болмауы/ });
                await wb.shot('fh-02-misspelt-hover');
                await wb.hideHover();
                expect(hover.includes(want), `the hover on «көрсеткш» does not say «${want}»: «${hover}»`);
                await restStillChecked(ctx);
                await quickFix(ctx, line, 'көрсеткш', '«көрсеткіш» деп түзету', 'fh-02-misspelt-fix-menu');
                await wb.waitFor(async () => (await wb.lineBox(line))?.text.includes('көрсеткіш "Кездесулер бағдарламасы"'), {
                    timeout: 5_000, message: async () => `the quick fix did not restore «көрсеткіш»: line ${line} reads «${norm((await wb.lineBox(line))?.text)}»`
                });
                await wb.waitFor(async () => !(await wb.squigglesOn(line)).includes('error'), { timeout: 8_000, message: `the error on line ${line} stays after the fix` });
                await wb.shot('fh-02-misspelt-fixed');
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-unquoted-grantee',
        title: 'issue 15.2: the grantee written without quotes: a warning with a one-click fix, every other check stays',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const line = lineOf(text, 'гранталушы: "');
            const original = text.split('\n')[line - 1];
            const bare = original.replace(/"/g, '');
            await wb.goToLine(line);
            await wb.keyboard.press('End');
            await wb.keyboard.press('Shift+Home');
            await wb.keyboard.insertText(bare.trim());
            try {
                await wb.waitFor(async () => (await wb.squigglesOn(line)).includes('warning'), {
                    timeout: 8_000, message: async () => `no warning squiggle on the grantee line ${line} without quotes (squiggles: ${(await wb.squigglesOn(line)).join(', ') || 'none'})`
                });
                expect(!(await wb.squigglesOn(line)).includes('error'), `the grantee without quotes is still a syntax error on line ${line}`);
                await restStillChecked(ctx);
                await quickFix(ctx, line, 'Жас қанат', 'Мәтінді тырнақшаға алу', 'fh-03-unquoted-menu');
                await lineReads(ctx, line, original, 'after «Мәтінді тырнақшаға алу»');
                await wb.shot('fh-03-unquoted-fixed');
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-value-line-end',
        title: 'issue 15.3: a note typed under «факт: 180» is its own error; the fact keeps no unit',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const anchor = lineOf(text, 'көрсеткіш "Фото"');
            const before = await wb.squigglesOn(anchor);
            await newLineAfter(ctx, anchor);
            await wb.keyboard.insertText('Фото кейін қосамын');
            try {
                await wb.waitFor(async () => (await wb.squigglesOn(anchor + 1)).includes('error'), {
                    timeout: 8_000, message: `no error squiggle on the stray line ${anchor + 1} («Фото кейін қосамын»)`
                });
                const hover = await wb.hover(anchor + 1, 'кейін', { expectText: /жол|күтілген|болмауы/ });
                await wb.shot('fh-04-stray-line');
                await wb.hideHover();
                expect(hover.includes('Бұл жол ешбір өріске жатпайды'), `the hover on the stray line does not say it belongs to no field: «${hover}»`);
                const after = await wb.squigglesOn(anchor);
                expect(after.filter(k => k === 'warning' || k === 'error').length <= before.filter(k => k === 'warning' || k === 'error').length,
                    `the fact line ${anchor} got a new warning from the note under it (before: ${before.join(', ') || 'none'}; after: ${after.join(', ')})`);
                await quickFix(ctx, anchor + 1, 'кейін', 'Жолды түсініктемеге айналдыру (//)');
                await wb.waitFor(async () => norm((await wb.lineBox(anchor + 1))?.text).startsWith('// Фото кейін қосамын'), {
                    timeout: 5_000, message: async () => `the stray line was not turned into a comment: «${norm((await wb.lineBox(anchor + 1))?.text)}»`
                });
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-new-project',
        title: 'issue 15.5: «Esep: New project» gives a file with no errors, dates from today, empty placeholders',
        async run(ctx) {
            const { wb, layout } = ctx;
            await wb.escape();
            const name = `fh-new-${Date.now().toString(36)}`;
            // Just after start-up the palette may not list the extension's commands yet.
            await wb.waitFor(async () => {
                await wb.quickInput('>Esep: Жаңа жоба — New project');
                await sleep(300);
                return (await wb.quickRows()).some(r => norm(r.split('\n')[0]) === 'Esep: Жаңа жоба — New project');
            }, { timeout: 30_000, interval: 1000, message: 'the command palette never offers «Esep: Жаңа жоба — New project»' });
            await wb.escape();
            await wb.runCommand('Esep: Жаңа жоба — New project');
            const input = wb.page.locator('.quick-input-widget input.input').first();
            await input.waitFor({ state: 'visible', timeout: 10_000 });
            await input.fill(name);
            await wb.keyboard.press('Enter');
            const file = `${name}.grant`;
            await wb.waitFor(async () => (await wb.activeTab()) === file, { timeout: 10_000, message: `${file} did not open after «New project»` });
            const written = fs.readFileSync(path.join(layout.workspace, file), 'utf8');
            const year = String(new Date().getFullYear());
            try {
                const period = /^\s*кезең:\s*(.*)$/m.exec(written)?.[1] ?? '';
                expect(period.includes(year), `the new project's period «${period}» is not from this year (${year})`);
                for (const fake of ['Батыс Қазақстан облысы', 'Жоба жетекшісі', 'наурыз - қараша']) {
                    expect(!written.includes(fake), `the new project contains «${fake}», which looks like real data`);
                }
                // Nothing has a fact yet: the status bar must not claim success.
                const status = await wb.waitFor(async () => (await wb.statusBarItems()).find(t => /^0\/\d+ көрсеткіш — әлі факт жоқ$/.test(t)), {
                    timeout: 20_000, message: async () => `the status bar of the new project does not say «0/N көрсеткіш — әлі факт жоқ» (it shows: ${(await wb.statusBarItems()).join(' | ')})`
                });
                ctx.log(`status bar: ${status}`);
                await sleep(1500);
                const rows = await wb.problems(file);
                await wb.shot('fh-05-new-project');
                const errors = await wb.page.locator('.markers-panel .monaco-list-row .codicon-error, .markers-panel .monaco-list-row .marker-icon.error').count();
                expect(errors === 0, `the new project has ${errors} error(s) in the Problems panel: ${rows.join(' | ')}`);
                ctx.log(`new project: ${rows.length} rows in Problems, no errors`);
            } finally {
                await wb.problems('').catch(() => {});
                await wb.closePanel().catch(() => {});
                await wb.runCommand('View: Close All Editors').catch(() => {});
                fs.rmSync(path.join(layout.workspace, file), { force: true });
            }
        }
    },
    {
        name: 'fh-report-needs',
        title: 'issue 15.4: an emptied grantee is marked while editing; «Generate report» refuses, «Show problems» jumps to that line in this file, and it becomes an error',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const line = lineOf(text, 'гранталушы: "');
            await wb.goToLine(line);
            await wb.keyboard.press('End');
            await wb.keyboard.press('Shift+Home');
            await wb.keyboard.insertText('гранталушы: ""');
            try {
                await wb.waitFor(async () => (await wb.squigglesOn(line)).length > 0, {
                    timeout: 8_000, message: `nothing marks the emptied grantee on line ${line} while editing`
                });
                const hover = await wb.hover(line, '""', { expectText: /бос|қажет/ });
                await wb.hideHover();
                expect(hover.includes('Есепке қажетті «Гранталушы» бос'), `the mark on the empty grantee does not say the report needs it: «${hover}»`);
                // Another file in front must not matter: the refusal names this one.
                await wb.clearNotifications();
                await wb.runCommand(ctx.reportCommand);
                const refusal = await wb.waitFor(async () => (await wb.notifications()).find(t => t.startsWith('error:')), {
                    timeout: 30_000, message: async () => `no refusal (notifications: ${(await wb.notifications()).join(' | ') || 'none'})`
                });
                await wb.shot('fh-06-report-refused');
                expect(refusal.includes('Гранталушы') && refusal.includes('бос'), `the refusal does not name the empty grantee: «${refusal}»`);
                const button = wb.page.locator('.notifications-toasts .notification-toast .monaco-button', { hasText: 'Мәселелерді көрсету' }).first();
                await button.click({ timeout: 5_000 });
                await wb.waitFor(async () => (await wb.activeTab()) === FILE && (await wb.cursorLine()) === line, {
                    timeout: 8_000, message: async () => `«Show problems» did not go to line ${line} of ${FILE} (active: ${await wb.activeTab()}, line ${await wb.cursorLine()})`
                });
                await wb.waitFor(async () => (await wb.squigglesOn(line)).includes('error'), {
                    timeout: 8_000, message: async () => `after the refusal the empty grantee is not an error on line ${line} (squiggles: ${(await wb.squigglesOn(line)).join(', ')})`
                });
                await wb.shot('fh-06-report-needs');
            } finally {
                await wb.clearNotifications();
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-small-traps',
        title: 'issue 15.7: ✖ in the status bar with an error; curly quotes accepted; over-achieved not in Problems; syntax errors follow esep.language',
        async run(ctx) {
            const { wb, text, layout } = ctx;
            await openExample(ctx);
            // Over-achieved indicators are marks on their lines, not rows in Problems.
            const over = await wb.problems('V-PF-07');
            await wb.closePanel();
            expect(over.length === 0, `the Problems panel lists ${over.length} «over-achieved» rows (V-PF-07)`);
            // Curly quotes pasted from Word.
            const anchor = lineOf(text, 'көрсеткіш "Фото"');
            await newLineAfter(ctx, anchor);
            await wb.keyboard.insertText('ескерту: “Фото кейін қосылады”');
            const typo = lineOf(text, 'көрсеткіш "Кездесулер бағдарламасы"');
            try {
                await sleep(1500);
                const curly = await wb.squigglesOn(anchor + 1);
                expect(!curly.includes('error'), `«ескерту: “Фото кейін қосылады”» (curly quotes) is an error: ${curly.join(', ')}`);
                // One error: the status bar says so (not ✔).
                const p = await wb.reveal(typo, 'көрсеткіш');
                await wb.page.mouse.dblclick(p.x, p.y);
                await wb.keyboard.insertText('көрсеткш');
                const item = await statusItem(ctx, /^✖ \d+ қате/, 'the status bar does not show ✖ with the error count');
                ctx.log(`status bar: ${item}`);
                await wb.shot('fh-07-small-traps');
                // The language switched: the syntax error is read again in Russian.
                await wb.editUserSettings(layout.settingsFile, s => ({ ...s, 'esep.language': 'ru' }));
                try {
                    await wb.closeModalEditor();
                    await wb.openFile(FILE);
                    await wb.waitFor(async () => (await wb.problems('көрсеткш')).some(r => r.includes('неизвестное слово «көрсеткш»')), {
                        timeout: 20_000, message: async () => `the syntax error stays in Kazakh after esep.language = ru: ${(await wb.problems('көрсеткш')).join(' | ')}`
                    });
                    await wb.shot('fh-07-language-ru');
                } finally {
                    await wb.escape();
                    await wb.editUserSettings(layout.settingsFile, s => { const { 'esep.language': _, ...rest } = s; return rest; }).catch(() => {});
                    await wb.closeModalEditor().catch(() => {});
                    await wb.problems('').catch(() => {});
                    await wb.closePanel().catch(() => {});
                    await wb.openFile(FILE);
                }
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-moved-justification',
        title: 'issue 15.7: a justification that ends up under another indicator after an insertion is noticed (V-PF-11)',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const name = lineOf(text, 'көрсеткіш "Гранттың жалпы сомасынан еңбек ақы төлеу қоры"');
            const values = name + 1;
            // The user justifies the shortfall on the line under the values…
            await newLineAfter(ctx, values);
            await wb.keyboard.insertText('ауытқу: "Жалақы қоры үнемделді"');
            try {
                // …then inserts a new indicator above the justification, which now belongs to it.
                await newLineAfter(ctx, values);
                await wb.keyboard.press('Shift+Tab');
                await wb.keyboard.insertText('көрсеткіш "Баннер" жоспар: 1 факт: 1');
                const moved = values + 2;
                await wb.waitFor(async () => (await wb.squigglesOn(moved)).includes('warning'), {
                    timeout: 8_000, message: async () => `no warning on the justification (line ${moved}, «${norm((await wb.lineBox(moved))?.text)}») now under «Баннер»`
                });
                // Up to 15 s (three tries of 5 s): one clean-clone run of five saw no such hover within 9 s,
                // right after the warning had shown; it passed alone twice at once after.
                const hover = await wb.hover(moved, 'Жалақы', { expectText: /негіздеме/, timeout: 15_000 });
                await wb.shot('fh-08-moved-justification');
                await wb.hideHover();
                expect(hover.includes('«Баннер» көрсеткішіне жатады') && hover.includes('Гранттың жалпы сомасынан'), `the warning does not name both indicators: «${hover}»`);
            } finally {
                await revert(ctx);
            }
        }
    }
];
