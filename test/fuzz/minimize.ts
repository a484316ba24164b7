/**
 * Delta debugging for a failing input: drops chunks of lines, then chunks of
 * characters, as long as the failure stays the same. What is left becomes a
 * small named input of test/fuzz-regressions.test.ts.
 */

async function reduce(parts: string[], join: string, fails: (text: string) => Promise<boolean>, budget: { runs: number }): Promise<string[]> {
    let chunk = Math.max(1, Math.floor(parts.length / 2));
    while (chunk >= 1 && budget.runs > 0) {
        let changed = false;
        for (let start = 0; start < parts.length && budget.runs > 0;) {
            const candidate = parts.slice(0, start).concat(parts.slice(start + chunk));
            budget.runs--;
            if (candidate.length < parts.length && await fails(candidate.join(join))) {
                parts = candidate;
                changed = true;
            } else {
                start += chunk;
            }
        }
        if (!changed) chunk = Math.floor(chunk / 2);
    }
    return parts;
}

export async function minimize(text: string, fails: (text: string) => Promise<boolean>, runs = 3000): Promise<string> {
    const budget = { runs };
    const lines = await reduce(text.split('\n'), '\n', fails, budget);
    const chars = await reduce([...lines.join('\n')], '', fails, budget);
    return chars.join('');
}
