/**
 * Messages of the editor features: plan/fact status words, hover, code lens, inlay hints,
 * the status bar, completion labels and snippets. Kazakh first, Russian and English too.
 */
import type { Message } from './messages.js';

export const lspMessages = {
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
    'lsp.hover.learning': { kk: 'Оқыту нәтижесі', ru: 'Результат обучения', en: 'Learning outcome' },
    'lsp.hover.learning.before': { kk: 'Бастапқы нәтиже', ru: 'Начальный результат', en: 'Pre-test result' },
    'lsp.hover.learning.after': { kk: 'Кейінгі нәтиже', ru: 'Итоговый результат', en: 'Post-test result' },
    'lsp.hover.learning.growth': { kk: 'Өсім (жазылғандай)', ru: 'Рост (как записан)', en: 'Growth (as written)' },
    'lsp.hover.learning.difference': { kk: 'Кейінгі − бастапқы', ru: 'Итоговый − начальный', en: 'Post − pre' },
    'lsp.hover.learning.agrees': { kk: '✔ өсіммен сәйкес', ru: '✔ совпадает с ростом', en: '✔ agrees with the growth' },
    'lsp.hover.learning.differs': { kk: '✘ өсім басқаша жазылған', ru: '✘ рост записан иначе', en: '✘ the growth is written otherwise' },
    'lsp.hover.learning.twoMeasures': {
        kk: 'есептелмейді: нәтижелер әртүрлі өлшеммен жазылған', ru: 'не вычислить: результаты в разных мерах', en: 'cannot be worked out: the results are in two measures'
    },
    'lsp.hover.stats': { kk: 'Қатысушылар статистикасы', ru: 'Статистика участников', en: 'Participant statistics' },
    'lsp.hover.stats.total': { kk: 'Барлығы', ru: 'Всего', en: 'Total' },
    'lsp.hover.stats.gender': { kk: 'Ерлер + әйелдер', ru: 'Мужчины + женщины', en: 'Men + women' },
    'lsp.hover.stats.categories': { kk: 'Санаттар қосындысы', ru: 'Сумма категорий', en: 'Categories together' },
    'lsp.hover.stats.ages': { kk: 'Жас топтары қосындысы', ru: 'Сумма возрастных групп', en: 'Age brackets together' },
    'lsp.hover.stats.direct': { kk: 'Тікелей бенефициарлар (IV блок, факт)', ru: 'Прямые бенефициары (блок IV, факт)', en: 'Direct beneficiaries (Block IV, fact)' },
    'lsp.hover.stats.adds': { kk: '✔ барлығымен сәйкес', ru: '✔ сходится со «всего»', en: '✔ adds up to the total' },
    'lsp.hover.stats.differs': { kk: '✘ барлығы {total}', ru: '✘ всего {total}', en: '✘ the total is {total}' },
    'lsp.hover.pubs': {
        kk: 'Жарияланымдар: {count}; айына кемінде {min}', ru: 'Публикаций: {count}; не менее {min} в месяц', en: 'Publications: {count}; at least {min} a month'
    },
    'lsp.hover.pubs.noPeriod': {
        kk: 'Жоба кезеңі (кезең:) жазылмаған: айлар бойынша санау мүмкін емес.', ru: 'Период проекта (кезең:) не указан: по месяцам не посчитать.',
        en: 'The project period (кезең:) is not written: no months to count.'
    },
    'lsp.hover.team': { kk: 'Жоба командасы (IV блоктың жоспарымен)', ru: 'Команда проекта (против плана блока IV)', en: 'Project team (against Block IV\'s plan)' },
    'lsp.hover.team.staff': { kk: 'Қызметкерлер (қызметкер)', ru: 'Штатные сотрудники (қызметкер)', en: 'Staff (қызметкер)' },
    'lsp.hover.team.specialists': { kk: 'Тартылған мамандар (маман)', ru: 'Привлечённые специалисты (маман)', en: 'Engaged specialists (маман)' },
    'lsp.hover.team.plan': { kk: 'жоспар: {plan}', ru: 'план: {plan}', en: 'plan: {plan}' },
    'lsp.hover.team.noPlan': { kk: 'IV блокта жоспары жоқ', ru: 'в блоке IV плана нет', en: 'no plan in Block IV' },
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
    // Before where a field goes: «Жоспарда — …; есепте — …» (the plan's form and the report's).
    'lsp.hover.inReport': { kk: 'Формада', ru: 'В формах', en: 'In the forms' },
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
    'lsp.snippet.conclusion': { kk: 'Қорытынды есептің міндетті бөлімдері (алтауы)', ru: 'Обязательные разделы итогового отчёта (шесть)', en: 'The final report\'s required closing sections (six)' },
    'lsp.snippet.statistics': { kk: 'Статистика блогы: жынысы, санаттары, жасы', ru: 'Блок статистики: пол, категории, возраст', en: 'Statistics block: gender, categories, ages' },
    'lsp.link.evidence': {
        kk: 'Дәлелді ашу',
        ru: 'Открыть доказательство',
        en: 'Open the evidence'
    },
} satisfies Record<string, Message>;
