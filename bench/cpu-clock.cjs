/**
 * Preloaded into the language server by the typing bench (`node --require`): the server's own
 * CPU time as a clock. For each completion request it notes the main thread's CPU time when the
 * message arrived and when its answer was written, and for each change of the document the
 * same up to the first diagnostics of that version or a later one. Waits measured so hold on a
 * machine where other processes take the cores: they count only the server's own work ahead of
 * the answer (on an idle core, that is the wait), not the time it was kept off the CPU.
 * Records go, one JSON line each, to the file named by ESEP_CPU_CLOCK_OUT.
 */
'use strict';
const { appendFileSync } = require('node:fs');
const out = process.env.ESEP_CPU_CLOCK_OUT;
if (out) {
    const usage = typeof process.threadCpuUsage === 'function' ? () => process.threadCpuUsage() : () => process.cpuUsage();
    const cpu = () => { const u = usage(); return (u.user + u.system) / 1000; };
    const completions = new Map();
    const changes = [];
    const record = (kind, ms) => appendFileSync(out, JSON.stringify({ kind, ms }) + '\n');
    process.stdin.prependListener('data', chunk => {
        const text = chunk.toString('utf8');
        const now = cpu();
        for (const m of text.matchAll(/"id":(\d+),"method":"textDocument\/completion"/g)) completions.set(m[1], now);
        for (const m of text.matchAll(/"method":"textDocument\/didChange","params":\{"textDocument":\{"uri":"[^"]*","version":(\d+)\}/g)) changes.push({ version: Number(m[1]), at: now });
    });
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk, ...rest) => {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        // A completion answered: it and the ones before it (cancelled: the user waits for this list) are done.
        const answer = /^\{"jsonrpc":"2\.0","id":(\d+),"result"/.exec(text);
        if (answer && completions.has(answer[1])) {
            const now = cpu();
            for (const [id, at] of completions) {
                if (Number(id) <= Number(answer[1])) { record('completion', now - at); completions.delete(id); }
            }
        } else if (text.startsWith('{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics"')) {
            const version = /"version":(\d+)\}\}$/.exec(text.slice(-64));
            if (version) {
                const now = cpu();
                for (let i = changes.length - 1; i >= 0; i--) {
                    if (changes[i].version <= Number(version[1])) { record('diagnostics', now - changes[i].at); changes.splice(i, 1); }
                }
            }
        }
        return write(chunk, ...rest);
    };
}
