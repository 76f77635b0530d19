/** The help text of every command and flag. */
export const USAGE = `plumbline — KPI-as-code: validate, analyse and publish your KPI folder

Usage:
  plumbline check [dir] [--format text|json|github] [--as-of DATE] [--changed-since REF]
  plumbline model [dir] [--format json] [--as-of DATE] [--timings]
  plumbline build [dir] [--format text|json] [--out dist] [--as-of DATE] [--base PATH] [--site URL]
                [--no-cache] [--cache-dir DIR] [--threads N] [--concurrency N] [--repo OWNER/NAME]
  plumbline dev [dir] [--format text|json] [--port 4321] [--host 127.0.0.1] [--as-of DATE] [--base PATH]
  plumbline diff <git-ref> [dir] [--format markdown|json] [--as-of DATE]
  plumbline init [dir] [--format text|json] [--github]
  plumbline new kpi <id> [dir] --team T [--format text|json] [--objective O]… [--shared-with T]…
                [--name N] [--owner P] [--cadence C] [--direction D] [--unit U] [--kind K] [--aggregate A]
  plumbline codeowners [dir] [--format text|json] [--write[=FILE]]
  plumbline alerts [dir] [--format text|json|markdown] [--as-of DATE] [--webhook URL] [--site URL]
  plumbline alerts sync --repo OWNER/NAME [dir] [--as-of DATE] [--dry-run] [--site URL] [--branch B]
                [--webhook URL]
  plumbline journal action <kpi> "<what was done>" [dir] [--owner NAME] [--date DATE]
  plumbline pull [dir] [--kpi ID]… [--since DATE] [--dry-run] [--timeout 5m] [--format text|json]
  plumbline help [command]
  plumbline --version

  Every command also takes --quiet, --no-color, --debug and --help (-h): \`plumbline <command> --help\`
  shows that command's help alone.

Commands:
  check [dir]   Validate every file of the KPI folder (default: kpis) and print the findings,
                grouped by file, each with file:line:col, what is wrong and what to do.
                Exit 0 when there is no error (warnings are fine), 1 when there are errors,
                2 on bad usage (unknown flag, missing folder). Besides invalid files it
                reports the guardrails: missing owners or targets, orphans, stale data,
                unvalidated leading indicators, the vital few, and the rest (see README).
  model [dir]   Print the computed model as JSON (the same as the site's data/model.json):
                status against plan, trends, forecasts, lead/lag evidence, line of sight,
                triggers, alignment scores and findings, as of a date. With errors in the files
                it prints them to stderr instead and exits 1.
  build [dir]   Check, compute once, and emit the static site into --out (default dist): a
                page per goal, objective, team and KPI, the strategy map, alignment and journal
                pages, data/model.json, data/<kpi>.csv, schemas/<kind>.json and a search index.
                With errors in the files it builds nothing, leaves --out as it was, exits 1.
  dev [dir]     Serve the site with live reload (npm run dev): saving a YAML or CSV file under
                the folder recomputes and reloads the open pages; an invalid file shows its
                errors (file:line:col and what to do) at the top of every page instead of
                stopping the server.
  diff <ref> [dir]
                Compare the KPI folder (default: kpis) with the same folder at a git ref, read
                from git without touching the working tree, in the repository that holds dir;
                both sides computed at one --as-of date. Prints a PR comment: a verdict line,
                KPIs added, removed, retired, activated and changed (owner, team, objectives,
                target, thresholds, links, triggers, status, latest reading, alignment), teams,
                objectives and goals redefined, findings new and resolved, and the alignment
                scores of the organisation and every touched team, objective and goal, before →
                after. Exit 0 whenever the report is printed, new errors included (check is the
                gate); 2 on bad usage (no ref, unknown ref, no repository, folder missing now
                or at the ref).
  init [dir]    Write a new organisation's KPI folder (default: kpis): a strategy, a team tree,
                one KPI and its readings, every field explained in comments. It passes check
                as written. Refuses a folder that already has strategy.yaml or teams.yaml and
                never overwrites a file.
  new kpi <id> [dir]
                Write metrics/<id>.yaml (every field explained; fields without a value yet are
                commented out) and an empty metrics/<id>.csv. The id must be kebab-case and new;
                the teams and objectives must exist in the folder (a typo gets the closest id).
  codeowners [dir]
                Print a CODEOWNERS block (# BEGIN plumbline … # END plumbline) asking each team's
                github: handle to review its KPI files (a team without one: its lead's login
                from people.yaml, else its nearest parent's); strategy.yaml and teams.yaml go to the enterprise team's handle.
  alerts [dir]  The active alerts (KPI, condition, since when, action, owner, handled or not),
                the firings not handled within policy.response_days, and the overdue reviews.
                Exit 0 whatever it finds (it reports, it does not gate); 1 with errors in the files.
  alerts sync   One GitHub issue per active alert, found again by a hidden marker: opened
                (labels kpi-alert and team:<id>, assigned to the owner's login from people.yaml),
                commented on when it persists into a new period or a journal action answers it,
                closed when it clears. Idempotent. GITHUB_TOKEN, GITHUB_API_URL; --dry-run
                prints what it would do.
  journal action <kpi> "<what was done>" [dir]
                Record an action in journal/<date>-<kpi>.yaml (a -2, -3… suffix when it exists;
                never overwrites). --owner defaults to the KPI's owner, --date to today. The
                file answers the KPI's alert: the next alerts sync comments "handled".
  pull [dir]    Run each KPI's query (metrics/<id>.sql) against its connection in sources.yaml;
                the engine aggregates to the KPI's cadence, and the readings are merged into
                metrics/<id>.csv: new periods appended, changed ones replaced and reported as
                revisions, rows the query no longer returns and people's notes kept. --kpi ID
                (repeatable) pulls only those, --since DATE only periods from the one holding
                DATE, --dry-run writes nothing, --timeout (default 5m) cancels a longer query on
                the server. Exit 1 when any query failed (the others are still written).
  help [command]
                Show this help, or one command's.

Options:
  --format text|json|github
                text (default): grouped by file, for people.
                json: {"findings": [{rule, severity, message, hint, file, line, col}]}, the file
                      relative to the KPI folder.
                github: GitHub Actions workflow commands (::error file=…,line=…,col=…::…), shown
                      as annotations on the pull request: errors first, then warnings, then
                      notes, each with the files changed since --changed-since first (GitHub
                      shows only the first 10 of each kind). The full report is appended to
                      $GITHUB_STEP_SUMMARY, the job summary, when it is set.
  --changed-since REF
                (check) With --format github: the git ref the pull request is compared with
                      (e.g. origin/main); findings in the files changed since come first.
  --format text|json
                text (default): what was done, for people. json: the same as one JSON value on
                      stdout (build: pages, charts, timings; init and new kpi: the files
                      written; codeowners: the block and the file; dev: the URL once it
                      listens; model: always JSON). Progress and messages go to stderr.
  --format markdown|json
                (diff) markdown (default): a PR comment whose first line holds the marker
                      <!-- plumbline-diff --> so a workflow can find and update its comment.
                json: {asOf, changed, verdict: {level, text}, notes, kpis: {added, removed,
                      retired, activated, broken, repaired, changed}, entities,
                      findings: {introduced, resolved}, scores}.
  --as-of DATE  Compute as of this date (YYYY-MM-DD; default today, UTC). Readings and journal
                entries after it are ignored.
  --out DIR     (build) Output folder (default dist). Replaced only when the build succeeds.
  --base PATH   (build, dev) Base path the site is served under, e.g. /repo/ for GitHub Pages
                (default: $BASE_PATH, else /).
  --port N      (dev) The port to listen on (default 4321; 0 picks a free one).
  --host H      (dev) The address to listen on (default 127.0.0.1, this machine only).
  --site URL    (build) The site's absolute URL (default: $SITE_URL).
  --repo R      (build) The GitHub repository OWNER/NAME whose alert issues the KPI pages link
                to (default: $GITHUB_REPOSITORY; no links without either).
  --no-cache    (build) Build every page, chart and file afresh instead of reusing unchanged
                ones from the cache folder (the output is identical either way).
  --cache-dir D (build) Where unchanged charts, pages and files are kept between builds
                (default node_modules/.cache/plumbline).
  --threads N   (build) Worker threads for rendering charts (default: the machine's cores).
  --concurrency N  (build) Pages rendered at once (default 4); the output is the same for any N.
  --timings     (model) Print the time of each phase (read, load, compute) to stderr.
  --team T      (new kpi) The owning team's id, from teams.yaml. Required.
  --objective O (new kpi) An objective the KPI measures; repeat for more.
  --shared-with T
                (new kpi) A co-owning team; repeat for more.
  --name N      (new kpi) Display name (default: from the id, e.g. win-rate → Win rate).
  --owner P     (new kpi) The person who answers for it (else commented out).
  --cadence C   (new kpi) daily, weekly, monthly (default), quarterly or yearly.
  --direction D (new kpi) up (default), down or target.
  --unit U      (new kpi) count (default), percent, currency:USD, ratio, days, hours, score…
  --kind K      (new kpi) lagging (default) or leading.
  --aggregate A (new kpi) last (default), sum, mean, min or max.
  --write[=FILE]
                (codeowners) Update the block inside FILE, leaving every other line as it was
                (created when missing). Default: the repository's CODEOWNERS GitHub reads
                (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS, whichever exists first),
                else .github/CODEOWNERS.
  --webhook URL  (alerts, alerts sync) Post one digest of what changed (new, answered, cleared,
                not handled in time) to a Slack-compatible incoming webhook; nothing when nothing
                changed. Default: $PLUMBLINE_WEBHOOK.
  --github      (init) Also write the two GitHub Actions workflows (.github/workflows/kpi-*.yml:
                a check and report on every pull request, the dashboard on GitHub Pages).
  -q, --quiet   Print only errors and the output asked for (check: errors only, no warnings
                or notes; build, init, new kpi: nothing when all went well). No progress.
  --no-color    No colour (also: the NO_COLOR environment variable). Colour is used only when
                writing to a terminal; FORCE_COLOR=1 forces it.
  --debug       Show stack traces of unexpected errors.
  -h, --help    Show this help (after a command: that command's help).
  -v, --version Print Plumbline's version.
`;
