/**
 * Messages of the report (server/src/report, the CLI's `report` and the editor's command):
 * what stops or marks a report, form names, file names. Kazakh first, Russian and English too.
 */
import type { Message } from './messages.js';

export const reportMessages = {
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
    'report.notDocx': {
        kk: '{file}: есеп Word файлы болып жазылады, сондықтан атауы .docx деп аяқталсын (мысалы, -o есеп.docx).',
        ru: '{file}: отчёт записывается файлом Word, поэтому имя должно оканчиваться на .docx (например, -o отчёт.docx).',
        en: '{file}: the report is written as a Word file, so the name must end in .docx (for example, -o report.docx).'
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
} satisfies Record<string, Message>;
