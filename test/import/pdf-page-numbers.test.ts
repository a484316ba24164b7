/**
 * The footers' page numbers are dropped from a PDF's text (pdf.ts pageNumberLines): numbered as the
 * file's pages or with the offset of pages taken out of a longer document; a value that happens to
 * be a page's lowest line stays.
 */
import { describe, expect, test } from 'vitest';
import { readDocument } from '../../server/src/import/index.js';

/** A PDF of `pages`, each a list of [y from the bottom, text] lines in Helvetica (ASCII). */
function pagesPdf(pages: Array<Array<[number, string]>>): Uint8Array {
    const objects: string[] = [];
    const n = pages.length;
    // 1 catalog, 2 pages, 3 font, then page k at 4 + 2k and its content at 5 + 2k.
    objects.push('<< /Type /Catalog /Pages 2 0 R >>');
    objects.push(`<< /Type /Pages /Kids [${pages.map((_, k) => `${4 + 2 * k} 0 R`).join(' ')}] /Count ${n} >>`);
    objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
    pages.forEach((lines, k) => {
        const content = lines.map(([y, text]) => `BT /F1 11 Tf 72 ${y} Td (${text}) Tj ET`).join('\n');
        objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * k} 0 R >>`);
        objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    });
    let out = '%PDF-1.4\n';
    const offsets: number[] = [];
    objects.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
    const xref = out.length;
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return new TextEncoder().encode(out);
}

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
