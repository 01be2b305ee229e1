import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The message catalog as next-intl holds it: namespaces of (nested) messages. */
export type Catalog = Record<string, unknown>;

function leaves(value: unknown): [key: string, text: string][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => (typeof child === 'string' ? [[key, child] as [string, string]] : leaves(child)));
}

/**
 * The text of the RSC payload that Next inlines in a page's HTML (`self.__next_f.push([1, "..."])`):
 * what the browser receives as props of client components, the message catalog included.
 */
export function inlinePayload(html: string): string {
  const pushes = html.matchAll(/self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)/g);
  return [...pushes].map((match) => (JSON.parse(match[1]!) as [number, string])[1]).join('');
}

export type CarriedMessages = {
  /** Namespaces passed to the client: the payload holds the namespace's object (`"ns":{"firstKey":`). */
  namespaces: string[];
  /** Messages of the catalog found in the payload, of all it has, and their size there (as `"key":"text"`). */
  messages: number;
  catalogMessages: number;
  bytes: number;
};

/** Which of the catalog's messages a page's payload carries, found as the JSON of each `"key":"text"`. */
export function carriedMessages(payload: string, catalog: Catalog): CarriedMessages {
  const namespaces: string[] = [];
  let messages = 0;
  let catalogMessages = 0;
  let bytes = 0;
  for (const [namespace, entries] of Object.entries(catalog)) {
    const pairs = leaves(entries).map(([key, text]) => `${JSON.stringify(key)}:${JSON.stringify(text)}`);
    const found = pairs.filter((pair) => payload.includes(pair));
    messages += found.length;
    catalogMessages += pairs.length;
    bytes += found.reduce((sum, pair) => sum + Buffer.byteLength(pair), 0);
    // Matched by the namespace's own opening rather than by its messages: namespaces share some
    // messages word for word ("timetable":"Timetable"), which a page's own text may carry too.
    const [firstKey] = Object.keys((entries ?? {}) as object);
    if (firstKey && payload.includes(`${JSON.stringify(namespace)}:{${JSON.stringify(firstKey)}:`)) namespaces.push(namespace);
  }
  return { namespaces, messages, catalogMessages, bytes };
}

/** The TypeScript files under a folder of the project, at any depth. */
export function sourceFilesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return sourceFilesUnder(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

// Imports that stay in the bundle (type-only ones are erased), of project files.
const importPattern = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
// Modules loaded lazily (next/dynamic, import()) belong to the page too: their messages are used.
const dynamicImportPattern = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const sourceExtensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? path.join(path.dirname(fromFile), specifier)
      : undefined;
  if (base === undefined) return undefined;
  return sourceExtensions.map((extension) => `${base}${extension}`).find((file) => /\.tsx?$/.test(file) && existsSync(file));
}

/** The namespaces a source file reads: useTranslations('ns'), or t('ns.key') from a root useTranslations(). */
export function namespacesUsedBy(source: string, namespaces: readonly string[]): string[] {
  const used = new Set<string>();
  for (const match of source.matchAll(/useTranslations\(\s*['"`]([\w-]+)/g)) used.add(match[1]!);
  if (/useTranslations\(\s*\)/.test(source)) {
    for (const match of source.matchAll(/\bt\(\s*['"`]([\w-]+)\./g)) used.add(match[1]!);
  }
  return namespaces.filter((namespace) => used.has(namespace));
}

/**
 * The project's source files that client modules bring to the browser: the modules and everything
 * they import from the project. A server actions module ('use server') reaches the browser as a
 * reference only, so its imports are not followed. Files that `skip` names are left out with all
 * they alone import.
 */
export function clientSourceFiles(clientModules: readonly string[], skip: (file: string) => boolean = () => false): string[] {
  const seen = new Set<string>();
  const queue = [...clientModules];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file) || skip(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    if (/^\s*['"]use server['"]/.test(source)) continue;
    for (const match of [...source.matchAll(importPattern), ...source.matchAll(dynamicImportPattern)]) {
      const imported = resolveImport(file, match[1]!);
      if (imported) queue.push(imported);
    }
  }
  return [...seen];
}

/**
 * The namespaces the client components of a route use: its client modules (from the build) and
 * everything they import from the project, read as source. A namespace named only through a
 * variable is missed; that errs towards calling a namespace unused, which the report names.
 */
export function clientNamespaces(clientModules: readonly string[], namespaces: readonly string[]): string[] {
  const used = new Set(clientSourceFiles(clientModules).flatMap((file) => namespacesUsedBy(readFileSync(file, 'utf8'), namespaces)));
  return namespaces.filter((namespace) => used.has(namespace));
}
