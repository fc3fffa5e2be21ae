import { knownTimeZone } from './time-zone.ts';

/** Attributes of an element made by `h`: plain attributes, `on…` listeners, and a few properties. */
export type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/**
 * Makes an element: `h('button', { type: 'button', onclick: go }, 'Save')`. Text children are
 * text nodes, never HTML, so nothing from the server or a posting can become markup.
 *
 * @example
 * document.body.append(h('p', { class: 'note' }, 'Saved ', h('strong', {}, title)));
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'value' && 'value' in element) (element as HTMLInputElement).value = String(value);
    else if (name === 'checked' && 'checked' in element) (element as HTMLInputElement).checked = Boolean(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent` with `children`. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * A date as a person reads it, in their locale and in the server's zone (`JOBPILOT_TIME_ZONE`,
 * the one Alerts and Reminders use) once known, else the browser's; a time carries the zone
 * in its tooltip.
 */
export const formatDate = (iso: string | null | undefined, withTime = false): string => {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  const timeZone = knownTimeZone();
  try {
    return date.toLocaleString(undefined, timeZone ? { ...options, timeZone } : options);
  } catch {
    // A zone this browser does not know: the browser's own.
    return date.toLocaleString(undefined, options);
  }
};

/** "Times in America/Toronto": the label beside a list of times, once the server's zone is known. */
export const zoneLabel = (): string => {
  const timeZone = knownTimeZone();
  return timeZone ? `Times in ${timeZone}` : '';
};

/** Sets the live status line screen readers announce. */
export function announce(message: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}
