/**
 * `/reviews.ics` and `/teams/<id>/reviews.ics`: an iCalendar (RFC 5545) of all-day events — each
 * KPI's next review (its `review` cadence after its latest journal decision, or its `introduced`
 * date; an overdue one on the as-of date), each KPI's target date, and (organisation-wide) each
 * goal's deadline. UIDs name the thing, not the date, so a calendar moves an event when its date
 * changes; DTSTAMP comes from the data (the decision the review follows; 1970-01-01 otherwise), so
 * it is the same in every build until the data changes.
 */
import type { AlertReport, ReviewDue } from '../core/alerts/alert-report.ts';
import type { ModelJson } from '../core/model/model.ts';
import { parseDay, formatDay } from '../core/period/period.ts';

import { concernsTeam, type FeedScope } from './alerts-feed.ts';

import { icalDate, icalDocument, icalText } from './ical-text.ts';

import { pageUrl, type SiteUrls } from './site-urls.ts';

import { oneLine } from './xml-text.ts';

import { kebabCase } from '../core/names/kebab-case.ts';

interface CalendarEvent {
  readonly uid: string;
  readonly day: string;
  readonly stamp: string;
  readonly summary: string;
  readonly description: string;
  readonly path: string;
}

const EPOCH = '1970-01-01';

/** The calendar of a report's review schedule and the model's targets and deadlines. */
export function reviewsCalendar(
  report: AlertReport,
  model: ModelJson,
  scope: FeedScope,
  urls: SiteUrls,
): string {
  const domain = `${kebabCase(scope.organization) || 'organisation'}.plumbline`;
  const events: CalendarEvent[] = [];
  const inScope = (k: { team: string; sharedWith: readonly string[] }) =>
    scope.team === null || concernsTeam(k, scope.team.id);
  for (const r of report.schedule) if (inScope(r.kpi)) events.push(reviewEvent(r, report.asOf));
  for (const k of model.kpis) {
    if (k.lifecycle !== 'active' || k.target === null || !inScope(k)) continue;
    events.push({
      uid: `target-${k.id}`,
      day: k.target.date,
      stamp: k.introduced ?? EPOCH,
      summary: `Target: ${k.name} at ${k.target.value}${unitSuffix(k.unit)}`,
      description: `${k.name} (${k.id}) is planned to reach ${k.target.value}${unitSuffix(k.unit)} by ${k.target.date}. Owner: ${k.owner ?? 'none named'}.`,
      path: `kpis/${k.id}/`,
    });
  }
  if (scope.team === null) {
    for (const g of model.goals) {
      if (g.deadline === null) continue;
      events.push({
        uid: `goal-${g.id}`,
        day: g.deadline,
        stamp: EPOCH,
        summary: `Goal deadline: ${g.title}`,
        description: `${g.statement ?? g.title}. Owner: ${g.owner ?? 'none named'}.`,
        path: `goals/${g.id}/`,
      });
    }
  }
  events.sort((a, b) => (a.day !== b.day ? (a.day < b.day ? -1 : 1) : a.uid < b.uid ? -1 : 1));
  const name = `${oneLine(scope.organization)}${scope.team === null ? '' : ` — ${oneLine(scope.team.name)}`}: KPI reviews`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Plumbline//KPI reviews//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(name)}`,
  ];
  for (const e of events) {
    const url = pageUrl(urls, e.path);
    const next = formatDay(parseDay(e.day)! + 1);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}@${domain}`,
      `DTSTAMP:${icalDate(e.stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${icalDate(e.day)}`,
      `DTEND;VALUE=DATE:${icalDate(next)}`,
      `SUMMARY:${icalText(oneLine(e.summary))}`,
      `DESCRIPTION:${icalText(`${oneLine(e.description)}\n${url}`)}`,
      // URL is a URI: only an absolute address is one.
      ...(urls.site === null ? [] : [`URL:${url}`]),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return icalDocument(lines);
}

function reviewEvent(r: ReviewDue, asOf: string): CalendarEvent {
  // An overdue review is shown on the as-of date: a date in the past is one nobody sees.
  const day = r.due === null || r.due < asOf ? asOf : r.due;
  const when =
    r.last === null
      ? 'It has no review on record.'
      : `Last reviewed (or introduced) on ${r.last}; due ${r.due!}${r.overdue ? ', overdue' : ''}.`;
  return {
    uid: `review-${r.kpi.id}`,
    day,
    stamp: r.last ?? EPOCH,
    summary: `${r.overdue ? 'Overdue review' : 'Review'}: ${r.kpi.name}`,
    description: `${r.cadence} review of ${r.kpi.name} (${r.kpi.id}): keep, modify or retire it, and record the decision in the journal. ${when} Owner: ${r.owner?.name ?? 'none named'}.`,
    path: `kpis/${r.kpi.id}/`,
  };
}

function unitSuffix(unit: string): string {
  return unit === 'count' || unit === '' ? '' : ` ${unit}`;
}
