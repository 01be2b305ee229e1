// What the production build (.next) sends to browsers: the client chunks, and each route's
// first-load JavaScript. `npm run build:report` prints the table the README quotes; the e2e suite
// and the benchmark read the same figures.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const buildDir = path.join(process.cwd(), '.next');

/** Every JavaScript file of the build that a browser may load. */
export function clientChunkFiles(): string[] {
  const dir = path.join(buildDir, 'static', 'chunks');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join(dir, name));
}

type RscManifest = { entryJSFiles?: Record<string, string[]>; clientModules?: Record<string, unknown> };

function pageManifests(dir = path.join(buildDir, 'server', 'app')): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('page_client-reference-manifest.js'))
    .map((name) => path.join(dir, name));
}

/** The route a page manifest belongs to, as a URL pattern: route groups like (app) are not in URLs. */
function routeOf(manifestFile: string): string {
  const relative = path.relative(path.join(buildDir, 'server', 'app'), path.dirname(manifestFile));
  const segments = relative.split(path.sep).filter((segment) => segment && !/^\(.*\)$/.test(segment));
  return `/${segments.join('/')}`;
}

function readManifest(file: string): RscManifest {
  // The manifest is a script assigning one object to globalThis.__RSC_MANIFEST[page]: its JSON is after the first '= '.
  const text = readFileSync(file, 'utf8');
  const json = text.slice(text.indexOf('= {') + 2).replace(/;\s*$/, '');
  return JSON.parse(json) as RscManifest;
}

export type RouteSize = { route: string; files: number; bytes: number; gzipBytes: number };

/** First-load JS of each page route: the root scripts every page loads plus its layouts' and page's entries. */
export function firstLoadJs(): RouteSize[] {
  const buildManifest = JSON.parse(readFileSync(path.join(buildDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
    polyfillFiles: string[];
  };
  const sizes = new Map<string, { bytes: number; gzipBytes: number }>();
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      const content = readFileSync(path.join(buildDir, file));
      size = { bytes: content.byteLength, gzipBytes: gzipSync(content).byteLength };
      sizes.set(file, size);
    }
    return size;
  };
  return pageManifests()
    .map((file) => {
      const entries = Object.values(readManifest(file).entryJSFiles ?? {}).flat();
      const files = new Set([...buildManifest.rootMainFiles, ...entries]);
      let bytes = 0;
      let gzipBytes = 0;
      for (const chunk of files) {
        const size = sizeOf(chunk);
        bytes += size.bytes;
        gzipBytes += size.gzipBytes;
      }
      return { route: routeOf(file), files: files.size, bytes, gzipBytes };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * The project's own client modules of each page route, as paths from the project root: the
 * components that run in the browser (the benchmark reads which messages they use).
 */
export function clientModulesByRoute(): Map<string, string[]> {
  const projectPath = (id: string) => id.replace(/#.*$/, '').replace(/^\[project\]\//, '').replace(`${process.cwd()}${path.sep}`, '');
  return new Map(
    pageManifests().map((file) => {
      const modules = Object.keys(readManifest(file).clientModules ?? {})
        .map(projectPath)
        .filter((module) => !module.startsWith('node_modules/') && !path.isAbsolute(module));
      return [routeOf(file), [...new Set(modules)]];
    }),
  );
}

export function routeSizeTable(rows: RouteSize[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return [
    '| route | first-load JS (KB) | gzipped (KB) |',
    '| --- | ---: | ---: |',
    ...rows.map((row) => `| \`${row.route}\` | ${kb(row.bytes)} | ${kb(row.gzipBytes)} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(routeSizeTable(firstLoadJs()));
}
