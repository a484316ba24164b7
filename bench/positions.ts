/**
 * Where the language-server section edits, hovers and completes: positions spread over a
 * generated file, found by what the line holds.
 */

export function editTargets(lines: string[], count: number): { line: number; character: number }[] {
    const candidates: { line: number; character: number }[] = [];
    lines.forEach((text, line) => {
        const m = /факт: ?(?=\d)/u.exec(text);
        if (m) candidates.push({ line, character: m.index + m[0].length });
    });
    return spread(candidates, count);
}

function spread<T>(items: T[], count: number): T[] {
    if (items.length <= count) return items;
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(items[Math.floor(((i + 0.5) * items.length) / count)]);
    return out;
}

/** Hover on indicator names, task and activity titles, keywords and values, spread over the file. */
export function hoverPositions(lines: string[], count: number): { line: number; character: number }[] {
    const candidates: { line: number; character: number }[] = [];
    lines.forEach((text, line) => {
        const indicator = /көрсеткіш\s+"/u.exec(text);
        if (indicator) {
            candidates.push({ line, character: indicator.index + indicator[0].length + 2 });
            const plan = text.indexOf('жоспар:');
            if (plan >= 0) candidates.push({ line, character: plan + 9 });
            return;
        }
        const block = /^\s*(міндет|іс-шара)(?=\s)/u.exec(text);
        if (block) candidates.push({ line, character: block[0].length - 2 });
    });
    return spread(candidates, count);
}

/**
 * Completion where a user asks for it, in equal parts, spread over the file: two letters
 * into a member keyword («кө|рсеткіш»: keywords), right after `жоспар: ` (comparators), and
 * two letters into a place (`орны: "Ба|`: regions).
 */
export function completionPositions(lines: string[], count: number): { line: number; character: number }[] {
    const keywords: { line: number; character: number }[] = [];
    const plans: { line: number; character: number }[] = [];
    const places: { line: number; character: number }[] = [];
    lines.forEach((text, line) => {
        const member = /^(\s+)(көрсеткіш|орны|мерзімі|қатысушылар)(?=[\s:])/u.exec(text);
        if (member) keywords.push({ line, character: member[1].length + 2 });
        const plan = text.indexOf('жоспар: ');
        if (plan >= 0) plans.push({ line, character: plan + 'жоспар: '.length });
        const place = /орны: "/u.exec(text);
        if (place) places.push({ line, character: place.index + place[0].length + 2 });
    });
    const per = Math.ceil(count / 3);
    const [a, b, c] = [spread(keywords, per), spread(plans, per), spread(places, per)];
    const out: { line: number; character: number }[] = [];
    for (let i = 0; i < per && out.length < count; i++) {
        for (const list of [a, b, c]) if (i < list.length && out.length < count) out.push(list[i]);
    }
    return out;
}
