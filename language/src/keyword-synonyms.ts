/**
 * The field words a Russian- or English-speaking user types for a Kazakh keyword (`план:` for
 * `жоспар:`, `место:` for `орны:`): the line recovery reads them as the keyword meant and says so,
 * «белгісіз сөз «план»: «жоспар» деп жазғыңыз келді ме?», with the one-click fix.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
    // Russian
    'план': 'жоспар', 'показатель': 'көрсеткіш', 'индикатор': 'көрсеткіш', 'мероприятие': 'іс-шара', 'задача': 'міндет',
    'проект': 'жоба', 'место': 'орны', 'срок': 'мерзімі', 'сроки': 'мерзімі', 'период': 'кезең', 'сумма': 'сома',
    'отклонение': 'ауытқу', 'примечание': 'ескерту', 'участники': 'қатысушылар', 'эксперты': 'сарапшылар',
    'приложение': 'қосымша', 'результат': 'нәтиже', 'руководитель': 'жетекші', 'тема': 'тақырып', 'цель': 'мақсат',
    'грантополучатель': 'гранталушы', 'канал': 'арна', 'доказательство': 'дәлел', 'описание': 'сипаттама',
    // English
    'plan': 'жоспар', 'fact': 'факт', 'actual': 'факт', 'indicator': 'көрсеткіш', 'activity': 'іс-шара', 'task': 'міндет',
    'project': 'жоба', 'place': 'орны', 'venue': 'орны', 'period': 'кезең', 'deadline': 'мерзімі', 'dates': 'мерзімі',
    'sum': 'сома', 'amount': 'сома', 'deviation': 'ауытқу', 'note': 'ескерту', 'participants': 'қатысушылар',
    'appendix': 'қосымша', 'result': 'нәтиже', 'grantee': 'гранталушы', 'topic': 'тақырып', 'goal': 'мақсат'
};

/** The Kazakh keyword `word` stands for, when it is one of `keywords`. */
export function keywordFor(word: string, keywords: ReadonlySet<string>): string | undefined {
    const meant = SYNONYMS[word.toLowerCase()];
    return meant && keywords.has(meant) ? meant : undefined;
}
