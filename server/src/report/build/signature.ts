/** The report's closing lines: pages, the head's signature, fill date, stamp. */
import { fill } from '../forms.js';
import { formatNumber } from '../../../../language/src/model.js';
import { writtenDate } from '../display.js';
import { cell, para, run } from '../document.js';
import { collapse, type Builder } from './builder.js';

export function buildReportSignature(b: Builder): void {
    const node = b.project.node;
    b.push(para(''));
    // The page count the grantee wrote (`беттер: 35`) is printed as a number; without it, a field
    // the word processor fills (some viewers leave fields blank).
    const pages = b.project.pages;
    const count = pages !== undefined ? [run(fill(b.L('pagesValue'), { pages: formatNumber(pages) }), { bold: true })]
        : b.withPagesField(b.L('pagesValue'), { bold: true });
    b.push(para([run(`${b.L('pagesTotal')} `, { bold: true }), ...count], { keepNext: true }));
    const head = node.head ? collapse(node.head) : '';
    const position = node.headPosition ? collapse(node.headPosition) : '';
    const headLine = head || position ? fill(b.L('headLine'), { position, name: head }).replace(/^:\s*/, '') : b.L('blankLine');
    b.push(para([run(headLine, { bold: true })], { keepNext: true }));
    b.push(para([run(b.L('headHint'), { hint: true })], { style: 'hint', keepNext: true }));
    const fillDate = node.fillDate ? writtenDate(node.fillDate) : b.L('blankLine');
    b.push({
        type: 'table', widths: [60, 40], header: [], borderless: true,
        rows: [{ kind: 'data', cells: [cell([run(`${b.L('fillDate')} ${fillDate}`)]), cell([run(b.L('stamp'), { bold: true })], { align: 'right' })] }]
    });
}
