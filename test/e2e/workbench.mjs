// A small driver for the VS Code workbench (code-server 4.139 = VS Code 1.139) in Chromium via
// playwright-core: what a user does (keys, mouse) and what a user sees (DOM text, screenshots).
// Every wait has a deadline and every failure says what was expected and what was on screen.
import fs from 'node:fs';
import path from 'node:path';

export class Failure extends Error {}

/** Throws a Failure with `message` unless `condition`. */
export function expect(condition, message) {
    if (!condition) throw new Failure(typeof message === 'function' ? message() : message);
}

const sleep = ms => new Promise(r => setTimeout(r, ms));
/** NBSP, narrow NBSP and line breaks as plain spaces; runs of spaces collapsed. */
export const norm = text => String(text ?? '').replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/\s+/g, ' ').trim();
const short = (text, n = 300) => { const t = norm(text); return t.length > n ? `${t.slice(0, n)}…` : t; };

export class Workbench {
    /** @param {import('playwright-core').Page} page */
    constructor(page, { artifacts, workspace }) {
        this.page = page;
        this.keyboard = page.keyboard;
        this.artifacts = artifacts;
        this.workspace = workspace;
        this.shots = [];
    }

    async shot(name) {
        const file = path.join(this.artifacts, `${name}.png`);
        await this.page.screenshot({ path: file });
        this.shots.push(file);
        return file;
    }

    /** Polls `fn` until it returns a truthy value; returns it, or throws a Failure with `message`. */
    async waitFor(fn, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
        const deadline = Date.now() + timeout;
        let last;
        for (;;) {
            try {
                last = await fn();
                if (last) return last;
            } catch (error) {
                if (error instanceof Failure) throw error;
                last = error;
            }
            if (Date.now() > deadline) {
                const detail = last instanceof Error ? ` (last error: ${last.message.split('\n')[0]})` : '';
                throw new Failure(`${typeof message === 'function' ? await message() : message} — not within ${timeout / 1000} s${detail}`);
            }
            await sleep(interval);
        }
    }

    async open(url) {
        // A busy machine (2 cores, several builds) can take longer than the default 15 s to serve the workbench.
        await this.page.goto(url, { timeout: 60_000 });
        await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
        // The explorer shows the workspace once the window has restored.
        await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    }

    async escape(times = 2) {
        for (let i = 0; i < times; i++) {
            await this.keyboard.press('Escape');
            await sleep(50);
        }
    }

    // ---- command palette, quick open -------------------------------------------------

    async quickInput(text) {
        await this.escape(1);
        await this.keyboard.press('F1');
        const input = this.page.locator('.quick-input-widget input.input').first();
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(text);
        return input;
    }

    /** Visible rows of the quick input list (command palette, quick open, quick pick). */
    async quickRows() {
        return this.page.locator('.quick-input-widget:not([style*="display: none"]) .quick-input-list .monaco-list-row').allInnerTexts();
    }

    /** Runs a command by its palette title (category included, e.g. «Esep: Есеп жасау»). */
    async runCommand(title) {
        await this.quickInput(`>${title}`);
        const firstLines = async () => (await this.quickRows()).map(t => norm(t.split('\n')[0]));
        const index = await this.waitFor(async () => {
            const rows = await firstLines();
            const i = rows.indexOf(title);
            return i >= 0 ? i + 1 : undefined;
        }, { timeout: 10_000, message: async () => `the command palette has no «${title}» (it shows: ${(await firstLines()).join(' | ') || 'nothing'})` });
        await this.page.locator('.quick-input-list .monaco-list-row').nth(index - 1).click();
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    }

    /** Opens a workspace file through quick open, and waits for its editor to be active. */
    async openFile(name) {
        const active = await this.activeTab();
        if (active === name) return;
        await this.quickInput(name);
        await this.waitFor(async () => (await this.quickRows()).some(t => t.includes(name)), { timeout: 20_000, message: `quick open does not find ${name}` });
        await this.keyboard.press('Enter');
        await this.waitFor(async () => (await this.activeTab()) === name, { message: `${name} did not open in an editor` });
        await this.editor().locator('.view-lines').waitFor({ timeout: 10_000 });
    }

    async activeTab() {
        const tab = this.page.locator('.editor-group-container.active .tab.active').first();
        return (await tab.count()) ? (await tab.getAttribute('data-resource-name')) ?? undefined : undefined;
    }

    /** The text editor of the active editor group. */
    editor() {
        return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
    }

    async focusEditor() {
        await this.editor().locator('textarea, .native-edit-context').first().focus();
    }

    /** Ctrl+G: puts the cursor at the start of a line (1-based) and scrolls it into view. */
    async goToLine(line, column) {
        await this.focusEditor();
        await this.keyboard.press('Control+g');
        const input = this.page.locator('.quick-input-widget input.input').first();
        await input.waitFor({ state: 'visible', timeout: 5_000 });
        await input.fill(column ? `:${line}:${column}` : `:${line}`);
        await sleep(100);
        await this.keyboard.press('Enter');
        await this.waitFor(async () => (await this.cursorLine()) === line, { timeout: 5_000, message: `the cursor did not move to line ${line}` });
        await sleep(150);
    }

    async cursorLine() {
        const text = await this.page.locator('.statusbar-item[id="status.editor.selection"]').first().innerText().catch(() => '');
        const m = /Ln (\d+)/.exec(text);
        return m ? Number(m[1]) : undefined;
    }

    /**
     * What the editor shows for one line (1-based), found by its line number in the gutter:
     * { text, top, bottom, left } in page coordinates, or undefined when it is not rendered.
     */
    async lineBox(line) {
        return this.editor().evaluate((editor, line) => {
            const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')];
            const number = numbers.find(n => n.textContent.trim() === String(line));
            if (!number) return undefined;
            const nb = number.getBoundingClientRect();
            const mid = nb.top + nb.height / 2;
            const view = [...editor.querySelectorAll('.view-lines .view-line')].find(v => {
                const r = v.getBoundingClientRect();
                return r.top <= mid && mid < r.bottom;
            });
            if (!view) return undefined;
            const r = view.getBoundingClientRect();
            return { text: view.textContent.replace(/\u00a0/g, ' '), top: r.top, bottom: r.bottom, left: r.left };
        }, line);
    }

    /** Page coordinates of the middle of `needle` (the `occurrence`-th) on a rendered line. */
    async pointOf(line, needle, occurrence = 0) {
        const point = await this.editor().evaluate((editor, { line, needle, occurrence }) => {
            const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')];
            const number = numbers.find(n => n.textContent.trim() === String(line));
            if (!number) return undefined;
            const nb = number.getBoundingClientRect();
            const mid = nb.top + nb.height / 2;
            const view = [...editor.querySelectorAll('.view-lines .view-line')].find(v => {
                const r = v.getBoundingClientRect();
                return r.top <= mid && mid < r.bottom;
            });
            if (!view) return undefined;
            const nodes = [];
            const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
            const full = nodes.map(n => n.data).join('').replace(/\u00a0/g, ' ');
            let index = -1;
            for (let i = 0; i <= occurrence; i++) index = full.indexOf(needle, index + 1);
            if (index < 0) return { missing: full };
            const at = offset => {
                let rest = offset;
                for (const n of nodes) {
                    if (rest <= n.data.length) return [n, rest];
                    rest -= n.data.length;
                }
                return [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length];
            };
            const range = document.createRange();
            range.setStart(...at(index));
            range.setEnd(...at(index + needle.length));
            const rect = range.getBoundingClientRect();
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, left: rect.left, right: rect.right };
        }, { line, needle, occurrence });
        expect(point && !point.missing, () => point?.missing !== undefined
            ? `line ${line} does not show «${needle}» (it shows «${short(point.missing, 160)}»)`
            : `line ${line} is not rendered`);
        return point;
    }

    /** Scrolls a line into view and returns the point of `needle` on it. */
    async reveal(line, needle, occurrence = 0) {
        if (!(await this.lineBox(line))) await this.goToLine(line);
        return this.pointOf(line, needle, occurrence);
    }

    /** Squiggles (`.squiggly-error|warning|info|hint`) drawn on one line: their severities. */
    async squigglesOn(line) {
        const box = await this.lineBox(line);
        if (!box) return [];
        return this.editor().evaluate((editor, box) => [...editor.querySelectorAll('.view-overlays [class*="squiggly-"]')]
            .filter(s => {
                const r = s.getBoundingClientRect();
                const mid = r.top + r.height / 2;
                return box.top <= mid && mid <= box.bottom;
            })
            .map(s => /squiggly-(error|warning|info|hint)/.exec(s.className)?.[1] ?? s.className), box);
    }

    /** Waits (8 s at most) until `line` shows a squiggle of `severity`; else fails naming `what` and what the line shows. */
    async waitForMark(line, severity, what) {
        await this.waitFor(async () => (await this.squigglesOn(line)).includes(severity), {
            timeout: 8_000, message: async () => `no ${severity} on ${what}, line ${line} (squiggles: ${(await this.squigglesOn(line)).join(', ') || 'none'})`
        });
    }

    /**
     * Waits (8 s at most) until `line` shows no squiggle (or none of `severities`, when given); else
     * fails naming `what` and what is left.
     */
    async waitForNoMark(line, what, severities) {
        await this.waitFor(async () => (await this.squigglesOn(line)).filter(s => !severities || severities.includes(s)).length === 0, {
            timeout: 8_000, message: async () => `${what} is still marked, line ${line} (squiggles: ${(await this.squigglesOn(line)).join(', ')})`
        });
    }

    // ---- hovers, widgets --------------------------------------------------------------

    /**
     * The hover on `needle` of `line` once it holds `said` word for word (a finding's message), else a
     * failure naming what it shows; the screenshot `shot` taken, then the hover closed. Its text is returned.
     */
    async hoverSays(line, needle, said, shot) {
        const text = await this.hover(line, needle, { expectText: new RegExp(said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
        if (shot) await this.shot(shot);
        await this.hideHover();
        return text;
    }

    /**
     * Moves the mouse onto `needle` on `line` (twice, a few pixels apart) and returns the hover's
     * text. If another hover is showing (a sticky one from before), it moves away and tries again.
     */
    async hover(line, needle, { expectText, timeout = 9_000 } = {}) {
        const read = async () => norm((await this.page.locator('.monaco-hover:not(.hidden) .hover-contents').allInnerTexts()).join('\n'));
        const attempts = 3;
        for (let attempt = 1; ; attempt++) {
            await this.hideHover();
            const p = await this.reveal(line, needle);
            await this.page.mouse.move(p.x - 2, p.y);
            await sleep(60);
            await this.page.mouse.move(p.x, p.y);
            await sleep(60);
            await this.page.mouse.move(p.x + 1, p.y);
            try {
                return await this.waitFor(async () => {
                    const text = await read();
                    return text && (!expectText || expectText.test(text)) ? text : undefined;
                }, {
                    timeout: timeout / attempts,
                    message: async () => {
                        const now = await read();
                        return `no hover${expectText ? ` matching ${expectText}` : ''} on «${needle}» (line ${line})${now ? `; the hover shows «${short(now)}»` : ''}`;
                    }
                });
            } catch (error) {
                if (attempt >= attempts) throw error;
            }
        }
    }

    async hideHover() {
        await this.page.mouse.move(5, 500);
        await this.escape(1);
        await this.page.locator('.monaco-hover:not(.hidden) .hover-contents').first().waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => {});
    }

    /** CodeLens texts drawn just above `line` (VS Code puts them in a view zone before the line). */
    async codeLensAbove(line) {
        const box = await this.lineBox(line);
        if (!box) return [];
        return this.editor().evaluate((editor, box) => [...editor.querySelectorAll('.codelens-decoration')]
            .filter(d => {
                const r = d.getBoundingClientRect();
                return r.height > 0 && r.bottom <= box.top + 2 && r.bottom >= box.top - 40;
            })
            .map(d => d.textContent.replace(/\u00a0/g, ' ').trim())
            .filter(Boolean), box);
    }

    async statusBarItems() {
        return (await this.page.locator('.statusbar-item').allInnerTexts()).map(norm).filter(Boolean);
    }

    // ---- typing -------------------------------------------------------------------------

    /** Types text the way the keyboard does (insertText for letters outside the US layout). */
    async type(text) {
        await this.keyboard.type(text, { delay: 25 });
    }

    async suggestions() {
        const rows = this.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
        return (await rows.allInnerTexts()).map(norm);
    }

    /** A workspace file as it is on disk. */
    fileText(name) {
        return fs.readFileSync(path.join(this.workspace, name), 'utf8');
    }

    // ---- panels -------------------------------------------------------------------------

    /** Opens the Problems panel (Ctrl+Shift+M), types `filter` into its filter box, returns its rows. */
    async problems(filter = '') {
        const panel = this.page.locator('.markers-panel');
        if (!(await panel.isVisible().catch(() => false))) {
            await this.keyboard.press('Control+Shift+M');
            await panel.waitFor({ state: 'visible', timeout: 5_000 });
        }
        const box = this.page.locator('.pane-header .viewpane-filter input, .panel .viewpane-filter input, .markers-panel-action-filter input').first();
        await box.waitFor({ state: 'visible', timeout: 5_000 });
        await box.fill(filter);
        await sleep(400);
        return (await this.page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(norm);
    }

    async closePanel() {
        const visible = await this.page.locator('.part.panel').isVisible().catch(() => false);
        if (visible) await this.runCommand('View: Hide Panel');
    }

    /** Notifications on screen (toasts): «error: message», «warning: message», «info: message». */
    async notifications() {
        return this.page.evaluate(() => [...document.querySelectorAll('.notifications-toasts .notification-toast')].map(t => {
            const icon = t.querySelector('.notification-list-item-icon')?.className ?? '';
            const severity = /codicon-error/.test(icon) ? 'error' : /codicon-warning/.test(icon) ? 'warning' : 'info';
            const message = (t.querySelector('.notification-list-item-message')?.textContent ?? t.textContent ?? '').replace(/\s+/g, ' ').trim();
            return `${severity}: ${message}`;
        }));
    }

    async clearNotifications() {
        await this.runCommand('Notifications: Clear All Notifications').catch(() => {});
    }

    /** VS Code 1.139 opens some editors (the settings JSON) in a modal over the workbench. */
    modalEditor() {
        return this.page.locator('.monaco-modal-editor-block .monaco-editor').first();
    }

    async closeModalEditor() {
        const close = this.page.locator('.monaco-modal-editor-block .codicon-close').first();
        if (await close.count()) {
            await close.click();
            await this.page.locator('.monaco-modal-editor-block').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
        }
    }

    /**
     * Edits the user settings the way a user does: «Preferences: Open User Settings (JSON)», the
     * whole text selected and replaced by pasting (Ctrl+A, Ctrl+V), Ctrl+S. `change` gets the current object and returns the new one.
     */
    async editUserSettings(settingsFile, change) {
        const next = change(JSON.parse(fs.readFileSync(settingsFile, 'utf8')));
        const text = JSON.stringify(next, null, 4);
        await this.runCommand('Preferences: Open User Settings (JSON)');
        const modal = this.modalEditor();
        const editor = await this.waitFor(async () => {
            if (await modal.count()) return modal;
            return (await this.activeTab()) === 'settings.json' ? this.editor() : undefined;
        }, { timeout: 10_000, message: 'the user settings JSON did not open' });
        await this.page.evaluate(t => navigator.clipboard.writeText(t), text)
            .catch(error => { throw new Failure(`cannot put the new settings on the clipboard: ${error.message}`); });
        await editor.locator('.view-lines').first().click();
        await this.keyboard.press('Control+a');
        await this.keyboard.press('Control+v');
        await this.keyboard.press('Control+s');
        await this.waitFor(() => JSON.stringify(JSON.parse(fs.readFileSync(settingsFile, 'utf8'))) === JSON.stringify(next),
            { timeout: 5_000, message: `${settingsFile} was not saved` });
        return editor;
    }

    /** The modal dialog on screen, if any: its message, detail and buttons. */
    async dialog() {
        const box = this.page.locator('.monaco-dialog-box').first();
        if (!(await box.count()) || !(await box.isVisible())) return undefined;
        const read = async selector => {
            const el = box.locator(selector).first();
            return (await el.count()) ? norm(await el.innerText()) : '';
        };
        const message = await read('.dialog-message-text');
        const detail = await read('.dialog-message-detail');
        const buttons = (await box.locator('.dialog-buttons .monaco-button').allInnerTexts()).map(norm).filter(Boolean);
        return { message, detail, text: norm(`${message} ${detail}`) || norm(await box.innerText()), buttons };
    }
}
