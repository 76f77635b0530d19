/** A repository on a GitHub server, for links to its alert issues. */
export interface Repository {
  /** The web address: `https://github.com`, or a GitHub Enterprise Server's. */
  readonly server: string;
  /** `OWNER/NAME`. */
  readonly name: string;
}

/** The title of an alert (issue title, feed entry): "<KPI>: <condition> since <period>", one line. */
export function alertTitle(kpiName: string, condition: string, since: string): string {
  return `${kpiName}: ${condition} since ${since}`.replace(/\s+/g, ' ').trim();
}

/**
 * The address of a search for an alert's issue: the issue number is unknown when the site is
 * built, so the link searches the repository's `kpi-alert` issues for the title as a phrase
 * (double quotes in it would end the phrase, so they are dropped).
 */
export function issueSearchUrl(repository: Repository, title: string): string {
  const q = `is:issue label:kpi-alert in:title "${title.replace(/"/g, ' ').replace(/\s+/g, ' ').trim()}"`;
  return `${repository.server.replace(/\/+$/, '')}/${repository.name}/issues?q=${encodeURIComponent(q)}`;
}
