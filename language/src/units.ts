/**
 * The unit lexicon (docs/kk/language.md «Бірліктер», docs/ru/language.md «Единицы»): surface forms → canonical unit, with the
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
    'медиа жоспар': ['медиа жоспар', 'медиажоспар', 'медиа-жоспар', 'медиаплан'],
    'сұхбат': ['сұхбат', 'интервью'],
    'тіл': ['тіл', 'язык']
};

const SURFACE = new Map<string, string>();
for (const [canonical, surfaces] of Object.entries(LEXICON)) {
    for (const s of surfaces) SURFACE.set(s, canonical);
}

/** Kazakh case, possessive and plural suffixes, longest first, tried repeatedly. */
const SUFFIXES = [
    'лардан', 'лерден', 'дардан', 'дерден', 'тардан', 'терден',
    'ларды', 'лерді', 'дарды', 'дерді', 'тарды', 'терді',
    'лары', 'лері', 'дары', 'дері', 'тары', 'тері',
    'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
    'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
    'мен', 'пен', 'бен',
    'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
    'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
    'ға', 'ге', 'қа', 'ке', 'на', 'не',
    'да', 'де', 'та', 'те',
    'сы', 'сі', 'ы', 'і', 'а', 'е', 'у'
];

/**
 * Stems a word may reduce to: the word itself, then with suffixes removed one by one
 * (the first suffix of the list that fits, each round), then the other ways of cutting
 * it: «фотосуреті» is «фотосурет» + possessive «-і», not «фотосуре» + accusative «-ті».
 */
export function stems(word: string): string[] {
    const out = [word];
    const seen = new Set(out);
    let current = word;
    for (let round = 0; round < 3; round++) {
        const suffix = SUFFIXES.find(s => current.endsWith(s) && current.length - s.length >= 2);
        if (!suffix) break;
        current = current.slice(0, -suffix.length);
        if (!seen.has(current)) { seen.add(current); out.push(current); }
    }
    // Every other cut, breadth first; the short stems (2 letters) only come from the first cut above.
    let frontier = [word];
    for (let round = 0; round < 3 && frontier.length; round++) {
        const next: string[] = [];
        for (const w of frontier) {
            for (const s of SUFFIXES) {
                if (!w.endsWith(s) || w.length - s.length < 3) continue;
                const cut = w.slice(0, -s.length);
                if (!seen.has(cut)) { seen.add(cut); out.push(cut); next.push(cut); }
            }
        }
        frontier = next;
    }
    return out;
}

/** A stem whose last consonant was voiced before a vowel ending: «есеб(і)» → «есеп», «кітаб(ы)» → «кітап». */
function devoiced(stem: string): string | undefined {
    const last = stem[stem.length - 1];
    const map: Record<string, string> = { 'б': 'п', 'г': 'к', 'ғ': 'қ' };
    return map[last] ? stem.slice(0, -1) + map[last] : undefined;
}

function lookup(stem: string): string | undefined {
    const hit = SURFACE.get(stem);
    if (hit) return hit;
    const d = devoiced(stem);
    return d ? SURFACE.get(d) : undefined;
}

/** The canonical unit of a phrase taken as a whole (no shorter tail, no single word of it). */
export const canonicalUnitExact = unitMemo(canonicalUnitExactUncached);

function canonicalUnitExactUncached(phrase: string): string | undefined {
    const normal = normalise(phrase);
    if (normal === '') return undefined;
    for (const stem of stems(normal)) {
        const hit = lookup(stem);
        if (hit) return hit;
    }
    return undefined;
}

/** NFC, lower case, punctuation between words («жасқа, тұрғынға», «сұхбат.») read as a space. */
function normalise(phrase: string): string {
    return phrase.normalize('NFC').toLowerCase().replace(/[,.;:!?…«»"“”()]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The canonical unit of a unit phrase (one or more words), or undefined when it is not a known unit. */
export const canonicalUnit = unitMemo(canonicalUnitUncached);

function canonicalUnitUncached(phrase: string): string | undefined {
    const normal = normalise(phrase);
    if (normal === '') return undefined;
    if (SURFACE.has(normal)) return SURFACE.get(normal);
    // Longest known tail first: «медициналық қызметкер», then «қызметкер».
    const words = normal.split(' ');
    for (let i = 0; i < words.length; i++) {
        const tail = words.slice(i).join(' ');
        for (const stem of stems(tail)) {
            const hit = lookup(stem);
            if (hit) return hit;
        }
    }
    // «Парақшаның Скрины»: the head noun may come first with a genitive before it.
    for (const w of words) {
        for (const stem of stems(w)) {
            const hit = lookup(stem);
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

/** A memoised unit reading of a phrase (or a name); `clear` forgets what it read. */
export interface UnitMemo {
    (phrase: string): string | undefined;
    clear(): void;
}

/**
 * Unit lookups are pure and the same few phrases recur in every file (indicator
 * names, «адам», «фото»): remember them. Bounded, so odd input cannot grow it forever.
 * A phrase that gives no unit is kept as NOT_A_UNIT: one lookup answers either way.
 */
export function unitMemo(fn: (phrase: string) => string | undefined): UnitMemo {
    const cache = new Map<string, string>();
    const read = (phrase: string): string | undefined => {
        const known = cache.get(phrase);
        if (known !== undefined) return known === NOT_A_UNIT ? undefined : known;
        const value = fn(phrase);
        if (cache.size > 20000) cache.clear();
        cache.set(phrase, value ?? NOT_A_UNIT);
        return value;
    };
    return Object.assign(read, { clear: () => cache.clear() });
}

const NOT_A_UNIT = '\u0000';
