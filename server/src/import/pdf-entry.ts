// out/pdf-reader.js: the PDF library alone, shared by the extension's Node server (require) and web worker (importScripts).
import { getDocumentProxy as load } from 'unpdf';

export const getDocumentProxy: typeof load = load;
