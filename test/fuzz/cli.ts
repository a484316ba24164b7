/**
 * `npm run fuzz -- [--cases N] [--seed S] [--start K] [--no-big]` — the big campaign.
 * `npm run fuzz -- --case K [--print] [--save file]` — one case, with its failures.
 * `npm run fuzz -- --minimize K` — shrinks the input of a failing case (same stage and message).
 *
 * The cases run in a worker thread; the main thread is the watchdog: a case
 * that does not finish within a minute (ten for the 5 MB file) is a hang,
 * the worker is replaced and the campaign goes on with the next case.
 * Exit code 1 when anything crashed, hung, timed out or answered nonsense.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import { Harness } from './harness.js';
import { BIG_CASE, DEFAULT_SEED, loadSeeds, makeCase, runCase, Statistics, summarize, warmUp, type CaseSummary } from './campaign.js';
import { minimize } from './minimize.js';

interface Args {
    root: string;
    cases: number;
    seed: number;
    start: number;
    big: boolean;
    one?: number;
    print: boolean;
    save?: string;
    minimize?: number;
}

function parseArgs(argv: string[]): Args {
    const args: Args = { root: process.cwd(), cases: 1000, seed: DEFAULT_SEED, start: 0, big: true, print: false };
    const caseIndex = (v: string) => (v === 'big' ? BIG_CASE : Number(v));
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const next = () => argv[++i] ?? '';
        if (a === '--root') args.root = next();
        else if (a === '--cases') args.cases = Number(next());
        else if (a === '--seed') args.seed = Number(next());
        else if (a === '--start') args.start = Number(next());
        else if (a === '--no-big') args.big = false;
        else if (a === '--case') args.one = caseIndex(next());
        else if (a === '--print') args.print = true;
        else if (a === '--save') args.save = next();
        else if (a === '--minimize') args.minimize = caseIndex(next());
        else throw new Error(`unknown argument ${a}`);
    }
    if (!Number.isInteger(args.cases) || args.cases < 0 || !Number.isFinite(args.seed)) throw new Error('--cases and --seed take numbers');
    return args;
}

type Message =
    | { type: 'start'; index: number; name: string }
    | { type: 'done'; summary: CaseSummary }
    | { type: 'unhandled'; message: string }
    | { type: 'end' };

/** The worker: runs cases [from, to) and then, if asked, the 5 MB file. */
async function worker(): Promise<void> {
    const { root, seed, from, to, big } = workerData as { root: string; seed: number; from: number; to: number; big: boolean };
    const harness = new Harness();
    const seeds = loadSeeds(root);
    const post = (m: Message) => parentPort!.postMessage(m);
    // A promise nobody awaits that rejects: it would take a Node server down.
    process.on('unhandledRejection', error => post({ type: 'unhandled', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
    const indices = Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
    if (big) indices.push(BIG_CASE);
    await warmUp(harness, seeds);
    for (const index of indices) {
        post({ type: 'start', index, name: makeCase(seed, index, seeds, harness.context).name });
        post({ type: 'done', summary: await runCase(harness, seed, index, seeds) });
    }
    post({ type: 'end' });
}

async function campaign(args: Args): Promise<number> {
    const stats = new Statistics();
    const started = Date.now();
    let from = args.start;
    const to = args.start + args.cases;
    let big = args.big;
    while (true) {
        const finished = await new Promise<{ hung?: { index: number; name: string }; next: number; bigDone: boolean }>(resolve => {
            // The stack of a Node main thread (the language server's), not the 4 MB of a worker's default.
            const w = new Worker(__filename, { workerData: { root: args.root, seed: args.seed, from, to, big }, resourceLimits: { stackSizeMb: 1 } });
            let current: { index: number; name: string } | undefined;
            let next = from;
            let bigDone = false;
            let timer: NodeJS.Timeout | undefined;
            const arm = (ms: number) => {
                clearTimeout(timer);
                timer = setTimeout(() => {
                    void w.terminate();
                    resolve({ hung: current, next: current && current.index !== BIG_CASE ? current.index + 1 : next, bigDone: current?.index === BIG_CASE });
                }, ms);
            };
            arm(120_000); // start-up
            w.on('message', (m: Message) => {
                if (m.type === 'start') {
                    current = { index: m.index, name: m.name };
                    arm(m.index === BIG_CASE ? 600_000 : 60_000);
                } else if (m.type === 'done') {
                    stats.add(m.summary);
                    if (m.summary.index === BIG_CASE) bigDone = true;
                    else next = m.summary.index + 1;
                    current = undefined;
                    if (stats.cases % 1000 === 0) console.error(`… ${stats.cases} cases, ${stats.crashes} crashes, ${((Date.now() - started) / 1000).toFixed(0)} s`);
                } else if (m.type === 'unhandled') {
                    stats.unhandled(current?.index ?? next - 1, m.message);
                } else {
                    clearTimeout(timer);
                    void w.terminate();
                    resolve({ next: to, bigDone: true });
                }
            });
            // The worker died (an exception outside the harness, out of memory): that case crashed.
            w.on('error', error => {
                clearTimeout(timer);
                stats.unhandled(current?.index ?? next, error instanceof Error ? (error.stack ?? error.message) : String(error));
                resolve({ next: current && current.index !== BIG_CASE ? current.index + 1 : next, bigDone: current?.index === BIG_CASE || bigDone });
            });
        });
        if (finished.hung) stats.hang(finished.hung.index, finished.hung.name);
        if (finished.bigDone) big = false;
        from = finished.next;
        if (from >= to && !big) break;
    }
    console.log(stats.format(args.seed));
    console.log(`wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return stats.ok ? 0 : 1;
}

async function one(args: Args, index: number): Promise<number> {
    const harness = new Harness();
    const seeds = loadSeeds(args.root);
    const c = makeCase(args.seed, index, seeds, harness.context);
    if (args.save) writeFileSync(args.save, c.text);
    if (args.print) process.stdout.write(c.text + '\n');
    await warmUp(harness, seeds);
    const result = await harness.run(c.text, c.rng, c.options);
    const stats = new Statistics();
    stats.add(summarize(c, result));
    console.log(`case ${index}: ${c.name}; ${c.text.length} characters; ${result.ms.toFixed(1)} ms; ${result.diagnostics} diagnostics`);
    console.log(stats.format(args.seed));
    return stats.ok ? 0 : 1;
}

async function shrink(args: Args, index: number): Promise<number> {
    const harness = new Harness();
    const c = makeCase(args.seed, index, loadSeeds(args.root), harness.context);
    const first = await harness.run(c.text, c.rng);
    const failure = first.failures[0];
    if (!failure) {
        console.log(`case ${index} does not fail`);
        return 0;
    }
    const signature = (f: { stage: string; kind: string; message: string }) => `${f.stage} ${f.kind} ${f.message.replace(/\d+/g, 'N')}`;
    const wanted = signature(failure);
    console.error(`shrinking case ${index} (${c.text.length} characters): ${wanted}`);
    const small = await minimize(c.text, async text => {
        const r = await harness.run(text, makeCase(args.seed, index, [{ name: 'x', text }], harness.context).rng);
        return r.failures.some(f => signature(f) === wanted);
    });
    if (args.save) writeFileSync(args.save, small);
    console.log(JSON.stringify(small));
    return 0;
}

async function main(): Promise<void> {
    const args = parseArgs(process.argv.slice(2));
    const code = args.minimize !== undefined ? await shrink(args, args.minimize)
        : args.one !== undefined ? await one(args, args.one)
            : await campaign(args);
    process.exitCode = code;
}

if (isMainThread) {
    main().catch(error => {
        console.error(error instanceof Error ? error.stack : error);
        process.exitCode = 2;
    });
} else {
    worker().catch(error => {
        console.error('fuzz worker failed:', error);
        process.exit(3);
    });
}
