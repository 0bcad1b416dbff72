// The page builds its DOM with these helpers only. Text from the data becomes Text nodes
// (`append` with a string), attributes are set one by one, and links must be https: nothing
// from the data is ever parsed as HTML.

/** A child of `h`: a node, a string (made a Text node), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/**
 * An element with attributes and children. Strings become Text nodes; `null`, `undefined`
 * and `false` are skipped, as are attributes set to `undefined` or `false` (`true` sets an
 * empty attribute). Event-handler attributes are refused: use `addEventListener`.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number | boolean | undefined>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) throw new Error(`h: event handler attribute ${name}`);
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** Whether a text is an https URL: the only links to elsewhere the page and the prerendered pages make. */
export function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link to a source's publisher, or the bare text when the URL is not https (the data only has https URLs). */
export function externalLink(url: string, text: string): HTMLElement {
  return isHttps(url) ? h('a', { href: url, rel: 'noopener noreferrer external' }, text) : h('span', {}, text);
}
