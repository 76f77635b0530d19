import * as z from 'zod';
import { personSchema } from './common.ts';

/**
 * A GitHub login: 1–39 letters, digits or single hyphens, not starting or ending with a hyphen
 * (GitHub's own rule for user names). Written without the `@`.
 */
export const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** One person: matched by name wherever a file names an owner, a lead or a journal owner. */
export const personEntrySchema = z.strictObject({
  /** The name, exactly as the other files write it. */
  name: personSchema.meta({
    description: 'The name, exactly as KPI owners, team leads and journal entries write it.',
  }),
  /** GitHub login, without `@`: assigned to alert issues and used by `plumbline codeowners`. */
  github: z.string().regex(GITHUB_LOGIN).optional().meta({
    description:
      'GitHub login without `@`, e.g. `leewong`: assigned to alert issues, and the CODEOWNERS handle of the teams this person leads when the team has no `github:`.',
  }),
  /** E-mail address, shown with alerts. */
  email: z.email().optional().meta({ description: 'E-mail address, e.g. `lee@example.com`.' }),
});

/** people.yaml: who is who, as a list. */
export const peopleSchema = z.array(personEntrySchema).meta({
  title: 'Plumbline people.yaml',
  description:
    'Who is who: one entry per person named as an owner or lead, with a GitHub login and an e-mail address for alerts.',
});

/** A parsed person. */
export type Person = z.output<typeof personEntrySchema>;
