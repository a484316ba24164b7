/**
 * The footers' page numbers are dropped from a PDF's text (pdf.ts pageNumberLines): numbered as the
 * file's pages or with the offset of pages taken out of a longer document; a value that happens to
 * be a page's lowest line stays.
 */
import { describe, expect, test } from 'vitest';
import { readDocument } from '../../server/src/import/index.js';
import { pagesPdf } from './pdf-build.js';

async function texts(pdf: Uint8Array): Promise<string[]> {
    const doc = await readDocument(pdf);
    return doc.blocks.flatMap(b => b.kind === 'p' ? [b.para.text] : b.table.rows.flatMap(r => r.cells.flatMap(c => c.paras.map(p => p.text))));
}

const body = (k: number): Array<[number, string]> => [[760, `Section ${k} of the plan`], [700, `Activities of section ${k}`]];

describe('page numbers in the footer', () => {
    test('numbered as the file\'s pages («- 2 -», «Page 3 of 3»): dropped', async () => {
        const found = await texts(pagesPdf([[...body(1), [40, '1']], [...body(2), [40, '- 2 -']], [...body(3), [40, 'Page 3 of 3']]]));
        expect(found.join(' | ')).toContain('Section 3 of the plan');
        expect(found.filter(t => /^(1|- 2 -|Page 3 of 3)$/.test(t))).toEqual([]);
    });

    test('pages 15–17 of a longer document: dropped too', async () => {
        const found = await texts(pagesPdf([[...body(1), [40, '15']], [...body(2), [40, '16']], [...body(3), [40, '17']]]));
        expect(found.filter(t => /^1[5-7]$/.test(t))).toEqual([]);
    });

    test('a value that is a page\'s lowest line («198» on page 2) stays', async () => {
        const found = await texts(pagesPdf([[...body(1), [40, '1']], [...body(2), [60, '198']], [...body(3), [40, '3']]]));
        expect(found).toContain('198');
        expect(found.filter(t => /^[13]$/.test(t))).toEqual([]);
    });
});
