/**
 * The impact table (the plan's Block IV, the report's socio-economic results):
 * indicator, unit, planned level and, in a report, the level reached. The unit
 * is written after a level that does not already name it («4 адам»).
 */
import { cellText, type Table } from './document.js';
import { cellAt } from './monitoring.js';
import type { ImpImpact } from './plan.js';

export type ImpactColumns = Partial<Record<'number' | 'name' | 'unit' | 'plan' | 'fact', number>>;

export function readImpactRows(table: Table, header: number, cols: ImpactColumns): ImpImpact[] {
    const at = (r: number, col: number | undefined) => cellText(cellAt(table.rows[r], col));
    const withUnit = (level: string, unit: string) =>
        !level ? undefined : unit && !level.toLowerCase().includes(unit.toLowerCase()) ? `${level} ${unit}` : level;
    const out: ImpImpact[] = [];
    for (let r = header + 1; r < table.rows.length; r++) {
        const name = at(r, cols.name);
        if (!name) continue;
        const unit = at(r, cols.unit);
        out.push({
            name, plan: withUnit(at(r, cols.plan), unit), fact: cols.fact !== undefined ? withUnit(at(r, cols.fact), unit) : undefined,
            src: { table: table.index, row: r + 1 }, notes: []
        });
    }
    return out;
}
