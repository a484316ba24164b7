/**
 * The floor under `esep check` on a big file (bench/big-inputs.ts): Langium's lexer and parser
 * alone, with the services and heap settings of the CLI, the tree kept until exit, nothing else
 * loaded. Bundled by bench/run.mjs; `node parse-floor.cjs <file.grant>`.
 */
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { createGrantServices } from '../language/src/grant-module.js';
import { leanHeapFor } from '../server/src/cli/lean-heap.js';

const file = process.argv[2];
leanHeapFor([file]);
const services = createGrantServices(EmptyFileSystem);
const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
const parsed = services.Grant.parser.LangiumParser.parse(text);
process.on('exit', () => { if (!parsed.value) process.exitCode = 1; });
