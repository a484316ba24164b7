/**
 * Sections of `npm run bench` that live in their own files (typing, import,
 * portfolio, big inputs): each registers here with a name (`--only <name>`)
 * and a function that measures and adds figures to the table (figures.ts).
 * main.ts runs them after its own sections, in this order.
 */
import type { ExampleTexts } from './generate.js';

export interface BenchContext {
    /** The project folder. */
    root: string;
    /** Tiny inputs, one run: checks that every figure can be measured (npm test). */
    quick: boolean;
    /** The bundled Node language server (out/server.cjs). */
    serverPath: string;
    /** Where --profile puts --cpu-prof profiles, when asked. */
    profileDir?: string;
    /** The two examples the inputs are made from. */
    examples: ExampleTexts;
}

export interface BenchSection {
    /** `--only` name; also the group of its figures unless they say otherwise. */
    name: string;
    run(context: BenchContext): Promise<void>;
}

const registry: BenchSection[] = [];

/** Adds a section; a second one with the same name replaces the first. */
export function registerSection(section: BenchSection): void {
    const at = registry.findIndex(s => s.name === section.name);
    if (at >= 0) registry[at] = section;
    else registry.push(section);
}

export function registeredSections(): readonly BenchSection[] {
    return registry;
}
