import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdoptedTextArchive } from '@/components/statements/adoption/adopted-text-archive';
import { PageHeader } from '@/components/ui/page-header';
import { programmeName } from '@/lib/config';
import { findAdoptedTexts } from '@/lib/statements/find-adopted-texts';
import { findAdoptedTextsSchema } from '@/lib/statements/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adoptedTexts'))('title') };
}

// Where anyone, signed out, finds and searches what the programme's meetings adopted and published.
export default async function PublicAdoptedTextsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const input = findAdoptedTextsSchema.parse(await searchParams);
  const [page, t] = await Promise.all([findAdoptedTexts({ input }), getTranslations('adoptedTexts')]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { programme: programmeName })} />
      <AdoptedTextArchive page={page} input={input} path="/public/statements" isPublic />
    </>
  );
}
