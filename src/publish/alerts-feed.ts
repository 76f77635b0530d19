/**
 * `/alerts.xml` and `/teams/<id>/alerts.xml`: an Atom feed (RFC 4287) with one entry per trigger
 * firing of the last 90 days. Written here rather than with the `feed` package: that package
 * writes every title and summary as `type="html"` CDATA (so text from the files would be HTML to
 * the reader unless escaped twice) and passes characters XML forbids into the document, which a
 * conforming reader must then reject. Every text element here is `type="text"`, escaped once.
 *
 * Deterministic: entry ids are URNs made of the organisation, KPI, trigger and period, so a feed
 * reader never shows one firing twice; `updated` values come from the data and the as-of date.
 */
import type { AlertReport, Firing } from '../core/alerts/alert-report.ts';
import { kebabCase } from '../core/names/kebab-case.ts';

import { pageUrl, type SiteUrls } from './site-urls.ts';

import { oneLine, xmlText } from './xml-text.ts';

/** What a feed is about: the whole organisation, or one team. */
export interface FeedScope {
  readonly organization: string;
  /** The team (its own KPIs and those shared with it), or null for all. */
  readonly team: { readonly id: string; readonly name: string } | null;
}

/** The firings a team's feed and calendar show: its own KPIs and those shared with it. */
export function concernsTeam(kpi: { team: string; sharedWith: readonly string[] }, team: string) {
  return kpi.team === team || kpi.sharedWith.includes(team);
}

/** The URN prefix of the organisation's ids. */
export function urnOf(organization: string): string {
  return `urn:plumbline:${kebabCase(organization) || 'organisation'}`;
}

/** The Atom feed of a report's recent firings. */
export function alertsFeed(report: AlertReport, scope: FeedScope, urls: SiteUrls): string {
  const firings = report.recent.filter(
    (f) => scope.team === null || concernsTeam(f.kpi, scope.team.id),
  );
  const urn = urnOf(scope.organization);
  const self = scope.team === null ? 'alerts.xml' : `teams/${scope.team.id}/alerts.xml`;
  const home = scope.team === null ? '' : `teams/${scope.team.id}/`;
  const title = `${oneLine(scope.organization)}${scope.team === null ? '' : ` — ${oneLine(scope.team.name)}`}: KPI alerts`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(`${urn}:alerts${scope.team === null ? '' : `:team:${scope.team.id}`}`)}</id>`,
    `  <title type="text">${xmlText(title)}</title>`,
    `  <subtitle type="text">Trigger firings of the last 90 days, as of ${report.asOf}.</subtitle>`,
    `  <updated>${report.asOf}T00:00:00Z</updated>`,
    `  <author><name>${xmlText(oneLine(scope.organization))}</name></author>`,
    `  <generator>Plumbline</generator>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(pageUrl(urls, home))}"/>`,
    ...(urls.site === null
      ? []
      : [
          `  <link rel="self" type="application/atom+xml" href="${xmlText(pageUrl(urls, self))}"/>`,
        ]),
  ];
  for (const f of firings) lines.push(...entry(f, urn, urls));
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** The entry title: "<KPI>: <condition> since <period>". */
export function firingTitle(f: Firing): string {
  return oneLine(`${f.kpi.name}: ${f.condition} since ${f.period}`);
}

/** The verdict and what to do, as plain lines (the entry's content, the issue's lead). */
export function firingLines(f: Firing): string[] {
  const latest =
    f.latest === null ? '' : ` The latest value is ${f.latest.value} (${f.latest.period}).`;
  const state = f.active ? 'It still holds.' : 'It no longer holds.';
  return [
    oneLine(`${f.kpi.name} (${f.kpi.id}): ${f.condition}, since ${f.period}. ${state}${latest}`),
    `Action: ${oneLine(f.action)}`,
    `Owner: ${f.owner === null ? 'none named' : oneLine(f.owner.name)}`,
    `Handled: ${
      f.handled
        ? `yes, on ${f.response!.date}: ${oneLine(f.response!.action)}`
        : f.response !== null
          ? `late, on ${f.response.date} (was due ${f.due}): ${oneLine(f.response.action)}`
          : `no (due ${f.due})`
    }`,
  ];
}

function entry(f: Firing, urn: string, urls: SiteUrls): string[] {
  // Updated when it was answered, else when its period ended: the entry changes only then.
  const updated = f.response !== null && f.response.date > f.end ? f.response.date : f.end;
  const link = pageUrl(urls, `kpis/${f.kpi.id}/`);
  return [
    '  <entry>',
    `    <id>${xmlText(`${urn}:alert:${f.kpi.id}:${f.trigger}:${f.period}`)}</id>`,
    `    <title type="text">${xmlText(firingTitle(f))}</title>`,
    `    <updated>${updated}T00:00:00Z</updated>`,
    `    <published>${f.end}T00:00:00Z</published>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(link)}"/>`,
    ...(f.owner === null
      ? []
      : [`    <author><name>${xmlText(oneLine(f.owner.name))}</name></author>`]),
    `    <category term="${xmlText(f.kpi.team)}"/>`,
    `    <content type="text">${xmlText([...firingLines(f), `Page: ${link}`].join('\n'))}</content>`,
    '  </entry>',
  ];
}
