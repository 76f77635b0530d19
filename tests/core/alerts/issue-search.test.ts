import { describe, expect, it } from 'vitest';
import { alertReport } from '../../../src/core/alerts/alert-report.ts';
import { issueTitle } from '../../../src/core/alerts/issue-body.ts';
import { alertTitle, issueSearchUrl } from '../../../src/core/alerts/issue-search.ts';
import { computeProject } from '../../../src/core/pipeline.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import { ALERT_AS_OF, alertFiles } from '../../helpers/alert-files.ts';

describe('the site’s link to an alert issue', () => {
  it('searches for the title sync gives the issue, built from the model as the KPI page has it', () => {
    const computed = computeProject(alertFiles(), parseDay(ALERT_AS_OF)!);
    const kpi = computed.model.kpis.find((k) => k.id === 'leads')!;
    const [alert] = kpi.alerts;
    const fromModel = alertTitle(
      kpi.name,
      kpi.triggerDefinitions[alert!.trigger]!.when,
      alert!.since,
    );
    expect(fromModel).toBe(issueTitle(alertReport(computed.analysis).active[0]!));
    const url = new URL(
      issueSearchUrl({ server: 'https://github.com/', name: 'acme/kpis' }, fromModel),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/acme/kpis/issues');
    expect(url.searchParams.get('q')).toBe(
      'is:issue label:kpi-alert in:title "Qualified leads: below 10 since 2026-05"',
    );
  });

  it('drops double quotes, which would end the phrase, and encodes the rest', () => {
    const url = issueSearchUrl({ server: 'https://ghe.example.com', name: 'o/r' }, 'A "b" & c#d');
    expect(url).toBe(
      `https://ghe.example.com/o/r/issues?q=${encodeURIComponent('is:issue label:kpi-alert in:title "A b & c#d"')}`,
    );
  });
});
