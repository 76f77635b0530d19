import * as z from 'zod';
import { idSchema, personSchema } from './common.ts';

/** Cascade levels, from the top. */
export const TEAM_LEVELS = ['enterprise', 'function', 'team'] as const;

/** A team's cascade level. */
export type TeamLevel = (typeof TEAM_LEVELS)[number];

/** The number of each level: enterprise 1, function 2, team 3. */
export const LEVEL_NUMBER = { enterprise: 1, function: 2, team: 3 } as const satisfies Record<
  TeamLevel,
  number
>;

/** One node of the organisation tree. */
export const teamSchema = z.strictObject({
  id: idSchema,
  /** Display name. */
  name: z.string().trim().min(1).meta({ description: 'Display name.' }),
  /** Cascade level. */
  level: z
    .enum(TEAM_LEVELS)
    .meta({ description: 'Cascade level: enterprise (1), function (2) or team (3).' }),
  /** The team one level up; required except for the enterprise. */
  parent: idSchema
    .optional()
    .meta({ description: 'The id of the team one level up (not for the enterprise).' }),
  /** Who leads it. */
  lead: personSchema.optional(),
  /** GitHub team that reviews its KPI files, for CODEOWNERS. */
  github: z
    .string()
    .regex(/^@[A-Za-z0-9][\w.-]*(\/[\w.-]+)?$/)
    .optional()
    .meta({
      description: 'GitHub user or team that reviews this team’s KPI files, e.g. `@org/sales`.',
    }),
});

/** teams.yaml: the organisation tree as a list. */
export const teamsSchema = z.array(teamSchema).meta({
  title: 'Plumbline teams.yaml',
  description: 'The organisation tree, one entry per team.',
});

/** A parsed team. */
export type Team = z.output<typeof teamSchema>;
