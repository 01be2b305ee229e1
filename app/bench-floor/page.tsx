import { notFound } from 'next/navigation';
import { connection } from 'next/server';

// The benchmark's framework floor (see bench/ and the README's Benchmark section): a few lines
// rendered per request with no database work, under the same root layout and proxy as every other
// page, so what a page costs beyond it is its own work. It exists only while `next start` runs with
// BENCH_FLOOR=1; the words are never shown to anyone else, so they are not in the message catalog.
export default async function BenchmarkFloorPage() {
  // Read at request time: without it the page would be prerendered, with the build's environment.
  await connection();
  if (process.env.BENCH_FLOOR !== '1') notFound();
  const renderedAt = new Date();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-lg font-semibold">Framework floor</h1>
      <p>Rendered at {renderedAt.toISOString()}.</p>
      <p>Process uptime: {Math.round(process.uptime())} s.</p>
    </main>
  );
}
