import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';

/**
 * Test helpers: parse markup as strict XML (any warning fails, so a stray `&` or an unclosed tag does) and
 * walk the result. Pages put the SVG inline in HTML, but keeping it well-formed XML means the same string
 * also works as a standalone .svg file.
 */
export function parseXml(markup: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(markup, 'text/xml');
}

export function elements(root: Document | Element, tag?: string): Element[] {
  return Array.from(root.getElementsByTagName(tag ?? '*'));
}

export function childElements(parent: Element, tag?: string): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (!tag || (n as Element).tagName === tag));
}
