/** Small PDFs written by the tests: objects numbered from 1, the cross-reference table computed. */
export function pdfOf(objects: string[]): Uint8Array {
    let out = '%PDF-1.4\n';
    const offsets: number[] = [];
    objects.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
    const xref = out.length;
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return new TextEncoder().encode(out);
}

/** A PDF of `pages`, each a list of [y from the bottom, text] lines in Helvetica (ASCII). */
export function pagesPdf(pages: Array<Array<[number, string]>>): Uint8Array {
    // 1 catalog, 2 pages, 3 font, then page k at 4 + 2k and its content at 5 + 2k.
    const objects = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        `<< /Type /Pages /Kids [${pages.map((_, k) => `${4 + 2 * k} 0 R`).join(' ')}] /Count ${pages.length} >>`,
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
    ];
    pages.forEach((lines, k) => {
        const content = lines.map(([y, text]) => `BT /F1 11 Tf 72 ${y} Td (${text}) Tj ET`).join('\n');
        objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * k} 0 R >>`);
        objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    });
    return pdfOf(objects);
}
