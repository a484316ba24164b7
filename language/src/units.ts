/**
 * The unit lexicon of DOMAIN.md §2.2: surface forms → canonical unit, with the
 * Kazakh case, possessive and plural suffixes stripped. Only values.ts uses it.
 */

/** Canonical unit → surface stems (lower case, NFC). */
const LEXICON: Record<string, string[]> = {
    'фото': ['фото', 'фотосурет', 'сурет', 'photo', 'фотография', 'фотографии'],
    'бейнеролик': ['бейнеролик', 'видео', 'видеоролик', 'ролик', 'бейне', 'video'],
    'скриншот': ['скриншот', 'скрин', 'скрины', 'screenshot'],
    'жарияланым': ['жарияланым', 'жариялым', 'мақала', 'пост', 'публикация', 'публикации', 'статья', 'post'],
    'тізім': ['тізім', 'список'],
    'бағдарлама': ['бағдарлама', 'программа'],
    'хаттама': ['хаттама', 'протокол'],
    'түйіндеме': ['түйіндеме', 'резюме'],
    'құжат': ['құжат', 'документ'],
    'анкета': ['анкета', 'сауалнама'],
    'қаралым': ['қаралым', 'просмотр', 'просмотров', 'view'],
    'адам': ['адам', 'кісі', 'тұлға', 'қатысушы', 'волонтер', 'волонтёр', 'оқушы', 'көмекші', 'қызметкер', 'маман',
        'медициналық қызметкер', 'жас', 'бенефициар', 'студент', 'человек', 'участник', 'participant', 'person', 'people'],
    'рет': ['рет', 'раз'],
    'дана': ['дана', 'штук', 'шт', 'экземпляр'],
    'теңге': ['теңге', 'тг', 'тенге', '₸', 'kzt'],
    'ұйым': ['ұйым', 'үеұ', 'организация', 'организаций'],
    'ұйым/адам': ['ұйым/адам'],
    'сағат': ['сағат', 'сағаттық', 'час', 'часов'],
    'минут': ['минут', 'минутка', 'минута'],
    'күн': ['күн', 'день', 'дней'],
    'ай': ['ай', 'месяц'],
    'бет': ['бет', 'страниц'],
    'пән': ['пән', 'предмет'],
    'баннер': ['баннер'],
    'семинар': ['семинар'],
    'кездесу': ['кездесу', 'встреча'],
    'байқау': ['байқау', 'конкурс'],
    'есеп': ['есеп', 'отчет', 'отчёт'],
    'журнал': ['журнал'],
    'дайджест': ['дайджест'],
    'инфографика': ['инфографика'],
    'іс-шара': ['іс-шара', 'шара', 'мероприятие'],
    'тіл': ['тіл', 'язык']
};

const SURFACE = new Map<string, string>();
for (const [canonical, surfaces] of Object.entries(LEXICON)) {
    for (const s of surfaces) SURFACE.set(s, canonical);
}

/** Suffixes of DOMAIN.md §2.3, longest first, tried repeatedly. */
const SUFFIXES = [
    'лардан', 'лерден', 'дардан', 'дерден', 'тардан', 'терден',
    'ларды', 'лерді', 'дарды', 'дерді', 'тарды', 'терді',
    'лары', 'лері', 'дары', 'дері', 'тары', 'тері',
    'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
    'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
    'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
    'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
    'ға', 'ге', 'қа', 'ке', 'на', 'не',
    'да', 'де', 'та', 'те',
    'сы', 'сі', 'ы', 'і', 'а', 'е', 'у'
];

/** Stems a word may reduce to: the word itself, then with suffixes removed one by one. */
export function stems(word: string): string[] {
    const out = [word];
    let current = word;
    for (let round = 0; round < 3; round++) {
        const suffix = SUFFIXES.find(s => current.endsWith(s) && current.length - s.length >= 2);
        if (!suffix) break;
        current = current.slice(0, -suffix.length);
        out.push(current);
    }
    return out;
}

/** The canonical unit of a unit phrase (one or more words), or undefined when it is not a known unit. */
export function canonicalUnit(phrase: string): string | undefined {
    const normal = phrase.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    if (normal === '') return undefined;
    if (SURFACE.has(normal)) return SURFACE.get(normal);
    // Longest known tail first: «медициналық қызметкер», then «қызметкер».
    const words = normal.split(' ');
    for (let i = 0; i < words.length; i++) {
        const tail = words.slice(i).join(' ');
        for (const stem of stems(tail)) {
            const hit = SURFACE.get(stem);
            if (hit) return hit;
        }
    }
    // «Парақшаның Скрины»: the head noun may come first with a genitive before it.
    for (const w of words) {
        for (const stem of stems(w)) {
            const hit = SURFACE.get(stem);
            if (hit) return hit;
        }
    }
    return undefined;
}

export function isPersonUnit(unit: string | undefined): boolean {
    return unit === 'адам';
}

export function isMoneyUnit(unit: string | undefined): boolean {
    return unit === 'теңге';
}

/** Document-like units that can "cover" persons: `2 тізім(7 медициналық қызметкер)`. */
export function isDocumentUnit(unit: string | undefined): boolean {
    return unit === 'тізім' || unit === 'хаттама' || unit === 'құжат' || unit === 'бағдарлама' || unit === 'есеп' || unit === 'журнал';
}
