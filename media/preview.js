// The report preview's page script (client/src/preview.ts builds the page; its content security
// policy lets only this file run, with the page's nonce). It swaps in new renderings the
// extension posts, keeps the scroll position and the chosen form across reloads
// (vscode.setState: the webview serializer restores from it), and asks the extension to show a
// line of the .grant file when a row, a chart bar or a problem is clicked.
// @ts-check
(function () {
    // @ts-ignore acquireVsCodeApi is provided by VS Code inside webviews
    const vscode = acquireVsCodeApi();
    const root = document.getElementById('esep-root');
    const banner = document.getElementById('esep-banner');
    const select = /** @type {HTMLSelectElement | null} */ (document.getElementById('esep-kind'));

    /** @type {{ uri: string, kind?: string, scrollY?: number }} */
    let initial;
    try {
        initial = JSON.parse(document.body.dataset.state || '{}');
    } catch {
        initial = { uri: '' };
    }
    const saved = vscode.getState();
    const state = { ...initial };
    if (saved && saved.uri === initial.uri && typeof saved.scrollY === 'number') state.scrollY = saved.scrollY;
    vscode.setState(state);

    if (state.scrollY) {
        const y = state.scrollY;
        window.addEventListener('load', () => window.scrollTo(0, y), { once: true });
        window.scrollTo(0, y);
    }

    let scrollTimer = 0;
    window.addEventListener('scroll', () => {
        if (scrollTimer) return;
        scrollTimer = window.setTimeout(() => {
            scrollTimer = 0;
            state.scrollY = Math.round(window.scrollY);
            vscode.setState(state);
        }, 150);
    }, { passive: true });

    window.addEventListener('message', event => {
        const m = event.data;
        if (!m || m.type !== 'update') return;
        if (root && typeof m.html === 'string' && m.html) root.innerHTML = m.html;
        if (banner && typeof m.banner === 'string') banner.innerHTML = m.banner;
        if (select) {
            const auto = select.querySelector('option[value=""]');
            if (auto && typeof m.autoLabel === 'string') auto.textContent = m.autoLabel;
            select.value = typeof m.kind === 'string' ? m.kind : '';
        }
        document.body.classList.toggle('esep-has-problems', !!(banner && banner.querySelector('.esep-problems')));
    });

    document.addEventListener('click', event => {
        const selection = window.getSelection();
        if (selection && !selection.isCollapsed) return; // selecting text, not clicking
        const target = /** @type {Element | null} */ (event.target instanceof Element ? event.target : null);
        const el = target && target.closest('[data-line]');
        if (!el) return;
        const line = Number(el.getAttribute('data-line'));
        if (!Number.isInteger(line) || line < 1) return;
        for (const old of document.querySelectorAll('.esep-selected')) old.classList.remove('esep-selected');
        el.classList.add('esep-selected');
        vscode.postMessage({ type: 'reveal', line });
    });

    if (select) {
        select.addEventListener('change', () => {
            if (select.value) state.kind = select.value; else delete state.kind;
            vscode.setState(state);
            vscode.postMessage({ type: 'kind', kind: select.value });
        });
    }

    vscode.postMessage({ type: 'ready' });
})();
