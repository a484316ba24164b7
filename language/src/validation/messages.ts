/**
 * Messages of the validation rules and their quick fixes. Each code is explained, with its
 * fix, in docs/kk/rules.md and docs/ru/rules.md (test/docs.test.ts keeps them complete).
 * Each names the numbers involved; {placeholders} are filled by the rules.
 */
import type { Message } from '../messages.js';

export const validationMessages = {
    'V-PF-02.unmet': {
        kk: 'Жоспар: {plan}, факт: {fact} ({pct}) — жоспар орындалмады.',
        ru: 'План: {plan}, факт: {fact} ({pct}) — план не выполнен.',
        en: 'Plan: {plan}, fact: {fact} ({pct}) — the target is not met.'
    },
    'V-PF-02.running': {
        kk: 'Жоспар: {plan}, факт: {fact} ({pct}) — әзірге жоспарға жетпей тұр; іс-шара мерзімі {end} аяқталады.',
        ru: 'План: {plan}, факт: {fact} ({pct}) — пока ниже плана; срок мероприятия истекает {end}.',
        en: 'Plan: {plan}, fact: {fact} ({pct}) — below plan so far; the activity runs until {end}.'
    },
    'V-PF-02.runningNoEnd': {
        kk: 'Жоспар: {plan}, факт: {fact} ({pct}) — әзірге жоспарға жетпей тұр (жобаның кезеңі жазылмаған: кезең: … қосыңыз).',
        ru: 'План: {plan}, факт: {fact} ({pct}) — пока ниже плана (период проекта не указан: добавьте кезең: …).',
        en: 'Plan: {plan}, fact: {fact} ({pct}) — below plan so far (the project has no period: add кезең: …).'
    },
    'V-PF-02.justified': {
        kk: 'Жоспар: {plan}, факт: {fact} ({pct}) — жоспар орындалмады, ауытқу негіздемесі жазылған.',
        ru: 'План: {plan}, факт: {fact} ({pct}) — план не выполнен, обоснование отклонения указано.',
        en: 'Plan: {plan}, fact: {fact} ({pct}) — not met; the deviation is justified.'
    },
    'V-PF-03.indicator': {
        kk: '«{name}»: жоспардан ауытқу бар, бірақ негіздемесі жазылмаған. Фактіден кейін ауытқу: "…" қосыңыз.',
        ru: '«{name}»: есть отклонение от плана, но нет обоснования. Добавьте после факта ауытқу: "…".',
        en: '«{name}»: the fact deviates from the plan with no justification. Add ауытқу: "…" after the fact.'
    },
    'V-PF-03.project': {
        kk: 'Мұнда «{text}» делінген, бірақ {count} көрсеткіш жоспардан ауытқыған: {list}.',
        ru: 'Здесь сказано «{text}», но {count} показател(ь/я/ей) отклоняются от плана: {list}.',
        en: 'This says «{text}», but {count} indicator(s) deviate from the plan: {list}.'
    },
    'V-PF-04.under': {
        kk: 'Жоспар: {plan}, факт: {fact} — жоспардан {delta} теңге аз ({pct}). Ауытқу негіздемесін жазыңыз: ауытқу: "…".',
        ru: 'План: {plan}, факт: {fact} — на {delta} тенге меньше плана ({pct}). Укажите обоснование: ауытқу: "…".',
        en: 'Plan: {plan}, fact: {fact} — {delta} tenge under plan ({pct}). Write the justification: ауытқу: "…".'
    },
    'V-PF-04.over': {
        kk: 'Жоспар: {plan}, факт: {fact} — жоспардан {delta} теңге артық жұмсалған.',
        ru: 'План: {plan}, факт: {fact} — перерасход {delta} тенге сверх плана.',
        en: 'Plan: {plan}, fact: {fact} — {delta} tenge over the plan.'
    },
    'V-PF-01.missing': {
        kk: '«{name}» көрсеткішінің факті жоқ, ал мерзімі {end} аяқталған. факт: жолын қосыңыз.',
        ru: 'У показателя «{name}» нет факта, а срок истёк {end}. Добавьте строку факт:.',
        en: '«{name}» has no fact, and its period ended on {end}. Add a факт: clause.'
    },
    'V-PF-01.noIndicators': {
        kk: 'Іс-шарада бірде-бір көрсеткіш жоқ: жоспар мен фактіні салыстыру мүмкін емес.',
        ru: 'У мероприятия нет ни одного показателя: план и факт сравнить нельзя.',
        en: 'The activity has no indicators: plan and fact cannot be compared.'
    },
    'V-PF-05.percent': {
        kk: 'Жоспар пайызбен ({plan}), факт санмен ({fact}) берілген: салыстыру мүмкін емес. Фактіні пайызбен жазыңыз немесе ауытқуда түсіндіріңіз.',
        ru: 'План задан в процентах ({plan}), факт — числом ({fact}): сравнить нельзя. Укажите факт в процентах или поясните в отклонении.',
        en: 'The plan is a percentage ({plan}) and the fact a count ({fact}): they cannot be compared. Give the fact in % or explain it.'
    },
    'V-PF-05.unit': {
        kk: 'Жоспар мен факт әртүрлі бірлікте: жоспар «{planUnit}», факт «{factUnit}».',
        ru: 'План и факт в разных единицах: план «{planUnit}», факт «{factUnit}».',
        en: 'Plan and fact are in different units: plan «{planUnit}», fact «{factUnit}».'
    },
    'V-PF-06': {
        kk: 'Жоспарда «оның ішінде» бөлігі бар ({sub}), фактіде жоқ. Фактіге «, оның ішінде N» қосыңыз.',
        ru: 'В плане есть часть «в том числе» ({sub}), в факте её нет. Добавьте к факту «, оның ішінде N».',
        en: 'The plan has an «of which» part ({sub}) and the fact does not. Add «, оның ішінде N» to the fact.'
    },
    'V-PF-07': {
        kk: 'Жоспар: {plan}, факт: {fact} ({pct}) — жоспар асыра орындалды.',
        ru: 'План: {plan}, факт: {fact} ({pct}) — план перевыполнен.',
        en: 'Plan: {plan}, fact: {fact} ({pct}) — over-achieved.'
    },
    'V-REQ-09': {
        kk: 'Есептің толтырылған күні көрсетілмеген: толтырылған-күні: кк.аа.жжжж қосыңыз.',
        ru: 'Не указана дата заполнения отчёта: добавьте толтырылған-күні: дд.мм.гггг.',
        en: 'The report has no fill-in date: add толтырылған-күні: dd.mm.yyyy.'
    },
    'V-PF-08.noIndicators': {
        kk: 'Толықтығы «100% орындалды» деп жазылған, бірақ іс-шарада көрсеткіш жоқ.',
        ru: 'Полнота указана как «100% орындалды», но у мероприятия нет показателей.',
        en: 'Completeness says «100% орындалды», but the activity has no indicators.'
    },
    'V-PF-08.unmet': {
        kk: 'Толықтығы «100% орындалды» деп жазылған, бірақ {count} көрсеткіш орындалмаған.',
        ru: 'Полнота указана как «100% орындалды», но {count} показател(ь/я/ей) не выполнены.',
        en: 'Completeness says «100% орындалды», but {count} indicator(s) are not met.'
    },
    'V-PF-11': {
        kk: 'Бұл ауытқу негіздемесі «{name}» көрсеткішіне жатады, бірақ оның жоспары орындалған: негіздеме басқа көрсеткіштікі емес пе?',
        ru: 'Это обоснование отклонения относится к показателю «{name}», но его план выполнен: не от другого ли оно показателя?',
        en: 'This justification belongs to «{name}», whose target is met: is it another indicator\'s?'
    },
    'V-PF-11.other': {
        kk: 'Бұл ауытқу негіздемесі «{name}» көрсеткішіне жатады, бірақ оның жоспары орындалған; ал «{other}» орындалмаған және негіздемесі жоқ. Негіздемені «{other}» жолының астына жылжытыңыз.',
        ru: 'Это обоснование относится к показателю «{name}», но его план выполнен; а «{other}» не выполнен и без обоснования. Перенесите обоснование под строку «{other}».',
        en: 'This justification belongs to «{name}», whose target is met, while «{other}» falls short with none. Move it under «{other}».'
    },
    'V-PF-10': {
        kk: 'Қатысушылар саны {count}, ал «{name}» көрсеткішінің фактісі {fact}: сәйкес емес.',
        ru: 'Число участников {count}, а факт показателя «{name}» — {fact}: не совпадает.',
        en: 'Participants: {count}, but the fact of «{name}» is {fact}: they differ.'
    },
    'V-SUM-12': {
        kk: 'Жоспар «{per}» бойынша берілген, бірақ олардың саны белгісіз: факт ({fact}) тексерілмейді.',
        ru: 'План задан «{per}», но их количество неизвестно: факт ({fact}) проверить нельзя.',
        en: 'The plan is per «{per}», and how many there are is unknown: the fact ({fact}) cannot be checked.'
    },
    'V-SUM-01': {
        kk: 'Ерлер ({men}) + әйелдер ({women}) = {sum}, ал барлығы {total}.',
        ru: 'Мужчины ({men}) + женщины ({women}) = {sum}, а всего {total}.',
        en: 'Men ({men}) + women ({women}) = {sum}, but the total is {total}.'
    },
    'V-SUM-02': {
        kk: 'Әлеуметтік санаттардың қосындысы {sum}, ал барлығы {total}.',
        ru: 'Сумма социальных категорий {sum}, а всего {total}.',
        en: 'The social categories add up to {sum}, but the total is {total}.'
    },
    'V-SUM-03': {
        kk: 'Жас топтарының қосындысы {sum}, ал барлығы {total}.',
        ru: 'Сумма возрастных групп {sum}, а всего {total}.',
        en: 'The age brackets add up to {sum}, but the total is {total}.'
    },
    'V-SUM-03.missing': {
        kk: 'Жас топтары толық емес: {missing} көрсетілмеген.',
        ru: 'Возрастные группы неполны: не указаны {missing}.',
        en: 'Age brackets are incomplete: {missing} missing.'
    },
    'V-SUM.percent': {
        kk: ' Сандардың қосындысы 100 — бұл пайызға ұқсайды: оларды адам санына айналдырыңыз.',
        ru: ' Сумма равна 100 — похоже на проценты: переведите их в число людей.',
        en: ' They add up to 100 — these look like percentages: convert them to counts.'
    },
    'V-SUM-04': {
        kk: 'Адам саны бүтін сан болуы керек: {value}.',
        ru: 'Число людей должно быть целым: {value}.',
        en: 'A number of people must be a whole number: {value}.'
    },
    'V-SUM-10': {
        kk: 'Тізімде {listed} жарияланым бар, ал «{name}» көрсеткішінің фактісі {fact}.',
        ru: 'В списке {listed} публикаций, а факт показателя «{name}» — {fact}.',
        en: '{listed} publication(s) are listed, but the fact of «{name}» is {fact}.'
    },
    'V-SUM-11': {
        kk: 'Статистикадағы қатысушылар саны ({total}) тікелей бенефициарлар фактісінен ({direct}) өзгеше: қай анықтама қолданылғанын түсіндіріңіз.',
        ru: 'Число участников в статистике ({total}) отличается от факта прямых бенефициаров ({direct}): поясните, какое определение применено.',
        en: 'The statistics total ({total}) differs from the direct beneficiaries fact ({direct}): say which definition applies.'
    },
    'V-XSTAT-01': {
        kk: '13–16 жастағылар {age} адам, ал «балалар» санаты {children}: кәмелетке толмағандар балалар санатына кіруі керек.',
        ru: 'В возрасте 13–16 лет {age} человек, а в категории «дети» — {children}: несовершеннолетние относятся к детям.',
        en: '{age} people are aged 13–16, but the «children» category has {children}: minors belong to it.'
    },
    'V-REQ-12': {
        kk: '{listed} серіктес жазылған, ал «{name}» көрсеткішінің фактісі {fact}.',
        ru: 'Указано партнёров: {listed}, а факт показателя «{name}» — {fact}.',
        en: '{listed} partner(s) are listed, but the fact of «{name}» is {fact}.'
    },
    'V-MEDIA-01': {
        kk: 'Шарт бойынша айына кемінде 2 жарияланым керек; жетіспейтін айлар: {months}.',
        ru: 'По договору нужно не менее 2 публикаций в месяц; не хватает в месяцах: {months}.',
        en: 'The contract requires at least 2 publications a month; short in: {months}.'
    },
    'V-MEDIA-02': {
        kk: 'Жарияланымның күні, басылымы және тақырыбы болуы керек.',
        ru: 'У публикации должны быть дата, издание и заголовок.',
        en: 'A publication needs a date, an outlet and a title.'
    },
    'V-DATE-01': {
        kk: 'Кезеңнің басы ({start}) соңынан ({end}) кейін тұр.',
        ru: 'Начало периода ({start}) позже его конца ({end}).',
        en: 'The period starts ({start}) after it ends ({end}).'
    },
    'V-DATE-02': {
        kk: 'Іс-шара мерзімі ({start} – {end}) жоба кезеңінен ({pstart} – {pend}) тыс.',
        ru: 'Срок мероприятия ({start} – {end}) выходит за период проекта ({pstart} – {pend}).',
        en: 'The activity period ({start} – {end}) lies outside the project period ({pstart} – {pend}).'
    },
    'V-DATE-03': {
        kk: 'Жарияланым күні {date} жоба кезеңінен ({pstart} – {pend}) тыс.',
        ru: 'Дата публикации {date} вне периода проекта ({pstart} – {pend}).',
        en: 'The publication date {date} lies outside the project period ({pstart} – {pend}).'
    },
    'V-DATE-04': {
        kk: 'Күн жылсыз жазылған, ал жоба кезеңі жоқ: жылды анықтау мүмкін емес. Жоба басында кезең: 01.01.2025 - 31.12.2025 сияқты өріс қосыңыз.',
        ru: 'Дата записана без года, а периода проекта нет: год определить нельзя. Добавьте в начале проекта поле кезең:.',
        en: 'The date has no year and the project has no period to take it from. Add a кезең: field to the project.'
    },
    'V-DATE-06': {
        kk: 'Хат күні {date} жоба кезеңі басталғанға дейін немесе есеп күнінен ({report}) кейін.',
        ru: 'Дата письма {date} раньше начала проекта или позже даты отчёта ({report}).',
        en: 'The letter date {date} is before the project start or after the report date ({report}).'
    },
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
    // Quick fixes
    'fix.addDeviation': { kk: 'Ауытқу негіздемесін қосу', ru: 'Добавить обоснование отклонения', en: 'Add a deviation justification' },
    'fix.setTotal': { kk: 'Барлығын қосындыға теңестіру ({sum})', ru: 'Установить «всего» равным сумме ({sum})', en: 'Set the total to the sum ({sum})' },
    'fix.percentToCounts': { kk: 'Пайыздарды адам санына айналдыру (барлығы {total})', ru: 'Перевести проценты в число людей (всего {total})', en: 'Convert percentages to counts (total {total})' },
    'fix.renumber': { kk: 'Нөмірлерді ретімен қою', ru: 'Пронумеровать по порядку', en: 'Renumber in order' },
    'fix.addFact': { kk: 'факт: жолын қосу', ru: 'Добавить строку факт:', en: 'Add a факт: clause' },
    'fix.replaceWith': { kk: '«{text}» деп түзету', ru: 'Заменить на «{text}»', en: 'Replace with «{text}»' },
    'fix.nfc': { kk: 'NFC түріне келтіру', ru: 'Привести к NFC', en: 'Normalise to NFC' }
} satisfies Record<string, Message>;
