/**
 * The message catalogue: one entry per message, in Kazakh, Russian and English.
 * Placeholders are written `{name}`.
 */
import { validationMessages } from './validation/messages.js';
import { importMessages } from './import-messages.js';
import { safetyMessages } from './safety-messages.js';
import { recoveryMessages } from './recovery-messages.js';
import { toFillMessages } from './to-fill-messages.js';

export interface Message { kk: string; ru: string; en: string }

export const messages = {
    // Parser and lexer
    'parse.expected': {
        kk: 'Бұл жерде {expected} күтілген, бірақ {actual} жазылған.',
        ru: 'Здесь ожидалось {expected}, но написано {actual}.',
        en: 'Expected {expected} here, but found {actual}.'
    },
    'parse.unexpected': {
        kk: 'Бұл жерде {actual} болмауы керек. Мүмкін нұсқалар: {expected}.',
        ru: 'Здесь не может стоять {actual}. Возможные варианты: {expected}.',
        en: '{actual} cannot stand here. Possible: {expected}.'
    },
    'parse.atLeastOne': {
        kk: 'Бұл жерде кемінде бір {expected} керек, бірақ {actual} жазылған.',
        ru: 'Здесь нужен хотя бы один элемент {expected}, но написано {actual}.',
        en: 'At least one {expected} is needed here, but found {actual}.'
    },
    'parse.notAllInput': {
        kk: 'Жоба блогы осы жерден бұрын жабылған: {actual} артық. Жабатын «}» жақшасын тексеріңіз.',
        ru: 'Блок проекта закрыт раньше этого места: {actual} лишнее. Проверьте закрывающую скобку «}».',
        en: 'The project block was closed before this point: {actual} is extra. Check the closing «}».'
    },
    'lex.unexpected': {
        kk: 'Танылмаған таңба: «{text}». Мәтінді тырнақшаға ("...") алыңыз немесе таңбаны өшіріңіз.',
        ru: 'Нераспознанный символ: «{text}». Заключите текст в кавычки ("...") или удалите символ.',
        en: 'Unrecognised character: «{text}». Put the text in quotes ("...") or remove it.'
    },
    'lex.tooDeep': {
        kk: 'Жақшалардың ішіндегі жақшалар тым көп (ең көбі {max} деңгей). Артық «(» мен «)» оқылмады.',
        ru: 'Слишком глубокая вложенность скобок (не больше {max} уровней). Лишние «(» и «)» не прочитаны.',
        en: 'Parentheses nested too deeply (at most {max} levels). The extra «(» and «)» were not read.'
    },
    'token.STRING': { kk: 'тырнақшадағы мәтін ("...")', ru: 'текст в кавычках ("...")', en: 'a quoted text ("...")' },
    'token.NUMBER': { kk: 'сан', ru: 'число', en: 'a number' },
    'token.DATE': { kk: 'күн (кк.аа.жжжж)', ru: 'дата (дд.мм.гггг)', en: 'a date (dd.mm.yyyy)' },
    'token.WORD': { kk: 'сөз', ru: 'слово', en: 'a word' },
    'token.EOF': { kk: 'файлдың соңы', ru: 'конец файла', en: 'the end of the file' },
    'token.keyword': { kk: '«{keyword}»', ru: '«{keyword}»', en: '«{keyword}»' },
    'link.unresolved': {
        kk: '«{name}» табылмады.',
        ru: '«{name}» не найдено.',
        en: '«{name}» was not found.'
    },
    // CLI
    'cli.noSuchFile': {
        kk: '{file}: файл табылмады.',
        ru: '{file}: файл не найден.',
        en: '{file}: no such file.'
    },
    'cli.notUtf8': {
        kk: '{file}: файл UTF-8 кодтауында емес. Оны UTF-8 ретінде қайта сақтаңыз.',
        ru: '{file}: файл не в кодировке UTF-8. Сохраните его заново в UTF-8.',
        en: '{file}: the file is not UTF-8. Save it again as UTF-8.'
    },
    'cli.cannotRead': {
        kk: '{file}: файлды оқу мүмкін емес ({reason}).',
        ru: '{file}: не удалось прочитать файл ({reason}).',
        en: '{file}: cannot read the file ({reason}).'
    },
    'cli.usage': {
        kk: 'Қолданылуы: esep check <файлдар…> [--format text|json] [--lang kk|ru|en] [--report-date кк.аа.жжжж]\n           esep report <файл> [-o out.docx] [--lang kk|ru] [--kind final|plan|interim] [--strict] [--force] [--review] [--charts]',
        ru: 'Использование: esep check <файлы…> [--format text|json] [--lang kk|ru|en] [--report-date дд.мм.гггг]\n               esep report <файл> [-o out.docx] [--lang kk|ru] [--kind final|plan|interim] [--strict] [--force] [--review] [--charts]',
        en: 'Usage: esep check <files…> [--format text|json] [--lang kk|ru|en] [--report-date dd.mm.yyyy]\n       esep report <file> [-o out.docx] [--lang kk|ru] [--kind final|plan|interim] [--strict] [--force] [--review] [--charts]'
    },
    'cli.usage.portfolio': {
        kk: '           esep summary <файлдар мен қалталар…> [-o portfolio.xlsx|.html|.json|.csv] [--lang kk|ru|en] [--report-date кк.аа.жжжж] [--force] [--jobs N]\n           esep export <файл.grant> [--format xlsx|json] [-o …] [--lang kk|ru|en] [--force]',
        ru: '               esep summary <файлы и папки…> [-o portfolio.xlsx|.html|.json|.csv] [--lang kk|ru|en] [--report-date дд.мм.гггг] [--force] [--jobs N]\n               esep export <файл.grant> [--format xlsx|json] [-o …] [--lang kk|ru|en] [--force]',
        en: '       esep summary <files and folders…> [-o portfolio.xlsx|.html|.json|.csv] [--lang kk|ru|en] [--report-date dd.mm.yyyy] [--force] [--jobs N]\n       esep export <file.grant> [--format xlsx|json] [-o …] [--lang kk|ru|en] [--force]'
    },
    'cli.summary': {
        kk: '{files} файл тексерілді: {errors} қате, {warnings} ескерту, {infos} ақпарат.',
        ru: 'Проверено файлов: {files}; ошибок: {errors}, предупреждений: {warnings}, сведений: {infos}.',
        en: '{files} file(s) checked: {errors} error(s), {warnings} warning(s), {infos} info.'
    },
    'cli.badDate': {
        kk: '--report-date: «{text}» күні оқылмады. Былай жазыңыз: 25.12.2024 (немесе 2024-12-25).',
        ru: '--report-date: дата «{text}» не распознана. Пишите так: 25.12.2024 (или 2024-12-25).',
        en: '--report-date: «{text}» is not a date. Write it as 25.12.2024 (or 2024-12-25).'
    },
    'cli.badOption': {
        kk: 'Белгісіз параметр: {option}.',
        ru: 'Неизвестный параметр: {option}.',
        en: 'Unknown option: {option}.'
    },
    'internal.validation': {
        kk: 'Esep ішкі қатесі (тексеру): {detail}. Файлдың қалған бөлігі тексерілді; қатені әзірлеушілерге хабарлаңыз.',
        ru: 'Внутренняя ошибка Esep (проверка): {detail}. Остальная часть файла проверена; сообщите об ошибке разработчикам.',
        en: 'Esep internal error (validation): {detail}. The rest of the file was checked; please report it.'
    },
    'severity.error': { kk: 'қате', ru: 'ошибка', en: 'error' },
    'severity.warning': { kk: 'ескерту', ru: 'предупреждение', en: 'warning' },
    'severity.info': { kk: 'ақпарат', ru: 'сведение', en: 'info' },
    'severity.hint': { kk: 'кеңес', ru: 'подсказка', en: 'hint' },
    // LSP
    'lsp.status.met': { kk: 'орындалды', ru: 'выполнено', en: 'met' },
    'lsp.status.over': { kk: 'артығымен орындалды', ru: 'перевыполнено', en: 'over-achieved' },
    'lsp.status.unmet': { kk: 'орындалмады', ru: 'не выполнено', en: 'not met' },
    'lsp.status.deviation': { kk: 'жоспардан ауытқыған', ru: 'отклонение от плана', en: 'deviates from plan' },
    'lsp.status.unverifiable': { kk: 'тексеру мүмкін емес', ru: 'проверить невозможно', en: 'cannot be checked' },
    'lsp.status.missing': { kk: 'факт көрсетілмеген', ru: 'факт не указан', en: 'no fact yet' },
    'lsp.status.noPlan': { kk: 'жоспар көрсетілмеген', ru: 'план не указан', en: 'no plan' },
    'lsp.hover.indicator': { kk: 'Көрсеткіш', ru: 'Показатель', en: 'Indicator' },
    'lsp.hover.plan': { kk: 'Жоспар', ru: 'План', en: 'Plan' },
    'lsp.hover.fact': { kk: 'Факт', ru: 'Факт', en: 'Fact' },
    'lsp.hover.percent': { kk: 'Жоспардың орындалуы', ru: 'Выполнение плана', en: 'Share of plan' },
    'lsp.hover.status': { kk: 'Күйі', ru: 'Статус', en: 'Status' },
    'lsp.hover.justification': { kk: 'Ауытқу негіздемесі', ru: 'Обоснование отклонения', en: 'Justification' },
    'lsp.hover.note': { kk: 'Ескерту', ru: 'Примечание', en: 'Note' },
    'lsp.hover.none': { kk: '—', ru: '—', en: '—' },
    'lsp.hover.notJustified': { kk: 'жазылмаған', ru: 'не указано', en: 'not given' },
    'lsp.hover.periodRunning': { kk: 'іс-шара мерзімі әлі аяқталмаған', ru: 'срок мероприятия ещё не истёк', en: 'the activity is still running' },
    'lsp.hover.task': { kk: '{n} міндет', ru: 'Задача {n}', en: 'Task {n}' },
    'lsp.hover.activity': { kk: '{label} іс-шара', ru: 'Мероприятие {label}', en: 'Activity {label}' },
    'lsp.hover.rollup': {
        kk: '{total} көрсеткіштің {achieved} орындалды.',
        ru: 'Выполнено {achieved} из {total} показателей.',
        en: '{achieved} of {total} indicators met.'
    },
    'lsp.hover.notAchieved': { kk: 'Орындалмағандар:', ru: 'Не выполнены:', en: 'Not met:' },
    'lsp.hover.allAchieved': { kk: 'Барлық көрсеткіш орындалды.', ru: 'Все показатели выполнены.', en: 'All indicators are met.' },
    'lsp.hover.noIndicators': { kk: 'Көрсеткіштер жоқ.', ru: 'Показателей нет.', en: 'No indicators.' },
    'lsp.hover.inReport': { kk: 'Есепте', ru: 'В отчёте', en: 'In the report' },
    'lsp.lens.achieved': { kk: '{achieved}/{total} орындалды', ru: '{achieved}/{total} выполнено', en: '{achieved}/{total} met' },
    'lsp.lens.short': { kk: '{count} жетпейді', ru: '{count} не хватает', en: '{count} short' },
    'lsp.lens.missing': { kk: '{count} факт жоқ', ru: 'нет факта: {count}', en: '{count} without fact' },
    'lsp.lens.unverifiable': { kk: '{count} тексерілмейді', ru: 'не проверить: {count}', en: '{count} unverifiable' },
    'lsp.lens.empty': { kk: 'көрсеткіш жоқ', ru: 'нет показателей', en: 'no indicators' },
    'lsp.inlay.tooltip': { kk: 'Жоспардың {percent} орындалды: {status}', ru: 'План выполнен на {percent}: {status}', en: '{percent} of plan: {status}' },
    'lsp.statusbar.text': { kk: '✔ {achieved}/{total} көрсеткіш', ru: '✔ {achieved}/{total} показателей', en: '✔ {achieved}/{total} indicators' },
    'lsp.statusbar.textShort': { kk: '⚠ {achieved}/{total} көрсеткіш', ru: '⚠ {achieved}/{total} показателей', en: '⚠ {achieved}/{total} indicators' },
    'lsp.statusbar.textNoFacts': { kk: '0/{total} көрсеткіш — әлі факт жоқ', ru: '0/{total} показателей — фактов пока нет', en: '0/{total} indicators — no facts yet' },
    'lsp.statusbar.textNoIndicators': { kk: 'Жобада әлі көрсеткіш жоқ', ru: 'В проекте пока нет показателей', en: 'No indicators in the project yet' },
    'lsp.statusbar.noFactsHint': {
        kk: 'Іс-шара өткен соң әр көрсеткіштің жанына нақты нәтижесін жазыңыз, мысалы: факт: 12',
        ru: 'После мероприятия впишите у каждого показателя фактический результат, например: факт: 12',
        en: 'After an activity, write each indicator\'s actual result next to it, e.g. факт: 12'
    },
    'lsp.statusbar.textErrors': { kk: '✖ {errors} қате · {achieved}/{total} көрсеткіш', ru: '✖ ошибок: {errors} · {achieved}/{total} показателей', en: '✖ {errors} errors · {achieved}/{total} indicators' },
    'lsp.statusbar.errors': { kk: 'Қателер: {count} (Problems тақтасында)', ru: 'Ошибки: {count} (на панели Problems)', en: 'Errors: {count} (in the Problems panel)' },
    'lsp.statusbar.title': { kk: '«{name}»: {total} көрсеткіштің {achieved} орындалды', ru: '«{name}»: выполнено {achieved} из {total} показателей', en: '«{name}»: {achieved} of {total} indicators met' },
    'lsp.statusbar.line': { kk: '{status}: {count}', ru: '{status}: {count}', en: '{status}: {count}' },
    'lsp.statusbar.noProject': { kk: 'Файлда жоба жоқ', ru: 'В файле нет проекта', en: 'No project in the file' },
    'lsp.report.unavailable': {
        kk: 'Есеп құрастырғыш әзірге қосылмаған: .docx жасалмады.',
        ru: 'Генератор отчёта пока не подключён: .docx не создан.',
        en: 'The report generator is not available yet: no .docx was made.'
    },
    'lsp.report.failed': { kk: 'Есеп жасалмады: {reason}', ru: 'Отчёт не создан: {reason}', en: 'The report was not made: {reason}' },
    'lsp.completion.indicatorName': { kk: 'Стандартты көрсеткіш атауы', ru: 'Стандартное название показателя', en: 'Standard indicator name' },
    'lsp.completion.impactName': { kk: 'IV блок индикаторы', ru: 'Индикатор блока IV', en: 'Block IV indicator' },
    'lsp.completion.region': { kk: 'Облыс немесе республикалық маңызы бар қала', ru: 'Область или город республиканского значения', en: 'Region or city of republican significance' },
    'lsp.completion.month': { kk: 'Ай атауы', ru: 'Название месяца', en: 'Month' },
    'lsp.completion.period': { kk: 'Кезең: бүгіннен бастап алты ай (күндерін өзгертіңіз)', ru: 'Период: полгода с сегодняшнего дня (измените даты)', en: 'Period: six months from today (change the dates)' },
    'lsp.completion.today': { kk: 'Бүгінгі күн', ru: 'Сегодняшняя дата', en: 'Today' },
    'lsp.completion.unit': { kk: 'Өлшем бірлігі', ru: 'Единица измерения', en: 'Unit' },
    'lsp.completion.comparator': { kk: 'Салыстыру сөзі (жоспарда)', ru: 'Слово сравнения (в плане)', en: 'Comparator (in a plan)' },
    'lsp.completion.category': { kk: 'Әлеуметтік санат', ru: 'Социальная категория', en: 'Social category' },
    'lsp.completion.age': { kk: 'Жас тобы', ru: 'Возрастная группа', en: 'Age bracket' },
    'lsp.completion.centre': { kk: 'Орталығы: {centre}', ru: 'Центр: {centre}', en: 'Centre: {centre}' },
    'lsp.snippet.task': { kk: 'Жаңа міндет (іс-шарасымен)', ru: 'Новая задача (с мероприятием)', en: 'New task (with an activity)' },
    'lsp.snippet.activity': { kk: 'Жаңа іс-шара', ru: 'Новое мероприятие', en: 'New activity' },
    'lsp.snippet.indicator': { kk: 'Жаңа көрсеткіш: жоспар мен факт', ru: 'Новый показатель: план и факт', en: 'New indicator: plan and fact' },
    'lsp.snippet.statistics': { kk: 'Статистика блогы: жынысы, санаттары, жасы', ru: 'Блок статистики: пол, категории, возраст', en: 'Statistics block: gender, categories, ages' },
    'lsp.where.header': {
        kk: 'Жоспарда — I блок «Жоба туралы жалпы ақпарат»; қорытынды есепте — бірінші беттегі деректер.',
        ru: 'В плане — блок I «Общая информация о проекте»; в итоговом отчёте — сведения на первой странице.',
        en: 'Plan: Block I «General information»; final report: the header on the first page.'
    },
    'lsp.where.planBlockI': {
        kk: 'Жоспарда — I блок «Жоба туралы жалпы ақпарат» (шарттың №3 қосымшасы).',
        ru: 'В плане — блок I «Общая информация о проекте» (приложение №3 к договору).',
        en: 'Plan: Block I «General information» (Appendix 3 of the contract).'
    },
    'lsp.where.signature': {
        kk: 'Құжаттың соңындағы қол қою бөлігінде.',
        ru: 'В блоке подписи в конце документа.',
        en: 'The signature block at the end of the document.'
    },
    'lsp.link.evidence': {
        kk: 'Дәлелді ашу',
        ru: 'Открыть доказательство',
        en: 'Open the evidence'
    },
    'lsp.where.internal': {
        kk: 'Есепке басылмайды: оны Esep тексеру үшін ғана пайдаланады.',
        ru: 'В отчёт не печатается: Esep использует это только для проверок.',
        en: 'Not printed: Esep uses it for its checks only.'
    },
    'lsp.where.team': {
        kk: 'Жоспарда — II блок «Жоба командасы туралы ақпарат»; есепте команда кестесі жоқ.',
        ru: 'В плане — блок II «Информация о команде проекта»; в отчёте таблицы команды нет.',
        en: 'Plan: Block II «Project team»; the report has no team table.'
    },
    'lsp.where.block3': {
        kk: 'Жоспарда — III блок «Әлеуметтік жобаны іске асыру мониторингінің жоспары»; есепте — 1-бөлімнің іс-шаралар кестесі.',
        ru: 'В плане — блок III «План мониторинга реализации проекта»; в отчёте — таблица мероприятий раздела 1.',
        en: 'Plan: Block III «Monitoring plan»; report: the activities table of section 1.'
    },
    'lsp.where.reportActivities': {
        kk: 'Қорытынды есептің 1-бөлімі «Әлеуметтік жоба аясындағы іс-шараларды сипаттаңыз», кестенің бағаны.',
        ru: 'Раздел 1 итогового отчёта «Опишите мероприятия в рамках проекта», столбец таблицы.',
        en: 'Final report section 1 «Describe the activities», a column of its table.'
    },
    'lsp.where.indicator': {
        kk: 'Жоспарда — III блоктың «Сандық және сапалық көрсеткіштер» бағаны; есепте — «Өнімдер мен көрсеткіштер» кестесінің жоспар/факт бағандары.',
        ru: 'В плане — столбец «Количественные и качественные показатели» блока III; в отчёте — столбцы план/факт таблицы «Продукты и показатели».',
        en: 'Plan: the «Quantitative and qualitative indicators» column of Block III; report: the plan/fact columns of the «Outputs and indicators» table.'
    },
    'lsp.where.impact': {
        kk: 'Жоспарда — IV блок «Жобаның әлеуметтік әсері»; есепте — әлеуметтік-экономикалық нәтижелер кестесі (жоспарланған және нақты деңгей).',
        ru: 'В плане — блок IV «Социальное воздействие проекта»; в отчёте — таблица социально-экономических результатов (плановый и фактический уровень).',
        en: 'Plan: Block IV «Social impact»; report: the socio-economic results table (planned and actual level).'
    },
    'lsp.where.info': {
        kk: 'Жоспарда — III блоктың «ақпараттық жұмыс» кестесі; есепте — ақпараттық жұмыс бөлімі және жарияланымдар тізімі.',
        ru: 'В плане — таблица «информационная работа» блока III; в отчёте — раздел информационной работы и список публикаций.',
        en: 'Plan: the «information work» table of Block III; report: the information work section and the list of publications.'
    },
    'lsp.where.presentation': {
        kk: 'Жоспарда — III блоктың «қорытынды жария презентациясы» бөлігі.',
        ru: 'В плане — часть «итоговая публичная презентация» блока III.',
        en: 'Plan: the «final public presentation» part of Block III.'
    },
    'lsp.where.statistics': {
        kk: 'Есепте — «Қатысушылар контекстіндегі статистикалық ақпарат» бөлімі (жынысы, санаты, жасы).',
        ru: 'В отчёте — раздел «Статистическая информация в разрезе участников» (пол, категория, возраст).',
        en: 'Report: the «Participant statistics» section (gender, category, age).'
    },
    'lsp.where.learning': {
        kk: 'Қорытынды бағдарламалық есепте — оқыту нәтижелерінің кестесі (бастапқы, кейінгі, өсім).',
        ru: 'В итоговом программном отчёте — таблица результатов обучения (начальный, итоговый уровень, прирост).',
        en: 'Final programme report: the learning outcomes table (pre, post, growth).'
    },
    'lsp.where.council': {
        kk: 'Қорытынды бағдарламалық есепте — «Сараптамалық кеңес» кестесі.',
        ru: 'В итоговом программном отчёте — таблица «Экспертный совет».',
        en: 'Final programme report: the «Expert council» table.'
    },
    'lsp.where.partners': {
        kk: 'Есепте — «Әлеуметтік жоба серіктестері» кестесі.',
        ru: 'В отчёте — таблица «Партнёры социального проекта».',
        en: 'Report: the «Partners of the social project» table.'
    },
    'lsp.where.conclusion': {
        kk: 'Есепте — қорытынды сипаттама бөлімдері (мақсатқа жету, ауытқу, өзгерістер, әсер).',
        ru: 'В отчёте — итоговые описательные разделы (достижение цели, отклонения, изменения, эффект).',
        en: 'Report: the closing narrative sections (goal, deviations, changes, effect).'
    },
    'lsp.where.proposal': {
        kk: 'Есепте — болашақ жобаларға ұсыныстар кестесі.',
        ru: 'В отчёте — таблица предложений для будущих проектов.',
        en: 'Report: the table of proposals for future projects.'
    },
    'lsp.where.recommendation': {
        kk: 'Есепте — мемлекеттік органдарға ұсыныстар кестесі.',
        ru: 'В отчёте — таблица рекомендаций государственным органам.',
        en: 'Report: the table of recommendations to state bodies.'
    },
    'lsp.kw.жоба': { kk: 'Әлеуметтік жоба: атауы және барлық өрістері', ru: 'Социальный проект: название и все поля', en: 'The social project: its name and all fields' },
    'lsp.kw.гранталушы': { kk: 'Грантты алушы — грант алатын ұйымның атауы', ru: 'Грантополучатель — название организации', en: 'Grantee — the organisation that receives the grant' },
    'lsp.kw.тақырып': { kk: 'Грант тақырыбы', ru: 'Тема гранта', en: 'Grant topic' },
    'lsp.kw.басым-бағыт': { kk: 'Гранттың басым бағыты', ru: 'Приоритетное направление гранта', en: 'Priority direction of the grant' },
    'lsp.kw.мақсат': { kk: 'Жоба мақсаты', ru: 'Цель проекта', en: 'Project goal' },
    'lsp.kw.аумақ': { kk: 'Жобаның іске асырылу аумағы (облыс немесе қала)', ru: 'Территория реализации проекта (область или город)', en: 'Implementation territory (region or city)' },
    'lsp.kw.мақсатты-топ': { kk: 'Жобаның мақсатты тобы', ru: 'Целевая группа проекта', en: 'Target group of the project' },
    'lsp.kw.кезең': { kk: 'Әлеуметтік жобаны іске асыру кезеңі', ru: 'Период реализации социального проекта', en: 'Implementation period' },
    'lsp.kw.сома': { kk: 'Грант сомасы (цифрмен; есепте жазумен де беріледі)', ru: 'Сумма гранта (цифрами; в отчёте и прописью)', en: 'Grant sum (in digits; the report adds it in words)' },
    'lsp.kw.жетекші': { kk: 'Жоба жетекшісі — қол қоятын тұлғаның Т.А.Ә.', ru: 'Руководитель проекта — ФИО подписанта', en: 'Project head — the signatory\'s full name' },
    'lsp.kw.лауазымы': { kk: 'Лауазымы', ru: 'Должность', en: 'Position' },
    'lsp.kw.есеп-күні': { kk: 'Есеп күні: жоспар мен факт осы күнге салыстырылады', ru: 'Дата отчёта: план и факт сравниваются на эту дату', en: 'Report date: plan and fact are compared as of this date' },
    'lsp.kw.шарт': { kk: 'Грант беру туралы шарттың күні мен нөмірі', ru: 'Дата и номер договора о предоставлении гранта', en: 'Date and number of the grant contract' },
    'lsp.kw.күтілетін-нәтиже': { kk: 'Жобаны іске асыруда күтілетін нәтиже (әрқайсысы бөлек жолда)', ru: 'Ожидаемый результат реализации проекта (каждый отдельной строкой)', en: 'Expected result of the project (one per line)' },
    'lsp.kw.қол-жеткізілген-нәтиже': { kk: 'Жобадан қол жеткізілген нәтиже', ru: 'Достигнутый результат проекта', en: 'Result achieved by the project' },
    'lsp.kw.әріптестер': { kk: 'Әлеуметтік жоба әріптестерінің саны және атауы', ru: 'Количество и названия партнёров социального проекта', en: 'Number and names of the project\'s partners' },
    'lsp.kw.беттер': { kk: 'Есеп беттерінің жалпы саны', ru: 'Общее количество страниц отчёта', en: 'Total number of report pages' },
    'lsp.kw.толтырылған-күні': { kk: 'Толтырылған уақыты', ru: 'Дата заполнения', en: 'Date filled in' },
    'lsp.kw.команда': { kk: 'Жоба командасы туралы ақпарат (II блок)', ru: 'Информация о команде проекта (блок II)', en: 'Project team (Block II)' },
    'lsp.kw.қызметкер': { kk: 'Ұйымның штаттық қызметкері', ru: 'Штатный сотрудник организации', en: 'Staff member of the organisation' },
    'lsp.kw.маман': { kk: 'Азаматтық-құқықтық шарт бойынша тартылатын маман', ru: 'Специалист по договору гражданско-правового характера', en: 'Specialist under a civil-law contract' },
    'lsp.kw.байланыс': { kk: 'Байланыс ақпараттары', ru: 'Контактные данные', en: 'Contact details' },
    'lsp.kw.міндеттері': { kk: 'Міндеттері', ru: 'Обязанности', en: 'Duties' },
    'lsp.kw.жүктеме': { kk: 'Жобадағы қызметі — жұмыс уақытының үлесі, %', ru: 'Занятость в проекте — доля рабочего времени, %', en: 'Share of working time in the project, %' },
    'lsp.kw.міндет': { kk: 'Міндет: нөмірі мен атауы, ішінде іс-шаралары', ru: 'Задача: номер и название, внутри мероприятия', en: 'Task: number and title, with its activities inside' },
    'lsp.kw.іс-шара': { kk: 'Іс-шара (іс-шараның қысқаша сипаттамасы)', ru: 'Мероприятие (краткое описание мероприятия)', en: 'Activity (a short description)' },
    'lsp.kw.презентация': { kk: 'Жоба нәтижелерінің қорытынды жария презентациясы', ru: 'Итоговая публичная презентация результатов проекта', en: 'Final public presentation of the project results' },
    'lsp.kw.ақпараттық-жұмыс': { kk: 'Жобаның орындалу барысы туралы ақпараттық жұмыс', ru: 'Информационная работа о ходе реализации проекта', en: 'Information work on the project\'s progress' },
    'lsp.kw.мерзімі': { kk: 'Орындалу мерзімі', ru: 'Срок исполнения', en: 'Deadline (period of the activity)' },
    'lsp.kw.орны': { kk: 'Өткізілу орны (қала/елді мекен, мекенжайы)', ru: 'Место проведения (город/населённый пункт, адрес)', en: 'Venue (city or settlement, address)' },
    'lsp.kw.арна': { kk: 'Байланыс арнасы (БАҚ, веб-ресурстар, SMS)', ru: 'Канал связи (СМИ, веб-ресурсы, SMS)', en: 'Communication channel (media, web, SMS)' },
    'lsp.kw.қатысушылар': { kk: 'Қатысушылар саны және категориясы', ru: 'Количество и категория участников', en: 'Number and category of participants' },
    'lsp.kw.сарапшылар': { kk: 'Тартылған сарапшылар', ru: 'Привлечённые эксперты', en: 'Experts involved' },
    'lsp.kw.қосымша': { kk: 'Растайтын құжаттармен бірге № ___ қосымша', ru: 'Приложение № ___ с подтверждающими документами', en: 'Appendix № with the supporting documents' },
    'lsp.kw.дәлел': { kk: 'Растайтын құжаттар (фото, тізім, хаттама) сақталған қалта', ru: 'Папка с подтверждающими документами (фото, списки, протоколы)', en: 'Folder with the supporting evidence (photos, lists, minutes)' },
    'lsp.kw.нәтиже': { kk: 'Қол жеткізілген қысқа мерзімді нәтижелер (іс-шара бойынша)', ru: 'Достигнутые краткосрочные результаты (по мероприятию)', en: 'Short-term results achieved (per activity)' },
    'lsp.kw.толықтығы': { kk: 'Жоспарланған мерзімге сәйкес іс-шаралардың толықтығы', ru: 'Полнота мероприятий в соответствии с плановым сроком', en: 'Completeness of the planned activities by the planned date' },
    'lsp.kw.көрсеткіш': { kk: 'Сандық немесе сапалық көрсеткіш (өнім, индикатор)', ru: 'Количественный или качественный показатель (продукт, индикатор)', en: 'Quantitative or qualitative indicator (output)' },
    'lsp.kw.жоспар': { kk: 'Жоспарланған көрсеткіш деңгейі', ru: 'Плановое значение показателя', en: 'Planned level of the indicator' },
    'lsp.kw.факт': { kk: 'Нақты деңгей (факт)', ru: 'Фактическое значение', en: 'Actual level (fact)' },
    'lsp.kw.ауытқу': { kk: 'Жоспардан ауытқу негіздемесі', ru: 'Обоснование отклонения от плана', en: 'Justification of the deviation from plan' },
    'lsp.kw.ескерту': { kk: 'Ескерту', ru: 'Примечание', en: 'Note' },
    'lsp.kw.жарияланымдар': { kk: 'Жарияланымдар тізімі: күні, басылым, тақырыбы', ru: 'Список публикаций: дата, издание, заголовок', en: 'List of publications: date, outlet, title' },
    'lsp.kw.әсер': { kk: 'Жобаның әлеуметтік әсері (IV блок): индикаторлар', ru: 'Социальное воздействие проекта (блок IV): индикаторы', en: 'Social impact of the project (Block IV): indicators' },
    'lsp.kw.статистика': { kk: 'Қатысушылар бөлінісіндегі статистикалық ақпарат', ru: 'Статистическая информация в разрезе участников', en: 'Participant statistics' },
    'lsp.kw.барлығы': { kk: 'Жоба бойынша жалпы қатысушылар саны', ru: 'Общее количество участников проекта', en: 'Total number of participants' },
    'lsp.kw.ерлер': { kk: 'Ерлер', ru: 'Мужчины', en: 'Men' },
    'lsp.kw.әйелдер': { kk: 'Әйелдер', ru: 'Женщины', en: 'Women' },
    'lsp.kw.санаты': { kk: 'Санаты бойынша әлеуметтік мәртебесі', ru: 'Социальный статус по категориям', en: 'Social status by category' },
    'lsp.kw.жасы': { kk: 'Жас көрсеткіші', ru: 'Возрастной показатель', en: 'Age breakdown' },
    'lsp.kw.оқыту-нәтижелері': { kk: 'Оқыту нәтижелері: бастапқы және кейінгі білім деңгейі', ru: 'Результаты обучения: начальный и итоговый уровень знаний', en: 'Learning outcomes: knowledge level before and after' },
    'lsp.kw.бағыт': { kk: 'Оқыту курсының бағыты', ru: 'Направление обучения', en: 'Training direction' },
    'lsp.kw.ұзақтығы': { kk: 'Оқыту курсының ұзақтығы', ru: 'Продолжительность обучения', en: 'Course duration' },
    'lsp.kw.бастапқы': { kk: 'Алғашқы (бастапқы) білім деңгейі', ru: 'Начальный уровень знаний', en: 'Knowledge level before' },
    'lsp.kw.кейінгі': { kk: 'Кейінгі білім деңгейі', ru: 'Итоговый уровень знаний', en: 'Knowledge level after' },
    'lsp.kw.өсім': { kk: 'Өсім деңгейі', ru: 'Прирост', en: 'Growth' },
    'lsp.kw.сараптамалық-кеңес': { kk: 'Сараптамалық кеңестің құрамы', ru: 'Состав экспертного совета', en: 'Members of the expert council' },
    'lsp.kw.мүше': { kk: 'Кеңес мүшесі: аты-жөні, жұмыс орны, лауазымы', ru: 'Член совета: ФИО, место работы, должность', en: 'Council member: name, workplace, position' },
    'lsp.kw.серіктес': { kk: 'Әлеуметтік жоба серіктесі: ұйымның аты', ru: 'Партнёр социального проекта: название организации', en: 'Partner of the project: organisation name' },
    'lsp.kw.рөлі': { kk: 'Жобадағы рөлі', ru: 'Роль в проекте', en: 'Role in the project' },
    'lsp.kw.қорытынды': { kk: 'Есептің қорытынды сипаттама бөлімдері', ru: 'Итоговые описательные разделы отчёта', en: 'Closing narrative sections of the report' },
    'lsp.kw.мақсатқа-жету': { kk: 'Мақсатқа жету (фактілер мен дәлелдер)', ru: 'Достижение цели (факты и доказательства)', en: 'Reaching the goal (facts and evidence)' },
    'lsp.kw.өзгерістер': { kk: 'Жоба барысындағы әлеуметтік және басқа да өзгерістерді өлшеу', ru: 'Измерение социальных и иных изменений в ходе проекта', en: 'Social and other changes measured during the project' },
    'lsp.kw.нақты-нәтижелер': { kk: 'Мақсатты топтар алған нақты нәтижелер', ru: 'Конкретные результаты, полученные целевыми группами', en: 'Concrete results obtained by the target groups' },
    'lsp.kw.ұзақ-мерзімді-әсер': { kk: 'Шешілетін проблемаға ұзақ мерзімді әсері', ru: 'Долгосрочное влияние на решаемую проблему', en: 'Long-term effect on the problem' },
    'lsp.kw.тұрақтылық': { kk: 'Жоба нәтижелерінің тұрақтылығы', ru: 'Устойчивость результатов проекта', en: 'Sustainability of the results' },
    'lsp.kw.серіктестер-үлесі': { kk: 'Серіктестердің үлестерін талдау', ru: 'Анализ вклада партнёров', en: 'Analysis of the partners\' contributions' },
    'lsp.kw.әлеуметтік-экономикалық-әсер': { kk: 'Іске асырылған жобаның әлеуметтік-экономикалық әсері', ru: 'Социально-экономический эффект реализованного проекта', en: 'Socio-economic effect of the project' },
    'lsp.kw.ұсыныс': { kk: 'Болашақ жобаға ұсыныс: жоба атауы', ru: 'Предложение будущего проекта: название', en: 'Proposal for a future project: its name' },
    'lsp.kw.негіздеме': { kk: 'Мақсаттың негіздемесі (мәселе сипаттамасы)', ru: 'Обоснование цели (описание проблемы)', en: 'Rationale (problem statement)' },
    'lsp.kw.мақсаты': { kk: 'Ұсынылатын жобаның мақсаты', ru: 'Цель предлагаемого проекта', en: 'Goal of the proposed project' },
    'lsp.kw.сипаттама': { kk: 'Сипаттама: есептегі өз мәтініңіз — әр жол абзац, «- » тізім, «1. » нөмірлі тізім, «| … |» кесте', ru: 'Описание: ваш текст в отчёте — строка = абзац, «- » список, «1. » нумерованный список, «| … |» таблица', en: 'Narrative: your own text in the report — a line is a paragraph, «- » bullets, «1. » numbered items, «| … |» a table' },
    'lsp.kw.Proposal.сипаттама': { kk: 'Қысқаша сипаттама (жобаның негізгі бағыттары)', ru: 'Краткое описание (основные направления проекта)', en: 'Short description (main directions)' },
    'lsp.kw.орысша': { kk: 'Орысша мәтіні: орысша есепте осы басылады', ru: 'Текст на русском: печатается в русском отчёте', en: 'Russian text: printed in the Russian report' },
    'lsp.kw.келісуші': { kk: 'Грант берушінің қол қоятын тұлғасы («КЕЛІСІЛДІ»): аты-жөні, артынан лауазымы:', ru: 'Подписант грантодателя («СОГЛАСОВАНО»): Ф. И. О., затем лауазымы:', en: 'Grantor\'s signatory («AGREED»): name, then лауазымы:' },
    'lsp.kw.органға-ұсыныс': { kk: 'Мемлекеттік органға ұсыныс', ru: 'Рекомендация государственному органу', en: 'Recommendation to a state body' },
    'lsp.kw.мәтін': { kk: 'Ұсыныс мәтіні', ru: 'Текст рекомендации', en: 'Text of the recommendation' },
    'lsp.kw.хат': { kk: 'Ұсыныс жолданған хаттың күні мен нөмірі', ru: 'Дата и номер письма с рекомендацией', en: 'Date and number of the letter that carried it' },
    'lsp.kw.Proposal.міндеттері': { kk: 'Ұсынылатын жобаның міндеттері', ru: 'Задачи предлагаемого проекта', en: 'Tasks of the proposed project' },
    'lsp.kw.Proposal.орны': { kk: 'Іске асыру орны (жобаның географиясы)', ru: 'Место реализации (география проекта)', en: 'Where it would run (geography)' },
    'lsp.kw.Proposal.нәтиже': { kk: 'Күтілетін нәтижелер', ru: 'Ожидаемые результаты', en: 'Expected results' },
    'lsp.kw.Proposal.бағыт': { kk: 'Гранттың басым бағыты', ru: 'Приоритетное направление гранта', en: 'Priority direction of the grant' },
    'lsp.kw.Proposal.сома': { kk: 'Қажетті сома', ru: 'Необходимая сумма', en: 'Sum required' },
    'lsp.kw.NarrativeEntry.ауытқу': { kk: 'Жобаның жоспардан ауытқу негіздемесі (жалпы)', ru: 'Обоснование отклонений проекта от плана (в целом)', en: 'Justification of the project\'s deviations from plan (overall)' },
    // Report
    'report.unjustified': {
        kk: '{count} ауытқудың негіздемесі жазылмаған. Тізімін көру үшін есепті тексеру қосымшасымен жасаңыз (--review) немесе алдын ала қарауды ашыңыз.',
        ru: 'Отклонений без обоснования: {count}. Список — в приложении для проверки (--review) или в предпросмотре.',
        en: '{count} deviation(s) without a justification. See them in the review appendix (--review) or the preview.'
    },
    'report.unjustifiedRow': {
        kk: '«{name}»: жоспар {plan}, факт {fact} — ауытқу негіздемесі жоқ. Көрсеткішке «ауытқу: \"…\"» жолын қосыңыз.',
        ru: '«{name}»: план {plan}, факт {fact} — нет обоснования отклонения. Добавьте к показателю строку «ауытқу: \"…\"».',
        en: '«{name}»: plan {plan}, fact {fact}, no justification of the deviation. Add «ауытқу: \"…\"» to the indicator.'
    },
    'report.written': { kk: 'Есеп жазылды: {file}', ru: 'Отчёт записан: {file}', en: 'Report written: {file}' },
    'report.exists': {
        kk: '{file} бұрыннан бар: ол қайта жазылмады. Қайта жазу үшін --force қосыңыз немесе -o арқылы басқа атау беріңіз.',
        ru: '{file} уже существует и не перезаписан. Добавьте --force, чтобы перезаписать, или укажите другое имя через -o.',
        en: '{file} already exists and was not overwritten. Add --force to overwrite it, or give another name with -o.'
    },
    'report.strictRefused': {
        kk: '--strict: есеп жазылмады ({count} ауытқудың негіздемесі жоқ, {errors} қате).',
        ru: '--strict: отчёт не записан (отклонений без обоснования: {count}, ошибок: {errors}).',
        en: '--strict: no report written ({count} deviation(s) without justification, {errors} error(s)).'
    },
    'report.notWritten': {
        kk: 'Есеп жазылмады: алдымен мыналарды түзетіңіз.',
        ru: 'Отчёт не записан: сначала исправьте следующее.',
        en: 'No report written: fix the following first.'
    },
    'report.emptyField': {
        kk: '{kind} үшін «{field}» керек, бірақ «{keyword}:» жолы бос: оны толтырыңыз.',
        ru: 'Для формы «{kind}» нужно поле «{field}», но строка «{keyword}:» пустая: заполните её.',
        en: 'The {kind} form needs «{field}», but the line «{keyword}:» is empty: fill it in.'
    },
    'report.emptyPlan': {
        kk: '{kind} үшін «{name}» көрсеткішінің жоспары керек, бірақ ол бос: жоспар: мәнін жазыңыз.',
        ru: 'Для формы «{kind}» нужен план показателя «{name}», но он пустой: напишите значение жоспар:.',
        en: 'The {kind} form needs the plan of «{name}», but it is empty: write its жоспар: value.'
    },
    'report.missingField': {
        kk: '{kind} үшін «{field}» керек: жоба блогына «{keyword}: …» жолын қосыңыз.',
        ru: 'Для формы «{kind}» нужно поле «{field}»: добавьте в блок проекта строку «{keyword}: …».',
        en: 'The {kind} form needs «{field}»: add «{keyword}: …» to the project block.'
    },
    'report.badSum': {
        kk: 'Грант сомасы санмен оқылмады: «{text}». Мысалы: «сома: 15 337 100 теңге».',
        ru: 'Сумму гранта не удалось прочитать как число: «{text}». Например: «сома: 15 337 100 теңге».',
        en: 'The grant sum does not read as a number: «{text}». For example: «сома: 15 337 100 теңге».'
    },
    'report.noDocument': {
        kk: 'Файл ашылмаған немесе табылмады: {uri}',
        ru: 'Файл не открыт или не найден: {uri}',
        en: 'The file is not open or was not found: {uri}'
    },
    'report.noProject': {
        kk: 'Файлда «жоба» блогы жоқ: есеп жасалмады.',
        ru: 'В файле нет блока «жоба»: отчёт не создан.',
        en: 'The file has no «жоба» block: no report was made.'
    },
    'report.severalProjects': {
        kk: 'Файлда {count} жоба бар: есеп біріншісі — «{name}» бойынша жасалды.',
        ru: 'В файле проектов: {count}; отчёт составлен по первому — «{name}».',
        en: 'The file has {count} projects; the report covers the first, «{name}».'
    },
    'report.validationErrors': {
        kk: 'Файлда {count} қате бар: есеп — жоба нұсқасы, оларды тапсырар алдында түзетіңіз.',
        ru: 'В файле ошибок: {count}; отчёт — черновик, исправьте их перед сдачей.',
        en: 'The file has {count} error(s); the report is a draft: fix them before handing it in.'
    },
    'report.badKind': {
        kk: 'Есеп түрі белгісіз: {kind}. Болуы мүмкін: final, plan, interim.',
        ru: 'Неизвестный вид отчёта: {kind}. Возможны: final, plan, interim.',
        en: 'Unknown report kind: {kind}. Possible: final, plan, interim.'
    },
    'report.badLang': {
        kk: 'Есеп тілі: kk немесе ru ({lang} емес).',
        ru: 'Язык отчёта: kk или ru (не {lang}).',
        en: 'The report language is kk or ru (not {lang}).'
    },
    'report.sameAsInput': {
        kk: 'Есепті .grant файлының орнына жазуға болмайды: {file}.',
        ru: 'Нельзя записать отчёт на место файла .grant: {file}.',
        en: 'The report cannot be written over the .grant file: {file}.'
    },
    'report.writeFailed': {
        kk: '{file} жазылмады ({reason}); бұрынғы файл өзгермеді.',
        ru: '{file} не записан ({reason}); прежний файл не изменён.',
        en: '{file} was not written ({reason}); the old file is unchanged.'
    },
    'report.renderFailed': {
        kk: 'Есепті құрастыру сәтсіз аяқталды ({reason}): ешқандай файл жазылмады.',
        ru: 'Не удалось составить отчёт ({reason}): файл не записан.',
        en: 'Rendering the report failed ({reason}): no file was written.'
    },
    'report.kind.final': { kk: 'қорытынды есеп', ru: 'итоговый отчёт', en: 'final report' },
    'report.kind.plan': { kk: 'жобаның толық сипаттамасы', ru: 'полное описание проекта', en: 'project description' },
    'report.kind.interim': { kk: 'аралық есеп', ru: 'промежуточный отчёт', en: 'interim report' },
    'report.file.final': { kk: 'қорытынды-есеп', ru: 'итоговый-отчёт', en: 'final-report' },
    'report.file.plan': { kk: 'жоба-сипаттамасы', ru: 'описание-проекта', en: 'project-description' },
    'report.file.interim': { kk: 'аралық-есеп', ru: 'промежуточный-отчёт', en: 'interim-report' },
    'report.field.grantee': { kk: 'Гранталушы', ru: 'Грантополучатель', en: 'Grantee' },
    'report.field.topic': { kk: 'Грант тақырыбы', ru: 'Тема гранта', en: 'Grant topic' },
    'report.field.period': { kk: 'Жобаны іске асыру кезеңі', ru: 'Период реализации проекта', en: 'Project period' },
    'report.field.sum': { kk: 'Грант сомасы', ru: 'Сумма гранта', en: 'Grant sum' },
    'report.field.head': { kk: 'Жоба жетекшісі (қол қоятын тұлға)', ru: 'Руководитель (подписант)', en: 'Head of the grantee (signatory)' },
    ...validationMessages,
    ...importMessages,
    ...safetyMessages,
    ...recoveryMessages,
    ...toFillMessages
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof messages;
