/**
 * The "Explore" island: loads vega-embed and the full-resolution spec only when opened, for
 * tooltips and zoom. The page is complete without it. vega-embed comes as one module served by
 * the site (`_vendor/`: the packages' own browser builds joined), not through Astro's client build.
 */
import { useEffect, useRef, useState } from 'react';
import type embedFunction from 'vega-embed';

interface Props {
  /** URL of the Vega-Lite spec JSON (same origin). */
  readonly spec: string;
  /** URL of the vega-embed module (same origin). */
  readonly embed: string;
  readonly label: string;
}

export default function Explore({ spec, embed: embedUrl, label }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    let cancelled = false;
    let finalize: (() => void) | undefined;
    (async () => {
      try {
        const [{ default: embed }, response] = await Promise.all([
          import(/* @vite-ignore */ embedUrl) as Promise<{ default: typeof embedFunction }>,
          fetch(spec),
        ]);
        if (!response.ok) throw new Error(String(response.status));
        const json = (await response.json()) as Record<string, unknown>;
        if (cancelled || ref.current === null) return;
        const result = await embed(ref.current, json as never, {
          actions: false,
          renderer: 'svg',
          tooltip: true,
        });
        finalize = () => result.finalize();
        setState('ready');
      } catch {
        if (!cancelled) setState('failed');
      }
    })();
    return () => {
      cancelled = true;
      finalize?.();
    };
  }, [spec, embedUrl]);
  return (
    <div>
      <div ref={ref} role="figure" aria-label={label} style={{ width: '100%' }} />
      {state === 'loading' && <p className="muted">Loading the interactive chart…</p>}
      {state === 'failed' && (
        <p className="muted">
          The interactive chart could not be loaded; the chart above shows the same data.
        </p>
      )}
    </div>
  );
}
