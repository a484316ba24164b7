/**
 * The webview page of the report preview: the report fragment of the server
 * (esep/renderPreview, server/src/report/html.ts) inside a page with a strict
 * content security policy — nothing but the extension's own stylesheet and
 * script (media/), the script only with this page's nonce, no remote content.
 * Pure functions: no `vscode` import, so tests read the page as it is.
 */
import type { PreviewProblem, ReportKind } from '../../language/src/lsp/protocol.js';

/** What the webview keeps across reloads (`vscode.setState`) and the serializer restores from. */
export interface PreviewState {
    uri: string;
    /** The form chosen in the toolbar; absent: the server picks it. */
    kind?: ReportKind;
    scrollY?: number;
}

/** The interface texts of the page, already in the interface language (l10n). */
export interface PreviewStrings {
    form: string;
    auto: string;
    final: string;
    interim: string;
    plan: string;
    loading: string;
    cannotFill: string;
    lastGood: string;
    hint: string;
}

export interface PageOptions {
    nonce: string;
    /** `webview.cspSource`. */
    cspSource: string;
    /** `webview.asWebviewUri(media/preview.css)` and `…/preview.js`, as strings. */
    styleUri: string;
    scriptUri: string;
    /** The interface language («kk», «ru», «en»), for `<html lang>`. */
    lang: string;
    title: string;
    state: PreviewState;
    strings: PreviewStrings;
    /** The report fragment; empty while the first answer is on its way. */
    body: string;
    banner: string;
    /** The form the server picked (shown in the toolbar's «automatic» entry). */
    shownKind?: ReportKind;
}

/** Escapes text for HTML text and quoted attributes. */
export function escapeHtml(s: string): string {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const esc = escapeHtml;

/** A fresh nonce: 32 characters from a cryptographic source. */
export function makeNonce(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const bytes = new Uint8Array(32);
    globalThis.crypto.getRandomValues(bytes);
    let out = '';
    for (const b of bytes) out += alphabet[b % alphabet.length];
    return out;
}

/** The policy: own stylesheet and nonce'd styles, nonce'd script, own or inline images, nothing else. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return `default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
}

export function kindLabel(kind: ReportKind, strings: PreviewStrings): string {
    return kind === 'final' ? strings.final : kind === 'interim' ? strings.interim : strings.plan;
}

/** The toolbar's form chooser: automatic (naming the form picked), final, interim, plan. */
function toolbar(o: PageOptions): string {
    const s = o.strings;
    const chosen = o.state.kind ?? '';
    const auto = o.shownKind && !o.state.kind ? `${s.auto}: ${kindLabel(o.shownKind, s)}` : s.auto;
    const option = (value: string, label: string) => `<option value="${value}"${value === chosen ? ' selected' : ''}>${esc(label)}</option>`;
    return `<header class="esep-toolbar"><label>${esc(s.form)} <select id="esep-kind">`
        + option('', auto) + option('final', s.final) + option('interim', s.interim) + option('plan', s.plan)
        + `</select></label><span class="esep-hint">${esc(s.hint)}</span></header>`;
}

/** The problems that stop the form (each a link to its line), and the report's warnings. */
export function bannerHtml(problems: PreviewProblem[], warnings: string[], strings: PreviewStrings, haveBody: boolean): string {
    const out: string[] = [];
    if (problems.length) {
        const items = problems.map(p => `<li data-line="${Math.max(1, Math.floor(p.line))}"><span class="pos">${Math.floor(p.line)}:${Math.floor(p.column)}</span> ${esc(p.message)}</li>`).join('');
        out.push(`<div class="esep-problems" role="alert"><p>${esc(strings.cannotFill)}</p><ul>${items}</ul>${haveBody ? `<p class="esep-last-good">${esc(strings.lastGood)}</p>` : ''}</div>`);
    }
    if (warnings.length) out.push(`<div class="esep-warnings">${warnings.map(w => `<p>${esc(w)}</p>`).join('')}</div>`);
    return out.join('');
}

/** The whole page. */
export function previewPage(o: PageOptions): string {
    const csp = contentSecurityPolicy(o.cspSource, o.nonce);
    const body = o.body || `<p class="esep-loading">${esc(o.strings.loading)}</p>`;
    return `<!DOCTYPE html>
<html lang="${esc(o.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${esc(o.nonce)}" href="${esc(o.styleUri)}">
<title>${esc(o.title)}</title>
</head>
<body data-state="${esc(JSON.stringify(o.state))}">
${toolbar(o)}
<div id="esep-banner" class="esep-banner">${o.banner}</div>
<main id="esep-root">${body}</main>
<script nonce="${esc(o.nonce)}" src="${esc(o.scriptUri)}"></script>
</body>
</html>`;
}
