import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdoptedTextArchive } from '@/components/statements/adoption/adopted-text-archive';
import { PageHeader } from '@/components/ui/page-header';
import { programmeName } from '@/lib/config';
import { requireActor } from '@/lib/session';
import { findAdoptedTexts } from '@/lib/statements/find-adopted-texts';
import { findAdoptedTextsSchema } from '@/lib/statements/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adoptedTexts'))('title') };
}

// The same archive inside the app, whose texts and meetings open on their working pages.
export default async function AdoptedTextsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireActor();
  const input = findAdoptedTextsSchema.parse(await searchParams);
  const [page, t] = await Promise.all([findAdoptedTexts({ input }), getTranslations('adoptedTexts')]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { programme: programmeName })} />
      <AdoptedTextArchive page={page} input={input} path="/statements" isPublic={false} />
    </>
  );
}
