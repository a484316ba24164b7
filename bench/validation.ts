/**
 * Sections 1, 2 (and the validation scaling of 6): Langium's parse + link, the limit, against
 * Esep's full validation, in process, on a cold and a warm value cache.
 */
import { clearValueCache } from '../language/src/values/index.js';
import { figure, log, median, sleep, spread as spreadOf, sum } from './figures.js';
import { fullGc, gc, MAX_ROUNDS, QUICK, REPORTED, SIZES, SPREAD_GOAL, VALIDATION_ROUNDS } from './options.js';
import { buildOnce, collectorMs, forget, input, perRound, scalingFigure } from './in-process.js';

interface ValidationSeries {
    limit: number[]; parse: number[]; cold: number[]; warm: number[];
    limitCpu: number[]; coldCpu: number[];
    /** When each limit run ran: its collector pauses are read after the rounds. */
    limitWindows: Array<{ start: number; end: number }>;
    ratios: number[]; warmRatios: number[];
    /** The median full run of each round, for the scaling ratio. */
    roundFull: number[]; roundLimit: number[];
    /** Per round: the limit runs' and the full runs' windows, to take the collector's time out of the round's median. */
    roundLimitWindows: Array<Array<{ start: number; end: number }>>;
    roundFullWindows: Array<Array<{ start: number; end: number }>>;
    findings: number;
}

/**
 * Rounds over all sizes: in each round every size is built with validation off (the
 * limit), then with Esep's validation on a cold value cache, then again on a warm one.
 * Neighbouring runs share the machine's mood, so full ÷ limit is taken per run and
 * 10k ÷ 1k per round; the medians of those are the ratios reported.
 */
export async function benchValidation(): Promise<void> {
    const series = new Map<string, ValidationSeries>();
    for (const size of SIZES) {
        const g = input(size);
        log(`validation ${size.label}: ${g.lines} lines, ${g.tokens} tokens, ${g.activities} activities, ${g.indicators} indicators`);
        // Warm-up: the JIT, the unit memo; not counted.
        for (let i = 0; i < (QUICK ? 1 : 2); i++) {
            await forget((await buildOnce(g.text, false)).document);
            await forget((await buildOnce(g.text, true)).document);
        }
        series.set(size.label, { limit: [], parse: [], cold: [], warm: [], limitCpu: [], coldCpu: [], limitWindows: [], ratios: [], warmRatios: [], roundFull: [], roundLimit: [], roundLimitWindows: [], roundFullWindows: [], findings: 0 });
    }
    fullGc();
    const settled = () => REPORTED.every(size => {
        const s = series.get(size.label)!;
        return spreadOf(s.ratios) < SPREAD_GOAL && spreadOf(s.warmRatios) < SPREAD_GOAL;
    });
    for (let round = 0; round < MAX_ROUNDS && (round < VALIDATION_ROUNDS || !settled()); round++) {
        for (const size of SIZES) {
            const g = input(size);
            const s = series.get(size.label)!;
            const full: number[] = [], limit: number[] = [];
            const windows: Array<{ start: number; end: number }> = [];
            const fullWindows: Array<{ start: number; end: number }> = [];
            for (let rep = 0; rep < size.reps; rep++) {
                gc();
                const bare = await buildOnce(g.text, false);
                await forget(bare.document);
                clearValueCache();
                gc();
                const cold = await buildOnce(g.text, true);
                s.findings = cold.document.diagnostics?.length ?? 0;
                await forget(cold.document);
                gc();
                const warm = await buildOnce(g.text, true);
                await forget(warm.document);
                s.limit.push(bare.ms); s.limitCpu.push(bare.cpuMs); s.parse.push(bare.parseMs);
                s.cold.push(cold.ms); s.coldCpu.push(cold.cpuMs); s.warm.push(warm.ms);
                s.ratios.push(cold.ms / bare.ms);
                s.warmRatios.push(warm.ms / bare.ms);
                full.push(cold.ms);
                limit.push(bare.ms);
                windows.push(bare.window);
                fullWindows.push(cold.window);
                s.limitWindows.push(bare.window);
            }
            s.roundFull.push(median(full));
            s.roundLimit.push(median(limit));
            s.roundLimitWindows.push(windows);
            s.roundFullWindows.push(fullWindows);
        }
    }
    for (const size of REPORTED) {
        const s = series.get(size.label)!;
        const l = median(s.limit), c = median(s.cold), w = median(s.warm);
        const n = s.limit.length;
        figure(`parse.ms@${size.label}`, 'validation', `Parse only, ${size.label} lines`, median(s.parse), 'ms', undefined, { samples: n });
        figure(`limit.parseLink.ms@${size.label}`, 'validation', `Limit: Langium parse + link (Esep validation off), ${size.label}`, l, 'ms', undefined, { samples: n });
        figure(`validation.full.ms@${size.label}`, 'validation', `Full validation (cold value cache), ${size.label}`, c, 'ms', undefined, { samples: n, note: `${s.findings} findings` });
        figure(`validation.fullWarm.ms@${size.label}`, 'validation', `Full validation (warm value cache), ${size.label}`, w, 'ms', undefined, { samples: n });
        figure(`validation.ratio@${size.label}`, 'validation', `Full ÷ limit (cold: a file opened), ${size.label}`, median(s.ratios), '×', { op: '<=', limit: 1.3 },
            { samples: n, spread: spreadOf(s.ratios), note: `median of per-run ratios; ratio of medians ${(c / l).toFixed(3)}` });
        // Warm: every edit after the first (the values that did not change are read once); cold: opening a file in a fresh server.
        figure(`validation.ratioWarm@${size.label}`, 'validation', `Full ÷ limit (warm: an edit), ${size.label}`, median(s.warmRatios), '×', { op: '<=', limit: 1.3 },
            { samples: n, spread: spreadOf(s.warmRatios), note: 'the value cache holds what the previous version read' });
        figure(`validation.ratioCpu@${size.label}`, 'validation', `Full ÷ limit (cold), CPU time, ${size.label}`, sum(s.coldCpu) / sum(s.limitCpu), '×', undefined,
            { samples: n, note: 'CPU time of the process, totals over the runs: time other processes take from the machine does not count' });
    }
    await sleep(50); // the last collector pauses arrive
    for (const size of SIZES) {
        const s = series.get(size.label)!;
        const shares = s.limitWindows.map(w => collectorMs(w) / (w.end - w.start));
        figure(`limit.collectorShare@${size.label}`, 'validation', `  of which the collector's pauses, limit, ${size.label}`, 100 * median(shares), '%', undefined,
            { samples: shares.length, note: 'each run starts on an empty young generation (a minor collection before it)' });
    }
    const small = series.get('1k')!, large = series.get('10x')!;
    // Issue 18 asks the parse scaling to be brought within 11× or explained with a figure of what is
    // left. The wall-time figures are given as they are; the targets are on the same rounds with the
    // collector's pauses left out: the 1k run ends before the young generation fills (0 % collector),
    // the 10× run pays for promoting a tree alive throughout (~17 %). bench/README.md, «Scaling».
    const mutator = (windows: ValidationSeries['roundLimitWindows']) => windows.map(ws => median(ws.map(w => w.end - w.start - collectorMs(w))));
    scalingFigure('scaling.limit', 'Scaling 10× ÷ 1× input: parse + link (wall; the collector: see below)', perRound(small.roundLimit, large.roundLimit), undefined, null);
    scalingFigure('scaling.limitMutator', 'Scaling 10× ÷ 1× input: parse + link, collector pauses left out', perRound(mutator(small.roundLimitWindows), mutator(large.roundLimitWindows)));
    scalingFigure('scaling.validation', 'Scaling 10× ÷ 1× input: full validation (wall)', perRound(small.roundFull, large.roundFull), undefined, null);
    scalingFigure('scaling.validationMutator', 'Scaling 10× ÷ 1× input: full validation, collector pauses left out', perRound(mutator(small.roundFullWindows), mutator(large.roundFullWindows)));
}
