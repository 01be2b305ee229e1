'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import type { ProgrammeArea } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { createAreaSchema, type restoreAreaSchema, type retireAreaSchema } from '@/lib/programme/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useAction } from '../forms/use-action';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextArea, TextInput } from '../ui/field';

type AreaFormProps = { action: (input: z.input<typeof createAreaSchema>) => Promise<ActionResult<ProgrammeArea>> };

export function AreaForm({ action }: AreaFormProps) {
  const t = useTranslations('programme');
  const router = useRouter();
  const [isAdded, setIsAdded] = useState(false);
  const empty = { code: '', name: '', description: '' };
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: createAreaSchema,
    action,
    defaultValues: empty,
    onSuccess: () => {
      setIsAdded(true);
      form.reset(empty);
      router.refresh();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} onChange={() => setIsAdded(false)} failure={failure} className="space-y-4">
      {isAdded && <Alert tone="success">{t('areaAdded')}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        <FormField name="code" id="area-code" label={t('areaCode')} hint={t('areaCodeHint')}>
          <TextInput />
        </FormField>
        <FormField name="name" id="area-name" label={t('areaName')}>
          <TextInput />
        </FormField>
      </div>
      <FormField name="description" id="area-description" label={t('areaDescription')}>
        <TextArea rows={2} />
      </FormField>
      <Button type="submit" variant="secondary" isPending={isPending} pendingLabel={t('addingArea')}>
        {t('addArea')}
      </Button>
    </ActionForm>
  );
}

type RetireAreaButtonProps = {
  area: Pick<ProgrammeArea, 'id' | 'name'>;
  action: (input: z.input<typeof retireAreaSchema>) => Promise<ActionResult<ProgrammeArea>>;
};

export function RetireAreaButton({ area, action }: RetireAreaButtonProps) {
  const t = useTranslations('programme');
  const router = useRouter();
  const { run, failure, clearFailure } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <ActionDialog
      triggerLabel={t('retire')}
      triggerAriaLabel={t('retireArea', { name: area.name })}
      triggerVariant="ghost"
      title={t('retireTitle')}
      body={t('retireBody')}
      confirmLabel={t('retire')}
      failure={failure}
      onOpen={clearFailure}
      onConfirm={() => run({ areaId: area.id })}
    />
  );
}

type RestoreAreaButtonProps = {
  area: Pick<ProgrammeArea, 'id' | 'name'>;
  action: (input: z.input<typeof restoreAreaSchema>) => Promise<ActionResult<ProgrammeArea>>;
};

// Not confirmed first, unlike retiring: restoring takes nothing away and is undone by retiring again.
export function RestoreAreaButton({ area, action }: RestoreAreaButtonProps) {
  const t = useTranslations('programme');
  const router = useRouter();
  const { run, failure, isPending } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-2">
      <ActionFailureAlert failure={failure} />
      <Button variant="ghost" isPending={isPending} aria-label={t('restoreArea', { name: area.name })} onClick={() => void run({ areaId: area.id })}>
        {t('restore')}
      </Button>
    </div>
  );
}
