/**
 * The organisations the whole-site tests build, by folder under the repository: the example,
 * and (once merged) an organisation built on public economic data.
 */
export const ORGANISATIONS = ['kpis'] as const;
