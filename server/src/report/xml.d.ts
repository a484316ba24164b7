/** The `xml` package (1.0.1), the serialiser `docx` itself uses: only what docx-stream.ts calls. */
declare module 'xml' {
    namespace xml {
        type XmlObject = object;
    }
    /** The XML text of docx's object form of an element (no indentation, no declaration). */
    function xml(tree: xml.XmlObject): string;
    export = xml;
}
