import { SaxesParser } from "saxes";

/** An XML element with the 1-based line its start tag opens on. Text and CDATA are joined into `text`. */
export type XmlElement = { name: string; line: number; attributes: Record<string, string>; children: XmlElement[]; text: string };

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
    this.name = "XmlError";
  }
}

/** Deepest nesting read; Moodle's files are about eight deep. */
const MAX_DEPTH = 64;

/**
 * Reads an XML document into a tree with line numbers, a piece at a time (`write`), so a caller
 * can let other work run between pieces; `close` returns the root. A document type declaration is
 * refused outright: it is the only way to define entities, so refusing it rules out external
 * entities (XXE) and entity expansion (billion laughs) whatever the parser would do with them.
 * Only XML's five predefined entities and character references are read.
 */
export function xmlReader(): { write: (piece: string) => void; close: () => XmlElement } {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let startLine = 1;
  const fail = (message: string, line: number | null = parser.line): never => {
    throw new XmlError(message, line);
  };
  // The event comes at the declaration's end; its own line breaks lead back to where it starts.
  parser.on("doctype", (doctype) =>
    fail("the file has a document type declaration (<!DOCTYPE …>); Moodle never writes one, and it is refused because it can define entities", parser.line - (doctype.match(/\n/g)?.length ?? 0)),
  );
  // The event comes once the character after the name is read; when that is a line break, the
  // parser already stands on the next line (column 0), and the tag opened on the line before.
  parser.on("opentagstart", () => {
    startLine = parser.column === 0 ? parser.line - 1 : parser.line;
  });
  parser.on("opentag", (tag) => {
    if (stack.length >= MAX_DEPTH) fail(`elements nest more than ${MAX_DEPTH} deep`);
    const element: XmlElement = { name: tag.name, line: startLine, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: "" };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const addText = (text: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("error", (error) => fail(tidySaxesMessage(error.message)));
  const guarded = (step: () => void) => {
    try {
      step();
    } catch (error) {
      if (error instanceof XmlError) throw error;
      throw new XmlError(error instanceof Error ? tidySaxesMessage(error.message) : String(error), parser.line);
    }
  };
  return {
    write: (piece) => guarded(() => parser.write(piece)),
    close: () => {
      guarded(() => parser.close());
      if (!root) return fail("the file holds no XML element", 1);
      return root;
    },
  };
}

/** Reads a whole XML document at once (see `xmlReader`). */
export function parseXml(source: string): XmlElement {
  const reader = xmlReader();
  reader.write(source);
  return reader.close();
}

/** The text in pieces of about `size` characters, never splitting a surrogate pair. */
export function piecesOf(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + size);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end++;
    pieces.push(text.slice(i, end));
    i = end;
  }
  return pieces;
}

// saxes prefixes messages with "line:column: "; the line travels separately.
function tidySaxesMessage(message: string): string {
  return `the XML is malformed: ${message.replace(/^(?:[^:]*:)?\d+:\d+: /, "").replace(/\.$/, "")}`;
}

/** The first child element of this name. */
export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined => element?.children.find((c) => c.name === name);

/** Every child element of this name. */
export const childrenNamed = (element: XmlElement | undefined, name: string): XmlElement[] => element?.children.filter((c) => c.name === name) ?? [];

/**
 * Moodle's value of an element: the text of its `<text>` child when it has one (Moodle writes
 * both `<name><text>…</text></name>` and `<minimum>…</minimum>`), else its own text.
 */
export function textOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const inner = child(element, "text");
  return (inner ?? element).text;
}
