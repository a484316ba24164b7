/** Sections of free text: the narratives and the indicators bullets. */
import { section } from '../forms.js';
import { userText } from '../display.js';
import { para, run } from '../document.js';
import type { Builder } from './builder.js';
import { textBlocks } from '../narrative-blocks.js';

export function buildNarrative(b: Builder, id: string): void {
    const s = section(b.form, id);
    b.sectionHeading(s);
    const text = b.narrative(s.grantKey);
    const blocks = textBlocks(text);
    if (blocks.length) b.pushAll(blocks);
    else b.paragraphs(text);
}

export function buildIndicatorsSection(b: Builder): void {
    const s = section(b.form, 'indicators');
    b.sectionHeading(s);
    for (const sub of s.subsections ?? []) {
        const text = userText(b.narrative(sub.grantKey));
        const first = text[0] ?? b.L('emptyCell');
        b.push(para([run(`${s.bullet ?? '·'} `), run(sub.heading ?? '', { bold: true }), run(` ${first}`)], { style: 'bullet', align: 'justify' }));
        for (const more of text.slice(1)) b.push(para(more, { align: 'justify', indent: 1 }));
    }
}
