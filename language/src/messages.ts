/**
 * The message catalogue: one entry per message, in Kazakh, Russian and English.
 * Placeholders are written `{name}`.
 */
import { lspMessages } from './lsp-messages.js';
import { keywordDocMessages } from './keyword-doc-messages.js';
import { reportMessages } from './report-messages.js';
import { validationMessages } from './validation/messages.js';
import { fieldMessages } from './validation/field-messages.js';
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
    'cli.wordDocument': {
        kk: '{file}: бұл Word құжаты, .grant файлы емес. Қол қойылған жоспардан .grant нобайын жасау үшін: esep import {file}',
        ru: '{file}: это документ Word, а не файл .grant. Черновик .grant из подписанного плана: esep import {file}',
        en: '{file}: this is a Word document, not a .grant file. To make a draft .grant from a signed plan: esep import {file}'
    },
    'cli.pdfDocument': {
        kk: '{file}: бұл PDF құжаты, .grant файлы емес. Қол қойылған жоспардан .grant нобайын жасау үшін: esep import {file}',
        ru: '{file}: это документ PDF, а не файл .grant. Черновик .grant из подписанного плана: esep import {file}',
        en: '{file}: this is a PDF document, not a .grant file. To make a draft .grant from a signed plan: esep import {file}'
    },
    'cli.oldWord': {
        kk: '{file}: бұл ескі Word құжаты (.doc), .grant файлы емес. Оны Word-та .docx етіп сақтап, esep import арқылы нобай жасаңыз.',
        ru: '{file}: это старый документ Word (.doc), а не файл .grant. Сохраните его в Word как .docx и сделайте черновик через esep import.',
        en: '{file}: this is an old Word document (.doc), not a .grant file. Save it as .docx in Word, then make a draft with esep import.'
    },
    'cli.binary': {
        kk: '{file}: бұл мәтіндік файл емес (сурет, архив не басқа құжат). .grant файлының жолын көрсетіңіз.',
        ru: '{file}: это не текстовый файл (картинка, архив или другой документ). Укажите путь к файлу .grant.',
        en: '{file}: not a text file (a picture, an archive or another document). Give the path of a .grant file.'
    },
    'cli.cannotRead': {
        kk: '{file}: файлды оқу мүмкін емес ({reason}).',
        ru: '{file}: не удалось прочитать файл ({reason}).',
        en: '{file}: cannot read the file ({reason}).'
    },
    'cli.help': {
        kk: 'Esep мемлекеттік әлеуметтік гранттың .grant файлдарын тексереді және олардан есеп жазады.\n\n'
            + '  check    файлдарды тексереді: қателер мен ескертулерді жол нөмірімен көрсетеді (қалта берілсе, ішіндегі барлық .grant файлын)\n'
            + '  report   қорытынды есепті (не жоспарды) Word файлы (.docx) етіп жазады\n'
            + '  import   қол қойылған жоспардан (.docx не .pdf) .grant нобайын жасайды\n'
            + '  summary  көп жобаның жиынтығын жазады: .xlsx, .html, .json не .csv\n'
            + '  export   бір жобаның көрсеткіштерін Excel (.xlsx) не JSON етіп шығарады\n',
        ru: 'Esep проверяет файлы .grant государственного социального гранта и пишет по ним отчёты.\n\n'
            + '  check    проверяет файлы: показывает ошибки и предупреждения с номерами строк (для папки — все файлы .grant в ней)\n'
            + '  report   пишет итоговый отчёт (или план) файлом Word (.docx)\n'
            + '  import   делает черновик .grant из подписанного плана (.docx или .pdf)\n'
            + '  summary  пишет сводку по многим проектам: .xlsx, .html, .json или .csv\n'
            + '  export   выгружает показатели одного проекта в Excel (.xlsx) или JSON\n',
        en: 'Esep checks the .grant files of state social grants and writes their reports.\n\n'
            + '  check    checks files: shows errors and warnings with their line numbers (for a folder, every .grant file in it)\n'
            + '  report   writes the final report (or the plan) as a Word file (.docx)\n'
            + '  import   makes a draft .grant from a signed plan (.docx or .pdf)\n'
            + '  summary  writes the summary of many projects: .xlsx, .html, .json or .csv\n'
            + '  export   exports one project\'s indicators to Excel (.xlsx) or JSON\n'
    },
    'cli.usage': {
        kk: 'Қолданылуы: esep check <файлдар мен қалталар…> [--format text|json] [--lang kk|ru|en] [--report-date кк.аа.жжжж]\n           esep report <файл> [-o out.docx] [--lang kk|ru] [--kind final|plan|interim] [--strict] [--force] [--review] [--charts]',
        ru: 'Использование: esep check <файлы и папки…> [--format text|json] [--lang kk|ru|en] [--report-date дд.мм.гггг]\n               esep report <файл> [-o out.docx] [--lang kk|ru] [--kind final|plan|interim] [--strict] [--force] [--review] [--charts]',
        en: 'Usage: esep check <files and folders…> [--format text|json] [--lang kk|ru|en] [--report-date dd.mm.yyyy]\n       esep report <file> [-o out.docx] [--lang kk|ru] [--kind final|plan|interim] [--strict] [--force] [--review] [--charts]'
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
    ...lspMessages,
    ...keywordDocMessages,
    ...reportMessages,
    ...validationMessages,
    ...fieldMessages,
    ...importMessages,
    ...safetyMessages,
    ...recoveryMessages,
    ...toFillMessages
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof messages;
