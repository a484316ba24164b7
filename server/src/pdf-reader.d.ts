// out/pdf-reader.js (scripts/build.mjs): a script beside the server bundle that sets globalThis.EsepPdfReader.
export {};
