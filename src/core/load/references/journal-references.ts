import { KPI_WHERE, type ReferenceCheck } from './reference-check.ts';

/** journal/*.yaml: the KPIs each decision and action names. */
export function checkJournalReferences(check: ReferenceCheck): void {
  const { project, ctx, unknown } = check;
  for (const { file, entry } of project.journal) {
    for (const list of ['decisions', 'actions'] as const) {
      const named: readonly { readonly kpi: string }[] = entry[list];
      named.forEach(({ kpi }, j) => {
        if (!ctx.declaredKpis.has(kpi))
          unknown(
            project.locate(file, [list, j, 'kpi']),
            'kpi',
            kpi,
            'a KPI',
            ctx.declaredKpis,
            KPI_WHERE,
          );
      });
    }
  }
}
