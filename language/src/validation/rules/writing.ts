/** How things are written: NFC, values that cannot be read, number formats, phones, quotes, misspellings (V-FMT-*, A4). */
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Activity, GrantFile, Indicator, Partner, Project, Publication, TeamMember, Value } from '../../generated/ast.js';
import { formatNumber, nameValueConflict, type ParsedValue, type ValueIssue } from '../../model.js';
import { badPhones, groupDigits } from '../text-rules.js';
import { misspellings, plainText, surelyNfc } from '../../text-utils.js';
import { stillClean } from '../unchanged-text.js';
import { isPlaceholder } from '../../required.js';
import type { RuleContext, Severity } from '../rule-context.js';
import { periodEnded } from '../../model.js';
import { VALUE_ISSUE_KEY } from '../codes.js';
import { wordsLike } from '../../numwords.js';
import { joinNumberFacts, numberFacts, spotWhere } from '../number-facts.js';

export function checkFile(ctx: RuleContext, file: GrantFile, accept: ValidationAcceptor): void {
    const doc = AstUtils.getDocument(file);
    const text = doc.textDocument.getText();
    // Most files hold only characters that are NFC alone and next to one another: no copy to compare
    // (and, while the user types, only what changed is read).
    // One scan answers this check and V-FMT-08 (characters.ts) on most files.
    if (stillClean(doc, 'plain', text, plainText) || stillClean(doc, 'nfc', text, surelyNfc)) return;
    const nfc = text.normalize('NFC');
    if (nfc !== text) {
        // Report the first decomposed run; the quick fix normalises the whole file.
        const m = /[\p{L}][\p{M}]+/u.exec(text);
        const start = m ? m.index : 0;
        // An error once a project's period is over (the final report), a warning while it runs.
        const ended = file.projects.some(p => { const ep = ctx.projectOf(p); return !!ep && periodEnded(ep); });
        ctx.report(accept, ended ? 'error' : 'warning', 'V-FMT-01', 'V-FMT-01', {}, { node: file, range: { start, end: start + (m ? m[0].length : 1) } });
    }
}

export function checkValue(ctx: RuleContext, value: Value, accept: ValidationAcceptor): void {
    // An empty placeholder is reported as such (rules/to-fill.ts), not as a value without a number.
    if (isPlaceholder(value)) return;
    const parsed = ctx.model(value).values.get(value);
    if (!parsed) return;
    if (parsed.errors.length || parsed.warnings.length) reportValueIssues(ctx, value, parsed, accept);
    const found = misspellings(parsed.raw);
    if (found.length) {
        const offset = value.$cstNode?.offset ?? 0;
        ctx.reportMisspellings(accept, found, span => ({ node: value, range: { start: offset + span.start, end: offset + span.end } }));
    }
}

/** The problems of one value (a method of its own: the closure below would cost every value its context). */
function reportValueIssues(ctx: RuleContext, value: Value, parsed: ParsedValue, accept: ValidationAcceptor): void {
    const offset = value.$cstNode?.offset ?? 0;
    const issue = (i: ValueIssue, severity: Severity) => {
        const text = parsed.raw.slice(i.start, i.end).replace(/\s+/g, ' ').trim() || parsed.raw;
        const range = { start: offset + i.start, end: offset + Math.max(i.end, i.start + 1) };
        if (i.code === 'words-mismatch') {
            const code = value.$containerProperty === 'sum' && value.$container.$type === 'Project' ? 'V-XREF-03' : 'value';
            // The fix writes the digits' number in words, in the language of the words written.
            const words = wordsLike(Number(i.data?.digits), parsed.raw.slice(i.start + 1, i.end - 1));
            ctx.report(accept, 'warning', code, 'value.words-mismatch',
                { digits: formatNumber(Number(i.data?.digits)), words: formatNumber(Number(i.data?.words)) }, { node: value, range },
                words ? { suggestion: `(${words})` } : {});
            return;
        }
        // The reader's data are words of the message; its `suggestion` is what the fix writes.
        const params: Record<string, string> = { text };
        for (const key in i.data) params[key] = String(i.data[key]);
        ctx.report(accept, severity, 'value', VALUE_ISSUE_KEY[i.code], params, { node: value, range },
            i.data?.suggestion !== undefined ? { suggestion: String(i.data.suggestion) } : {});
    };
    parsed.errors.forEach(i => issue(i, 'error'));
    parsed.warnings.forEach(i => issue(i, 'warning'));
}

/** A4: a value written into the indicator's name that disagrees with its plan (values.ts decides). */
export function checkNameValue(ctx: RuleContext, indicator: Indicator, name: string, plan: ParsedValue, accept: ValidationAcceptor): void {
    const conflict = nameValueConflict(name, plan);
    if (!conflict) return;
    ctx.report(accept, 'warning', 'V-PF-05', 'V-PF-05.name', { inName: conflict.text, plan: plan.raw.replace(/\s+/g, ' ').trim() },
        ctx.inString(indicator, 'name', conflict), { embedded: true });
}

/** V-FMT-02 / V-FMT-03: the numbers of the file's values, grouped and with a decimal comma alike. */
export function checkNumberFormats(ctx: RuleContext, file: GrantFile, accept: ValidationAcceptor): void {
    const model = ctx.model(file);
    // The frame of a big file read in pieces: the tasks' values are in the other pieces (model/pieces.ts),
    // read after the header's and before the rest, as in a whole file.
    const remote = model.piece?.role === 'frame' ? model.piece.elsewhere.numbers : undefined;
    const inHeader = (v: Value) => v.$container?.$type === 'Project';
    const facts = remote
        ? joinNumberFacts(joinNumberFacts(numberFacts(model.values, inHeader), remote), numberFacts(model.values, v => !inHeader(v)))
        : numberFacts(model.values);
    const { separator, grouped, comma } = facts;
    if (separator && grouped) {
        for (const n of facts.ungrouped) {
            const suggestion = groupDigits(n.text, separator);
            ctx.report(accept, 'warning', 'V-FMT-02', 'V-FMT-02', { text: n.text, example: grouped, suggestion }, spotWhere(n, file), { suggestion });
        }
    }
    if (comma) {
        for (const n of facts.points) {
            const suggestion = n.text.replace('.', ',');
            ctx.report(accept, 'warning', 'V-FMT-03', 'V-FMT-03', { text: n.text, example: comma, suggestion }, spotWhere(n, file), { suggestion });
        }
    }
}

export function checkProjectWriting(ctx: RuleContext, project: Project, accept: ValidationAcceptor): void {
    ctx.checkStrings(project, ['grantee', 'topic'], accept, { quotes: true, spelling: true });
}

export function checkActivityWriting(ctx: RuleContext, activity: Activity, accept: ValidationAcceptor): void {
    ctx.checkStrings(activity, ['title'], accept, { spelling: true });
}

export function checkPublicationWriting(ctx: RuleContext, publication: Publication, accept: ValidationAcceptor): void {
    ctx.checkStrings(publication, ['outlet', 'title'], accept, { quotes: true, spelling: true });
}

export function checkPartnerWriting(ctx: RuleContext, partner: Partner, accept: ValidationAcceptor): void {
    ctx.checkStrings(partner, ['name'], accept, { quotes: true, spelling: true });
    ctx.checkStrings(partner, ['role'], accept, { spelling: true });
    checkPhones(ctx, partner, accept);
}

export function checkTeamMemberWriting(ctx: RuleContext, member: TeamMember, accept: ValidationAcceptor): void {
    checkPhones(ctx, member, accept);
}

/** V-FMT-05: the phone numbers of a contact. */
function checkPhones(ctx: RuleContext, node: Partner | TeamMember, accept: ValidationAcceptor): void {
    if (!node.contact) return;
    for (const bad of badPhones(node.contact)) {
        ctx.report(accept, 'warning', 'V-FMT-05', 'V-FMT-05', { text: bad.text }, ctx.inString(node, 'contact', bad));
    }
}
