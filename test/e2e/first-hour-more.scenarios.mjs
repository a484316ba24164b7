// More first-hour traps (issue 15, second round), typed through in a real VS Code as a person
// does: a snippet accepted from the suggestions parses at once, a task title typed without quotes
// is one warning with a one-click fix, an emptied place is the same quiet «to fill» mark as an
// emptied grantee, the empty file's «New project from the template» writes today's dates.
// Screenshots: artifacts/e2e/fh-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { expect, norm } from './workbench.mjs';
import { FILE, lineOf, lineReads, newLineAfter, openExample, quickFix, restStillChecked, revert } from './first-hour.mjs';

const sleep = ms => new Promise(r => setTimeout(r, ms));

/**
 * The plan example, which no scenario asks a report of: its empty places stay hints (once a
 * report has been asked for, fh-report-needs on the other example, they are errors by design).
 */
const PLAN = 'teng-mumkindik.grant';
async function openPlan(ctx) {
    await ctx.wb.escape();
    await ctx.wb.hideHover();
    await ctx.wb.openFile(PLAN);
    return fs.readFileSync(path.join(ctx.layout.workspace, PLAN), 'utf8');
}

/** Replaces the whole of `line` by `text`, as a person selecting the line and typing over it. */
async function retype(wb, line, text) {
    await wb.goToLine(line);
    await wb.keyboard.press('End');
    await wb.keyboard.press('Shift+Home');
    await wb.keyboard.insertText(text);
}

/**
 * Opens the example and retypes the line that holds `needle`, whose end `from` (checked) becomes `to`:
 * a person changing the last field of a row. The line and what it read before are returned.
 */
async function retypeEnd(ctx, needle, from, to) {
    await openExample(ctx);
    const line = lineOf(ctx.text, needle);
    const row = norm(ctx.text.split('\n')[line - 1]);
    expect(row.endsWith(from), `line ${line} of ${FILE} reads «${row}»`);
    await retype(ctx.wb, line, row.replace(from, to));
    return { line, row };
}

/** The suggestion `label` among those offered for what was just `typed` (Ctrl+Space if none came), clicked; the list closed. */
async function acceptSuggestion(ctx, typed, label) {
    const { wb } = ctx;
    const rows = wb.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    await wb.waitFor(async () => {
        if (!(await wb.suggestions()).length) await wb.keyboard.press('Control+Space');
        return (await wb.suggestions()).some(t => t.startsWith(label));
    }, { timeout: 10_000, message: async () => `typing «${typed}» does not offer «${label}» (suggestions: ${(await wb.suggestions()).join(' | ') || 'none'})` });
    await rows.filter({ hasText: label }).first().click();
    await sleep(300);
    await wb.escape();
}

export const firstHourMoreScenarios = [
    {
        name: 'fh-snippet-parses',
        title: 'issue 15: «іс-шара …» accepted from the suggestions gives no syntax error (мерзімі: is the project\'s period)',
        async run(ctx) {
            const { wb } = ctx;
            const text = await openPlan(ctx);
            const anchor = lineOf(text, 'міндет 2 "');
            const period = /^\s*кезең:\s*(.+?)\s*$/m.exec(text)[1];
            await newLineAfter(ctx, anchor);
            await wb.type('іс-шар');
            try {
                await acceptSuggestion(ctx, 'іс-шар', 'іс-шара …');
                await wb.shot('fh-08-snippet');
                const inserted = [];
                for (let l = anchor + 1; l <= anchor + 5; l++) inserted.push(norm((await wb.lineBox(l))?.text));
                expect(inserted[1] === `мерзімі: ${period}`, `the snippet's period line reads «${inserted[1]}», not «мерзімі: ${period}» (inserted: ${inserted.join(' / ')})`);
                await sleep(2000);
                for (let l = anchor + 1; l <= anchor + 5; l++) {
                    const marks = await wb.squigglesOn(l);
                    expect(!marks.includes('error'), `line ${l} of the inserted activity has an error squiggle: «${norm((await wb.lineBox(l))?.text)}» (inserted: ${inserted.join(' / ')})`);
                }
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-closing-snippet',
        title: '«қорытынды …» accepted from the suggestions writes the final report\'s six closing sections, empty, with no syntax error',
        async run(ctx) {
            const { wb } = ctx;
            const text = await openPlan(ctx);
            // After the «әсер» block's closing brace: a line at the project's level.
            const anchor = lineOf(text, '}', lineOf(text, 'әсер {'));
            await newLineAfter(ctx, anchor);
            await wb.type('қорыт');
            try {
                await acceptSuggestion(ctx, 'қорыт', 'қорытынды …');
                await wb.shot('fh-21-closing-snippet');
                const inserted = [];
                for (let l = anchor + 1; l <= anchor + 8; l++) inserted.push(norm((await wb.lineBox(l))?.text));
                const want = ['қорытынды {', 'ауытқу: ""', 'мақсатқа-жету: ""', 'өзгерістер: ""', 'нақты-нәтижелер: ""', 'ұзақ-мерзімді-әсер: ""', 'тұрақтылық: ""', '}'];
                expect(inserted.join(' / ') === want.join(' / '), `the inserted block reads «${inserted.join(' / ')}»`);
                await sleep(2000);
                for (let l = anchor + 1; l <= anchor + 8; l++) {
                    const marks = await wb.squigglesOn(l);
                    expect(!marks.includes('error'), `line ${l} of the inserted block has an error squiggle: «${norm((await wb.lineBox(l))?.text)}»`);
                }
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-unquoted-title',
        title: 'issue 15: a task title typed without quotes: one warning, «Мәтінді тырнақшаға алу» adds them, the rest still checked',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const line = lineOf(text, 'міндет 1 "');
            await retype(wb, line, 'міндет 1 Волонтерлердің жұмысы {');
            try {
                await wb.waitForMark(line, 'warning', 'the unquoted title');
                // Typed text may reach the server in pieces: wait for the mark of the whole title.
                const hover = await wb.hover(line, 'Волонтерлердің', { expectText: /"Волонтерлердің жұмысы" деп/ });
                await wb.hideHover();
                expect(hover.includes('«міндет» атауы тырнақшаға алынбаған: "Волонтерлердің жұмысы" деп жазыңыз.'), `the hover on the unquoted title says «${hover}»`);
                expect(!(await wb.squigglesOn(line)).includes('error'), `the unquoted title is still a syntax error on line ${line}`);
                await restStillChecked(ctx);
                await quickFix(ctx, line, 'Волонтерлердің', 'Мәтінді тырнақшаға алу', 'fh-09-unquoted-title-menu');
                await lineReads(ctx, line, 'міндет 1 "Волонтерлердің жұмысы" {', 'after «Мәтінді тырнақшаға алу»');
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-unclosed-quote',
        title: 'issue 15: the grantee\'s closing quote deleted: one error on that line, the rest still checked, the quote closed in one click',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const line = lineOf(text, 'гранталушы: "');
            const original = text.split('\n')[line - 1];
            await wb.goToLine(line);
            await wb.keyboard.press('End');
            await wb.keyboard.press('Backspace');
            try {
                await wb.waitForMark(line, 'error', 'the grantee once its closing quote was deleted');
                const hover = await wb.hover(line, 'жастар', { expectText: /жабылмаған/ });
                await wb.hideHover();
                await wb.shot('fh-12-unclosed-quote');
                expect(hover.includes('«гранталушы» мәтінінің тырнақшасы жабылмаған: жолдың соңына " қойыңыз.'), `the hover on the open quote says «${hover}»`);
                await restStillChecked(ctx);
                await quickFix(ctx, line, 'жастар', 'Мәтінді тырнақшаға алу');
                await lineReads(ctx, line, original.trim(), 'after «Мәтінді тырнақшаға алу»');
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-period-in-activity',
        title: 'an activity\'s «мерзімі:» typed as the project\'s «кезең:»: one warning, not a syntax error; the rest still checked; «мерзімі» in one click',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const line = lineOf(text, 'мерзімі: Наурыз – Қараша');
            await retype(wb, line, 'кезең: Наурыз – Қараша');
            try {
                await wb.waitForMark(line, 'warning', '«кезең:» in the activity');
                const hover = await wb.hover(line, 'кезең', { expectText: /бұл жерде жазылмайды/ });
                await wb.hideHover();
                await wb.shot('fh-13-period-in-activity');
                expect(hover.includes('«кезең» бұл жерде жазылмайды: «іс-шара» ішінде ол «мерзімі» деп жазылады, сондықтан солай оқылды.'),
                    `the hover on «кезең» in the activity says «${hover}»`);
                expect(!(await wb.squigglesOn(line)).includes('error'), `«кезең:» in the activity is still an error on line ${line}`);
                await restStillChecked(ctx);
                await quickFix(ctx, line, 'кезең', '«мерзімі» деп түзету', 'fh-14-period-in-activity-menu');
                await lineReads(ctx, line, 'мерзімі: Наурыз – Қараша', 'after ««мерзімі» деп түзету»');
                await wb.waitForNoMark(line, 'the line after the fix');
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-thousands-comma',
        title: 'a fact copied as «5,344» (an English page\'s thousands): the plan reads as unmet, and a warning says it may be 5 344; «5 344» in one click, and the plan is met; «1ОО» typed with letters: «100» in one click',
        async run(ctx) {
            const { wb } = ctx;
            const { line, row } = await retypeEnd(ctx, 'көрсеткіш "Видеороликтың қаралым саны"  жоспар: Кемінде 400', 'факт: 5344', 'факт: 5,344');
            try {
                await wb.waitForMark(line, 'warning', '«5,344»');
                await wb.hoverSays(line, '5,344', '«5,344» бөлшек сан (5,344) болып оқылды. 5 344 деп жазғыңыз келсе, мыңдықтарды бос орынмен бөліңіз: 5 344.',
                    'fh-33-thousands-comma');
                await quickFix(ctx, line, '5,344', '«5 344» деп түзету', 'fh-34-thousands-comma-menu');
                // The share of the plan after the fact (an inlay hint) is the met plan's again.
                await lineReads(ctx, line, row.replace('факт: 5344', 'факт: 5 344→ 1 336%'), 'after ««5 344» деп түзету»');
                await wb.waitForNoMark(line, 'the line after the fix', ['error', 'warning']);
                // The letter О typed for the zeros of «100»: said, and mended in one click.
                await retype(wb, line, row.replace('факт: 5344', 'факт: 1ОО'));
                await wb.waitForMark(line, 'warning', '«1ОО»');
                await quickFix(ctx, line, '1ОО', '«100» деп түзету', 'fh-35-letter-for-digit-menu');
                await lineReads(ctx, line, row.replace('факт: 5344', 'факт: 100→ 25%'), 'after ««100» деп түзету»');
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-field-twice',
        title: 'an activity\'s «орны:» written twice: a warning on the second, naming the field; the first is not marked',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const place = lineOf(text, 'орны: "Батыс Қазақстан облысы"');
            await newLineAfter(ctx, place);
            await wb.keyboard.insertText('орны: "Орал қаласы"');
            const line = place + 1;
            try {
                await wb.waitForMark(line, 'warning', 'the second «орны:»');
                const hover = await wb.hover(line, 'орны', { expectText: /екі рет/ });
                await wb.hideHover();
                await wb.shot('fh-15-field-twice');
                expect(hover.includes('«орны» өрісі екі рет жазылған: соңғысы ғана есепке алынады.'), `the hover on the second «орны» says «${hover}»`);
                const first = await wb.squigglesOn(place);
                expect(!first.includes('warning') && !first.includes('error'), `the first «орны:» (line ${place}) is marked too: ${first.join(', ')}`);
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-closing-sections',
        title: 'a closing section of the final report taken out: a warning on «қорытынды» naming it; one click adds it empty, and that line then asks for its text',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const block = lineOf(text, 'қорытынды {');
            const section = lineOf(text, 'тұрақтылық: "');
            // The added line goes where the form has the section: after «ұзақ-мерзімді-әсер».
            const close = lineOf(text, 'ұзақ-мерзімді-әсер: "') + 1;
            await retype(wb, section, '// тұрақтылық: кейін жазамын');
            try {
                await wb.waitForMark(block, 'warning', '«қорытынды», once «тұрақтылық» is gone');
                // The cursor to the block's line first: retyping the long line above scrolled the view sideways.
                await wb.goToLine(block);
                const hover = await wb.hover(block, 'қорытынды', { expectText: /жазылмаған/ });
                await wb.hideHover();
                await wb.shot('fh-16-closing-missing');
                expect(hover.includes('Жоба кезеңі аяқталды: қорытынды есепке қажетті бөлімдер жазылмаған (1): тұрақтылық («Жоба нәтижелерінің тұрақтылығы»). Оларсыз есеп қабылданбайды.'),
                    `the hover on «қорытынды» says «${hover}»`);
                await quickFix(ctx, block, 'қорытынды', 'Қорытынды есептің жетіспейтін бөлімдерін қосу (1)', 'fh-17-closing-fix-menu');
                await lineReads(ctx, close, 'тұрақтылық: ""', 'after «Қорытынды есептің жетіспейтін бөлімдерін қосу»');
                await wb.waitFor(async () => !(await wb.squigglesOn(block)).includes('warning') && (await wb.squigglesOn(close)).includes('warning'), {
                    timeout: 8_000, message: async () => `after the fix: «қорытынды» (line ${block}) shows ${(await wb.squigglesOn(block)).join(', ') || 'nothing'}, the added line ${close} ${(await wb.squigglesOn(close)).join(', ') || 'nothing'}`
                });
                const empty = await wb.hover(close, '""', { expectText: /бос/ });
                await wb.hideHover();
                await wb.shot('fh-18-closing-added');
                expect(empty.includes('Қорытынды есептің тұрақтылық («Жоба нәтижелерінің тұрақтылығы») бөлімі бос: мәтінін жазыңыз, онсыз есеп қабылданбайды.'),
                    `the hover on the added «тұрақтылық: ""» says «${empty}»`);
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-learning-growth',
        title: 'a learning outcome\'s growth typed as the increase relative to the pre-test: an error naming the difference the form asks for; «29%» in one click; a result without «%», or written as a word: a warning',
        async run(ctx) {
            const { wb } = ctx;
            const { line, row } = await retypeEnd(ctx, 'бағыт "Ағылшын тілі"', 'өсім: 29%', 'өсім: 63%');
            try {
                await wb.waitForMark(line, 'error', 'the growth 63%');
                const hover = await wb.hover(line, '63%', { expectText: /айырманы[\s\S]*Кейінгі − бастапқы/ });
                await wb.shot('fh-19-learning-growth');
                await wb.hideHover();
                expect(hover.includes('«Ағылшын тілі»: өсім 63% — бастапқы нәтижеге қатысты өсім сияқты, ал форма айырманы сұрайды: 75% − 46% = 29%.'),
                    `the hover on «63%» says «${hover}»`);
                // Under the finding, the row's own table: the results and post less pre.
                expect(/Кейінгі − бастапқы\s+29% — ✘ өсім басқаша жазылған/.test(hover), `the hover on «63%» has no row table: «${hover}»`);
                await quickFix(ctx, line, '63%', '«29%» деп түзету', 'fh-20-learning-growth-menu');
                await lineReads(ctx, line, row, 'after ««29%» деп түзету»');
                await wb.waitForNoMark(line, 'the line after the fix', ['error']);
                // The post-test result typed without «%»: two measures, no growth to work out — a warning on it.
                expect(row.includes('кейінгі: 75%'), `line ${line} reads «${row}»`);
                await retype(wb, line, row.replace('кейінгі: 75%', 'кейінгі: 75'));
                await wb.waitForMark(line, 'warning', '«кейінгі: 75»');
                await wb.hoverSays(line, '75', '«Ағылшын тілі»: бастапқы (46%) және кейінгі (75) нәтижелер әртүрлі өлшеммен жазылған: өсімді есептеу мүмкін емес. Екеуін де бір өлшеммен жазыңыз (мысалы, 46% және 75%).',
                    'fh-20b-learning-measures');
                // The pre-test result written as a word: not a number, so the growth is unchecked — said on it.
                await retype(wb, line, row.replace('бастапқы: 46%', 'бастапқы: жақсы'));
                await wb.waitForMark(line, 'warning', '«бастапқы: жақсы»');
                await wb.hoverSays(line, 'жақсы', '«Ағылшын тілі»: «бастапқы: жақсы» бір сан болып оқылмады, сондықтан өсімді тексеру мүмкін емес. Бір санды жазыңыз, мысалы: бастапқы: 46% (не 46 балл).',
                    'fh-20c-learning-word');
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-readout-hovers',
        title: 'hovers that add up: the participant statistics (each group against the total) and a list of publications (month by month, two a month)',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const total = lineOf(text, 'барлығы: 1 728');
            const stats = await wb.hover(total, '1 728', { expectText: /статистикасы/ });
            await wb.shot('fh-22-statistics-hover');
            await wb.hideHover();
            expect(/Ерлер \+ әйелдер\s+565 \+ 1 163 = 1 728 — ✔ барлығымен сәйкес/.test(stats), `the statistics hover says «${stats}»`);
            expect(/Санаттар қосындысы\s+1 728 — ✔/.test(stats), `the statistics hover has no categories' sum: «${stats}»`);
            const list = lineOf(text, 'жарияланымдар {');
            const pubs = await wb.hover(list, 'жарияланымдар', { expectText: /айына кемінде 2/ });
            await wb.shot('fh-23-publications-hover');
            await wb.hideHover();
            expect(/наурыз 2020\s+\d+ [✔✘]/.test(pubs) && /қараша 2020\s+\d+ [✔✘]/.test(pubs), `the publications hover has no months from наурыз to қараша 2020: «${pubs}»`);
        }
    },
    {
        name: 'fh-statistics-word',
        title: 'a unit typed after a statistics number («барлығы: 1 728 адам»): one error naming the field, the sums still checked; «Артық «адам» өшіру» in one click',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const line = lineOf(text, 'барлығы: 1 728');
            const row = norm(text.split('\n')[line - 1]);
            await retype(wb, line, `${row} адам`);
            try {
                await wb.waitForMark(line, 'error', '«адам»');
                const said = await wb.hover(line, 'адам', { expectText: /тек сан/ });
                await wb.shot('fh-24-statistics-word');
                await wb.hideHover();
                expect(said.includes('«барлығы» жолына тек сан жазылады, сондықтан «адам» оқылмады'), `the hover on «адам» says «${said}»`);
                // The total is still read: the statistics hover adds the groups up to it.
                const stats = await wb.hover(line, '1 728', { expectText: /статистикасы/ });
                await wb.hideHover();
                expect(/Ерлер \+ әйелдер\s+565 \+ 1 163 = 1 728 — ✔/.test(stats), `the statistics are not read past the slip: «${stats}»`);
                await quickFix(ctx, line, 'адам', 'Артық «адам» өшіру', 'fh-25-statistics-word-menu');
                await lineReads(ctx, line, row, 'after «Артық «адам» өшіру»');
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-slips-read-as-meant',
        title: 'a two-digit year (кезең: 01.03.20 - 30.11.20) is a warning read as 2020, fixed in one click; «факт 36» without its colon gets «:» in one click',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const period = lineOf(text, 'кезең: 01.03.2020 - 30.11.2020');
            const periodRow = norm(text.split('\n')[period - 1]);
            const fact = lineOf(text, '"Кездесулер бағдарламасы"  жоспар: Кемінде 10  факт: 36');
            const factRow = norm(text.split('\n')[fact - 1]);
            try {
                await retype(wb, period, periodRow.replace('01.03.2020 - 30.11.2020', '01.03.20 - 30.11.20'));
                await wb.waitForMark(period, 'warning', 'the two-digit years');
                expect(!(await wb.squigglesOn(period)).includes('error'), `the two-digit years are an error on line ${period}, not a warning read as meant`);
                await quickFix(ctx, period, '01.03.20', '«01.03.2020» деп түзету', 'fh-26-two-digit-year');
                await lineReads(ctx, period, periodRow.replace('30.11.2020', '30.11.20'), 'after «01.03.2020» деп түзету');
                await retype(wb, fact, factRow.replace('факт: 36', 'факт 36'));
                await wb.waitForMark(fact, 'error', '«факт 36»');
                await quickFix(ctx, fact, '36', '«факт» сөзінен кейін «:» қою', 'fh-27-missing-colon');
                // The line as it was (the inlay hint «→ 360%» comes back after the fact, not part of the text).
                await wb.waitFor(async () => norm((await wb.lineBox(fact))?.text).startsWith(factRow), {
                    timeout: 5_000, message: async () => `after ««факт» сөзінен кейін «:» қою» line ${fact} reads «${norm((await wb.lineBox(fact))?.text)}»`
                });
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-empty-place',
        title: 'issue 15: an emptied place (орны: "") is the quiet «to fill» mark, not a warning',
        async run(ctx) {
            const { wb } = ctx;
            const text = await openPlan(ctx);
            const line = lineOf(text, 'орны: "Ақтау');
            await retype(wb, line, 'орны: ""');
            try {
                await wb.waitFor(async () => (await wb.squigglesOn(line)).length > 0, { timeout: 8_000, message: `nothing marks the emptied place on line ${line}` });
                const hover = await wb.hover(line, '""', { expectText: /бос/ });
                await wb.hideHover();
                await wb.shot('fh-10-empty-place');
                expect(hover.includes('іс-шарасының өткізілу орны бос: орны: "…" тырнақшасының ішіне жазыңыз.'), `the mark on the empty place says «${hover}»`);
                const marks = await wb.squigglesOn(line);
                expect(!marks.includes('warning') && !marks.includes('error'), `the emptied place is a ${marks.join(', ')}, not a hint`);
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'fh-empty-file-lens',
        title: 'issue 15: «Үлгіден жаңа жоба» on an empty .grant file writes the new-project skeleton with today\'s dates, no errors',
        async run(ctx) {
            const { wb, layout } = ctx;
            await wb.escape();
            const file = `fh-empty-${Date.now().toString(36)}.grant`;
            fs.writeFileSync(path.join(layout.workspace, file), '');
            try {
                // A file made outside the editor: the Explorer shows it once refreshed; a click opens it.
                // (The refresh was typed into the palette and Enter pressed after 500 ms: when the list
                // came later, the palette stayed open and nothing was refreshed — the flake seen once in
                // a full run, every time alone. Should the Explorer still not list it, the file is
                // opened by name, as Ctrl+P does, and the log says so.)
                await wb.runCommand('Refresh Explorer');
                const row = wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first();
                const listed = await row.waitFor({ state: 'visible', timeout: 20_000 }).then(() => true, () => false);
                if (listed) await row.click();
                else {
                    ctx.log(`the Explorer did not list ${file} within 20 s: opened by name`);
                    await wb.openFile(file);
                }
                await wb.waitFor(async () => (await wb.activeTab()) === file, { timeout: 10_000, message: async () => `${file} did not open ${listed ? 'from the Explorer' : 'by name'} (active: ${await wb.activeTab()})` });
                const lens = wb.page.locator('.codelens-decoration a', { hasText: 'Үлгіден жаңа жоба' }).first();
                await lens.waitFor({ state: 'visible', timeout: 20_000 });
                await lens.click();
                const year = String(new Date().getFullYear());
                const period = await wb.waitFor(async () => {
                    await wb.keyboard.press('Escape');
                    const lines = await wb.page.locator('.monaco-editor .view-line').allInnerTexts();
                    return lines.map(norm).find(l => l.startsWith('кезең:'));
                }, { timeout: 10_000, message: 'the lens wrote no «кезең:» line' });
                await wb.shot('fh-11-empty-file-lens');
                expect(period.includes(year) && !period.includes('2025'), `the period written by the lens is «${period}», not from this year (${year})`);
            } finally {
                await wb.escape();
                await wb.runCommand('File: Revert File').catch(() => {});
                await wb.runCommand('View: Close All Editors').catch(() => {});
                fs.rmSync(path.join(layout.workspace, file), { force: true });
            }
        }
    },
    {
        name: 'fh-words-team-appendix',
        title: 'the grant sum\'s words disagreeing with its digits: a warning whose one fix writes the digits in words; the team\'s hover counts staff and specialists against Block IV; «қосымша: 3-қосымша» is one error, «қосымша: №3» (the form\'s way) none',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const sum = lineOf(text, 'сома: 15 337 100');
            const sumRow = norm(text.split('\n')[sum - 1]);
            const appendix = lineOf(text, 'қосымша: 3');
            const appendixRow = norm(text.split('\n')[appendix - 1]);
            try {
                // One word changed in the sum's words: «бір жүз» (100) → «екі жүз» (200).
                await retype(wb, sum, sumRow.replace('мың бір жүз)', 'мың екі жүз)'));
                await wb.waitForMark(sum, 'warning', 'the sum whose words say 200 more');
                const said = await wb.hover(sum, 'екі жүз', { expectText: /жазумен/ });
                await wb.hideHover();
                expect(/15 337 100/.test(said) && /15 337 200/.test(said), `the warning on the sum's words names both numbers: «${said}»`);
                await quickFix(ctx, sum, 'екі жүз', '«(он бес миллион үш жүз отыз жеті мың бір жүз)» деп түзету', 'fh-28-sum-words-fix');
                await lineReads(ctx, sum, sumRow, 'after the words fix');
                // The appendix number as the form's title page has it.
                await retype(wb, appendix, appendixRow.replace('қосымша: 3', 'қосымша: 3-қосымша'));
                await wb.waitForMark(appendix, 'error', '«3-қосымша»');
                const why = await wb.hover(appendix, '-қосымша', { expectText: /тек сан/ });
                await wb.hideHover();
                expect(why.includes('«қосымша» жолына тек сан жазылады'), `the error on «-қосымша» says «${why}»`);
                await retype(wb, appendix, appendixRow.replace('қосымша: 3', 'қосымша: №3'));
                await wb.waitForNoMark(appendix, '«қосымша: №3»');
                await wb.shot('fh-29-appendix-number-sign');
            } finally {
                await revert(ctx);
            }
            // The team of the plan example: three staff named against «3 адам», one specialist against «5 адам».
            const plan = await openPlan(ctx);
            const team = lineOf(plan, 'команда {');
            const hover = await wb.hover(team, 'команда', { expectText: /Жоба командасы/ });
            await wb.shot('fh-30-team-hover');
            await wb.hideHover();
            expect(/Қызметкерлер \(қызметкер\)\s+3 — жоспар: 3 адам ✔/.test(hover), `the team hover's staff row: «${hover}»`);
            expect(/Тартылған мамандар \(маман\)\s+1 — жоспар: 5 адам ✘/.test(hover), `the team hover's specialists row: «${hover}»`);
        }
    }
];
