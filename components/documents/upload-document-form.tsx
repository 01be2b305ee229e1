'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Controller, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { DocumentSummary } from '@/db/queries/documents';
import { documentKinds, documentLanguages, type DocumentLanguage } from '@/lib/documents/values';
import type { ActionResult } from '@/lib/action';
import { documentFileTypes } from '@/lib/documents/file-type';
import { documentRelations, uploadDocumentSchema } from '@/lib/documents/schemas';
import { ActionForm } from '../forms/action-form';
import { CheckboxField, FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button, ButtonLink } from '../ui/button';
import { SelectInput, TextInput } from '../ui/field';

/** One of the meeting's documents, as the "document it belongs to" choice shows it. */
export type ParentDocumentOption = Pick<DocumentSummary, 'id' | 'symbol' | 'language' | 'title' | 'isPublic'>;

type UploadDocumentFormProps = {
  meetingId: string;
  documents: ParentDocumentOption[];
  action: (input: z.input<typeof uploadDocumentSchema>) => Promise<ActionResult<DocumentSummary>>;
};

// What the browser offers to pick; the server decides from the bytes whatever the name says.
const accept = documentFileTypes.flatMap((type) => [...type.extensions.map((e) => `.${e}`), type.contentType]).join(',');

const fileInputClasses =
  'block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50 aria-[invalid=true]:text-red-800';

export function UploadDocumentForm({ meetingId, documents, action }: UploadDocumentFormProps) {
  const t = useTranslations('documents');
  const tCommon = useTranslations('common');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: uploadDocumentSchema,
    action,
    defaultValues: {
      meetingId,
      relation: 'new',
      parentId: '',
      kind: 'working',
      title: '',
      language: 'en',
      isPublic: false,
    },
    leavesOnSuccess: true,
    onSuccess: (document) => router.push(`/meetings/${meetingId}?notice=documentUploaded&symbol=${encodeURIComponent(document.symbol)}`),
  });
  const relation = useWatch({ control: form.control, name: 'relation' });
  const parentId = useWatch({ control: form.control, name: 'parentId' });
  const isNew = relation === 'new';
  const parent = isNew ? undefined : documents.find((d) => d.id === parentId);
  // A translation needs a language the document does not have yet: the others are shown but not offered.
  const takenLanguages = new Set<DocumentLanguage>(
    relation === 'translation' && parent ? documents.filter((d) => d.symbol === parent.symbol).map((d) => d.language) : [],
  );

  const languageOf = (language: DocumentLanguage) => t(`languages.${language}`);

  // Suggestions only, when the relation or the parent changes: the user may still change both fields.
  function suggestFromParent() {
    const chosen = documents.find((d) => d.id === form.getValues('parentId'));
    const chosenRelation = form.getValues('relation');
    if (!chosen || chosenRelation === 'new') return;
    // Another version of a document goes to whom the document went: a public paper's translation is public.
    form.setValue('isPublic', chosen.isPublic);
    // A revision, addendum or corrigendum is usually made from that text: same title, same language.
    // A translation has its own title, in a language the document lacks.
    if (chosenRelation !== 'translation' && !form.getValues('title')) {
      form.setValue('title', chosen.title);
      form.setValue('language', chosen.language);
    }
    if (chosenRelation === 'translation') {
      const taken = new Set(documents.filter((d) => d.symbol === chosen.symbol).map((d) => d.language));
      const free = documentLanguages.find((language) => !taken.has(language));
      if (free && taken.has(form.getValues('language'))) form.setValue('language', free);
    }
  }

  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="max-w-2xl space-y-5">
      <input type="hidden" {...form.register('meetingId')} />

      {documents.length > 0 && (
        <FormField name="relation" id="document-relation" label={t('relation')} hint={t('relationHint')} registerOptions={{ onChange: suggestFromParent }}>
          <SelectInput>
            {documentRelations.map((value) => (
              <option key={value} value={value}>
                {t(`relations.${value}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
      )}

      {isNew ? (
        <FormField name="kind" id="document-kind" label={t('kind')} hint={t('kindHint')}>
          <SelectInput>
            {documentKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
      ) : (
        <FormField
          name="parentId"
          id="document-parent"
          label={t('parent')}
          hint={relation === 'translation' ? undefined : t('parentHint')}
          registerOptions={{ onChange: suggestFromParent }}
        >
          <SelectInput>
            <option value="">{t('parentPlaceholder')}</option>
            {documents.map((document) => (
              <option key={document.id} value={document.id}>
                {document.symbol} ({languageOf(document.language)}) · {document.title}
              </option>
            ))}
          </SelectInput>
        </FormField>
      )}

      <FormField name="title" id="document-title" label={t('title')} hint={t('titleHint')}>
        <TextInput autoComplete="off" />
      </FormField>

      <FormField name="language" id="document-language" label={t('language')}>
        <SelectInput>
          {documentLanguages.map((language) => (
            <option key={language} value={language} disabled={takenLanguages.has(language)}>
              {languageOf(language)}
            </option>
          ))}
        </SelectInput>
      </FormField>

      <FormField name="file" id="document-file" label={t('file')} hint={t('fileHint')}>
        {(aria) => (
          <Controller
            control={form.control}
            name="file"
            render={({ field: { name, ref, onBlur, onChange } }) => (
              // A file input cannot be given a value, only read: react-hook-form holds the chosen File.
              <input
                {...aria}
                type="file"
                name={name}
                ref={ref}
                accept={accept}
                onBlur={onBlur}
                onChange={(event) => onChange(event.target.files?.[0])}
                className={fileInputClasses}
              />
            )}
          />
        )}
      </FormField>

      <CheckboxField name="isPublic" id="document-public" label={t('isPublic')} hint={t('isPublicHint')} />

      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('uploading')}>
          {t('submit')}
        </Button>
        <ButtonLink variant="secondary" href={`/meetings/${meetingId}`}>
          {tCommon('cancel')}
        </ButtonLink>
      </div>
    </ActionForm>
  );
}
