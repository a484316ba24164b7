/**
 * The message catalogue: one entry per message, in Kazakh, Russian and English.
 * Placeholders are written `{name}`.
 */
import { validationMessages } from './validation/messages.js';

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
        kk: 'Қолданылуы: esep check <файлдар…> [--format text|json] [--lang kk|ru|en]\n           esep report <файл> [-o out.docx] [--lang kk|ru] [--kind final|plan|interim] [--strict]',
        ru: 'Использование: esep check <файлы…> [--format text|json] [--lang kk|ru|en]\n               esep report <файл> [-o out.docx] [--lang kk|ru] [--kind final|plan|interim] [--strict]',
        en: 'Usage: esep check <files…> [--format text|json] [--lang kk|ru|en]\n       esep report <file> [-o out.docx] [--lang kk|ru] [--kind final|plan|interim] [--strict]'
    },
    'cli.summary': {
        kk: '{files} файл тексерілді: {errors} қате, {warnings} ескерту, {infos} ақпарат.',
        ru: 'Проверено файлов: {files}; ошибок: {errors}, предупреждений: {warnings}, сведений: {infos}.',
        en: '{files} file(s) checked: {errors} error(s), {warnings} warning(s), {infos} info.'
    },
    'cli.badOption': {
        kk: 'Белгісіз параметр: {option}.',
        ru: 'Неизвестный параметр: {option}.',
        en: 'Unknown option: {option}.'
    },
    'severity.error': { kk: 'қате', ru: 'ошибка', en: 'error' },
    'severity.warning': { kk: 'ескерту', ru: 'предупреждение', en: 'warning' },
    'severity.info': { kk: 'ақпарат', ru: 'сведение', en: 'info' },
    'severity.hint': { kk: 'кеңес', ru: 'подсказка', en: 'hint' },
    ...validationMessages
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof messages;
