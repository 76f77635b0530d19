import { alertReport } from '../core/alerts/alert-report.ts';
import type { Computed } from '../core/pipeline.ts';
import { alertsFeed, type FeedScope } from './alerts-feed.ts';
import { reviewsCalendar } from './reviews-calendar.ts';
import type { SiteUrls } from './site-urls.ts';

/** A file of the site, by its path under the output folder. */
export interface SiteFile {
  readonly path: string;
  readonly text: string;
}

/**
 * The feeds and calendars of a site: `alerts.xml` and `reviews.ics` for the organisation, and the
 * same under `teams/<id>/` for each team. Pure and deterministic: the same files and as-of date
 * give byte-identical files.
 */
export function alertSiteFiles(computed: Computed, urls: SiteUrls): SiteFile[] {
  const report = alertReport(computed.analysis);
  const { model } = computed;
  const scopes: { dir: string; scope: FeedScope }[] = [
    { dir: '', scope: { organization: model.organization, team: null } },
    ...model.teams.map((t) => ({
      dir: `teams/${t.id}/`,
      scope: { organization: model.organization, team: { id: t.id, name: t.name } },
    })),
  ];
  return scopes.flatMap(({ dir, scope }) => [
    { path: `${dir}alerts.xml`, text: alertsFeed(report, scope, urls) },
    { path: `${dir}reviews.ics`, text: reviewsCalendar(report, model, scope, urls) },
  ]);
}
