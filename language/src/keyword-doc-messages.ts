/**
 * What each keyword means and where it stands in the official forms (lsp/keyword-docs.ts:
 * the hover and completion documentation of a keyword). Kazakh first, Russian and English too.
 */
import type { Message } from './messages.js';

export const keywordDocMessages = {
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
} satisfies Record<string, Message>;
