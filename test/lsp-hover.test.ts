import { afterEach, describe, expect, test } from 'vitest';
import { expectHover } from 'langium/test';
import { BASE, grant, readExample, readSpec } from './helpers.js';
import { setLanguage } from '../language/src/i18n.js';

const hover = expectHover(grant);

/** `text` with the hover marker put before the first occurrence of `anchor` (plus `shift` characters). */
function at(text: string, anchor: string, shift = 1): string {
    const k = text.indexOf(anchor);
    if (k < 0) throw new Error(`not in the text: ${anchor}`);
    return text.slice(0, k + shift) + '<|>' + text.slice(k + shift);
}

/** The spec with the hover marker (see `at`). */
function specAt(anchor: string, shift = 1): string {
    return at(readSpec(), anchor, shift);
}

afterEach(() => setLanguage('kk'));

describe('hover on an indicator of the spec file', () => {
    test('plan, fact, percentage of plan and status as a table', async () => {
        await hover({
            text: specAt('"Қатысушылар саны"             жоспар: кемінде 200 адам'),
            index: 0,
            hover: /Жоспар \| кемінде 200 адам[\s\S]*Факт \| 698[\s\S]*349%[\s\S]*артығымен орындалды/,
            disposeAfterCheck: true
        });
    });

    test('on the fact itself, and with the justification of a deviation', async () => {
        await hover({
            text: specAt('жоспар: кемінде 3%  факт: 100', 'жоспар: кемінде 3%  факт: '.length + 1),
            index: 0,
            hover: /Факт \| 100[\s\S]*Ауытқу негіздемесі \| Жоспар пайызбен, факт данамен берілген/,
            disposeAfterCheck: true
        });
    });

    test('an indicator with no fact yet', async () => {
        await hover({
            text: specAt('"Қатысушылардың қанағаттану деңгейі"'),
            index: 0,
            hover: /Жоспар \| кемінде 70%[\s\S]*Факт \| —[\s\S]*факт көрсетілмеген/,
            disposeAfterCheck: true
        });
    });

    test('in Russian when the language is ru', async () => {
        setLanguage('ru');
        await hover({ text: specAt('"Кездесулер бағдарламасы"'), index: 0, hover: /План \| кемінде 10[\s\S]*Факт \| 36[\s\S]*360%/, disposeAfterCheck: true });
    });
});

describe('hover on a task or an activity: the roll-up', () => {
    test('activity 1.1', async () => {
        await hover({
            text: specAt('іс-шара 1 "Жобаны іске асыру', 'іс-шара 1 "'.length + 1),
            index: 0,
            // «Фото: кемінде 5 (әр кездесуден)» is judged against the 36 meetings the activity's result names: 5 × 36 = 180, met.
            hover: /1\.1 іс-шара[\s\S]*5 көрсеткіштің 5 орындалды[\s\S]*Барлық көрсеткіш орындалды\.$/,
            disposeAfterCheck: true
        });
    });

    test('task 1 lists what is not reached', async () => {
        await hover({
            text: specAt('міндет 1 "Мүдделі', 'міндет 1 "'.length + 1),
            index: 0,
            hover: /1 міндет[\s\S]*7 көрсеткіштің 6 орындалды[\s\S]*Орындалмағандар:[\s\S]*Оқушылармен толтырылған сауалнама/,
            disposeAfterCheck: true
        });
    });
});

describe('hover on a keyword: the field of the official form', () => {
    test('`жоспар` says what it is and where it goes in the report', async () => {
        await hover({
            text: specAt('жоспар: кемінде 1              факт: 1'),
            index: 0,
            hover: /\*\*жоспар\*\* — Жоспарланған көрсеткіш деңгейі[\s\S]*Формада: Жоспарда — .*III блок/,
            disposeAfterCheck: true
        });
    });

    test('`аумақ` in the project header, in English', async () => {
        setLanguage('en');
        await hover({ text: specAt('аумақ:'), index: 0, hover: /Implementation territory[\s\S]*In the forms: Plan: Block I/, disposeAfterCheck: true });
    });

    test('the same word means another field in another block', async () => {
        await hover({ text: specAt('ауытқу: "Жоба жоспарға сай орындалды."'), index: 0, hover: /жалпы[\s\S]*қорытынды сипаттама/, disposeAfterCheck: true });
    });

    test('a keyword written inside a value is part of the value', async () => {
        const text = 'жоба "X" {\n    міндет 1 "a" {\n        іс-шара 1 "b" {\n            көрсеткіш "Тізім" жоспар: 1 (н<|>әтиже үшін) факт: 1\n        }\n    }\n}';
        await hover({ text, index: 0, hover: /Жоспар \| 1 \(нәтиже үшін\)/, disposeAfterCheck: true });
    });

    test('nothing on plain text', async () => {
        await hover({ text: specAt('гранталушы: "«Жас', 'гранталушы: "«Ж'.length), index: 0, hover: undefined, disposeAfterCheck: true });
    });
});

describe('hover on a learning row: its results, and the growth against post less pre', () => {
    test('on the growth: the three values as written, 75% − 46% = 29% agreeing', async () => {
        await hover({
            text: at(BASE, 'өсім: 29%', 'өсім: 2'.length), index: 0,
            hover: /\*\*Оқыту нәтижесі:\*\* Ағылшын тілі\n\n[\s\S]*\| Бастапқы нәтиже \| 46% \|\n\| Кейінгі нәтиже \| 75% \|\n\| Өсім \(жазылғандай\) \| 29% \|\n\| Кейінгі − бастапқы \| 29% — ✔ өсіммен сәйкес \|/,
            disposeAfterCheck: true
        });
    });

    test('a growth written otherwise, and results in two measures (on the keyword: the table, then the keyword)', async () => {
        await hover({
            text: at(BASE.replace('кейінгі: 75% өсім: 29%', 'кейінгі: 75% өсім: 63%'), 'өсім: 63%', 'өсім: 6'.length), index: 0,
            hover: /\| Кейінгі − бастапқы \| 29% — ✘ өсім басқаша жазылған \|/, disposeAfterCheck: true
        });
        await hover({
            text: at(BASE.replace('кейінгі: 75% өсім: 29%', 'кейінгі: 75 өсім: 29%'), 'кейінгі: 75 өсім', 2), index: 0,
            hover: /\| Кейінгі − бастапқы \| есептелмейді: нәтижелер әртүрлі өлшеммен жазылған \|\n\n---\n\n\*\*кейінгі\*\*/, disposeAfterCheck: true
        });
    });

    test('in Russian', async () => {
        setLanguage('ru');
        await hover({ text: at(BASE, 'бастапқы: 46%', 'бастапқы: 4'.length), index: 0, hover: /\*\*Результат обучения:\*\* Ағылшын тілі[\s\S]*\| Итоговый − начальный \| 29% — ✔ совпадает с ростом \|/, disposeAfterCheck: true });
    });
});

describe('hover on the participant statistics: each group against the total', () => {
    test('on the total: men and women, categories and ages add up', async () => {
        await hover({
            text: at(BASE, 'барлығы: 220', 'барлығы: 2'.length), index: 0,
            hover: /^\*\*Қатысушылар статистикасы\*\*\n\n\| \| \|\n\|---\|---\|\n\| Барлығы \| 220 \|\n\| Ерлер \+ әйелдер \| 100 \+ 120 = 220 — ✔ барлығымен сәйкес \|\n\| Санаттар қосындысы \| 220 — ✔ барлығымен сәйкес \|\n\| Жас топтары қосындысы \| 220 — ✔ барлығымен сәйкес \|\n\| Тікелей бенефициарлар \(IV блок, факт\) \| 220 — ✔ барлығымен сәйкес \|$/,
            disposeAfterCheck: true
        });
    });

    test('a category count that breaks the sum, on the keyword «статистика» (the table, then the keyword); nothing from the table on its own words', async () => {
        await hover({
            text: at(BASE.replace('жастар: 20', 'жастар: 2'), 'статистика {'), index: 0,
            hover: /\| Санаттар қосындысы \| 202 — ✘ барлығы 220 \|\n\| Жас топтары қосындысы [^\n]*\n\| Тікелей бенефициарлар [^\n]*\n\n---\n\n\*\*статистика\*\*[\s\S]*\n\nФормада: Есепте — «Қатысушылар/, disposeAfterCheck: true
        });
        const words = BASE.replace('        барлығы: 220\n', '        барлығы: 220\n        сипаттама: "Қатысушылардың көбі — мектеп оқушылары."\n');
        await hover({ text: at(words, 'көбі — мектеп'), index: 0, hover: undefined, disposeAfterCheck: true });
    });
});

describe('hover on the statistics: the total against Block IV\'s direct beneficiaries (V-SUM-11)', () => {
    test('a fact of direct beneficiaries other than the total is ✘; a project without that row has no such line', async () => {
        const other = BASE.replace(/(көрсеткіш "Тікелей бенефициарлар саны[^"]*"\s+жоспар: [^\n]*?факт: )220/u, '$1250');
        expect(other).not.toBe(BASE);
        await hover({ text: at(other, 'барлығы: 220', 'барлығы: 2'.length), index: 0, hover: /\| Тікелей бенефициарлар \(IV блок, факт\) \| 250 — ✘ барлығы 220 \|$/, disposeAfterCheck: true });
        const none = BASE.replace(/ +көрсеткіш "Тікелей бенефициарлар саны[^\n]*\n +жоспар: [^\n]*\n/u, '');
        expect(none).not.toBe(BASE);
        await hover({ text: at(none, 'барлығы: 220', 'барлығы: 2'.length), index: 0, hover: /\| Жас топтары қосындысы \| 220 — ✔ барлығымен сәйкес \|$/, disposeAfterCheck: true });
    });
});

describe('hover on a list of publications: the project\'s publications by month', () => {
    test('every month of the period up to the report date, with ✔ from two a month', async () => {
        const text = readExample('birgemiz-bilim.grant');
        const k = text.indexOf('жарияланымдар {');
        await hover({
            text: text.slice(0, k + 1) + '<|>' + text.slice(k + 1), index: 0,
            hover: /^\*\*Жарияланымдар: \d+; айына кемінде 2\*\*\n\n\| \| \|\n\|---\|---\|\n\| наурыз 2020 \| \d+ [✔✘] \|[\s\S]*\| қараша 2020 \| \d+ [✔✘] \|\n\n---\n\n\*\*жарияланымдар\*\*/,
            disposeAfterCheck: true
        });
    });

    test('without the project\'s period there are no months to count', async () => {
        const text = 'жоба "X" {\n    ақпараттық-жұмыс "А" {\n        жарияланымдар {\n            15.08.2020 "<|>Сайт" "Жаңалық"\n        }\n    }\n}';
        await hover({ text, index: 0, hover: /^\*\*Жарияланымдар: 1; айына кемінде 2\*\*\n\nЖоба кезеңі \(кезең:\) жазылмаған/, disposeAfterCheck: true });
    });
});

describe('hover on the team: each kind named against Block IV\'s plan', () => {
    test('two staff against «2 адам», one specialist against «кемінде 1 адам»: both agree; on «команда», the table then the keyword', async () => {
        await hover({
            text: at(BASE, 'команда {'), index: 0,
            hover: /^\*\*Жоба командасы \(IV блоктың жоспарымен\)\*\*\n\n\| \| \|\n\|---\|---\|\n\| Қызметкерлер \(қызметкер\) \| 2 — жоспар: 2 адам ✔ \|\n\| Тартылған мамандар \(маман\) \| 1 — жоспар: кемінде 1 адам ✔ \|\n\n---\n\n\*\*команда\*\*/,
            disposeAfterCheck: true
        });
    });

    test('a staff member short of the plan is ✘, on a member\'s name; a kind Block IV does not plan says so', async () => {
        const short = BASE.replace('        қызметкер "Ахметова Дана Серікқызы" лауазымы: "Жоба бухгалтері"\n', '');
        await hover({ text: at(short, 'қызметкер "Сейтимов', 'қызметкер "С'.length), index: 0, hover: /\| Қызметкерлер \(қызметкер\) \| 1 — жоспар: 2 адам ✘ \|/, disposeAfterCheck: true });
        const unplanned = BASE.replace('        көрсеткіш "Тартылған мамандар саны" жоспар: кемінде 1 адам  факт: 1 адам\n', '');
        await hover({ text: at(unplanned, 'маман "Уралова', 'маман "У'.length), index: 0, hover: /\| Тартылған мамандар \(маман\) \| 1 — IV блокта жоспары жоқ \|/, disposeAfterCheck: true });
    });
});
