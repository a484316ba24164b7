import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGrantServices } from '../language/src/grant-module.js';
import type { GrantFile } from '../language/src/generated/ast.js';

export const services = createGrantServices(EmptyFileSystem);
export const grant = services.Grant;
const parser = parseHelper<GrantFile>(grant);

let counter = 0;
export async function parse(text: string, validate = true): Promise<LangiumDocument<GrantFile>> {
    return parser(text, { documentUri: `file:///test/doc${++counter}.grant`, validation: validate });
}

export const root = fileURLToPath(new URL('..', import.meta.url));
export const SPEC_PATH = fileURLToPath(new URL('../../shared/spec/syntax-by-example.grant', import.meta.url));
export function readExample(name: string): string {
    return readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
}
export function readSpec(): string {
    return readFileSync(SPEC_PATH, 'utf8');
}

/** A complete, clean final report that passes every rule (test/fixtures/valid-report.grant). */
export const BASE = readFileSync(new URL('./fixtures/valid-report.grant', import.meta.url), 'utf8');

/** Runs out/server-browser.js in a worker thread dressed as a web worker (`self`, `onmessage`, `postMessage`). */
export const WORKER_SHIM = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.postMessage = m => parentPort.postMessage(m);
Object.defineProperty(globalThis, 'onmessage', { set(fn) { parentPort.removeAllListeners('message'); parentPort.on('message', data => fn({ data })); } });
globalThis.addEventListener = (type, fn) => { if (type === 'message') parentPort.on('message', data => fn({ data })); };
globalThis.removeEventListener = () => {};
require(workerData.bundle);
`;
