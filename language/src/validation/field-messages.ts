/**
 * Messages of the validation rules on how each value and field is written: value forms,
 * required fields, formatting, numbering, region names, evidence paths, and the field names
 * they quote. Each code is explained, with its fix, in docs/kk/rules.md and docs/ru/rules.md.
 */
import type { Message } from '../messages.js';

export const fieldMessages = {
    'value.bad-date': {
        kk: '«{text}» — мұндай күн жоқ. Күнді кк.аа.жжжж түрінде жазыңыз, мысалы 01.03.2020.',
        ru: '«{text}» — такой даты нет. Пишите дату как дд.мм.гггг, например 01.03.2020.',
        en: '«{text}» is not a date. Write dd.mm.yyyy, e.g. 01.03.2020.'
    },
    'value.bad-month': {
        kk: '«{text}» — ай атауы танылмады. Мысалы: наурыз, қараша.',
        ru: '«{text}» — название месяца не распознано. Например: наурыз, қараша.',
        en: '«{text}»: the month name is not recognised. E.g. наурыз, қараша.'
    },
    'value.bad-form': {
        kk: '«{text}» — күнді оқу мүмкін емес. Мысалы: 01.03.2020, наурыз, 1 мамыр 2025 жыл.',
        ru: '«{text}» — не удаётся прочитать дату. Например: 01.03.2020, наурыз, 1 мамыр 2025 жыл.',
        en: '«{text}» cannot be read as a date. E.g. 01.03.2020, наурыз, 1 мамыр 2025 жыл.'
    },
    'value.empty': {
        kk: 'Мән бос. Мысалы: кемінде 10, 100%, 1 000 адам, оның ішінде 200.',
        ru: 'Значение пустое. Например: кемінде 10, 100%, 1 000 адам, оның ішінде 200.',
        en: 'The value is empty. E.g. кемінде 10, 100%, 1 000 адам, оның ішінде 200.'
    },
    'value.no-number': {
        kk: '«{text}» мәнінде сан жоқ. Мысалы: кемінде 10, 100%, 1 000 адам, оның ішінде 200.',
        ru: 'В значении «{text}» нет числа. Например: кемінде 10, 100%, 1 000 адам, оның ішінде 200.',
        en: '«{text}» has no number. E.g. кемінде 10, 100%, 1 000 адам, оның ішінде 200.'
    },
    'value.bad-number': {
        kk: '«{text}» — санды оқу мүмкін емес.',
        ru: '«{text}» — не удаётся прочитать число.',
        en: '«{text}» cannot be read as a number.'
    },
    'value.ambiguous-unit': {
        kk: '«{text}»: бірлік тек соңғы бөлікке жазылған және көрсеткіш атауындағы бірліктен өзгеше — әр бөліктің бірлігін анық жазыңыз.',
        ru: '«{text}»: единица указана только у последней части и отличается от названия показателя — укажите единицу каждой части.',
        en: '«{text}»: the unit is written on the last part only and differs from the indicator name — give each part its unit.'
    },
    'value.fact-comparator': {
        kk: 'Фактіде «кемінде», «ең көбі» сияқты сөздер болмауы керек: нақты санды жазыңыз.',
        ru: 'В факте не должно быть слов «кемінде», «ең көбі»: укажите точное число.',
        en: 'A fact should not say «кемінде» or «ең көбі»: write the actual number.'
    },
    'value.words-mismatch': {
        kk: 'Цифрмен {digits}, жазумен {words}: сәйкес емес.',
        ru: 'Цифрами {digits}, прописью {words}: не совпадает.',
        en: 'In digits {digits}, in words {words}: they differ.'
    },
    'value.thousands-or-fraction': {
        kk: '«{text}» бөлшек сан ({fraction}) болып оқылды. {suggestion} деп жазғыңыз келсе, мыңдықтарды бос орынмен бөліңіз: {suggestion}.',
        ru: '«{text}» прочитано как дробное число ({fraction}). Если имелось в виду {suggestion}, разделяйте тысячи пробелом: {suggestion}.',
        en: '«{text}» was read as a fraction ({fraction}). If {suggestion} was meant, separate the thousands with a space: {suggestion}.'
    },
    'value.letter-for-digit': {
        kk: '«{text}»: цифрдан кейін «{letters}» әрпі тұр. {suggestion} деп жазғыңыз келді ме? Санды тек цифрмен жазыңыз.',
        ru: '«{text}»: после цифр стоит буква «{letters}». Имелось в виду {suggestion}? Пишите число только цифрами.',
        en: '«{text}»: the letter «{letters}» follows the digits. Was {suggestion} meant? Write the number in digits only.'
    },
    'value.negative': {
        kk: 'Теріс сан: {text}. Сан нөлден кем болмауы керек.',
        ru: 'Отрицательное число: {text}. Число не может быть меньше нуля.',
        en: 'Negative number: {text}. It cannot be below zero.'
    },
    'V-XREF-04': {
        kk: '«{name}»: {fact} теңге грант сомасынан ({sum}) асады.',
        ru: '«{name}»: {fact} тенге превышает сумму гранта ({sum}).',
        en: '«{name}»: {fact} tenge exceeds the grant sum ({sum}).'
    },
    'V-REQ-01': {
        kk: 'Есепке қажетті «{field}» өрісі толтырылмаған: жоба ішіне {keyword}: … жолын қосыңыз.',
        ru: 'Не заполнено поле «{field}», нужное для отчёта: добавьте в проект строку {keyword}: ….',
        en: 'The field «{field}» that the report needs is missing: add {keyword}: … to the project.'
    },
    'V-REQ-02.quotes': {
        kk: '{field} тырнақшасыз жазылуы керек (ресми нұсқау: «бас әріппен тырнақшасыз және соңында нүктесіз»).',
        ru: '{field}: без кавычек (официальное указание: с заглавной буквы, без кавычек и без точки в конце).',
        en: '{field}: no enclosing quotes (official instruction: capital letter, no quotes, no final full stop).'
    },
    'V-REQ-02.dot': {
        kk: '{field} соңында нүкте болмауы керек.',
        ru: '{field}: без точки в конце.',
        en: '{field}: no final full stop.'
    },
    'V-REQ-02.capital': {
        kk: '{field} бас әріппен басталуы керек.',
        ru: '{field}: с заглавной буквы.',
        en: '{field}: must start with a capital letter.'
    },
    'V-REQ-03': {
        kk: 'Басым бағыт грант бағыттарының тізімінде жоқ. Ең жақыны: «{suggestion}».',
        ru: 'Приоритетного направления нет в перечне направлений гранта. Ближайшее: «{suggestion}».',
        en: 'The priority direction is not in the list of grant directions. Closest: «{suggestion}».'
    },
    'V-REQ-03.none': {
        kk: 'Басым бағыт грант бағыттарының ресми тізімінде ({list} бағыт) жоқ: тізімдегі бағыттың атауын дәл жазыңыз.',
        ru: 'Приоритетного направления нет в официальном перечне ({list} направлений): укажите название направления из перечня.',
        en: 'The priority direction is not in the official list ({list} directions): use a name from the list.'
    },
    'V-KEY-01': {
        kk: '«{text}» — белгісіз жол. Мүмкін: «{suggestion}». Рұқсат етілгендері: {list}.',
        ru: '«{text}» — неизвестная строка. Возможно: «{suggestion}». Допустимые: {list}.',
        en: '«{text}» is not a known row. Perhaps «{suggestion}». Allowed: {list}.'
    },
    'V-PATH-01': {
        kk: '«{path}» — дәлел жобаның папкасынан тыс жатыр. Файлдарды жоба папкасына көшіріп, салыстырмалы жол жазыңыз, мысалы: дәлел: "дәлелдер/1-1".',
        ru: '«{path}» — доказательство вне папки проекта. Скопируйте файлы в папку проекта и укажите относительный путь, например: дәлел: "дәлелдер/1-1".',
        en: '«{path}» is outside the project folder. Copy the files into it and give a relative path, e.g. дәлел: "дәлелдер/1-1".'
    },
    'V-PATH-02': {
        kk: '«{path}» — мұндай файл не папка табылмады (.grant файлының папкасына қатысты).',
        ru: '«{path}» — такой файл или папка не найдены (относительно папки файла .grant).',
        en: '«{path}» was not found (relative to the folder of the .grant file).'
    },
    'unit.none': { kk: 'бірліксіз', ru: 'без единицы', en: 'no unit' },
    'V-REQ-01.empty': {
        kk: 'Есепке қажетті «{field}» бос: {keyword}: "…" тырнақшасының ішіне жазыңыз.',
        ru: 'Поле «{field}», нужное для отчёта, пустое: впишите текст в кавычки {keyword}: "…".',
        en: 'The field «{field}» that the report needs is empty: write it inside the quotes of {keyword}: "…".'
    },
    'V-REQ-01.emptyValue': {
        kk: 'Есепке қажетті «{field}» бос: тырнақшаның орнына мәнін жазыңыз (мысалы, {keyword}: 15 000 000 теңге).',
        ru: 'Поле «{field}», нужное для отчёта, пустое: напишите значение вместо кавычек (например, {keyword}: 15 000 000 теңге).',
        en: 'The field «{field}» that the report needs is empty: write its value instead of the quotes (e.g. {keyword}: 15 000 000 теңге).'
    },
    'V-REQ-05.empty': {
        kk: '«{name}» көрсеткішінің жоспары бос: тырнақшаның орнына мәнін жазыңыз (мысалы, кемінде 10 адам).',
        ru: 'План показателя «{name}» пустой: напишите значение вместо кавычек (например, кемінде 10 адам).',
        en: 'The plan of «{name}» is empty: write its value instead of the quotes (e.g. кемінде 10 адам).'
    },
    'V-REQ-05': {
        kk: '«{name}» көрсеткішінің жоспарланған сандық мәні жоқ: жоспар: … жазыңыз.',
        ru: 'У показателя «{name}» нет планового числового значения: укажите жоспар: ….',
        en: '«{name}» has no planned numeric value: add жоспар: ….'
    },
    'V-REQ-06': {
        kk: 'Іс-шараның өткізілу орны көрсетілмеген: орны: "…" қосыңыз.',
        ru: 'Не указано место проведения мероприятия: добавьте орны: "…".',
        en: 'The activity has no place: add орны: "…".'
    },
    'V-REQ-07': {
        kk: 'Растайтын құжаттар қосымшасының нөмірі көрсетілмеген: қосымша: N қосыңыз.',
        ru: 'Не указан номер приложения с подтверждающими документами: добавьте қосымша: N.',
        en: 'The appendix number with the supporting documents is missing: add қосымша: N.'
    },
    'V-REQ-10': {
        kk: 'Хаттың нөмірі мен күні көрсетілмеген. Мысалы: хат: "25 қараша 2020 жыл. №52 хат".',
        ru: 'Не указаны номер и дата письма. Например: хат: "25 қараша 2020 жыл. №52 хат".',
        en: 'The letter number and date are missing. E.g. хат: "25 қараша 2020 жыл. №52 хат".'
    },
    'V-REG-01': {
        kk: '«{text}» облыстар мен республикалық маңызы бар қалалар тізімінде жоқ. Мүмкін: «{suggestion}».',
        ru: '«{text}» нет в списке областей и городов республиканского значения. Возможно: «{suggestion}».',
        en: '«{text}» is not a region or city of republican significance. Perhaps: «{suggestion}».'
    },
    'V-NUM-01': {
        kk: '{what} нөмірі {n} қайталанады.',
        ru: 'Номер {n} ({what}) повторяется.',
        en: '{what} number {n} is used twice.'
    },
    'V-NUM-02': {
        kk: '{what} нөмірі {n}, ал ретімен {expected} болуы керек.',
        ru: 'Номер {n} ({what}), а по порядку должен быть {expected}.',
        en: '{what} number {n}, but {expected} comes next in order.'
    },
    'what.task': { kk: 'Міндет', ru: 'задача', en: 'Task' },
    'what.activity': { kk: 'Іс-шара', ru: 'мероприятие', en: 'Activity' },
    'V-FMT-01': {
        kk: 'Мәтінде ыдыратылған таңбалар бар (мысалы, «й» екі таңбамен жазылған): NFC түріне келтіріңіз.',
        ru: 'В тексте есть разложенные символы (например, «й» из двух знаков): приведите к NFC.',
        en: 'The text has decomposed characters (e.g. «й» written as two): normalise to NFC.'
    },
    'V-FMT-02': {
        kk: '«{text}» — құжаттағы басқа сандар үш таңбадан топтап жазылған ({example}): {suggestion} деп жазыңыз.',
        ru: '«{text}» — остальные числа документа разбиты на группы по три цифры ({example}): напишите {suggestion}.',
        en: '«{text}» — the other numbers of the document are written in groups of three ({example}): write {suggestion}.'
    },
    'V-FMT-03': {
        kk: '«{text}» — құжатта бөлшек бөлігі үтірмен бөлінген ({example}): {suggestion} деп жазыңыз.',
        ru: '«{text}» — в документе дробная часть отделяется запятой ({example}): напишите {suggestion}.',
        en: '«{text}» — the document separates fractions with a comma ({example}): write {suggestion}.'
    },
    'V-FMT-05': {
        kk: '«{text}» телефон нөміріне ұқсамайды: нөмір 11 цифрдан тұрып, 8-ден немесе +7-ден басталады (мысалы, 8 747 960 48 25).',
        ru: '«{text}» не похоже на номер телефона: 11 цифр, начиная с 8 или +7 (например, 8 747 960 48 25).',
        en: '«{text}» does not look like a phone number: 11 digits starting with 8 or +7 (for example 8 747 960 48 25).'
    },
    'V-FMT-06': {
        kk: 'Тырнақша жұпталмаған: осы {mark} белгісінің жұбы жоқ.',
        ru: 'Непарная кавычка: у этого знака {mark} нет пары.',
        en: 'Unpaired guillemet: this {mark} has no partner.'
    },
    'V-FMT-07': {
        kk: '«{text}» — «{right}» болуы керек.',
        ru: '«{text}» — вероятно, «{right}».',
        en: '«{text}» — probably «{right}».'
    },
    'V-PF-05.name': {
        kk: 'Көрсеткіш атауында «{inName}» жазылған, ал жоспар — «{plan}»: екеуі сәйкес келмейді. Мәнді тек жоспарда қалдырыңыз.',
        ru: 'В названии показателя указано «{inName}», а план — «{plan}»: они расходятся. Оставьте значение только в плане.',
        en: 'The indicator\'s name says «{inName}» but the plan is «{plan}»: they disagree. Keep the value in the plan only.'
    },
    'V-DUP': {
        kk: '«{keyword}» өрісі екі рет жазылған: соңғысы ғана есепке алынады.',
        ru: 'Поле «{keyword}» указано дважды: учитывается только последнее.',
        en: 'The field «{keyword}» is written twice: only the last one counts.'
    },
    'field.grantee': { kk: 'Гранталушы', ru: 'Грантополучатель', en: 'Grantee' },
    'field.topic': { kk: 'Грант тақырыбы', ru: 'Тема гранта', en: 'Grant topic' },
    'field.priority': { kk: 'Гранттың басым бағыты', ru: 'Приоритетное направление', en: 'Priority direction' },
    'field.period': { kk: 'Жобаны іске асыру кезеңі', ru: 'Период реализации', en: 'Implementation period' },
    'field.sum': { kk: 'Грант сомасы', ru: 'Сумма гранта', en: 'Grant sum' },
    'field.head': { kk: 'Жетекші', ru: 'Руководитель', en: 'Head of the grantee' },
} satisfies Record<string, Message>;
