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
    const snippet = text.replace(/[\\$}]/g, c => `\\${c}`).replace(/""/g, () => `"\${${++stop}}"`);
    return { text, snippet };
}
