/**
 * Messages about what Esep refuses to do or could not do: files that are not
 * regular files, outputs that would replace something else, characters a
 * report cannot hold, internal failures. Kazakh first; each names the place
 * and what to do.
 */
import type { Message } from './messages.js';

export const safetyMessages = {
    'V-NUM-02.gap': {
        kk: '{what} нөмірлері үзілген: {missing} жоқ. Нөмірлер келісімшарттағыдай болуы керек — келісімшартпен салыстырыңыз.',
        ru: 'В нумерации ({what}) пропуск: нет номера {missing}. Номера должны быть как в договоре — сверьте с договором.',
        en: '{what} numbers have a gap: {missing} is missing. The numbers must be the contract\'s — check them against the contract.'
    },
    'report.unjustifiedRowMissing': {
        kk: '«{name}»: жоспар {plan}, факт жазылмаған — ауытқу негіздемесі жоқ. Көрсеткішке «факт: …» жолын қосыңыз, ал жоспар орындалмаса — «ауытқу: \"…\"» жолын.',
        ru: '«{name}»: план {plan}, факт не указан — обоснования отклонения нет. Добавьте показателю строку «факт: …», а если план не выполнен — «ауытқу: \"…\"».',
        en: '«{name}»: plan {plan}, no fact given — no justification of the deviation. Add a «факт: …» line to the indicator, and if the plan was not met, «ауытқу: \"…\"».'
    },
    'V-FMT-08': {
        kk: 'Мәтінде көрінбейтін басқару таңбалары бар ({names}): олар Word құжатында болмайды, сондықтан есепке кірмейді. Оларды өшіріңіз (жылдам түзету: «Басқару таңбаларын өшіру»).',
        ru: 'В тексте есть невидимые управляющие символы ({names}): в документе Word их быть не может, поэтому в отчёт они не попадут. Удалите их (быстрое исправление: «Удалить управляющие символы»).',
        en: 'The text has invisible control characters ({names}): a Word document cannot hold them, so they are left out of the report. Remove them (quick fix: «Remove control characters»).'
    },
    'fix.controlChars': {
        kk: 'Басқару таңбаларын өшіру',
        ru: 'Удалить управляющие символы',
        en: 'Remove control characters'
    },
    'V-PATH-01.link': {
        kk: '«{path}» — дәлел жобаның папкасынан тыс жатыр: жол не оның бір бөлігі папкадан тыс жерге апаратын сілтеме (symlink). Файлдардың өзін жоба папкасына көшіріп, салыстырмалы жол жазыңыз, мысалы: дәлел: "дәлелдер/1-1".',
        ru: '«{path}» — доказательство вне папки проекта: путь или его часть — ссылка (symlink), ведущая за пределы папки. Скопируйте сами файлы в папку проекта и укажите относительный путь, например: дәлел: "дәлелдер/1-1".',
        en: '«{path}» is outside the project folder: the path, or a part of it, is a link (symlink) that leads out of it. Copy the files themselves into the folder and give a relative path, e.g. дәлел: "дәлелдер/1-1".'
    },
    'internal.validationAborted': {
        kk: 'Esep бұл файлды тексеруді аяқтай алмады (ішкі қате: {detail}). Кейбір ережелер тексерілмеді — файл таза деп саналмайды. Файлды бөліктерге бөліп тексеріңіз және қатені Esep әзірлеушілеріне хабарлаңыз.',
        ru: 'Esep не смог завершить проверку файла (внутренняя ошибка: {detail}). Часть правил не проверена — файл не считается чистым. Проверьте файл по частям и сообщите об ошибке разработчикам Esep.',
        en: 'Esep could not finish checking this file (internal error: {detail}). Some rules were not checked — the file is not taken as clean. Check it in parts and report the error to the Esep developers.'
    },
    'cli.internalFailure': {
        kk: 'Esep бұл файлды тексере алмады (ішкі қате: {reason}). Тексеру аяқталмады — файл таза деп саналмайды. Файлды бөліктерге бөліп тексеріңіз және қатені Esep әзірлеушілеріне хабарлаңыз.',
        ru: 'Esep не смог проверить этот файл (внутренняя ошибка: {reason}). Проверка не завершена — файл не считается чистым. Проверьте файл по частям и сообщите об ошибке разработчикам Esep.',
        en: 'Esep could not check this file (internal error: {reason}). The check did not finish — the file is not taken as clean. Check it in parts and report the error to the Esep developers.'
    },
    'cli.notRegularFile': {
        kk: '{file}: бұл кәдімгі файл емес (папка, құрылғы не арна). .grant файлының жолын көрсетіңіз.',
        ru: '{file}: это не обычный файл (папка, устройство или канал). Укажите путь к файлу .grant.',
        en: '{file}: not a regular file (a folder, a device or a pipe). Give the path of a .grant file.'
    },
    'cli.tooLarge': {
        kk: '{file}: файл тым үлкен ({size} МБ, ең көбі {limit} МБ). Жобаларды бөлек файлдарға бөліңіз.',
        ru: '{file}: файл слишком большой ({size} МБ, не более {limit} МБ). Разделите проекты на отдельные файлы.',
        en: '{file}: the file is too large ({size} MB, at most {limit} MB). Split the projects into separate files.'
    },
    'report.notRegularTarget': {
        kk: '{file} кәдімгі файл емес (сілтеме, құрылғы не арна): оның орнына есеп жазылмайды, --force болса да. Басқа атау беріңіз (-o).',
        ru: '{file} — не обычный файл (ссылка, устройство или канал): отчёт на его место не записывается, даже с --force. Укажите другое имя (-o).',
        en: '{file} is not a regular file (a link, a device or a pipe): a report is never written in its place, not even with --force. Give another name (-o).'
    }
} satisfies Record<string, Message>;
