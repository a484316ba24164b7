/**
 * Messages of the line-level recovery (language/src/recovery.ts): a slip on one line is named
 * on that line, with the fix, and the rest of the file is read as if the line were right.
 */
export const recoveryMessages = {
    'recover.unknownWord': {
        kk: 'белгісіз сөз «{word}»: «{keyword}» деп жазғыңыз келді ме?',
        ru: 'неизвестное слово «{word}»: вы хотели написать «{keyword}»?',
        en: 'unknown word «{word}»: did you mean «{keyword}»?'
    },
    'recover.otherBlockField': {
        kk: '«{word}» бұл жерде жазылмайды: «{block}» ішінде ол «{keyword}» деп жазылады, сондықтан солай оқылды.',
        ru: '«{word}» здесь не пишется: в блоке «{block}» это «{keyword}», так и прочитано.',
        en: '«{word}» is not written here: in the «{block}» block it is «{keyword}», and it is read as such.'
    },
    'recover.numberOnly': {
        kk: '«{keyword}» жолына тек сан жазылады, сондықтан «{text}» оқылмады: оны өшіріңіз (түсініктеме болса, алдына // қойыңыз).',
        ru: 'В строке «{keyword}» пишется только число, поэтому «{text}» не прочитано: удалите это (если это комментарий, поставьте перед ним //).',
        en: '«{keyword}» takes a number alone, so «{text}» was not read: delete it (if it is a comment, put // before it).'
    },
    'recover.strayLine': {
        kk: 'Бұл жол ешбір өріске жатпайды, сондықтан оқылмады: «{text}». Түсініктеме болса, басына // қойыңыз; ескерту болса, ескерту: "…" деп жазыңыз.',
        ru: 'Эта строка не относится ни к одному полю и не прочитана: «{text}». Если это комментарий, поставьте в начале //; если примечание, напишите ескерту: "…".',
        en: 'This line belongs to no field and was not read: «{text}». If it is a comment, start it with //; if it is a note, write ескерту: "…".'
    },
    'recover.strayBlock': {
        kk: 'белгісіз сөз «{word}»: бұл блок оқылмады. Блоктың кілт сөзін тексеріңіз (мысалы «міндет», «іс-шара», «әсер»).',
        ru: 'неизвестное слово «{word}»: этот блок не прочитан. Проверьте ключевое слово блока (например «міндет», «іс-шара», «әсер»).',
        en: 'unknown word «{word}»: this block was not read. Check the block\'s keyword (e.g. «міндет», «іс-шара», «әсер»).'
    },
    'recover.unquoted': {
        kk: '«{keyword}» мәтіні тырнақшаға алынбаған: "{text}" деп жазыңыз.',
        ru: 'Текст поля «{keyword}» не в кавычках: напишите "{text}".',
        en: 'The text of «{keyword}» is not in quotes: write "{text}".'
    },
    'recover.unclosed': {
        kk: '«{keyword}» мәтінінің тырнақшасы жабылмаған: жолдың соңына " қойыңыз.',
        ru: 'Кавычка в поле «{keyword}» не закрыта: поставьте " в конце строки.',
        en: 'The quote of «{keyword}» is not closed: put " at the end of the line.'
    },
    'recover.unquotedTitle': {
        kk: '«{keyword}» атауы тырнақшаға алынбаған: "{text}" деп жазыңыз.',
        ru: 'Название после «{keyword}» не в кавычках: напишите "{text}".',
        en: 'The title after «{keyword}» is not in quotes: write "{text}".'
    },
    'recover.unclosedTitle': {
        kk: '«{keyword}» атауының тырнақшасы жабылмаған: атаудың соңына " қойыңыз.',
        ru: 'Кавычка в названии после «{keyword}» не закрыта: поставьте " в конце названия.',
        en: 'The quote of the title after «{keyword}» is not closed: put " at the end of the title.'
    },
    'recover.extraColon': {
        kk: '«{keyword}» атауының алдында қос нүкте («:») керек емес: оны өшіріңіз.',
        ru: 'Перед названием после «{keyword}» двоеточие («:») не нужно: удалите его.',
        en: 'No colon («:») goes before the title after «{keyword}»: remove it.'
    },
    'recover.fix.removeColon': { kk: '«:» белгісін өшіру', ru: 'Удалить «:»', en: 'Remove «:»' },
    'recover.emptyField': {
        kk: '«{keyword}:» жолында мән жоқ: қос нүктеден кейін мәнін жазыңыз, әйтпесе «{keyword}:» сөзін өшіріңіз.',
        ru: 'В строке «{keyword}:» нет значения: напишите его после двоеточия или удалите «{keyword}:».',
        en: '«{keyword}:» has no value: write it after the colon, or delete «{keyword}:».'
    },
    'recover.fix.removeEmpty': { kk: '«{keyword}:» сөзін өшіру', ru: 'Удалить «{keyword}:»', en: 'Delete «{keyword}:»' },
    'parse.unclosedBlock': {
        kk: 'Алдыңғы блок «}» белгісімен жабылмаған: {actual} жолының алдына «}» қойыңыз.',
        ru: 'Предыдущий блок не закрыт знаком «}»: поставьте «}» перед строкой {actual}.',
        en: 'The block before is not closed with «}»: put «}» before the line {actual}.'
    },
    'parse.notInBlock': {
        kk: '«{keyword}» «{block}» блогына жатпайды: оны тиісті блокқа көшіріңіз немесе өшіріңіз.',
        ru: '«{keyword}» не относится к блоку «{block}»: перенесите в нужный блок или удалите.',
        en: '«{keyword}» does not belong in the «{block}» block: move it to the right block or delete it.'
    },
    'parse.closedEarly': {
        kk: 'Жоба блогы бұдан жоғарыда жабылып қойған, сондықтан {actual} ешбір блокқа кірмейді: жоғарыдағы артық «}» белгісін өшіріңіз.',
        ru: 'Блок проекта закрыт выше, поэтому {actual} не входит ни в один блок: удалите лишнюю «}» выше.',
        en: 'The project block is closed above, so {actual} belongs to no block: delete the extra «}» above.'
    },
    'parse.extraBrace': {
        kk: 'Бұл «}» артық: ашылған блоктардың бәрі бұдан жоғарыда жабылған. Оны өшіріңіз.',
        ru: 'Эта «}» лишняя: все открытые блоки закрыты выше. Удалите её.',
        en: 'This «}» is extra: every open block is closed above. Delete it.'
    },
    'recover.fix.closeBlock': { kk: 'Алдына «}» қою', ru: 'Поставить «}» перед строкой', en: 'Put «}» before the line' },
    'recover.dateForm': {
        kk: '«{text}» — күн кк.аа.жжжж түрінде жазылады: {date} деп жазыңыз.',
        ru: '«{text}» — дата пишется как дд.мм.гггг: напишите {date}.',
        en: '«{text}» — a date is written dd.mm.yyyy: write {date}.'
    },
    'recover.fix.addColon': { kk: '«{keyword}» сөзінен кейін «:» қою', ru: 'Поставить «:» после «{keyword}»', en: 'Put «:» after «{keyword}»' },
    'recover.fix.removeExtra': { kk: 'Артық «{text}» өшіру', ru: 'Удалить лишнее «{text}»', en: 'Delete the extra «{text}»' },
    'recover.fix.commentExtra': { kk: 'Түсініктемеге айналдыру (//)', ru: 'Сделать комментарием (//)', en: 'Turn it into a comment (//)' },
    'recover.fix.comment': { kk: 'Жолды түсініктемеге айналдыру (//)', ru: 'Сделать строку комментарием (//)', en: 'Turn the line into a comment (//)' },
    'recover.fix.quote': { kk: 'Мәтінді тырнақшаға алу', ru: 'Заключить текст в кавычки', en: 'Put the text in quotes' }
} as const;
