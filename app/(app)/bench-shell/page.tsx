import { notFound } from 'next/navigation';
import { connection } from 'next/server';

// The benchmark's signed-in shell (see bench/ and the README's Benchmark section): the framework
// floor's few lines inside the signed-in layout, which reads the session and the account and renders
// the header and navigation, as every signed-in page does before its own content. What a page costs
// beyond it is its content alone. It exists only while `next start` runs with BENCH_FLOOR=1; the words
// are never shown to anyone else, so they are not in the message catalog.
export default async function BenchmarkShellPage() {
  await connection();
  if (process.env.BENCH_FLOOR !== '1') notFound();
  const renderedAt = new Date();
  return (
    <>
      <h1 className="text-lg font-semibold">Signed-in shell</h1>
      <p>Rendered at {renderedAt.toISOString()}.</p>
      <p>Process uptime: {Math.round(process.uptime())} s.</p>
    </>
  );
}
