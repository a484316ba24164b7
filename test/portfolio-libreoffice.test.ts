/**
 * A second real spreadsheet program opens the workbook `esep summary` writes: LibreOffice
 * converts each sheet to CSV. Skipped, with the reason printed, where LibreOffice is not
 * installed (scripts/dev/install-libreoffice.sh installs it; CI does not need it).
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../server/src/cli.js';
import { root } from './helpers.js';

const soffice = spawnSync('soffice', ['--version'], { timeout: 30_000, encoding: 'utf8' });
const available = soffice.status === 0;
if (!available) console.log('skipped: LibreOffice (soffice) is not installed; bash scripts/dev/install-libreoffice.sh installs it');

describe.skipIf(!available)('LibreOffice opens the portfolio workbook', () => {
    test('every sheet converts, with numbers, dates and Kazakh text intact', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'esep-lo-'));
        const xlsx = join(dir, 'portfolio.xlsx');
        const code = await main(['summary', join(root, 'examples'), '-o', xlsx], { out: () => undefined, err: () => undefined });
        expect(code).toBe(0);
        const r = spawnSync('soffice', [
            '--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
            '--outdir', join(dir, 'out'), xlsx
        ], { timeout: 120_000, encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        const files = readdirSync(join(dir, 'out')).sort();
        expect(files).toEqual(['portfolio-Ескертулер.csv', 'portfolio-Жобалар.csv', 'portfolio-Көрсеткіштер.csv']);
        const projects = readFileSync(join(dir, 'out', 'portfolio-Жобалар.csv'), 'utf8').split('\n');
        expect(projects[0]).toMatch(/^Файл,Жоба,Гранталушы,/);
        const birgemiz = projects.find(l => l.includes('Birgemiz: Bilim'))!;
        expect(birgemiz).toContain('«Жас қанат» жастар қоғамдық бірлестігі');
        expect(birgemiz).toContain(',15337100,');
        // A date cell, shown as a date (not the ISO text), and the share met as a percentage.
        expect(birgemiz).not.toContain('2020-11-30');
        expect(birgemiz).toMatch(/11\/30\/2020|30\.11\.2020/);
        expect(birgemiz).toMatch(/,\d{1,3}([.,]\d+)?%,/);
        const indicators = readFileSync(join(dir, 'out', 'portfolio-Көрсеткіштер.csv'), 'utf8').trim().split('\n');
        expect(indicators.length).toBeGreaterThan(100);
    }, 180_000);
});
