import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { InterchangeError } from '../errors';

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Parses XML text; a malformed file is an InterchangeError, not a half-read tree. */
export function parseXml(text: string): Element {
  let problem: string | undefined;
  let root: Element | null = null;
  try {
    root = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning' && problem === undefined) problem = message.split('\n')[0];
      },
    }).parseFromString(text, 'text/xml').documentElement;
  } catch (error) {
    problem ??= error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  if (problem !== undefined || !root) throw new InterchangeError('not-xml', `the file is not well-formed XML (${problem ?? 'no root element'})`);
  return root;
}

export function elementChildren(node: Node): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

export function child(node: Node, name: string): Element | undefined {
  return elementChildren(node).find((e) => e.localName === name);
}

export function children(node: Node, name: string): Element[] {
  return elementChildren(node).filter((e) => e.localName === name);
}

/** The first descendant with that local name, depth first. */
export function descendant(node: Node, name: string): Element | undefined {
  for (const e of elementChildren(node)) {
    if (e.localName === name) return e;
    const found = descendant(e, name);
    if (found) return found;
  }
  return undefined;
}

export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
}
