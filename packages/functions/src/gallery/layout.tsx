// The page frame of the gallery: header, navigation, local CSS and scripts only (no external requests).
import type { Child } from 'hono/jsx';

export function Layout(props: { title: string; children: Child; scripts?: string[]; styles?: string[] }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · shadertrain</title>
        <link rel="stylesheet" href="/assets/gallery/gallery.css" />
        {(props.styles ?? []).map((s) => <link rel="stylesheet" href={s} />)}
      </head>
      <body>
        <header>
          <a class="brand" href="/">shadertrain</a>
          <nav>
            <a href="/">Programs</a>
            <a href="/runs">Runs</a>
            <a href="/checkpoints">Checkpoints</a>
            <a href="/docs">API</a>
          </nav>
        </header>
        <main>{props.children}</main>
        {(props.scripts ?? []).map((s) => <script src={s} defer></script>)}
      </body>
    </html>
  );
}

export const fmtPct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);
export const fmtBytes = (n: number) => (n < 1024 ? `${n} B` : n < 1 << 20 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / (1 << 20)).toFixed(1)} MiB`);
