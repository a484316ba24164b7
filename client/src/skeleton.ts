/**
 * «Esep: New project»: the template's text made the user's (no vscode API: tested directly).
 */

/**
 * The new project's text from the template: its periods from today (six months), and the same
 * text as a snippet whose empty quotes are tab stops.
 */
export function fillSkeleton(template: string, today = new Date()): { text: string; snippet: string } {
    const pad = (n: number) => String(n).padStart(2, '0');
    const fmt = (d: Date) => `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
    const end = new Date(today.getFullYear(), today.getMonth() + 6, today.getDate() - 1);
    const period = `${fmt(today)} - ${fmt(end)}`;
    const text = template.replace(/^(\s*(?:кезең|мерзімі):)[^\n/]*$/gmu, `$1 ${period}`);
    let stop = 0;
    // Comments keep their quotes: only the fields' empty quotes are tab stops, in order.
    const snippet = text.split('\n').map(line => {
        const escaped = line.replace(/[\\$}]/g, c => `\\${c}`);
        return line.trimStart().startsWith('//') ? escaped : escaped.replace(/""/g, () => `"\${${++stop}}"`);
    }).join('\n');
    return { text, snippet };
}
