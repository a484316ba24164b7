/**
 * Every validation rule: the clean base report passes all of them; one small
 * change makes exactly that rule fire, with its message and range.
 */
import { describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { readFileSync } from 'node:fs';
import type { CodeAction } from 'vscode-languageserver';
import { BASE, grant, parse, readExample } from './helpers.js';
import { REQUIRED_CLOSING } from '../language/src/model.js';
import { diagnosticCode, severityName } from '../server/src/diagnostics.js';
import { NFC_STABLE_RANGES, plainText, surelyNfc } from '../language/src/text-utils.js';
import { hasControlChars } from '../language/src/control-chars.js';

function covered(doc: LangiumDocument, d: Diagnostic): string {
    return doc.textDocument.getText(d.range);
}

const plain = (m: string | { value: string }) => (typeof m === 'string' ? m : m.value).replace(/\u00A0/g, ' ');

/** The findings of one code in a text. */
const findingsOf = (code: string) => async (text: string) => (await parse(text)).diagnostics!.filter(d => d.code === code);

function mutate(from: string, to: string, text = BASE): string {
    expect(text.includes(from), `base text contains ${from}`).toBe(true);
    return text.replace(from, to);
}

describe('the clean base report', () => {
    test('passes every rule', async () => {
        const doc = await parse(BASE);
        expect(doc.diagnostics!.map(d => `${diagnosticCode(d)}: ${d.message}`)).toEqual([]);
    });
});

interface Case {
    rule: string;
    from: string;
    to: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
    /** The text the diagnostic's range covers. */
    at: string;
}

const cases: Case[] = [
    // Targets and deviations
    { rule: 'V-PF-02', from: 'жоспар: кемінде 200 адам факт: 200', to: 'жоспар: кемінде 3 000 адам факт: 20', severity: 'error',
        message: 'Жоспар: кемінде 3 000 адам, факт: 20 (0,7%) — жоспар орындалмады.', at: '20' },
    { rule: 'V-PF-02', from: 'жоспар: кемінде 200 адам факт: 200', to: 'жоспар: кемінде 200 адам факт: 150 ауытқу: "Карантин"', severity: 'info',
        message: 'Жоспар: кемінде 200 адам, факт: 150 (75%) — жоспар орындалмады, ауытқу негіздемесі жазылған.', at: '150' },
    { rule: 'V-PF-03', from: 'жоспар: 10 факт: 12', to: 'жоспар: 10 факт: 8', severity: 'warning',
        message: '«Фото»: жоспардан ауытқу бар, бірақ негіздемесі жазылмаған. Фактіден кейін ауытқу: "…" қосыңыз.', at: '"Фото"' },
    { rule: 'V-PF-03', from: 'факт: 4 185 000 теңге', to: 'факт: 4 042 547 теңге ауытқу: "Үнемделді"', severity: 'warning',
        message: 'Мұнда «Жоба жоспарға сай орындалды.» делінген, бірақ 1 көрсеткіш жоспардан ауытқыған: «Гранттың жалпы сомасынан еңбек ақы төлеу қоры».',
        at: '"Жоба жоспарға сай орындалды."' },
    { rule: 'V-PF-04', from: 'факт: 4 185 000 теңге', to: 'факт: 4 042 547 теңге', severity: 'warning',
        message: 'Жоспар: 4 185 000 теңге, факт: 4 042 547 теңге — жоспардан 142 453 теңге аз (97%). Ауытқу негіздемесін жазыңыз: ауытқу: "…".', at: '4 042 547 теңге' },
    { rule: 'V-PF-04', from: 'факт: 4 185 000 теңге', to: 'факт: 4 200 000 теңге', severity: 'error',
        message: 'Жоспар: 4 185 000 теңге, факт: 4 200 000 теңге — жоспардан 15 000 теңге артық жұмсалған.', at: '4 200 000 теңге' },
    { rule: 'V-PF-05', from: 'жоспар: кемінде 50% факт: 60%', to: 'жоспар: кемінде 50% факт: 100', severity: 'warning',
        message: 'Жоспар пайызбен (кемінде 50%), факт санмен (100) берілген: салыстыру мүмкін емес. Фактіні пайызбен жазыңыз немесе ауытқуда түсіндіріңіз.', at: '100' },
    { rule: 'V-PF-05', from: 'жоспар: 1 құжат факт: 1 құжат', to: 'жоспар: 1 құжат факт: 1 фото', severity: 'warning',
        message: 'Жоспар мен факт әртүрлі бірлікте: жоспар «құжат», факт «фото».', at: '1 фото' },
    { rule: 'V-PF-06', from: 'факт: 220, оның ішінде 25', to: 'факт: 220', severity: 'warning',
        message: 'Жоспарда «оның ішінде» бөлігі бар (20), фактіде жоқ. Фактіге «, оның ішінде N» қосыңыз.', at: '220' },
    { rule: 'V-PF-07', from: 'жоспар: 10 факт: 12', to: 'жоспар: 10 факт: 18', severity: 'hint',
        message: 'Жоспар: 10, факт: 18 (180%) — жоспар асыра орындалды.', at: '18' },
    { rule: 'V-PF-01', from: 'жоспар: 1 құжат факт: 1 құжат', to: 'жоспар: 1 құжат', severity: 'warning',
        message: '«Бағдарлама» көрсеткішінің факті жоқ, ал мерзімі 30.11.2020 аяқталған. факт: жолын қосыңыз.', at: '"Бағдарлама"' },
    { rule: 'V-PF-01', from: '            көрсеткіш "Бағдарлама" жоспар: 1 құжат факт: 1 құжат\n', to: '', severity: 'warning',
        message: 'Іс-шарада бірде-бір көрсеткіш жоқ: жоспар мен фактіні салыстыру мүмкін емес.', at: '"Кездесу"' },
    { rule: 'V-PF-08', from: 'көрсеткіш "Фото" жоспар: 10 факт: 12', to: 'көрсеткіш "Фото" жоспар: 10 факт: 5 ауытқу: "Аз"', severity: 'warning',
        message: 'Толықтығы «100% орындалды» деп жазылған, бірақ 1 көрсеткіш орындалмаған.', at: '"100% орындалды."' },
    { rule: 'V-PF-10', from: 'жоспар: кемінде 200 адам факт: 200', to: 'жоспар: кемінде 200 адам факт: 210', severity: 'warning',
        message: 'Қатысушылар саны 220, ал «Қатысушылар саны» көрсеткішінің фактісі 210: сәйкес емес.', at: '210' },
    { rule: 'V-SUM-12', from: 'жоспар: 10 факт: 12', to: 'жоспар: кемінде 5 (әр кездесуден) факт: 12', severity: 'info',
        message: 'Жоспар «әр кездесуден» бойынша берілген, бірақ олардың саны белгісіз: факт (12) тексерілмейді.', at: '12' },
    { rule: 'V-REQ-05', from: 'көрсеткіш "Бағдарлама" жоспар: 1 құжат факт: 1 құжат', to: 'көрсеткіш "Бағдарлама"', severity: 'error',
        message: '«Бағдарлама» көрсеткішінің жоспарланған сандық мәні жоқ: жоспар: … жазыңыз.', at: '"Бағдарлама"' },
    { rule: 'V-REQ-06', from: '            орны: "Орал қаласы"\n            қосымша: 3', to: '            қосымша: 3', severity: 'warning',
        message: 'Іс-шараның өткізілу орны көрсетілмеген: орны: "…" қосыңыз.', at: '"Кездесу"' },
    { rule: 'V-REQ-07', from: '            қосымша: 3\n', to: '', severity: 'warning',
        message: 'Растайтын құжаттар қосымшасының нөмірі көрсетілмеген: қосымша: N қосыңыз.', at: '"Кездесу"' },
    // Statistics
    { rule: 'V-SUM-01', from: 'ерлер: 100', to: 'ерлер: 10', severity: 'error',
        message: 'Ерлер (10) + әйелдер (120) = 130, ал барлығы 220.', at: '220' },
    { rule: 'V-SUM-02', from: 'жастар: 20', to: 'жастар: 2', severity: 'error',
        message: 'Әлеуметтік санаттардың қосындысы 202, ал барлығы 220.', at: '220' },
    { rule: 'V-SUM-03', from: '17-22: 20', to: '17-22: 21', severity: 'error',
        message: 'Жас топтарының қосындысы 221, ал барлығы 220.', at: '220' },
    { rule: 'V-SUM-03', from: '            59+: 0\n', to: '', severity: 'warning',
        message: 'Жас топтары толық емес: 59+ көрсетілмеген.', at: 'жасы' },
    { rule: 'V-SUM-04', from: 'қатысушылар: 20 "Волонтерлер"', to: 'қатысушылар: 20,5 "Волонтерлер"', severity: 'error',
        message: 'Адам саны бүтін сан болуы керек: 20,5.', at: '20,5' },
    { rule: 'V-KEY-01', from: 'жастар: 20', to: 'жастр: 20', severity: 'error',
        message: '«жастр» — белгісіз жол. Мүмкін: «жастар». Рұқсат етілгендері: балалар, жастар, мемқызметшілер, бюджеттік-қызметкерлер, мүгедектер, егде-жастағылар, жұмыссыздар, қоғамдық-ұйымдар, бизнес, басқалар.', at: 'жастр' },
    { rule: 'V-XSTAT-01', from: 'балалар: 200\n            жастар: 20', to: 'балалар: 20\n            жастар: 200', severity: 'warning',
        message: '13–16 жастағылар 200 адам, ал «балалар» санаты 20: кәмелетке толмағандар балалар санатына кіруі керек.', at: '20' },
    { rule: 'V-SUM-11', from: 'факт: 220, оның ішінде 25', to: 'факт: 230, оның ішінде 25', severity: 'warning',
        message: 'Статистикадағы қатысушылар саны (220) тікелей бенефициарлар фактісінен (230) өзгеше: қай анықтама қолданылғанын түсіндіріңіз.', at: '220' },
    // Lists against counts
    { rule: 'V-SUM-10', from: 'жоспар: кемінде 18 жарияланым факт: 18', to: 'жоспар: кемінде 18 жарияланым факт: 20', severity: 'warning',
        message: 'Тізімде 18 жарияланым бар, ал «Пост, мақала» көрсеткішінің фактісі 20.', at: '20' },
    { rule: 'V-REQ-12', from: 'жоспар: 1 ұйым  факт: 1', to: 'жоспар: 1 ұйым  факт: 2', severity: 'warning',
        message: '1 серіктес жазылған, ал «Әлеуметтік жоба серіктестерінің саны» көрсеткішінің фактісі 2.', at: '2' },
    // Dates and media
    { rule: 'V-DATE-01', from: 'кезең: 01.03.2020 - 30.11.2020', to: 'кезең: 30.11.2020 - 01.03.2020', severity: 'error',
        message: 'Кезеңнің басы (30.11.2020) соңынан (01.03.2020) кейін тұр.', at: '30.11.2020 - 01.03.2020' },
    { rule: 'V-DATE-02', from: 'мерзімі: 01.04.2020 - 30.06.2020', to: 'мерзімі: 01.02.2020 - 30.06.2020', severity: 'error',
        message: 'Іс-шара мерзімі (01.02.2020 – 30.06.2020) жоба кезеңінен (01.03.2020 – 30.11.2020) тыс.', at: '01.02.2020 - 30.06.2020' },
    { rule: 'V-DATE-03', from: '20.11.2020 "Qazvolunteer.kz"', to: '20.12.2020 "Qazvolunteer.kz"', severity: 'warning',
        message: 'Жарияланым күні 20.12.2020 жоба кезеңінен (01.03.2020 – 30.11.2020) тыс.', at: '20.12.2020' },
    { rule: 'V-MEDIA-01', from: '            20.06.2020 "Qazvolunteer.kz" "Жаңалық 06-20"\n', to: '', severity: 'warning',
        message: 'Шарт бойынша айына кемінде 2 жарияланым керек; жетіспейтін айлар: маусым 2020 (1).', at: '"Ақпарат"' },
    { rule: 'V-MEDIA-02', from: '"Qazvolunteer.kz" "Жаңалық 06-20"', to: '"Qazvolunteer.kz" ""', severity: 'error',
        message: 'Жарияланымның күні, басылымы және тақырыбы болуы керек.', at: '20.06.2020 "Qazvolunteer.kz" ""' },
    { rule: 'V-DATE-06', from: 'хат: "25 қараша 2020 жыл. №52 хат"', to: 'хат: "25 қараша 2021 жыл. №52 хат"', severity: 'warning',
        message: 'Хат күні 25.11.2021 жоба кезеңі басталғанға дейін немесе есеп күнінен (30.11.2020) кейін.', at: '"25 қараша 2021 жыл. №52 хат"' },
    { rule: 'V-REQ-10', from: 'хат: "25 қараша 2020 жыл. №52 хат"', to: 'хат: "25 қараша 2020 жыл"', severity: 'error',
        message: 'Хаттың нөмірі мен күні көрсетілмеген. Мысалы: хат: "25 қараша 2020 жыл. №52 хат".', at: '"25 қараша 2020 жыл"' },
    // Header
    { rule: 'V-REQ-01', from: '    тақырып: "Ауыл мектептеріне волонтерлік көмек"\n', to: '', severity: 'error',
        message: 'Есепке қажетті «Грант тақырыбы» өрісі толтырылмаған: жоба ішіне тақырып: … жолын қосыңыз.', at: '"Т"' },
    { rule: 'V-REQ-02', from: 'тақырып: "Ауыл мектептеріне волонтерлік көмек"', to: 'тақырып: "«Ауыл мектептеріне волонтерлік көмек»"', severity: 'warning',
        message: 'Грант тақырыбы тырнақшасыз жазылуы керек (ресми нұсқау: «бас әріппен тырнақшасыз және соңында нүктесіз»).', at: '"«Ауыл мектептеріне волонтерлік көмек»"' },
    { rule: 'V-REQ-02', from: 'тақырып: "Ауыл мектептеріне волонтерлік көмек"', to: 'тақырып: "Ауыл мектептеріне волонтерлік көмек."', severity: 'warning',
        message: 'Грант тақырыбы соңында нүкте болмауы керек.', at: '"Ауыл мектептеріне волонтерлік көмек."' },
    { rule: 'V-REQ-03', from: 'мақсаттарға қол жеткізу"', to: 'мақсаттарға қол жеткізуу"', severity: 'warning',
        message: 'Басым бағыт грант бағыттарының тізімінде жоқ. Ең жақыны: «білім, ғылым, ақпарат, дене шынықтыру және спорт саласындағы мақсаттарға қол жеткізу».',
        at: '"Білім, ғылым, ақпарат, дене шынықтыру және спорт саласындағы мақсаттарға қол жеткізуу"' },
    { rule: 'V-REG-01', from: 'аумақ: "Батыс Қазақстан облысы"', to: 'аумақ: "Батыс Казахстан облысы"', severity: 'warning',
        message: '«Батыс Казахстан облысы» облыстар мен республикалық маңызы бар қалалар тізімінде жоқ. Мүмкін: «Батыс Қазақстан облысы».', at: '"Батыс Казахстан облысы"' },
    // The learning table: growth = post − pre (percentage points).
    { rule: 'V-SUM-09', from: 'кейінгі: 75% өсім: 29%', to: 'кейінгі: 75% өсім: 20%', severity: 'error',
        message: '«Ағылшын тілі»: өсім 20% деп жазылған, ал кейінгі (75%) мен бастапқы (46%) нәтижелердің айырмасы — 29%.', at: '20%' },
    { rule: 'V-SUM-09', from: 'кейінгі: 75% өсім: 29%', to: 'кейінгі: 75% өсім: 63%', severity: 'error',
        message: '«Ағылшын тілі»: өсім 63% — бастапқы нәтижеге қатысты өсім сияқты, ал форма айырманы сұрайды: 75% − 46% = 29%.', at: '63%' },
    // A result that is not one number: the growth cannot be checked, and the user is told so.
    { rule: 'V-SUM-09', from: 'бастапқы: 46% кейінгі', to: 'бастапқы: жақсы кейінгі', severity: 'warning',
        message: '«Ағылшын тілі»: «бастапқы: жақсы» бір сан болып оқылмады, сондықтан өсімді тексеру мүмкін емес. Бір санды жазыңыз, мысалы: бастапқы: 46% (не 46 балл).', at: 'жақсы' },
    // The team lists everyone Block IV counts.
    { rule: 'V-REQ-04', from: '        маман "Уралова Асемгуль Даулетовна" лауазымы: "Ағылшын тілі бойынша тренер"\n', to: '', severity: 'warning',
        message: '«Тартылған мамандар саны» жоспары — кемінде 1 адам, ал команда блогында 0 маман жазылған: тартылатын мамандардың бәрін көрсету қажет (немесе жоспарды түзетіңіз).',
        at: 'кемінде 1 адам' },
    { rule: 'V-REQ-04', from: '        маман "Уралова', to: '        қызметкер "Жанқожа Ерлан" лауазымы: "Үйлестіруші"\n        маман "Уралова', severity: 'warning',
        message: '«Штаттық қызметкерлер саны» жоспары — 2 адам, ал команда блогында 3 қызметкер жазылған: жобада істейтіндердің бәрін көрсету қажет (немесе жоспарды түзетіңіз).',
        at: '2 адам' },
    // The §1 table's participants cell: from `қатысушылар:`, else the «Қатысушылар саны» fact.
    { rule: 'V-REQ-11', from: '            қатысушылар: 40 "Ата-аналар мен мұғалімдер"\n', to: '', severity: 'warning',
        message: 'Іс-шараның қатысушылар саны көрсетілмеген (есептің 1-кестесінде бос қалады): қатысушылар: N "кімдер" жолын немесе «Қатысушылар саны» көрсеткішін қосыңыз.',
        at: '"Кездесу"' },
    // One person, one spelling: the head and the same person in the team (і for и).
    { rule: 'V-XREF-01', from: 'қызметкер "Сейтимов Азат Галимович"', to: 'қызметкер "Сейтімов Азат Галимович"', severity: 'warning',
        message: '«Сейтімов Азат Галимович» — 10-жолдағы «Сейтимов Азат Галимович» сол адам емес пе? Бір адамның аты-жөні файл бойы бір түрде жазылуы керек: есепте екі адам болып оқылады.',
        at: '"Сейтімов Азат Галимович"' },
    { rule: 'V-XREF-01', from: '        маман "Уралова Асемгуль Даулетовна" лауазымы: "Ағылшын тілі бойынша тренер"\n',
        to: '        маман "Уралова Асемгуль Даулетовна" лауазымы: "Ағылшын тілі бойынша тренер"\n        маман "Уралова Әсемгүл Даулетовна" лауазымы: "Тренер"\n', severity: 'warning',
        message: '«Уралова Әсемгүл Даулетовна» — 71-жолдағы «Уралова Асемгуль Даулетовна» сол адам емес пе? Бір адамның аты-жөні файл бойы бір түрде жазылуы керек: есепте екі адам болып оқылады.',
        at: '"Уралова Әсемгүл Даулетовна"' },
    // The closing sections of the final report, once the period is over.
    { rule: 'V-REQ-08', from: '        тұрақтылық: "Волонтерлер жоба аяқталғаннан кейін де сабақ береді."\n', to: '', severity: 'warning',
        message: 'Жоба кезеңі аяқталды: қорытынды есепке қажетті бөлімдер жазылмаған (1): тұрақтылық («Жоба нәтижелерінің тұрақтылығы»). Оларсыз есеп қабылданбайды.', at: 'қорытынды' },
    { rule: 'V-REQ-08', from: 'нақты-нәтижелер: "Оқушылар ҰБТ-ға дайындалды, волонтерлер оқыту тәжірибесін алды."', to: 'нақты-нәтижелер: "  "', severity: 'warning',
        message: 'Қорытынды есептің нақты-нәтижелер («Мақсатты топтар алған нақты нәтижелер») бөлімі бос: мәтінін жазыңыз, онсыз есеп қабылданбайды.', at: '"  "' },
    // Keywords may be written with a capital.
    { rule: 'V-REQ-08', from: 'өзгерістер: "Оқушылардың білім деңгейі бастапқы және кейінгі тест бойынша өсті."', to: 'Өзгерістер: ""', severity: 'warning',
        message: 'Қорытынды есептің өзгерістер («Жоба барысындағы әлеуметтік және басқа да өзгерістерді өлшеу») бөлімі бос: мәтінін жазыңыз, онсыз есеп қабылданбайды.', at: '""' },
    { rule: 'V-REQ-09', from: '    толтырылған-күні: 01.12.2020\n', to: '', severity: 'warning',
        message: 'Есептің толтырылған күні көрсетілмеген: толтырылған-күні: кк.аа.жжжж қосыңыз.', at: '"Т"' },
    { rule: 'V-DUP', from: '    аумақ: "Батыс Қазақстан облысы"\n', to: '    аумақ: "Батыс Қазақстан облысы"\n    аумақ: "Атырау облысы"\n', severity: 'warning',
        message: '«аумақ» өрісі екі рет жазылған: соңғысы ғана есепке алынады.', at: 'аумақ' },
    // An activity's fields too (noted by the parser as it reads them); `қатысушылар:` may come again.
    { rule: 'V-DUP', from: '            мерзімі: 01.04.2020 - 30.06.2020\n', to: '            мерзімі: 01.04.2020 - 30.06.2020\n            мерзімі: 01.05.2020 - 30.06.2020\n', severity: 'warning',
        message: '«мерзімі» өрісі екі рет жазылған: соңғысы ғана есепке алынады.', at: 'мерзімі' },
    { rule: 'V-DUP', from: '            қосымша: 1\n', to: '            қосымша: 1\n            қосымша: 4\n', severity: 'warning',
        message: '«қосымша» өрісі екі рет жазылған: соңғысы ғана есепке алынады.', at: 'қосымша' },
    // An activity's `мерзімі:` in the header, read as `кезең:` (recovery.ts), is a second `кезең`.
    { rule: 'V-DUP', from: '    кезең: 01.03.2020 - 30.11.2020\n', to: '    кезең: 01.03.2020 - 30.11.2020\n    мерзімі: 01.03.2020 - 30.11.2020\n', severity: 'warning',
        message: '«кезең» өрісі екі рет жазылған: соңғысы ғана есепке алынады.', at: 'мерзімі' },
    // The project's `кезең:` read as the activity's `мерзімі:` (recovery.ts) is a second `мерзімі`.
    { rule: 'V-DUP', from: '            мерзімі: 01.04.2020 - 30.06.2020\n', to: '            мерзімі: 01.04.2020 - 30.06.2020\n            кезең: 01.05.2020 - 30.06.2020\n', severity: 'warning',
        message: '«мерзімі» өрісі екі рет жазылған: соңғысы ғана есепке алынады.', at: 'кезең' },
    { rule: 'V-XREF-03', from: '(он бес миллион үш жүз отыз жеті мың бір жүз)', to: '(он бес миллион үш жүз отыз жеті мың екі жүз)', severity: 'warning',
        message: 'Цифрмен 15 337 100, жазумен 15 337 200: сәйкес емес.', at: '(он бес миллион үш жүз отыз жеті мың екі жүз)' },
    { rule: 'V-XREF-04', from: 'жоспар: 4 185 000 теңге  факт: 4 185 000 теңге', to: 'жоспар: 20 000 000 теңге  факт: 20 000 000 теңге', severity: 'warning',
        message: '«Гранттың жалпы сомасынан еңбек ақы төлеу қоры»: 20 000 000 теңге грант сомасынан (15 337 100) асады.', at: '20 000 000 теңге' },
    // Structure
    { rule: 'V-NUM-01', from: 'міндет 2 "Қорытынды"', to: 'міндет 1 "Қорытынды"', severity: 'warning',
        message: 'Міндет нөмірі 1 қайталанады.', at: '1' },
    { rule: 'V-NUM-02', from: 'іс-шара 2 "Сауалнама"', to: 'іс-шара 3 "Сауалнама"', severity: 'warning',
        message: 'Іс-шара нөмірлері үзілген: 2 жоқ. Нөмірлер келісімшарттағыдай болуы керек — келісімшартпен салыстырыңыз.', at: '3' },
    // Evidence paths
    { rule: 'V-PATH-01', from: '            қосымша: 1\n', to: '            қосымша: 1\n            дәлел: "../../etc/passwd"\n', severity: 'error',
        message: '«../../etc/passwd» — дәлел жобаның папкасынан тыс жатыр. Файлдарды жоба папкасына көшіріп, салыстырмалы жол жазыңыз, мысалы: дәлел: "дәлелдер/1-1".', at: '"../../etc/passwd"' },
    { rule: 'V-PATH-01', from: '            қосымша: 1\n', to: '            қосымша: 1\n            дәлел: "C:\\Users\\a"\n', severity: 'error',
        message: '«C:\\Users\\a» — дәлел жобаның папкасынан тыс жатыр. Файлдарды жоба папкасына көшіріп, салыстырмалы жол жазыңыз, мысалы: дәлел: "дәлелдер/1-1".', at: '"C:\\Users\\a"' },
    // How things are written (V-FMT-*) and a value inside an indicator's name (A4, docs/kk/language.md)
    { rule: 'V-FMT-02', from: 'жоспар: 4 185 000 теңге  факт: 4 185 000 теңге', to: 'жоспар: 4185000 теңге  факт: 4 185 000 теңге', severity: 'warning',
        message: '«4185000» — құжаттағы басқа сандар үш таңбадан топтап жазылған (15 337 100): 4 185 000 деп жазыңыз.', at: '4185000' },
    { rule: 'V-FMT-03', from: 'көрсеткіш "Фото" жоспар: 10 факт: 12', to: 'көрсеткіш "Фото" жоспар: 10,5 факт: 12.5', severity: 'warning',
        message: '«12.5» — құжатта бөлшек бөлігі үтірмен бөлінген (10,5): 12,5 деп жазыңыз.', at: '12.5' },
    { rule: 'V-FMT-05', from: 'байланыс: "87001234567"', to: 'байланыс: "тел. 26-04-68, 87001234567"', severity: 'warning',
        message: '«26-04-68» телефон нөміріне ұқсамайды: нөмір 11 цифрдан тұрып, 8-ден немесе +7-ден басталады (мысалы, 8 747 960 48 25).', at: '26-04-68' },
    { rule: 'V-FMT-06', from: 'гранталушы: "Жас қанат жастар қоғамдық бірлестігі"', to: 'гранталушы: "«Жас қанат» жастар қоғамдық бірлестігі»"', severity: 'warning',
        message: 'Тырнақша жұпталмаған: осы » белгісінің жұбы жоқ.', at: '»' },
    { rule: 'V-FMT-07', from: 'серіктес "БҚО Білім басқармасы" рөлі: "Қолдау"', to: 'серіктес "БҚО Білім басқармасы" рөлі: "Instafram желісінде қолдау"', severity: 'info',
        message: '«Instafram» — «Instagram» болуы керек.', at: 'Instafram' },
    { rule: 'V-PF-05', from: 'көрсеткіш "Фото" жоспар: 10 факт: 12', to: 'көрсеткіш "Фото Кемінде 100" жоспар: 10 факт: 12', severity: 'warning',
        message: 'Көрсеткіш атауында «Кемінде 100» жазылған, ал жоспар — «10»: екеуі сәйкес келмейді. Мәнді тек жоспарда қалдырыңыз.', at: 'Кемінде 100' },
    // Values and dates that cannot be read
    { rule: 'value', from: 'мерзімі: 01.04.2020 - 30.06.2020', to: 'мерзімі: 01.04.2020 - 31.06.2020', severity: 'error',
        message: '«31.06.2020» — мұндай күн жоқ. Күнді кк.аа.жжжж түрінде жазыңыз, мысалы 01.03.2020.', at: '31.06.2020' },
    { rule: 'value', from: 'мерзімі: қараша', to: 'мерзімі: қарша', severity: 'error',
        message: '«қарша» — ай атауы танылмады. Мысалы: наурыз, қараша.', at: 'қарша' },
    { rule: 'value', from: 'жоспар: 10 факт: 12', to: 'жоспар: көп факт: 12', severity: 'error',
        message: '«көп» мәнінде сан жоқ. Мысалы: кемінде 10, 100%, 1 000 адам, оның ішінде 200.', at: 'көп' },
    { rule: 'value', from: 'жоспар: 10 факт: 12', to: 'жоспар: 10 факт: кемінде 12', severity: 'warning',
        message: 'Фактіде «кемінде», «ең көбі» сияқты сөздер болмауы керек: нақты санды жазыңыз.', at: 'кемінде 12' },
    // «5,344» copied from an English-language page: a fraction as read, 5 344 as often meant.
    { rule: 'value', from: 'жоспар: 10 факт: 12', to: 'жоспар: 10 факт: 1,200', severity: 'warning',
        message: '«1,200» бөлшек сан (1,200) болып оқылды. 1 200 деп жазғыңыз келсе, мыңдықтарды бос орынмен бөліңіз: 1 200.', at: '1,200' },
    // The letter О typed for a zero.
    { rule: 'value', from: 'жоспар: 10 факт: 12', to: 'жоспар: 10 факт: 1О', severity: 'warning',
        message: '«1О»: цифрдан кейін «О» әрпі тұр. 10 деп жазғыңыз келді ме? Санды тек цифрмен жазыңыз.', at: '1О' }
];

describe.each(cases)('$rule: $message', (c) => {
    test('fires with its message, severity and range', async () => {
        const doc = await parse(mutate(c.from, c.to));
        // Digit groups are NBSP in messages (no line break inside a number); compare as a reader sees them.
        const found = doc.diagnostics!.filter(d => diagnosticCode(d) === c.rule && plain(d.message) === c.message);
        expect(found.map(d => plain(d.message)), doc.diagnostics!.map(d => `${diagnosticCode(d)} ${d.message}`).join('\n')).toEqual([c.message]);
        expect(severityName(found[0])).toBe(c.severity);
        expect(covered(doc, found[0])).toBe(c.at);
    });
});

describe('ranges inside a value (read from the tokens\' positions, not a line index of the file)', () => {
    test('with Windows line ends (CRLF) and after a comment and a string of several lines, every case covers the same text', async () => {
        const multiLine = (text: string) => text.replace('жоба "Т" {\n', 'жоба "Т" {\n    /* бірінші жол\n       екінші жол */ мақсат: "Ауыл\nмектептері"\n');
        for (const c of cases) {
            const doc = await parse(multiLine(mutate(c.from, c.to)).replace(/\r?\n/g, '\r\n'));
            // A message that names a line (V-XREF-01) names it three lines further down: the comment and the text added above.
            const message = c.message.replace(/(\d+)-жолдағы/u, (_, n: string) => `${Number(n) + 3}-жолдағы`);
            const found = doc.diagnostics!.filter(d => diagnosticCode(d) === c.rule && plain(d.message) === message);
            expect(found.length, `${c.rule}: ${c.message}`).toBe(1);
            expect(covered(doc, found[0]), `${c.rule}: ${c.message}`).toBe(c.at);
        }
    });
});

describe('how things are written: what passes', () => {
    const codes = async (text: string) => (await parse(text)).diagnostics!.map(d => diagnosticCode(d));

    test('V-DUP: «қатысушылар:» on two lines of an activity adds its groups, and is no duplicate', async () => {
        const text = mutate('            қатысушылар: 20 "Волонтерлер", 200 "Оқушылар"\n', '            қатысушылар: 20 "Волонтерлер"\n            қатысушылар: 200 "Оқушылар"\n');
        expect(await codes(text)).not.toContain('V-DUP');
        expect(await codes(text)).toEqual(await codes(BASE));
    });

    test('a fraction that cannot be a thousands group, a percentage, or a number grouped by a space is no «5,344»', async () => {
        const valueFindings = async (fact: string) => (await parse(mutate('жоспар: 10 факт: 12', `жоспар: 10 факт: ${fact}`))).diagnostics!
            .filter(d => d.code === 'value').map(d => d.message);
        for (const fact of ['0,125', '5,3', '12,25', '12,345%', '1 200', '1 200,5', '1200.5']) expect(await valueFindings(fact), fact).toEqual([]);
        expect(await valueFindings('10.000')).toHaveLength(1);
    });

    test('a word after a number, even one that begins with «о», is no «О» typed for a zero', async () => {
        const valueFindings = async (fact: string) => (await parse(mutate('жоспар: 10 факт: 12', `жоспар: 10 факт: ${fact}`))).diagnostics!
            .filter(d => d.code === 'value').map(d => d.message);
        for (const fact of ['10 орын', '12 оқушы', '3 отбасы', '2 тізім']) expect(await valueFindings(fact), fact).toEqual([]);
        expect(await valueFindings('2ОО адам')).toEqual(['«2ОО»: цифрдан кейін «ОО» әрпі тұр. 200 деп жазғыңыз келді ме? Санды тек цифрмен жазыңыз.']);
    });

    test('V-FMT-02/03: a file that writes all its numbers one way (no groups, decimal point) is consistent', async () => {
        const ungrouped = BASE.replace('15 337 100 (он', '15337100 (он').replace(/4 185 000/g, '4185000').replace('жоспар: 10 факт: 12', 'жоспар: 10.5 факт: 12.5');
        const found = await codes(ungrouped);
        expect(found.filter(c => c === 'V-FMT-02' || c === 'V-FMT-03')).toEqual([]);
        // Four digits are not grouped in Kazakh texts («2020», «1000»): no finding.
        expect((await codes(BASE.replace('жоспар: 10 факт: 12', 'жоспар: 1000 факт: 1200')))).not.toContain('V-FMT-02');
    });

    test('V-FMT-05: Kazakhstan numbers in their usual spellings, and what is not a phone', async () => {
        for (const contact of ['8 747 960 48 25', '87757942604', '+7 (747) 960-48-25', 'info123456@mail.kz', 'Орал қ., Достық к-сі 12, 3-пәтер', '']) {
            expect(await codes(BASE.replace('байланыс: "87001234567"', `байланыс: "${contact}"`)), contact).not.toContain('V-FMT-05');
        }
    });

    test('V-FMT-06: paired guillemets, and a nested name closed by one mark («Компания «Ромашка»)', async () => {
        for (const grantee of ['«Жас қанат» қоғамдық бірлестігі', '«Жас қанат «Болашақ» қоры»', '«Жас қанат «Болашақ»']) {
            expect(await codes(BASE.replace('гранталушы: "Жас қанат жастар қоғамдық бірлестігі"', `гранталушы: "${grantee}"`)), grantee).not.toContain('V-FMT-06');
        }
    });

    test('V-FMT-07: the right spellings, and the misspelled stems inside other words', async () => {
        const text = BASE.replace('рөлі: "Қолдау"', 'рөлі: "Instagram желідегі дейін Беларусь; кейндеу"');
        expect(await codes(text)).not.toContain('V-FMT-07');
    });

    test('A4 (V-PF-05): a name whose value agrees with the plan, and counted things with numbers in the name', async () => {
        const agree = BASE.replace('көрсеткіш "Фото" жоспар: 10 факт: 12', 'көрсеткіш "Фото – 10 дана" жоспар: 10 факт: 12');
        const counted = BASE.replace('көрсеткіш "Фото" жоспар: 10 факт: 12', 'көрсеткіш "1 минутқа дейінгі видео (2 тілде)" жоспар: 10 факт: 12');
        for (const text of [agree, counted]) {
            const doc = await parse(text);
            expect(doc.diagnostics!.filter(d => plain(d.message).startsWith('Көрсеткіш атауында'))).toEqual([]);
        }
    });
});

describe('V-REQ-04: what passes', () => {
    const teamFindings = findingsOf('V-REQ-04');
    test('«кемінде 1» with two specialists, capitalised kinds, no team block at all (nothing to compare), and the staff\'s taxes (not a count) pass', async () => {
        expect(await teamFindings(BASE.replace('        маман "Уралова', '        маман "Серікова Айгүл"\n        маман "Уралова'))).toEqual([]);
        expect(await teamFindings(BASE.replaceAll('        қызметкер "', '        Қызметкер "').replace('        маман "', '        Маман "'))).toEqual([]);
        expect(await teamFindings(BASE.replace(/\n    команда \{[^}]*\}\n/u, '\n').replace('жоспар: 2 адам  факт: 2 адам', 'жоспар: 5 адам  факт: 5 адам'))).toEqual([]);
        const taxes = BASE.replace('        көрсеткіш "Штаттық қызметкерлер саны" жоспар: 2 адам  факт: 2 адам\n',
            '        көрсеткіш "Салықтар (ӘС, ӘА, МӘМС тек штаттық қызметкерлер)" жоспар: 441 522  факт: 441 522\n');
        expect(await teamFindings(taxes)).toEqual([]);
    });
});

describe('V-REQ-11: what passes', () => {
    const participantFindings = findingsOf('V-REQ-11');
    const without = BASE.replace('            қатысушылар: 40 "Ата-аналар мен мұғалімдер"\n', '');
    test('a «Қатысушылар саны» fact stands for the line; an activity whose period runs past the report date, one with no fact yet, and a plan with no facts, are not asked', async () => {
        expect(await participantFindings(without)).toHaveLength(1);
        expect(await participantFindings(without.replace('жоспар: 1 құжат факт: 1 құжат\n', 'жоспар: 1 құжат факт: 1 құжат\n            көрсеткіш "Қатысушылар саны" жоспар: 30 факт: 40\n'))).toEqual([]);
        expect(await participantFindings(without.replace('есеп-күні: 30.11.2020', 'есеп-күні: 15.11.2020'))).toEqual([]);
        // An activity with no fact written yet: its missing facts are the findings (V-PF-01), not its participants.
        expect(await participantFindings(without.replace('жоспар: 1 құжат факт: 1 құжат', 'жоспар: 1 құжат'))).toEqual([]);
        const plan = without.replace(/ факт: [^\n]*?(?=\n| ауытқу)/gu, '').replace('есеп-күні: 30.11.2020', 'есеп-күні: 01.02.2020');
        expect(plan).not.toContain('факт:');
        expect(await participantFindings(plan)).toEqual([]);
    });
});

describe('V-REQ-07: what passes', () => {
    const appendixFindings = findingsOf('V-REQ-07');
    const without = BASE.replace('            қосымша: 3\n', '');
    test('an activity with no fact written yet, and a plan with no facts (an imported plan whose period is over), are not asked for an appendix', async () => {
        expect(await appendixFindings(without)).toHaveLength(1);
        // Its missing facts are the findings then (V-PF-01), not the appendix of documents not yet gathered.
        expect(await appendixFindings(without.replace('жоспар: 1 құжат факт: 1 құжат', 'жоспар: 1 құжат'))).toEqual([]);
        const plan = without.replace(/ факт: [^\n]*?(?=\n| ауытқу)/gu, '');
        expect(plan).not.toContain('факт:');
        expect(await appendixFindings(plan)).toEqual([]);
    });
});

describe('V-XREF-01: what passes', () => {
    const nameFindings = findingsOf('V-XREF-01');
    const withMember = (line: string) => BASE.replace('        маман "Уралова', `        ${line}\n        маман "Уралова`);
    test('two people whose names differ by a first letter or more than a letter or two, a one-word name, and one spelling written twice pass', async () => {
        expect(await nameFindings(withMember('қызметкер "Ахметова Жана Серікқызы"'))).toEqual([]);
        expect(await nameFindings(withMember('қызметкер "Сейтимов Ерлан Галимович"'))).toEqual([]);
        expect(await nameFindings(withMember('маман "Уралов Асемгуль"'))).toEqual([]);
        expect(await nameFindings(withMember('маман "Асемгуль"'))).toEqual([]);
        expect(await nameFindings(withMember('маман "Уралова Асемгуль Даулетовна"'))).toEqual([]);
    });

    test('the fix writes the other spelling, in its quotes; a council member is compared too', async () => {
        const doc = await parse(withMember('қызметкер "Ахметова Дана Серiкқызы"'.replace('i', 'і').replace('Серікқызы', 'Серикқызы')));
        const d = doc.diagnostics!.find(x => x.code === 'V-XREF-01')!;
        expect(d.data).toMatchObject({ code: 'V-XREF-01', suggestion: 'Ахметова Дана Серікқызы' });
        const actions = await grant.lsp.CodeActionProvider!.getCodeActions(doc, { textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual(['«Ахметова Дана Серікқызы» деп түзету']);
        expect(Object.values(actions[0].edit!.changes!)[0]).toEqual([{ range: d.range, newText: '"Ахметова Дана Серікқызы"' }]);
        const council = BASE.replace('            қатысушылар: 150 "Оқушылар"\n', '            қатысушылар: 150 "Оқушылар"\n            сараптамалық-кеңес {\n                мүше "Уралова Асемгул Даулетовна"\n            }\n');
        expect((await nameFindings(council)).map(x => x.message)).toEqual([expect.stringContaining('«Уралова Асемгуль Даулетовна» — ')]);
        // The council (line 32) comes first in the file: the team's spelling is the other one, and written twice, it is marked twice.
        const twice = council.replace('        маман "Уралова', '        маман "Уралова Асемгуль Даулетовна"\n        маман "Уралова');
        expect((await nameFindings(twice)).map(x => x.range.start.line + 1)).toEqual([74, 75]);
    });
});

describe('a number\'s words that disagree with its digits: the fix writes the digits in words', () => {
    test('the grant sum (V-XREF-03) in Kazakh words, an indicator\'s value in Russian words', async () => {
        const cases: [from: string, to: string, code: string, words: string][] = [
            ['(он бес миллион үш жүз отыз жеті мың бір жүз)', '(он бес миллион үш жүз отыз жеті мың екі жүз)', 'V-XREF-03', '(он бес миллион үш жүз отыз жеті мың бір жүз)'],
            ['жоспар: 10 факт: 12', 'жоспар: 10 факт: 12 (пятнадцать)', 'value', '(двенадцать)']
        ];
        for (const [from, to, code, words] of cases) {
            const text = BASE.replace(from, to);
            const doc = await parse(text);
            const d = doc.diagnostics!.find(x => x.code === code && String(x.message).includes('жазумен'))!;
            expect(d, to).toBeDefined();
            const actions = await grant.lsp.CodeActionProvider!.getCodeActions(doc, { textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
            expect(actions.map(a => a.title), to).toEqual([`«${words}» деп түзету`]);
            expect(Object.values(actions[0].edit!.changes!)[0], to).toEqual([{ range: d.range, newText: words }]);
        }
    });
});

describe('V-SUM-09: what passes', () => {
    const growthFindings = findingsOf('V-SUM-09');
    test('a growth rounded to the half point, a growth without «%», test scores in points, and results without a growth pass', async () => {
        expect(BASE).toContain('бастапқы: 45,6% кейінгі: 70,3% өсім: 25%');
        expect(await growthFindings(BASE.replace('кейінгі: 75% өсім: 29%', 'кейінгі: 75% өсім: 29'))).toEqual([]);
        expect(await growthFindings(BASE.replace('бастапқы: 46% кейінгі: 75% өсім: 29%', 'бастапқы: 3,2 балл кейінгі: 4,1 балл өсім: 0,9 балл'))).toEqual([]);
        expect(await growthFindings(BASE.replace('бастапқы: 46% кейінгі: 75% өсім: 29%', 'бастапқы: 46% кейінгі: 75%'))).toEqual([]);
        // Without a growth, or with only one of the results, there is nothing to compare.
        expect(await growthFindings(BASE.replace('кейінгі: 75% өсім: 29%', 'кейінгі: 75%').replace('бастапқы: 45,6% ', ''))).toEqual([]);
    });

    test('results in two measures are a warning on the one that is not a percentage, with or without a growth, and no fix', async () => {
        const cases: [row: string, at: string, said: string][] = [
            ['бастапқы: 3,2 балл кейінгі: 75% өсім: 29%', '3,2 балл', 'бастапқы (3,2 балл) және кейінгі (75%)'],
            ['бастапқы: 46% кейінгі: 75 өсім: 29%', '75', 'бастапқы (46%) және кейінгі (75)'],
            ['бастапқы: 46 кейінгі: 75%', '46', 'бастапқы (46) және кейінгі (75%)']
        ];
        for (const [row, at, said] of cases) {
            const doc = await parse(BASE.replace('бастапқы: 46% кейінгі: 75% өсім: 29%', row));
            const found = doc.diagnostics!.filter(d => d.code === 'V-SUM-09');
            expect(found.map(d => [severityName(d), plain(d.message)]), row).toEqual([['warning',
                `«Ағылшын тілі»: ${said} нәтижелер әртүрлі өлшеммен жазылған: өсімді есептеу мүмкін емес. Екеуін де бір өлшеммен жазыңыз (мысалы, 46% және 75%).`]]);
            expect(covered(doc, found[0]), row).toBe(at);
            expect(found[0].data).not.toHaveProperty('suggestion');
        }
    });

    test('a result that is not one number is said once, on that result, with no fix; a place kept for it (`""`) is not', async () => {
        const row = 'бастапқы: 46% кейінгі: 75% өсім: 29%';
        const doc = await parse(BASE.replace(row, 'бастапқы: 46% кейінгі: 75% өсім: айтарлықтай'));
        const found = doc.diagnostics!.filter(d => d.code === 'V-SUM-09');
        expect(found.map(d => [severityName(d), plain(d.message)])).toEqual([['warning',
            '«Ағылшын тілі»: «өсім: айтарлықтай» бір сан болып оқылмады, сондықтан өсімді тексеру мүмкін емес. Бір санды жазыңыз, мысалы: өсім: 46% (не 46 балл).']]);
        expect(covered(doc, found[0])).toBe('айтарлықтай');
        expect(found[0].data).not.toHaveProperty('suggestion');
        // Both results unreadable: each is named, and nothing is said about a growth that cannot be worked out.
        const two = await growthFindings(BASE.replace(row, 'бастапқы: жақсы кейінгі: өте жақсы өсім: 29%'));
        expect(two).toHaveLength(2);
        expect(await growthFindings(BASE.replace(row, 'бастапқы: "" кейінгі: "" өсім: ""'))).toEqual([]);
    });

    test('the fix writes the difference in place of the growth', async () => {
        const doc = await parse(BASE.replace('кейінгі: 75% өсім: 29%', 'кейінгі: 75% өсім: 63%'));
        const d = doc.diagnostics!.find(x => x.code === 'V-SUM-09')!;
        expect(d.data).toMatchObject({ code: 'V-SUM-09', suggestion: '29%' });
        const actions = await grant.lsp.CodeActionProvider!.getCodeActions(doc, { textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual(['«29%» деп түзету']);
        expect(Object.values(actions[0].edit!.changes!)[0]).toEqual([{ range: d.range, newText: '29%' }]);
    });
});

describe('V-REQ-08: the closing sections of the final report', () => {
    const codes = findingsOf('V-REQ-08');
    test('while the period runs nothing is asked; once it is over, a project with no қорытынды block is told which sections it needs', async () => {
        const noBlock = BASE.replace(/\n    қорытынды \{[^}]*\}\n/u, '\n');
        expect(noBlock).not.toContain('қорытынды');
        expect(await codes(noBlock.replace('есеп-күні: 30.11.2020', 'есеп-күні: 01.10.2020'))).toEqual([]);
        const found = await codes(noBlock);
        expect(found.map(d => [d.severity, plain(d.message)])).toEqual([[2,
            'Жоба кезеңі аяқталды: қорытынды есепке қажетті бөлімдер жоқ (6): ауытқу («Жоспардан ауытқу негіздемесі»), мақсатқа-жету («Мақсатқа жету (фактілер мен дәлелдер)»), '
            + 'өзгерістер («Жоба барысындағы әлеуметтік және басқа да өзгерістерді өлшеу»), нақты-нәтижелер («Мақсатты топтар алған нақты нәтижелер»), '
            + 'ұзақ-мерзімді-әсер («Шешілетін проблемаға ұзақ мерзімді әсері»), тұрақтылық («Жоба нәтижелерінің тұрақтылығы»). Жобаға қорытынды { … } блогын қосыңыз.']]);
        expect(found[0].data).toMatchObject({ code: 'V-REQ-08', missing: ['ауытқу', 'мақсатқа-жету', 'өзгерістер', 'нақты-нәтижелер', 'ұзақ-мерзімді-әсер', 'тұрақтылық'] });
    });

    test('the sections may be spread over two блоктар and the partners\' analysis («бар болса») may be left out; a section written twice counts once written', async () => {
        const split = BASE.replace('        ұзақ-мерзімді-әсер:', '    }\n    қорытынды {\n        ұзақ-мерзімді-әсер:');
        expect(split.match(/қорытынды \{/gu)).toHaveLength(2);
        expect(await codes(split)).toEqual([]);
        expect(BASE).not.toContain('серіктестер-үлесі');
        expect(await codes(BASE.replace('    қорытынды {\n', '    қорытынды {\n        тұрақтылық: ""\n'))).toEqual([]);
    });

    test('a file with a syntax error is not told that a section is missing (it may only look so), but an empty one still is', async () => {
        const broken = BASE.replace('        тұрақтылық: "Волонтерлер жоба аяқталғаннан кейін де сабақ береді."\n', '').replace('    серіктес "БҚО', '    серіктес 12 "БҚО');
        expect((await parse(broken)).parseResult.parserErrors.length).toBeGreaterThan(0);
        expect(await codes(broken)).toEqual([]);
    });

    test('the list is the final form\'s: every section it prints from a қорытынды key, but the partners\' analysis asked «if any»', async () => {
        const form = JSON.parse(readFileSync(new URL('../templates/forms/final.kk.json', import.meta.url), 'utf8')) as unknown;
        const keys: string[] = [];
        const walk = (o: unknown): void => {
            if (Array.isArray(o)) o.forEach(walk);
            else if (o && typeof o === 'object') {
                const k = (o as { grantKey?: unknown }).grantKey;
                if (typeof k === 'string') keys.push(k);
                Object.values(o).forEach(walk);
            }
        };
        walk(form);
        expect([...REQUIRED_CLOSING, 'серіктестер-үлесі'].sort()).toEqual([...new Set(keys)].sort());
    });
});

describe('V-PF-02 while the activity is running', () => {
    test('is a warning before the end of the activity period, an error after', async () => {
        const running = mutate('есеп-күні: 30.11.2020', 'есеп-күні: 15.05.2020', mutate('жоспар: 10 факт: 12', 'жоспар: 10 факт: 4'));
        const doc = await parse(running);
        const d = doc.diagnostics!.find(x => x.code === 'V-PF-02')!;
        expect(severityName(d)).toBe('warning');
        expect(plain(d.message)).toBe('Жоспар: 10, факт: 4 (40%) — әзірге жоспарға жетпей тұр; іс-шара мерзімі 30.11.2020 аяқталады.');
    });

    test('a plan with no facts before its period ends has no missing-fact findings', async () => {
        const plan = BASE.replace(/\s+факт: [^\n]*?(?=\n)/g, '').replace('есеп-күні: 30.11.2020', 'есеп-күні: 15.05.2020');
        const doc = await parse(plan);
        expect(doc.diagnostics!.filter(d => d.code === 'V-PF-01')).toEqual([]);
    });
});

describe('statistics that look like percentages', () => {
    test('the message says so (S000: 300 participants, 30 men and 70 women)', async () => {
        const doc = await parse(mutate('ерлер: 100\n        әйелдер: 120', 'ерлер: 30\n        әйелдер: 70', BASE.replace('барлығы: 220', 'барлығы: 300')));
        const d = doc.diagnostics!.find(x => x.code === 'V-SUM-01')!;
        expect(plain(d.message)).toBe('Ерлер (30) + әйелдер (70) = 100, ал барлығы 300. Сандардың қосындысы 100 — бұл пайызға ұқсайды: оларды адам санына айналдырыңыз.');
        expect(d.data).toMatchObject({ code: 'V-SUM-01', sum: 100, total: 300, percent: true });
    });
});

describe('the examples', () => {
    const findings = async (name: string) => {
        const doc = await parse(readExample(name));
        return doc.diagnostics!.map(d => ({ code: diagnosticCode(d), severity: severityName(d), line: d.range.start.line + 1, text: covered(doc, d), message: plain(d.message) }));
    };

    test('birgemiz-bilim.grant gets exactly the real findings of seed 001', async () => {
        const all = await findings('birgemiz-bilim.grant');
        const notInfo = all.filter(f => f.severity !== 'info' && f.severity !== 'hint');
        expect(notInfo.filter(f => f.severity === 'error')).toEqual([]);
        expect(notInfo.map(f => f.code).sort()).toEqual([
            'V-FMT-05', 'V-MEDIA-01', 'V-PF-01', 'V-PF-03', 'V-PF-04', 'V-PF-04', 'V-PF-04', 'V-PF-05', 'V-PF-05', 'V-PF-05', 'V-PF-05',
            'V-PF-06', 'V-PF-08', 'V-REQ-09', 'V-SUM-11', 'V-XSTAT-01'
        ].sort());
        // A4: the values written into two indicator names disagree with their plans (A4, V-PF-05).
        expect(notInfo.filter(f => f.code === 'V-PF-05' && f.message.startsWith('Көрсеткіш атауында')).map(f => f.text)).toEqual(['Кемінде 100', '100 дана']);
        // The partner's contact «26-04-68-д» is not a phone number (V-FMT-05).
        expect(notInfo.find(f => f.code === 'V-FMT-05')?.text).toBe('26-04-68');
        // The three money rows under plan, with no justification.
        expect(notInfo.filter(f => f.code === 'V-PF-04').map(f => f.text)).toEqual(['4 042 547 теңге', '319 362 теңге', '1 395 970 теңге']);
        // The survey row: plan in %, fact a count.
        expect(notInfo.find(f => f.code === 'V-PF-05' && f.message.startsWith('Жоспар пайызбен'))?.message)
            .toBe('Жоспар пайызбен (Кемінде 3%), факт санмен (100) берілген: салыстыру мүмкін емес. Фактіні пайызбен жазыңыз немесе ауытқуда түсіндіріңіз.');
        // Publications: March to July 2020 have fewer than two.
        expect(notInfo.find(f => f.code === 'V-MEDIA-01')?.message).toContain('наурыз 2020 (0), сәуір 2020 (0), мамыр 2020 (0), маусым 2020 (1), шілде 2020 (1)');
        // «Жоба жоспарға сай орындалды.» despite deviations.
        expect(notInfo.find(f => f.code === 'V-PF-03')?.text).toBe('"Жоба жоспарға сай орындалды."');
        const info = all.filter(f => f.severity === 'info').map(f => f.code);
        expect(new Set(info)).toEqual(new Set(['V-SUM-12', 'V-FMT-07']));
        // Over-achieved indicators are hints (esep.diagnostics.overAchieved): they do not flood Problems.
        expect(new Set(all.filter(f => f.severity === 'hint').map(f => f.code))).toEqual(new Set(['V-PF-07']));
        expect(all.filter(f => f.code === 'V-FMT-07').map(f => f.message)).toEqual(['«дейн» — «дейін» болуы керек.']);
    });

    test('teng-mumkindik.grant (a plan before its period ends) gets no errors', async () => {
        const all = await findings('teng-mumkindik.grant');
        expect(all.filter(f => f.severity === 'error')).toEqual([]);
        expect(all.map(f => f.code).sort()).toEqual(['V-FMT-06', 'V-FMT-07', 'V-FMT-07', 'V-FMT-07', 'V-REQ-01', 'V-REQ-02', 'V-REQ-03', 'V-REQ-04', 'V-REQ-06', 'value']);
        // Seed 002: five specialists planned in Block IV, one named in the team (V-REQ-04); its three staff are all named.
        expect(all.filter(f => f.code === 'V-REQ-04').map(f => `${f.text} → ${f.message}`)).toEqual([
            '5 адам → «Тартылған мамандар саны» жоспары — 5 адам, ал команда блогында 1 маман жазылған: тартылатын мамандардың бәрін көрсету қажет (немесе жоспарды түзетіңіз).'
        ]);
        // The attested typos of seed 002 (V-FMT-07) and its grantee's unpaired » (V-FMT-06).
        expect(all.filter(f => f.code === 'V-FMT-07').map(f => `${f.text} → ${f.message}`)).toEqual([
            'Белрусь → «Белрусь» — «Беларусь» болуы керек.', 'Instafram → «Instafram» — «Instagram» болуы керек.', 'желіддегі → «желіддегі» — «желідегі» болуы керек.'
        ]);
        expect(all.find(f => f.code === 'V-FMT-06')).toMatchObject({ text: '»', line: 9 });
    });
});

describe('the NFC check reads most files without normalising them', () => {
    test('every character of the ranges taken as NFC, and every pair of them, is its own NFC form', () => {
        const chars: string[] = [];
        for (const [a, b] of NFC_STABLE_RANGES) for (let c = a; c <= b; c++) chars.push(String.fromCodePoint(c));
        const changed: string[] = [];
        for (const x of chars) {
            if (x.normalize('NFC') !== x) changed.push(x);
            for (const y of chars) if ((x + y).normalize('NFC') !== x + y) changed.push(x + y);
        }
        expect(changed.map(s => [...s].map(c => c.codePointAt(0)!.toString(16)).join('+'))).toEqual([]);
        expect(surelyNfc('Қатысушылар → 200 «адам» № 5 ₸')).toBe(true);
        expect(surelyNfc('и\u0306')).toBe(false);
        expect(surelyNfc('\u219A')).toBe(false);
    }, 60_000);

    test('the one scan both whole-text checks share is clean exactly when both would be, for every UTF-16 unit', () => {
        const disagree: string[] = [];
        for (let c = 0; c <= 0xFFFF; c++) {
            const x = String.fromCharCode(c);
            if (plainText(x) !== (surelyNfc(x) && !hasControlChars(x))) disagree.push(c.toString(16));
        }
        expect(disagree).toEqual([]);
        expect(plainText('Қатысушылар → 200 «адам»\tжәне\r\n')).toBe(true);
        expect(plainText('a\u0007b')).toBe(false);
        expect(plainText('a\u0085b')).toBe(false);
        // The import notes' check is skipped on a plain text (import-notes.ts): a note is never plain.
        expect(plainText('// ⚠ V-IMPORT-02 [кесте 4, жол 3]: 6 | 5')).toBe(false);
    });

    test('an import note is found in a file whose every other character is plain', async () => {
        expect(plainText(BASE)).toBe(true);
        const note = '// ⚠ V-IMPORT-02 [кесте 4, жол 3]: 6 | 5\n';
        const noted = await parse(note + BASE);
        expect(noted.diagnostics!.filter(d => diagnosticCode(d) === 'V-IMPORT-02').map(d => [d.range.start.line, String(d.message).slice(0, 30)]))
            .toEqual([[0, 'Бастапқы құжат (кесте 4, жол 3']]);
    });
});
