/**
 * The chat digest `--webhook` posts: one message per run, in the `{"text": …}` payload Slack,
 * Mattermost, Teams' Workflows and Discord's `/slack` endpoint all accept. Text from the files is
 * neutralised for every one of them: `&`, `<` and `>` escaped as Slack requires (so `<!channel>`
 * and `<http://x|y>` stay text), a zero-width space after `@` (Discord and Mattermost ping
 * `@everyone`, `@here`, `@channel` written plainly) and inside `](` (a markdown link elsewhere).
 * Links are bare addresses, which every one of them turns into links.
 */
import type { Firing } from './alert-report.ts';

/** What changed in a run, each firing with the address people should open (or null). */
export interface DigestInput {
  readonly organization: string;
  readonly asOf: string;
  readonly opened: readonly { readonly firing: Firing; readonly link: string | null }[];
  readonly cleared: readonly {
    readonly firing: Firing | null;
    readonly key: string;
    readonly link: string | null;
  }[];
  readonly answered: readonly { readonly firing: Firing; readonly link: string | null }[];
  /** Firings whose response window closed since the day before with no action. */
  readonly unhandled: readonly { readonly firing: Firing; readonly link: string | null }[];
  readonly responseDays: number;
}

/** Text from the files, inert in every chat the payload goes to; one line. */
export function chatText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u200b')
    .replace(/\]\(/g, ']\u200b(');
}

function line(f: Firing, link: string | null, extra = ''): string {
  const owner = f.owner === null ? 'no owner' : chatText(f.owner.name);
  return `• ${chatText(f.kpi.name)}: ${chatText(f.condition)} since ${f.period}${extra} — ${owner}${link === null ? '' : ` — ${link}`}`;
}

/** The digest, or null when nothing changed (nothing is posted then). */
export function chatDigest(input: DigestInput): string | null {
  const news =
    input.opened.length + input.cleared.length + input.answered.length + input.unhandled.length;
  if (news === 0) return null;
  const out = [`*KPI alerts — ${chatText(input.organization)}, ${input.asOf}*`];
  if (input.opened.length > 0) {
    out.push(`New (${input.opened.length}):`);
    for (const o of input.opened)
      out.push(line(o.firing, o.link, `. Action: ${chatText(o.firing.action)}`));
  }
  if (input.answered.length > 0) {
    out.push(`Answered (${input.answered.length}):`);
    for (const a of input.answered)
      out.push(line(a.firing, a.link, a.firing.handled ? ' (handled in time)' : ' (late)'));
  }
  if (input.cleared.length > 0) {
    out.push(`Cleared (${input.cleared.length}):`);
    for (const c of input.cleared)
      out.push(
        c.firing === null
          ? `• ${c.key}${c.link === null ? '' : ` — ${c.link}`}`
          : line(c.firing, c.link),
      );
  }
  if (input.unhandled.length > 0) {
    out.push(
      `Not handled within ${input.responseDays} days, as of today (${input.unhandled.length}):`,
    );
    for (const u of input.unhandled) out.push(line(u.firing, u.link, `, due ${u.firing.due}`));
  }
  return `${out.join('\n')}\n`;
}
