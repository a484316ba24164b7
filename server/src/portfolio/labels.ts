/**
 * The portfolio's words in Kazakh, Russian and English: sheet names, column headers, stages,
 * and the summary command's messages. Statuses are the editor's own words (i18n `lsp.status.*`).
 */
import { t, type Lang, type MessageKey, type Params } from '../../../language/src/i18n.js';
import type { Status } from '../../../language/src/model.js';
import type { IndicatorSection, ProjectStage } from '../../../language/src/model.js';
import type { SeverityName } from '../diagnostics.js';

export interface Words { kk: string; ru: string; en: string }

export const LABELS = {
    // Sheets
    'sheet.projects': { kk: 'Жобалар', ru: 'Проекты', en: 'Projects' },
    'sheet.indicators': { kk: 'Көрсеткіштер', ru: 'Показатели', en: 'Indicators' },
    'sheet.findings': { kk: 'Ескертулер', ru: 'Замечания', en: 'Findings' },
    // Projects
    'col.file': { kk: 'Файл', ru: 'Файл', en: 'File' },
    'col.project': { kk: 'Жоба', ru: 'Проект', en: 'Project' },
    'col.grantee': { kk: 'Гранталушы', ru: 'Грантополучатель', en: 'Grantee' },
    'col.topic': { kk: 'Тақырып', ru: 'Тема', en: 'Topic' },
    'col.region': { kk: 'Аумақ', ru: 'Регион', en: 'Region' },
    'col.priority': { kk: 'Басым бағыт', ru: 'Приоритетное направление', en: 'Priority direction' },
    'col.periodStart': { kk: 'Кезеңнің басы', ru: 'Начало периода', en: 'Period start' },
    'col.periodEnd': { kk: 'Кезеңнің соңы', ru: 'Конец периода', en: 'Period end' },
    'col.grantSum': { kk: 'Грант сомасы, теңге', ru: 'Сумма гранта, тенге', en: 'Grant sum, tenge' },
    'col.reportDate': { kk: 'Есеп күні', ru: 'Дата отчёта', en: 'Report date' },
    'col.stage': { kk: 'Кезең күйі', ru: 'Стадия', en: 'Stage' },
    'col.planned': { kk: 'Жоспарланған көрсеткіштер', ru: 'Запланировано показателей', en: 'Indicators planned' },
    'col.withFact': { kk: 'Факт жазылғаны', ru: 'С фактом', en: 'With fact' },
    'col.met': { kk: 'Орындалды', ru: 'Выполнено', en: 'Met' },
    'col.over': { kk: 'Артығымен орындалды', ru: 'Перевыполнено', en: 'Over-achieved' },
    'col.unmet': { kk: 'Жетпейді', ru: 'Не достигнуто', en: 'Unmet' },
    'col.unverifiable': { kk: 'Тексеру мүмкін емес', ru: 'Не проверить', en: 'Unverifiable' },
    'col.missing': { kk: 'Факт жоқ', ru: 'Нет факта', en: 'No fact' },
    'col.percentMet': { kk: 'Орындалу үлесі', ru: 'Доля выполненных', en: '% met' },
    'col.unjustified': { kk: 'Негізделмеген ауытқулар', ru: 'Необоснованные отклонения', en: 'Unjustified deviations' },
    'col.publications': { kk: 'Жарияланымдар', ru: 'Публикации', en: 'Publications' },
    'col.publicationShort': { kk: 'Айына 2 жарияланым жетпеген айлар', ru: 'Месяцы без 2 публикаций', en: 'Months short of 2 publications' },
    'col.participants': { kk: 'Қатысушылар барлығы', ru: 'Всего участников', en: 'Participants total' },
    'col.gender': { kk: 'Жынысы бойынша сәйкес', ru: 'Пол сходится', en: 'Gender adds up' },
    'col.ages': { kk: 'Жасы бойынша сәйкес', ru: 'Возраст сходится', en: 'Ages add up' },
    'col.categories': { kk: 'Санаты бойынша сәйкес', ru: 'Категории сходятся', en: 'Categories add up' },
    'col.errors': { kk: 'Қателер', ru: 'Ошибки', en: 'Errors' },
    'col.warnings': { kk: 'Ескертулер', ru: 'Предупреждения', en: 'Warnings' },
    'col.ready': { kk: 'Қабылдауға дайын', ru: 'Готов к приёмке', en: 'Ready to accept' },
    'col.problem': { kk: 'Файлдағы мәселе', ru: 'Проблема файла', en: 'File problem' },
    // Indicators
    'col.line': { kk: 'Жол', ru: 'Строка', en: 'Line' },
    'col.section': { kk: 'Бөлім', ru: 'Раздел', en: 'Section' },
    'col.task': { kk: 'Міндет №', ru: 'Задача №', en: 'Task №' },
    'col.activity': { kk: 'Іс-шара №', ru: 'Мероприятие №', en: 'Activity №' },
    'col.indicator': { kk: 'Көрсеткіш', ru: 'Показатель', en: 'Indicator' },
    'col.planText': { kk: 'Жоспар (жазылғандай)', ru: 'План (как написано)', en: 'Plan (as written)' },
    'col.factText': { kk: 'Факт (жазылғандай)', ru: 'Факт (как написано)', en: 'Fact (as written)' },
    'col.target': { kk: 'Жоспар, сан', ru: 'План, число', en: 'Target' },
    'col.factNumber': { kk: 'Факт, сан', ru: 'Факт, число', en: 'Fact, number' },
    'col.unit': { kk: 'Өлшем бірлігі', ru: 'Единица', en: 'Unit' },
    'col.ratio': { kk: 'Жоспардың орындалуы', ru: 'Выполнение плана', en: 'Share of plan' },
    'col.status': { kk: 'Күйі', ru: 'Статус', en: 'Status' },
    'col.justification': { kk: 'Ауытқу негіздемесі', ru: 'Обоснование отклонения', en: 'Justification' },
    // Findings
    'col.column': { kk: 'Баған', ru: 'Столбец', en: 'Column' },
    'col.code': { kk: 'Код', ru: 'Код', en: 'Code' },
    'col.severity': { kk: 'Деңгейі', ru: 'Уровень', en: 'Severity' },
    'col.message': { kk: 'Хабарлама', ru: 'Сообщение', en: 'Message' },
    // Values
    'stage.plan': { kk: 'жоспар', ru: 'план', en: 'plan' },
    'stage.running': { kk: 'жүріп жатыр', ru: 'идёт', en: 'running' },
    'stage.finished': { kk: 'аяқталды', ru: 'завершён', en: 'finished' },
    'yes': { kk: 'иә', ru: 'да', en: 'yes' },
    'no': { kk: 'жоқ', ru: 'нет', en: 'no' },
    'severity.error': { kk: 'қате', ru: 'ошибка', en: 'error' },
    'severity.warning': { kk: 'ескерту', ru: 'предупреждение', en: 'warning' },
    'severity.info': { kk: 'ақпарат', ru: 'сведение', en: 'info' },
    'severity.hint': { kk: 'кеңес', ru: 'подсказка', en: 'hint' },
    'section.activity': { kk: 'іс-шара', ru: 'мероприятие', en: 'activity' },
    'section.info': { kk: 'ақпараттық жұмыс', ru: 'информационная работа', en: 'information work' },
    'section.presentation': { kk: 'презентация', ru: 'презентация', en: 'presentation' },
    'section.impact': { kk: 'әлеуметтік әсер', ru: 'социальный эффект', en: 'social impact' },
    'justification.none': { kk: 'негізделмеген', ru: 'не обосновано', en: 'not justified' },
    // HTML page
    'html.title': { kk: 'Жобалар портфелі', ru: 'Портфель проектов', en: 'Project portfolio' },
    'html.summary': {
        kk: '{projects} жоба, {files} файл · қабылдауға дайын: {ready} · көрсеткіштер: {achieved}/{planned} орындалды',
        ru: 'Проектов: {projects}, файлов: {files} · готовы к приёмке: {ready} · показатели: выполнено {achieved} из {planned}',
        en: '{projects} project(s) in {files} file(s) · ready to accept: {ready} · indicators: {achieved}/{planned} met'
    },
    // The terminal's table: short headers
    'term.ready': { kk: 'Дайын', ru: 'Готов', en: 'Ready' },
    'term.stage': { kk: 'Кезең', ru: 'Стадия', en: 'Stage' },
    'term.percent': { kk: 'Үлесі', ru: 'Доля', en: '% met' },
    'term.metOfPlanned': { kk: 'Орындалды/жоспар', ru: 'Выполнено/план', en: 'Met/planned' },
    'term.errors': { kk: 'Қате', ru: 'Ошибки', en: 'Errors' },
    'term.unjustified': { kk: 'Негізсіз ауытқу', ru: 'Без обоснования', en: 'Unjustified' },
    'term.legend': {
        kk: '✔ — қабылдауға дайын: жоба кезеңі аяқталған, қатесі жоқ, әр ауытқу негізделген.',
        ru: '✔ — готов к приёмке: период проекта закончился, ошибок нет, каждое отклонение обосновано.',
        en: '✔ — ready to accept: the project period is over, no errors, every deviation justified.'
    },
    'term.more': {
        kk: 'Көрсеткіштер мен ескертулер толық кестесі: esep summary {inputs} -o portfolio.xlsx',
        ru: 'Полные таблицы показателей и замечаний: esep summary {inputs} -o portfolio.xlsx',
        en: 'The full tables of indicators and findings: esep summary {inputs} -o portfolio.xlsx'
    },
    'html.bar': { kk: 'Жоспар мен факт', ru: 'План и факт', en: 'Plan vs fact' },
    'html.sortHint': { kk: 'Сұрыптау үшін баған атауын басыңыз.', ru: 'Нажмите на заголовок столбца, чтобы отсортировать.', en: 'Click a column header to sort.' },
    // The command's messages
    'summary.noGrantFiles': {
        kk: '{folder}: бұл қалтада .grant файлы жоқ.',
        ru: '{folder}: в этой папке нет файлов .grant.',
        en: '{folder}: this folder has no .grant file.'
    },
    'summary.nothing': {
        kk: 'Жинайтын .grant файлы табылмады: ештеңе жазылмады.',
        ru: 'Не найдено ни одного файла .grant: ничего не записано.',
        en: 'No .grant file found: nothing was written.'
    },
    'summary.none': {
        kk: 'Бірде-бір файлдан жоба алынбады (себептері жоғарыда): ештеңе жазылмады.',
        ru: 'Ни в одном файле не найден проект (причины выше): ничего не записано.',
        en: 'No file gave a project (the reasons are above): nothing was written.'
    },
    'summary.unread': {
        kk: '{count} файлдан жоба алынбады: себебі жобалар кестесінің «Файлдағы мәселе» бағанында.',
        ru: 'Файлов без проекта: {count}; причина — в столбце «Проблема файла» таблицы проектов.',
        en: '{count} file(s) gave no project: the reason is in the "File problem" column of the projects table.'
    },
    'summary.badFormat': {
        kk: '{file}: шығыс файлдың түрі белгісіз. .xlsx, .html, .json немесе .csv деп жазыңыз.',
        ru: '{file}: неизвестный тип выходного файла. Укажите .xlsx, .html, .json или .csv.',
        en: '{file}: unknown output type. Name it .xlsx, .html, .json or .csv.'
    },
    'summary.written': {
        kk: '{file} жазылды: {projects} жоба, {indicators} көрсеткіш, {findings} ескерту.',
        ru: 'Записан {file}: проектов {projects}, показателей {indicators}, замечаний {findings}.',
        en: 'Wrote {file}: {projects} project(s), {indicators} indicator(s), {findings} finding(s).'
    },
    'summary.exists': {
        kk: '{file} бұрыннан бар: ол қайта жазылмады. Қайта жазу үшін --force қосыңыз немесе -o арқылы басқа атау беріңіз.',
        ru: '{file} уже существует и не перезаписан. Добавьте --force, чтобы перезаписать, или укажите другое имя через -o.',
        en: '{file} already exists and was not overwritten. Add --force to overwrite it, or give another name with -o.'
    },
    'summary.writeFailed': {
        kk: '{file} жазылмады ({reason}): қалтаның бар екенін және жазуға рұқсатты тексеріңіз.',
        ru: '{file} не записан ({reason}): проверьте, что папка существует и в неё можно писать.',
        en: '{file} was not written ({reason}): check that the folder exists and is writable.'
    },
    'summary.noSpace': {
        kk: '{file} жазылмады ({reason}): дискіде орын таусылды немесе файлдың өлшеміне шек қойылған. Орын босатып, қайталап көріңіз.',
        ru: '{file} не записан ({reason}): на диске закончилось место или размер файла ограничен. Освободите место и повторите.',
        en: '{file} was not written ({reason}): the disk is full or the file size is limited. Free some space and try again.'
    },
    'summary.tooManyRows': {
        kk: '{file} жазылмады: «{sheet}» парағына {max} жолдан көп келеді, ал кесте одан көп жолды сыйғызбайды. Файлдарды бірнеше жиынтыққа бөліңіз немесе .json не .csv шығысын таңдаңыз.',
        ru: '{file} не записан: на листе «{sheet}» больше {max} строк, а таблица больше не вмещает. Разделите файлы на несколько сводок или выберите вывод .json или .csv.',
        en: '{file} was not written: the sheet «{sheet}» would have more than {max} rows, more than a spreadsheet holds. Split the files into several summaries, or choose .json or .csv output.'
    },
    'export.written': { kk: '{file} жазылды.', ru: 'Записан {file}.', en: 'Wrote {file}.' },
    'summary.progress': { kk: '{done}/{total} файл · {file}', ru: '{done}/{total} файлов · {file}', en: '{done}/{total} files · {file}' },
    // Why a file gave no row of its own
    'problem.noProject': {
        kk: 'Файлда «жоба» блогы жоқ немесе оны оқу мүмкін болмады: қателерді «Ескертулер» парағынан қараңыз.',
        ru: 'В файле нет блока «жоба», или его не удалось прочитать: ошибки — на листе «Замечания».',
        en: 'The file has no «жоба» block, or it could not be read: see its errors on the Findings sheet.'
    },
    'problem.notUtf8': {
        kk: 'Файл UTF-8 кодтауында емес: оны UTF-8 ретінде қайта сақтаңыз.',
        ru: 'Файл не в кодировке UTF-8: сохраните его заново в UTF-8.',
        en: 'The file is not UTF-8: save it again as UTF-8.'
    },
    'problem.binary': {
        kk: 'Бұл мәтіндік файл емес (ішінде екілік деректер бар): .grant файлын қайта сақтаңыз.',
        ru: 'Это не текстовый файл (в нём двоичные данные): сохраните файл .grant заново.',
        en: 'This is not a text file (it holds binary data): save the .grant file again.'
    },
    'problem.wordDocument': {
        kk: 'Бұл Word құжаты, .grant файлы емес: қол қойылған жоспардан .grant нобайын esep import жасайды.',
        ru: 'Это документ Word, а не файл .grant: черновик .grant из подписанного плана делает esep import.',
        en: 'A Word document, not a .grant file: esep import makes a draft .grant from a signed plan.'
    },
    'problem.pdfDocument': {
        kk: 'Бұл PDF құжаты, .grant файлы емес: қол қойылған жоспардан .grant нобайын esep import жасайды.',
        ru: 'Это документ PDF, а не файл .grant: черновик .grant из подписанного плана делает esep import.',
        en: 'A PDF document, not a .grant file: esep import makes a draft .grant from a signed plan.'
    },
    'problem.oldWord': {
        kk: 'Бұл ескі Word құжаты (.doc), .grant файлы емес: оны .docx етіп сақтап, esep import арқылы нобай жасаңыз.',
        ru: 'Это старый документ Word (.doc), а не файл .grant: сохраните его как .docx и сделайте черновик через esep import.',
        en: 'An old Word document (.doc), not a .grant file: save it as .docx, then make a draft with esep import.'
    },
    'problem.tooLarge': {
        kk: 'Файл тым үлкен ({size} МБ, шегі {limit} МБ): бір файлда бір жоба болсын.',
        ru: 'Файл слишком большой ({size} МБ, предел {limit} МБ): держите по одному проекту в файле.',
        en: 'The file is too large ({size} MB, limit {limit} MB): keep one project per file.'
    },
    'problem.brokenLink': {
        kk: 'Сілтеме жоқ файлға апарады: сілтемені түзетіңіз немесе жойыңыз.',
        ru: 'Ссылка указывает на несуществующий файл: исправьте или удалите её.',
        en: 'The link points to a file that does not exist: fix or remove it.'
    },
    'problem.noPermission': {
        kk: 'Файлды оқуға рұқсат жоқ: оқу құқығын беріңіз.',
        ru: 'Нет прав на чтение файла: дайте право на чтение.',
        en: 'No permission to read the file: grant read access.'
    },
    'problem.notFound': {
        kk: 'Файл табылмады: жолын тексеріңіз.',
        ru: 'Файл не найден: проверьте путь.',
        en: 'No such file: check the path.'
    },
    'problem.notRegular': {
        kk: 'Бұл кәдімгі файл емес (қалта, құрылғы не арна): .grant файлының жолын көрсетіңіз.',
        ru: 'Это не обычный файл (папка, устройство или канал): укажите путь к файлу .grant.',
        en: 'Not a regular file (a folder, a device or a pipe): give the path of a .grant file.'
    },
    'problem.cannotRead': {
        kk: 'Файлды оқу мүмкін болмады ({reason}).',
        ru: 'Не удалось прочитать файл ({reason}).',
        en: 'The file could not be read ({reason}).'
    },
    'problem.crashed': {
        kk: 'Файлды тексеру кезінде ішкі қате болды ({reason}): файлды бізге жіберіңіз.',
        ru: 'При проверке файла произошла внутренняя ошибка ({reason}): пришлите нам файл.',
        en: 'An internal error occurred while checking the file ({reason}): please send us the file.'
    }
} satisfies Record<string, Words>;

export type LabelKey = keyof typeof LABELS;

export function L(key: LabelKey, lang: Lang, params?: Params): string {
    let s = LABELS[key][lang] ?? LABELS[key].kk;
    // A cell's label (a section, a severity, yes or no) has no parameters: asked for on every row.
    if (params) for (const [k, v] of Object.entries(params)) s = s.split(`{${k}}`).join(String(v));
    return s;
}

/**
 * A word for one of a few values (a status, a section, a severity), read once per language: a
 * summary asks for one on every row, where a key made anew was looked up in a whole table.
 */
function perLanguage<W extends string>(read: (word: W, lang: Lang) => string): (word: W, lang: Lang) => string {
    const memo: Record<Lang, Partial<Record<W, string>>> = { kk: {}, ru: {}, en: {} };
    return (word, lang) => memo[lang][word] ??= read(word, lang);
}

export const statusWord = perLanguage<Status>((status, lang) => t(`lsp.status.${status}` as MessageKey, {}, lang));
export const sectionWord = perLanguage<IndicatorSection>((section, lang) => L(`section.${section}`, lang));
export const severityWord = perLanguage<SeverityName>((severity, lang) => L(`severity.${severity}`, lang));

export function stageWord(stage: ProjectStage, lang: Lang): string {
    return L(`stage.${stage}`, lang);
}

export function yesNo(value: boolean | undefined, lang: Lang): string | undefined {
    return value === undefined ? undefined : L(value ? 'yes' : 'no', lang);
}
