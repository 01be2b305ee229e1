'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import type { Project } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { createProjectSchema, updateProjectSchema } from '@/lib/programme/schemas';
import { fundingSources, projectStatuses } from '@/lib/programme/values';
import { ActionForm } from '../forms/action-form';
import { FormField, useFieldError } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button, ButtonLink } from '../ui/button';
import { SelectInput, TextArea, TextInput } from '../ui/field';

type Option = { id: string; name: string };

type ProjectChoices = {
  areas: Option[];
  parties: (Option & { code: string })[];
};

type ProjectFormProps = ProjectChoices & {
  action: (input: z.input<typeof createProjectSchema>) => Promise<ActionResult<Project>>;
};

/** The secretariat's new project: on success, its page. */
export function ProjectForm({ areas, parties, action }: ProjectFormProps) {
  const t = useTranslations('programme');
  const tc = useTranslations('common');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: createProjectSchema,
    action,
    defaultValues: {
      code: '',
      title: '',
      areaId: '',
      status: 'proposed',
      leadPartyId: '',
      partnerPartyIds: [],
      implementingPartners: '',
      startDate: '',
      endDate: '',
      budgetAmount: '',
      budgetCurrency: '',
      fundingSource: 'core_fund',
      summary: '',
      expectedOutputs: '',
    },
    leavesOnSuccess: true,
    onSuccess: (project) => router.push(`/programme/projects/${project.id}?notice=created`),
  });

  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="max-w-3xl space-y-5">
      <ProjectFields areas={areas} parties={parties} hasStatus />
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('creatingProject')}>
          {t('createProject')}
        </Button>
        <ButtonLink href="/programme" variant="secondary">
          {tc('cancel')}
        </ButtonLink>
      </div>
    </ActionForm>
  );
}

type EditProjectFormProps = ProjectChoices & {
  defaultValues: z.input<typeof updateProjectSchema>;
  action: (input: z.input<typeof updateProjectSchema>) => Promise<ActionResult<Project>>;
};

/** An edit of a project at the version the form shows: a save over a newer one is refused, not merged. */
export function EditProjectForm({ areas, parties, defaultValues, action }: EditProjectFormProps) {
  const t = useTranslations('programme');
  const tc = useTranslations('common');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: updateProjectSchema,
    action,
    defaultValues,
    leavesOnSuccess: true,
    onSuccess: (project) => router.push(`/programme/projects/${project.id}?notice=saved`),
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="max-w-3xl space-y-5">
      <input type="hidden" {...form.register('projectId')} />
      <input type="hidden" {...form.register('version')} />
      <ProjectFields areas={areas} parties={parties} />
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={tc('saving')}>
          {t('saveProject')}
        </Button>
        <ButtonLink href={`/programme/projects/${defaultValues.projectId}`} variant="secondary">
          {tc('cancel')}
        </ButtonLink>
      </div>
    </ActionForm>
  );
}

/** The project's fields, the same for a new project and an edit; the status moves by its own steps once the project exists. */
function ProjectFields({ areas, parties, hasStatus = false }: ProjectChoices & { hasStatus?: boolean }) {
  const t = useTranslations('programme');
  const { register } = useFormContext();
  const partnersError = useFieldError('partnerPartyIds');
  return (
    <>
      <div className="grid gap-4 md:grid-cols-[1fr_3fr]">
        <FormField name="code" label={t('code')} hint={t('codeHint')}>
          <TextInput autoCapitalize="characters" />
        </FormField>
        <FormField name="title" label={t('projectTitle')}>
          <TextInput />
        </FormField>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField name="areaId" label={t('area')}>
          <SelectInput>
            <option value="">{t('chooseArea')}</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </SelectInput>
        </FormField>
        {hasStatus && (
          <FormField name="status" label={t('status')}>
            <SelectInput>
              {projectStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`statuses.${status}`)}
                </option>
              ))}
            </SelectInput>
          </FormField>
        )}
      </div>
      <FormField name="leadPartyId" label={t('lead')}>
        <SelectInput>
          <option value="">{t('none')}</option>
          {parties.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name}
            </option>
          ))}
        </SelectInput>
      </FormField>
      <fieldset aria-describedby={partnersError ? 'partners-error' : undefined}>
        <legend className="mb-1.5 text-sm font-medium text-slate-800">{t('partners')}</legend>
        <div className="grid gap-1.5 sm:grid-cols-2">
          {parties.map((party) => (
            <label key={party.id} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" value={party.id} className="size-4 accent-brand-700" {...register('partnerPartyIds')} />
              {party.name}
            </label>
          ))}
        </div>
        {partnersError && (
          <p id="partners-error" className="mt-1 text-sm text-red-700">
            {partnersError}
          </p>
        )}
      </fieldset>
      <FormField name="implementingPartners" label={t('implementingPartners')}>
        <TextInput />
      </FormField>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField name="startDate" label={t('startDate')}>
          <TextInput type="date" />
        </FormField>
        <FormField name="endDate" label={t('endDate')}>
          <TextInput type="date" />
        </FormField>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <FormField name="budgetAmount" label={t('budgetAmount')} hint={t('amountHint')}>
          <TextInput inputMode="decimal" />
        </FormField>
        <FormField name="budgetCurrency" label={t('budgetCurrency')} hint={t('currencyHint')}>
          <TextInput autoCapitalize="characters" maxLength={3} />
        </FormField>
        <FormField name="fundingSource" label={t('fundingSource')}>
          <SelectInput>
            {fundingSources.map((source) => (
              <option key={source} value={source}>
                {t(`fundingSources.${source}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
      </div>
      <FormField name="summary" label={t('summary')}>
        <TextArea rows={3} />
      </FormField>
      <FormField name="expectedOutputs" label={t('expectedOutputs')}>
        <TextArea rows={3} />
      </FormField>
    </>
  );
}
