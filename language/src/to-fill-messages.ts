/**
 * Messages of the empty placeholders an activity still has (`орны: ""`, `арна: ""`): the same
 * wording as the header's (V-REQ-01.empty, report.emptyField), naming the activity.
 */
export const toFillMessages = {
    'V-REQ-06.empty': {
        kk: '«{title}» іс-шарасының {field} бос: {keyword}: "…" тырнақшасының ішіне жазыңыз.',
        ru: 'У мероприятия «{title}» пустое поле «{field}»: впишите текст в кавычки {keyword}: "…".',
        en: 'The activity «{title}» has an empty {field}: write it inside the quotes of {keyword}: "…".'
    },
    'report.emptyActivityField': {
        kk: '{kind} үшін «{title}» іс-шарасының {field} керек, бірақ «{keyword}:» жолы бос: оны толтырыңыз.',
        ru: 'Для формы «{kind}» нужно поле «{field}» мероприятия «{title}», но строка «{keyword}:» пустая: заполните её.',
        en: 'The {kind} form needs the {field} of the activity «{title}», but the line «{keyword}:» is empty: fill it in.'
    },
    'V-PF-01.empty': {
        kk: '«{name}» көрсеткішінің факті бос, ал мерзімі {end} аяқталған: тырнақшаның орнына нақты нәтижені жазыңыз (мысалы, факт: 12).',
        ru: 'Факт показателя «{name}» пустой, а срок истёк {end}: напишите фактический результат вместо кавычек (например, факт: 12).',
        en: 'The fact of «{name}» is empty, and its period ended on {end}: write the actual result instead of the quotes (e.g. факт: 12).'
    },
    'fix.addClosing': { kk: 'Қорытынды есептің жетіспейтін бөлімдерін қосу ({count})', ru: 'Добавить недостающие разделы итогового отчёта ({count})', en: 'Add the final report\'s missing sections ({count})' },
    'fix.addLine': { kk: '{line} жолын қосу', ru: 'Добавить строку {line}', en: 'Add the line {line}' },
    'V-REQ-15.empty': {
        kk: '{what} атауы бос: {keyword} "…" тырнақшасының ішіне атауын жазыңыз.',
        ru: 'Название ({what}) пустое: впишите его в кавычки {keyword} "…".',
        en: 'The {what} has no title yet: write it inside the quotes of {keyword} "…".'
    },
    'report.emptyTitle': {
        kk: '{kind} үшін {what} атауы керек, бірақ ол бос: {keyword} "…" тырнақшасының ішіне жазыңыз.',
        ru: 'Для формы «{kind}» нужно название ({what}), но оно пустое: впишите его в кавычки {keyword} "…".',
        en: 'The {kind} form needs the title of the {what}, but it is empty: write it inside the quotes of {keyword} "…".'
    },
    'titled.Project': { kk: 'Жобаның', ru: 'проект', en: 'project' },
    'titled.Task': { kk: 'Міндеттің', ru: 'задача', en: 'task' },
    'titled.Activity': { kk: 'Іс-шараның', ru: 'мероприятие', en: 'activity' },
    'titled.Presentation': { kk: 'Презентацияның', ru: 'презентация', en: 'presentation' },
    'titled.InfoWork': { kk: 'Ақпараттық жұмыстың', ru: 'информационная работа', en: 'information work' },
    'titled.Indicator': { kk: 'Көрсеткіштің', ru: 'показатель', en: 'indicator' },
    'activityField.place': { kk: 'өткізілу орны', ru: 'место проведения', en: 'place' },
    'activityField.channel': { kk: 'байланыс арнасы', ru: 'канал связи', en: 'channel' }
};
