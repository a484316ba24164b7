/**
 * Messages of the validation rules on the figures: plan against fact, sums, statistics, media,
 * dates; and the quick fixes' titles. How values and fields are written: field-messages.ts.
 * Each code is explained, with its fix, in docs/kk/rules.md and docs/ru/rules.md
 * (test/docs.test.ts keeps them complete). Each names the numbers involved; {placeholders}
 * are filled by the rules.
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
    'V-SUM-09': {
        kk: '«{name}»: өсім {growth} деп жазылған, ал кейінгі ({after}) мен бастапқы ({before}) нәтижелердің айырмасы — {expected}.',
        ru: '«{name}»: рост указан {growth}, а разница итогового ({after}) и начального ({before}) результатов — {expected}.',
        en: '«{name}»: the growth is written {growth}, but the post-test result ({after}) less the pre-test one ({before}) is {expected}.'
    },
    'V-SUM-09.relative': {
        kk: '«{name}»: өсім {growth} — бастапқы нәтижеге қатысты өсім сияқты, ал форма айырманы сұрайды: {after} − {before} = {expected}.',
        ru: '«{name}»: рост {growth} похож на прирост относительно начального результата, а форма просит разницу: {after} − {before} = {expected}.',
        en: '«{name}»: the growth {growth} looks like the increase relative to the pre-test result; the form asks for the difference: {after} − {before} = {expected}.'
    },
    'V-SUM-09.units': {
        kk: '«{name}»: бастапқы ({before}) және кейінгі ({after}) нәтижелер әртүрлі өлшеммен жазылған: өсімді есептеу мүмкін емес. Екеуін де бір өлшеммен жазыңыз (мысалы, 46% және 75%).',
        ru: '«{name}»: начальный ({before}) и итоговый ({after}) результаты записаны в разных мерах: рост не вычислить. Запишите оба в одной мере (например, 46% и 75%).',
        en: '«{name}»: the pre-test ({before}) and post-test ({after}) results are written in different measures: no growth can be worked out. Write both in one measure (e.g. 46% and 75%).'
    },
    'V-SUM-09.notNumber': {
        kk: '«{name}»: «{keyword}: {text}» бір сан болып оқылмады, сондықтан өсімді тексеру мүмкін емес. Бір санды жазыңыз, мысалы: {keyword}: 46% (не 46 балл).',
        ru: '«{name}»: «{keyword}: {text}» не читается как одно число, поэтому рост не проверить. Запишите одно число, например: {keyword}: 46% (или 46 балл).',
        en: '«{name}»: «{keyword}: {text}» does not read as one number, so the growth cannot be checked. Write one number, e.g. {keyword}: 46% (or 46 балл).'
    },
    'V-REQ-04.staff': {
        kk: '«{name}» жоспары — {plan}, ал команда блогында {rows} қызметкер жазылған: жобада істейтіндердің бәрін көрсету қажет (немесе жоспарды түзетіңіз).',
        ru: 'План «{name}» — {plan}, а в блоке команда записано сотрудников (қызметкер): {rows}. Нужно указать всех, кто работает в проекте (или исправьте план).',
        en: 'The plan of «{name}» is {plan}, but the команда block lists {rows} қызметкер: list everyone who works on the project (or correct the plan).'
    },
    'V-REQ-04.specialists': {
        kk: '«{name}» жоспары — {plan}, ал команда блогында {rows} маман жазылған: тартылатын мамандардың бәрін көрсету қажет (немесе жоспарды түзетіңіз).',
        ru: 'План «{name}» — {plan}, а в блоке команда записано специалистов (маман): {rows}. Нужно указать всех привлекаемых специалистов (или исправьте план).',
        en: 'The plan of «{name}» is {plan}, but the команда block lists {rows} маман: list every specialist engaged (or correct the plan).'
    },
    'V-REQ-08.missing': {
        kk: 'Жоба кезеңі аяқталды: қорытынды есепке қажетті бөлімдер жазылмаған ({count}): {list}. Оларсыз есеп қабылданбайды.',
        ru: 'Период проекта завершён: не написаны разделы, обязательные для итогового отчёта ({count}): {list}. Без них отчёт не примут.',
        en: 'The project period is over: the final report\'s required sections are not written ({count}): {list}. The report is not accepted without them.'
    },
    'V-REQ-08.noBlock': {
        kk: 'Жоба кезеңі аяқталды: қорытынды есепке қажетті бөлімдер жоқ ({count}): {list}. Жобаға қорытынды { … } блогын қосыңыз.',
        ru: 'Период проекта завершён: нет разделов, обязательных для итогового отчёта ({count}): {list}. Добавьте в проект блок қорытынды { … }.',
        en: 'The project period is over: the final report\'s required sections are missing ({count}): {list}. Add a қорытынды { … } block to the project.'
    },
    'V-REQ-08.empty': {
        kk: 'Қорытынды есептің {section} бөлімі бос: мәтінін жазыңыз, онсыз есеп қабылданбайды.',
        ru: 'Раздел итогового отчёта {section} пуст: напишите его текст, без него отчёт не примут.',
        en: 'The final report\'s section {section} is empty: write its text; the report is not accepted without it.'
    },
    'V-XREF-01': {
        kk: '«{name}» — {line}-жолдағы «{other}» сол адам емес пе? Бір адамның аты-жөні файл бойы бір түрде жазылуы керек: есепте екі адам болып оқылады.',
        ru: '«{name}» — не тот же ли это человек, что «{other}» в строке {line}? Имя одного человека пишется во всём файле одинаково: в отчёте это прочтут как двух людей.',
        en: '«{name}» — is this «{other}» of line {line}? One person\'s name is written one way throughout the file: the report reads two people.'
    },
    'V-REQ-11': {
        kk: 'Іс-шараның қатысушылар саны көрсетілмеген (есептің 1-кестесінде бос қалады): қатысушылар: N "кімдер" жолын немесе «Қатысушылар саны» көрсеткішін қосыңыз.',
        ru: 'Не указано число участников мероприятия (в таблице 1 отчёта ячейка останется пустой): добавьте строку қатысушылар: N "кто" или показатель «Қатысушылар саны».',
        en: 'The activity has no participant count (table 1 of the report leaves it empty): add қатысушылар: N "who" or a «Қатысушылар саны» indicator.'
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
    // Quick fixes
    'fix.addDeviation': { kk: 'Ауытқу негіздемесін қосу', ru: 'Добавить обоснование отклонения', en: 'Add a deviation justification' },
    'fix.setTotal': { kk: 'Барлығын қосындыға теңестіру ({sum})', ru: 'Установить «всего» равным сумме ({sum})', en: 'Set the total to the sum ({sum})' },
    'fix.percentToCounts': { kk: 'Пайыздарды адам санына айналдыру (барлығы {total})', ru: 'Перевести проценты в число людей (всего {total})', en: 'Convert percentages to counts (total {total})' },
    'fix.renumber': { kk: 'Нөмірлерді ретімен қою', ru: 'Пронумеровать по порядку', en: 'Renumber in order' },
    'fix.addFact': { kk: 'факт: жолын қосу', ru: 'Добавить строку факт:', en: 'Add a факт: clause' },
    'fix.replaceWith': { kk: '«{text}» деп түзету', ru: 'Заменить на «{text}»', en: 'Replace with «{text}»' },
    'fix.nfc': { kk: 'NFC түріне келтіру', ru: 'Привести к NFC', en: 'Normalise to NFC' }
} satisfies Record<string, Message>;
