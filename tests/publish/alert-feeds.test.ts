import { DOMParser, type Element } from '@xmldom/xmldom';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertSiteFiles } from '../../src/publish/alert-site-files.ts';
import { foldLine, icalText } from '../../src/publish/ical-text.ts';
import { computeProject } from '../../src/core/pipeline.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { ALERT_AS_OF, alertFiles } from '../helpers/alert-files.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const HOSTILE = {
  name: 'Leads <script>alert(1)</script> ]]> & “Ünïcødé” 販売リード数 🚀🚀 \u0001',
  action: 'Call @everyone <!channel> <http://evil.example|click>\r\nBCC: x; y, z \\ end',
  owner: 'Zoë 張 <b>',
};

function files(
  texts = {},
  urls = { base: '/org/', site: 'https://kpi.example.org' as string | null },
) {
  const computed = computeProject(alertFiles({}, texts), parseDay(ALERT_AS_OF)!);
  expect(computed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return new Map(alertSiteFiles(computed, urls).map((f) => [f.path, f.text]));
}

/** Parses XML strictly: any warning or error fails. */
function parseXml(text: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, 'application/xml');
}

const children = (el: Element, name: string) =>
  Array.from(el.getElementsByTagNameNS(ATOM, name)).filter((c) => c.parentNode === el);
const text = (el: Element, name: string) => children(el, name)[0]?.textContent ?? null;

describe('alerts.xml (Atom)', () => {
  it('is well-formed Atom with the required elements and one entry per recent firing', () => {
    const doc = parseXml(files().get('alerts.xml')!);
    const feed = doc.documentElement!;
    expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, 'feed']);
    // RFC 4287 §4.1.1: id, title, updated; author on the feed since entries may lack one.
    expect(text(feed, 'id')).toBe('urn:plumbline:acme:alerts');
    expect(text(feed, 'updated')).toBe('2026-06-15T00:00:00Z');
    expect(children(feed, 'author')).toHaveLength(1);
    const self = children(feed, 'link').find((l) => l.getAttribute('rel') === 'self')!;
    expect(self.getAttribute('href')).toBe('https://kpi.example.org/org/alerts.xml');
    const entries = children(feed, 'entry');
    // Firings of the last 90 days as of 2026-06-15: May's only (alert-files.ts).
    expect(entries.map((e) => text(e, 'id'))).toEqual(['urn:plumbline:acme:alert:leads:0:2026-05']);
    const [e] = entries;
    expect(text(e!, 'title')).toBe('Qualified leads: below 10 since 2026-05');
    expect(children(e!, 'title')[0]!.getAttribute('type')).toBe('text');
    expect(text(e!, 'updated')).toBe('2026-05-31T00:00:00Z');
    expect(children(e!, 'link')[0]!.getAttribute('href')).toBe(
      'https://kpi.example.org/org/kpis/leads/',
    );
    const content = text(e!, 'content')!;
    expect(content).toContain('Action: Run a lead audit');
    expect(content).toContain('Owner: Lee Wong');
    expect(content).toContain('Handled: no (due 2026-06-14)');
    expect(content).toContain('The latest value is 9 (2026-05).');
  });

  it('gives the team feeds their own and shared KPIs', () => {
    const all = files();
    const ids = (p: string) =>
      children(parseXml(all.get(p)!).documentElement!, 'entry').map((e) => text(e, 'id'));
    // leads is owned by sales and shared with acme.
    expect(ids('teams/sales/alerts.xml')).toHaveLength(1);
    expect(ids('teams/acme/alerts.xml')).toHaveLength(1);
    expect(text(parseXml(all.get('teams/sales/alerts.xml')!).documentElement!, 'id')).toBe(
      'urn:plumbline:acme:alerts:team:sales',
    );
  });

  it('keeps hostile text as text, drops characters XML forbids, same ids', () => {
    const xml = files(HOSTILE).get('alerts.xml')!;
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<!channel>');
    // XML 1.0 forbids these even escaped (xmldom does not check it, so the test does).
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const e = children(parseXml(xml).documentElement!, 'entry')[0]!;
    expect(text(e, 'id')).toBe('urn:plumbline:acme:alert:leads:0:2026-05');
    // The parsed title is the name as written, text not markup; the control character and the
    // space before it became one space.
    expect(text(e, 'title')).toBe(
      'Leads <script>alert(1)</script> ]]> & “Ünïcødé” 販売リード数 🚀🚀 : below 10 since 2026-05',
    );
    expect(text(e, 'content')).toContain(
      'Action: Call @everyone <!channel> <http://evil.example|click> BCC: x; y, z \\ end',
    );
    expect(text(children(e, 'author')[0]!, 'name')).toBe('Zoë 張 <b>');
  });

  it('is byte-identical across builds, and uses base paths without a site URL', () => {
    expect(files()).toEqual(files());
    const local = files({}, { base: '/', site: null }).get('alerts.xml')!;
    expect(local).toContain('href="/kpis/leads/"');
    expect(local).not.toContain('rel="self"');
  });
});

/** The octet length of a line. */
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('reviews.ics (iCalendar)', () => {
  it('parses strictly into the next review, the target date and the goal deadline', () => {
    const ics = files().get('reviews.ics')!;
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(
      events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate, e.summary]),
    ).toEqual([
      // The review was due 2026-05-13 (Feb 10 + 92 days): overdue, shown on the as-of date.
      ['review-leads@acme.plumbline', '2026-06-15', true, 'Overdue review: Qualified leads'],
    ]);
    expect(events[0]!.endDate.toString()).toBe('2026-06-16');
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe(
      '2026-02-10T00:00:00Z',
    );
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe(
      'https://kpi.example.org/org/kpis/leads/',
    );
  });

  it('adds targets and goal deadlines when the files have them', () => {
    const computed = computeProject(
      alertFiles({
        'strategy.yaml':
          'organization: Acme\ngoals:\n  - { id: grow, title: Grow, kpis: [revenue], deadline: 2026-12-31 }\nobjectives:\n  - { id: grow-sales, title: Grow sales, perspective: financial, goals: [grow] }\n',
        'metrics/revenue.yaml':
          'name: Revenue\ndirection: up\nteam: acme\ncadence: monthly\nunit: currency:USD\ntarget: { value: 200, date: 2026-09-30 }\n',
      }),
      parseDay(ALERT_AS_OF)!,
    );
    const all = new Map(
      alertSiteFiles(computed, { base: '/', site: null }).map((f) => [f.path, f.text]),
    );
    const uids = (p: string) =>
      new ICAL.Component(ICAL.parse(all.get(p)!))
        .getAllSubcomponents('vevent')
        .map((v) => [v.getFirstPropertyValue('uid'), String(v.getFirstPropertyValue('dtstart'))]);
    expect(uids('reviews.ics')).toEqual([
      ['review-leads@acme.plumbline', '2026-06-15'],
      ['target-revenue@acme.plumbline', '2026-09-30'],
      ['goal-grow@acme.plumbline', '2026-12-31'],
    ]);
    // The sales team sees its own KPI's review only (revenue is acme's; goals are organisation-wide).
    expect(uids('teams/sales/reviews.ics')).toEqual([
      ['review-leads@acme.plumbline', '2026-06-15'],
    ]);
    // No site URL: no URL property (it must be absolute), the path is in the description.
    expect(all.get('reviews.ics')).not.toContain('\r\nURL:');
  });

  it('uses CRLF, folds at 75 octets inside no character, and escapes TEXT', () => {
    const ics = files(HOSTILE).get('reviews.ics')!;
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    // Some line was folded where characters are multi-byte (the CJK and emoji name).
    expect(
      lines.some((l) => l.startsWith(' ') && /[\u3000-\u9fff]|\p{Extended_Pictographic}/u.test(l)),
    ).toBe(true);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    // Unfolded and unescaped by ical.js, the summary is the text as written (one line).
    expect(event.getFirstPropertyValue('summary')).toBe(
      'Overdue review: Leads <script>alert(1)</script> ]]> & “Ünïcødé” 販売リード数 🚀🚀',
    );
    expect(String(event.getFirstPropertyValue('description'))).toContain('Owner: Zoë 張 <b>.');
    expect(files(HOSTILE)).toEqual(files(HOSTILE));
  });
});

describe('foldLine and icalText', () => {
  it('folds a long ASCII line at 75 then 74 octets (+ the leading space)', () => {
    const folded = foldLine('x'.repeat(200)).split('\r\n');
    // 200 = 75 + 74 + 51 characters; continuations carry a leading space.
    expect(folded.map((l) => l.length)).toEqual([75, 75, 52]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('never splits a character: 3-octet CJK and 4-octet emoji', () => {
    // 30 × 3 octets = 90: 25 characters (75 octets), then a space + 5 characters.
    expect(foldLine('販'.repeat(30)).split('\r\n')).toEqual([
      '販'.repeat(25),
      ` ${'販'.repeat(5)}`,
    ]);
    // 20 × 4 = 80: 18 emoji are 72 octets, a 19th would be 76.
    expect(foldLine('🚀'.repeat(20)).split('\r\n')).toEqual([
      '🚀'.repeat(18),
      ` ${'🚀'.repeat(2)}`,
    ]);
  });

  it('folds any text into lines of at most 75 octets that unfold to it (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const lines = foldLine(text).split('\r\n');
        expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
        expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
        // RFC 5545 §3.1 unfolding: remove each CRLF followed by one space.
        expect(foldLine(text).replace(/\r\n /g, '')).toBe(text);
      }),
    );
  });

  it('escapes backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11)', () => {
    expect(icalText('a\\b;c,d\r\ne\nf\rg\u0007')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng ');
  });
});
