/**
 * pdf.js sizes the buffers of a page's drawing with ArrayBuffer's `transferToFixedLength`, which
 * Node 20 lacks (VS Code's older extension hosts, `esep` run by a Node 20). There, pdf.js skipped
 * every page's drawing with a console warning, and 4 of the 5 PDF fixtures came out as other
 * drafts: the tables lost their cell boxes, the plans shifted between indicators. Here the
 * method is taken away as on Node 20, and the drafts must be the same as with it.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { grant } from '../helpers.js';
import { importDocument } from '../../server/src/import/index.js';
import { supplyTransferToFixedLength } from '../../server/src/import/pdf-lib.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
const draft = async (name: string) => (await importDocument(fixture(name), name, grant.parser.Lexer)).text;

/** Runs `body` with ArrayBuffer as Node 20 has it (no transferToFixedLength), then puts the method back. */
async function asOnNode20<T>(body: () => Promise<T>): Promise<T> {
    const native = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'transferToFixedLength');
    delete (ArrayBuffer.prototype as { transferToFixedLength?: unknown }).transferToFixedLength;
    try {
        return await body();
    } finally {
        if (native) Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', native);
    }
}

describe('a PDF imported where ArrayBuffer has no transferToFixedLength (Node 20)', () => {
    test.each(['generated-22.pdf', 'teng-mumkindik.pdf', 'birgemiz-bilim-report.pdf'])('%s gives the same draft as with it', async name => {
        const expected = await draft(name);
        const got = await asOnNode20(() => draft(name));
        expect(got).toBe(expected);
    });

    test('the method supplied copies the first bytes, pads with zeros, and leaves a present method alone', async () => {
        await asOnNode20(async () => {
            supplyTransferToFixedLength();
            const bytes = new Uint8Array([1, 2, 3, 4, 5]).buffer as ArrayBuffer & { transferToFixedLength(n?: number): ArrayBuffer };
            expect([...new Uint8Array(bytes.transferToFixedLength(3))]).toEqual([1, 2, 3]);
            expect([...new Uint8Array(bytes.transferToFixedLength(7))]).toEqual([1, 2, 3, 4, 5, 0, 0]);
            expect([...new Uint8Array(bytes.transferToFixedLength())]).toEqual([1, 2, 3, 4, 5]);
        });
        const method = () => (ArrayBuffer.prototype as { transferToFixedLength?: unknown }).transferToFixedLength;
        const native = method();
        supplyTransferToFixedLength();
        expect(method()).toBe(native);
    });
});
