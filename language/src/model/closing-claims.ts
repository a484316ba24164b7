/**
 * Does a closing text (`қорытынды { ауытқу: "…" }`) claim that the project had
 * no deviation? Read by meaning, as a reviewer reads it, in Kazakh and Russian,
 * sentence by sentence, with the words in any order:
 * - a deviation word with a negation: «ауытқу болған жоқ», «ешқандай ауытқу
 *   болмады», «ауытқусыз», «отклонений не было», «без отклонений»;
 * - a completion verb with a qualifier of fullness: «толық / толығымен /
 *   жоспарға сай / 100% орындалды», «жүзеге асырылды толықтай», «выполнен в
 *   полном объёме / полностью / согласно плану / на 100%»;
 * and not when the sentence says it was partial or not done: «ішінара»,
 * «толық емес», «орындалмады», «орындалған жоқ», «частично», «не полностью»,
 * «не выполнен», or names a deviation without negating it («ауытқу бар»).
 */

/** Stems of words for a deviation. */
const DEVIATION = /^(ауытқу|ауытқыма|отклонени|отступлени)/u;
/** «ауытқусыз», «отклонений» after «без»: a deviation word that is its own negation. */
const WITHOUT_DEVIATION = /^ауытқу(сыз|ларсыз)$/u;
/** Negating words and verb forms (Kazakh negative verbs end in -ма/-ме/-ба/-бе/-па/-пе + tense). */
const NEGATION = /^(жоқ|болмады|болмаған|анықталмады|анықталмаған|байқалмады|байқалмаған|тіркелмеді|тіркелмеген|кездеспеді|нет|отсутствуют|отсутствует|отсутствовали|ешқандай)$/u;
const RU_NEGATED = /^(было|были|выявлено|выявлены|выявлены|зафиксировано|зафиксированы|наблюдалось|наблюдались|допущено|допущены|имелось|имеется|отмечено|отмечены)$/u;

/** Completion verbs, affirmative forms. */
const DONE = /^(орындалды|орындалған|орындалды|жүзеге|іске|выполнен|выполнена|выполнено|выполнены|реализован|реализована|реализовано|реализованы|исполнен|исполнено|исполнены|осуществлен|осуществлён|осуществлено|осуществлены)$/u;
/** «жүзеге / іске асырылды»: the second word of the completion verb. */
const CARRIED = /^(асырылды|асырылған|асты)$/u;
/** Negative completion verbs. */
const NOT_DONE = /^(орындалмады|орындалмаған|асырылмады|асырылмаған|аспады)$/u;
/** Words that make completion full. */
const FULL = /^(толық|толығымен|толықтай|толыққанды|толыққанда|сай|сәйкес|100|100%|жүз|барлық|барлығы|түгел|түгелдей|полностью|полном|согласно|соответствии|запланированном|все|всех|плану|планом)$/u;
/** Words that make it partial. */
const PARTIAL = /^(ішінара|жартылай|частично|частичном|емес|почти|не)$/u;

function sentences(text: string): string[] {
    return text.split(/[.!?;\n]+/u).map(s => s.trim()).filter(Boolean);
}

function words(sentence: string): string[] {
    return sentence.toLowerCase().replace(/ё/gu, 'е').match(/[\p{L}\p{N}%]+/gu) ?? [];
}

function claimsInSentence(w: string[]): boolean {
    const deviation = w.findIndex(x => DEVIATION.test(x));
    if (w.some(x => WITHOUT_DEVIATION.test(x))) return !w.some(x => NOT_DONE.test(x) || PARTIAL.test(x) && x !== 'не');
    if (deviation >= 0) {
        // «без отклонений»
        if (w[deviation - 1] === 'без') return true;
        // «жоқ емес» is not a negation.
        const negated = w.some((x, k) => NEGATION.test(x) && w[k + 1] !== 'емес')
            || w.some((x, k) => x === 'не' && RU_NEGATED.test(w[k + 1] ?? ''));
        return negated;
    }
    let done = false;
    for (let k = 0; k < w.length; k++) {
        const x = w[k];
        if (NOT_DONE.test(x)) return false;
        if (!DONE.test(x)) continue;
        if ((x === 'жүзеге' || x === 'іске') && !CARRIED.test(w[k + 1] ?? '')) continue;
        // «не выполнен», «орындалған жоқ»: negated.
        if (w[k - 1] === 'не' || w[k + 1] === 'жоқ' || w[k + 2] === 'жоқ' && CARRIED.test(w[k + 1] ?? '')) return false;
        done = true;
    }
    if (!done) return false;
    if (w.some(x => PARTIAL.test(x))) return false;
    return w.some(x => FULL.test(x)) || w.some((x, k) => x === 'жоспар' && w[k + 1] === 'бойынша');
}

/** Whether `text` (Kazakh or Russian) says the project had no deviation from its plan. */
export function claimsNoDeviation(text: string): boolean {
    return sentences(text).some(s => claimsInSentence(words(s)));
}
