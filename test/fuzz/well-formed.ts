/**
 * A strict XML 1.0 (with namespaces) well-formedness check for the parts of a
 * .docx, fast enough to run on every report of every fuzz case: the scanning
 * is done by the engine's regular expressions, not character by character.
 * It refuses: characters outside the Char production (C0 controls, lone
 * surrogates, U+FFFE/U+FFFF), a malformed XML declaration, names that are not
 * XML names, attributes without quotes or with «<» or a bad reference, the same
 * attribute twice, references to entities XML does not predefine, character
 * references to non-characters, «]]>» in text, «--» in comments, a PI named
 * «xml», a DOCTYPE (a .docx has none), text or a second element outside the
 * root, unclosed and mismatched tags, and namespace prefixes never declared.
 * Tested against saxes, a strict XML parser (test/trust-docx.test.ts).
 */

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const NAME = `[${NAME_START}][${NAME_CHAR}]*`;

const NOT_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const XML_DECL = new RegExp(`<\\?xml\\s+version\\s*=\\s*(["'])1\\.[0-9]+\\1(?:\\s+encoding\\s*=\\s*(["'])[A-Za-z][A-Za-z0-9._-]*\\2)?(?:\\s+standalone\\s*=\\s*(["'])(?:yes|no)\\3)?\\s*\\?>`, 'uy');
const START_NAME = new RegExp(`<(${NAME})`, 'uy');
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^<"]*)"|'([^<']*)')`, 'uy');
const TAG_END = /\s*(\/?)>/uy;
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'uy');
const PI = new RegExp(`<\\?(${NAME})(?:\\s[\\s\\S]*?)?\\?>`, 'uy');
const COMMENT = /<!--([\s\S]*?)-->/uy;
const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/uy;
const REFERENCE = new RegExp(`&(?:(${NAME})|#([0-9]+)|#x([0-9A-Fa-f]+));`, 'uy');
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** «line:column: what» for an offset. */
function at(text: string, offset: number, what: string): string {
    let line = 1;
    let last = -1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i; }
    return `${line}:${offset - last}: ${what}`;
}

/** The first bad reference in `chunk` (text or an attribute value), as an offset in it and a reason. */
function badReference(chunk: string): { offset: number; what: string } | undefined {
    for (let i = chunk.indexOf('&'); i >= 0; i = chunk.indexOf('&', i + 1)) {
        REFERENCE.lastIndex = i;
        const m = REFERENCE.exec(chunk);
        if (!m) return { offset: i, what: 'a «&» that starts no reference' };
        if (m[1] !== undefined && !PREDEFINED.has(m[1])) return { offset: i, what: `undefined entity «${m[1]}»` };
        if (m[1] === undefined) {
            const code = m[2] !== undefined ? Number.parseInt(m[2], 10) : Number.parseInt(m[3], 16);
            if (code > 0x10FFFF || NOT_CHAR.test(String.fromCodePoint(code))) return { offset: i, what: `a reference to a character XML does not allow (${m[0]})` };
        }
    }
    return undefined;
}

interface Open { name: string; namespaces: Map<string, string> }

/** The first well-formedness error of `xml`, as «line:column: what», or undefined. */
export function wellFormedError(xml: string): string | undefined {
    const bad = NOT_CHAR.exec(xml);
    if (bad) return at(xml, bad.index, `a character XML does not allow (U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    let i = 0;
    if (xml.charCodeAt(0) === 0xFEFF) i = 1;
    if (xml.startsWith('<?xml', i) && /[\s?]/u.test(xml[i + 5] ?? '')) {
        XML_DECL.lastIndex = i;
        if (!XML_DECL.exec(xml)) return at(xml, i, 'a malformed XML declaration');
        i = XML_DECL.lastIndex;
    }
    const stack: Open[] = [];
    const root = new Map([['xml', 'http://www.w3.org/XML/1998/namespace'], ['xmlns', 'http://www.w3.org/2000/xmlns/']]);
    let roots = 0;
    const bound = (prefix: string) => {
        for (let k = stack.length - 1; k >= 0; k--) if (stack[k].namespaces.has(prefix)) return stack[k].namespaces.get(prefix) !== '';
        return root.has(prefix);
    };
    while (i < xml.length) {
        const lt = xml.indexOf('<', i);
        const textEnd = lt < 0 ? xml.length : lt;
        if (textEnd > i) {
            const text = xml.slice(i, textEnd);
            if (stack.length === 0) {
                if (!/^[ \t\r\n]*$/u.test(text)) return at(xml, i, 'text outside the root element');
            } else {
                const cdataEnd = text.indexOf(']]>');
                if (cdataEnd >= 0) return at(xml, i + cdataEnd, '«]]>» in text');
                const ref = badReference(text);
                if (ref) return at(xml, i + ref.offset, ref.what);
            }
        }
        if (lt < 0) break;
        i = lt;
        const next = xml[i + 1];
        if (next === '/') {
            END_TAG.lastIndex = i;
            const m = END_TAG.exec(xml);
            if (!m) return at(xml, i, 'a malformed end tag');
            const open = stack.pop();
            if (!open) return at(xml, i, `an end tag «${m[1]}» with no element open`);
            if (open.name !== m[1]) return at(xml, i, `«</${m[1]}>» closes «<${open.name}>»`);
            i = END_TAG.lastIndex;
        } else if (next === '?') {
            PI.lastIndex = i;
            const m = PI.exec(xml);
            if (!m) return at(xml, i, 'a malformed processing instruction');
            if (m[1].toLowerCase() === 'xml') return at(xml, i, 'an XML declaration that is not at the start');
            i = PI.lastIndex;
        } else if (xml.startsWith('<!--', i)) {
            COMMENT.lastIndex = i;
            const m = COMMENT.exec(xml);
            if (!m) return at(xml, i, 'an unclosed comment');
            if (m[1].includes('--') || m[1].endsWith('-')) return at(xml, i, '«--» inside a comment');
            i = COMMENT.lastIndex;
        } else if (xml.startsWith('<![CDATA[', i)) {
            if (stack.length === 0) return at(xml, i, 'a CDATA section outside the root element');
            CDATA.lastIndex = i;
            if (!CDATA.exec(xml)) return at(xml, i, 'an unclosed CDATA section');
            i = CDATA.lastIndex;
        } else if (next === '!') {
            return at(xml, i, xml.startsWith('<!DOCTYPE', i) ? 'a DOCTYPE (a .docx part has none)' : 'a malformed declaration');
        } else {
            START_NAME.lastIndex = i;
            const m = START_NAME.exec(xml);
            if (!m) return at(xml, i, 'a «<» that starts no tag');
            if (stack.length === 0 && roots++ > 0) return at(xml, i, 'a second root element');
            const name = m[1];
            let j = START_NAME.lastIndex;
            const names = new Set<string>();
            const namespaces = new Map<string, string>();
            const attributes: { name: string; offset: number }[] = [];
            for (;;) {
                ATTRIBUTE.lastIndex = j;
                const a = ATTRIBUTE.exec(xml);
                if (!a) break;
                if (names.has(a[1])) return at(xml, j, `the attribute «${a[1]}» twice`);
                names.add(a[1]);
                const value = a[2] ?? a[3];
                const ref = badReference(value);
                if (ref) return at(xml, j, `${ref.what} in the value of «${a[1]}»`);
                if (a[1] === 'xmlns') namespaces.set('', value);
                else if (a[1].startsWith('xmlns:')) {
                    if (value === '') return at(xml, j, `an empty namespace for the prefix «${a[1].slice(6)}»`);
                    namespaces.set(a[1].slice(6), value);
                } else attributes.push({ name: a[1], offset: j });
                j = ATTRIBUTE.lastIndex;
            }
            TAG_END.lastIndex = j;
            const end = TAG_END.exec(xml);
            if (!end) return at(xml, j, `a malformed start tag «${name}»`);
            const element: Open = { name, namespaces };
            stack.push(element);
            for (const q of [{ name, offset: i }, ...attributes]) {
                const colon = q.name.indexOf(':');
                if (colon < 0) continue;
                const prefix = q.name.slice(0, colon);
                if (colon === 0 || q.name.indexOf(':', colon + 1) >= 0 || colon === q.name.length - 1) return at(xml, q.offset, `the name «${q.name}» is not a qualified name`);
                if (!bound(prefix)) return at(xml, q.offset, `the namespace prefix «${prefix}» is not declared`);
            }
            if (end[1] === '/') stack.pop();
            i = TAG_END.lastIndex;
        }
    }
    if (stack.length) return at(xml, xml.length, `«<${stack[stack.length - 1].name}>» is not closed`);
    if (roots === 0) return at(xml, xml.length, 'no root element');
    return undefined;
}
