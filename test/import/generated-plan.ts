/**
 * The project of test/fixtures/import/generated-22.docx and .pdf (write-fixtures.ts makes them):
 * 22 activities drawn from the two examples, as the import bench's 10-page plan. Its tables run
 * over several pages, so the PDF cuts cells at page breaks.
 */
import { readExample } from '../helpers.js';
import { generateByActivities } from '../../bench/generate.js';

export function generatedPlanText(): string {
    return generateByActivities({ report: readExample('birgemiz-bilim.grant'), plan: readExample('teng-mumkindik.grant') }, 22, 7).text;
}
