/**
 * The report module bound into the language services with Langium's DI: the .docx and
 * preview renderers the custom requests (language/src/lsp/requests.ts) use. The Node server
 * and the browser worker create their services with it; no Node APIs here.
 */
import type { GrantOverrides } from '../../../language/src/grant-module.js';
import { toBase64 } from './base64.js';
import { previewRendererFor } from './html.js';
import { reportRendererFor } from './requests.js';

export const ReportModule: GrantOverrides = {
    esep: {
        Renderers: (grant) => ({ report: reportRendererFor(grant), toBase64, preview: previewRendererFor(grant) })
    }
};
