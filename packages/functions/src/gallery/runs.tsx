// Training runs: a list, and one run with its loss and evaluation curves (uPlot, served locally).
import type { CatalogReads } from '@shadertrain/core/catalog/reads';
import { Layout, fmtPct } from './layout.tsx';

type RunPage = Awaited<ReturnType<CatalogReads['listRuns']>>;
type Run = NonNullable<Awaited<ReturnType<CatalogReads['getRun']>>>;

export function RunsPage(props: { page: RunPage }) {
  return (
    <Layout title="Runs">
      <h1>Training runs</h1>
      <table class="list">
        <thead><tr><th>run</th><th>status</th><th>snapshot</th><th>created</th></tr></thead>
        <tbody>
          {props.page.items.map((r) => (
            <tr><td><a href={`/runs/${r.id}`}>{r.id}</a></td><td>{r.status}</td><td>{r.snapshotId}</td><td>{r.createdAt.slice(0, 16).replace('T', ' ')}</td></tr>
          ))}
        </tbody>
      </table>
      {props.page.items.length === 0 ? <p class="empty">No runs yet.</p> : null}
    </Layout>
  );
}

// JSON inside <script> must not close the element early.
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

export function RunPage(props: { run: Run }) {
  const r = props.run;
  return (
    <Layout title={`Run ${r.id}`} scripts={['/assets/uplot/uPlot.iife.min.js', '/assets/gallery/charts.js']} styles={['/assets/uplot/uPlot.min.css']}>
      <h1>Run {r.id}</h1>
      <dl class="inline">
        <dt>status</dt><dd>{r.status}{r.cancelRequested ? ' (cancel requested)' : ''}</dd>
        <dt>snapshot</dt><dd>{r.snapshotId}</dd>
        <dt>method</dt><dd>{String(r.config.method ?? '–')}</dd>
        <dt>backbone</dt><dd>{String(r.config.backbone ?? r.config.arch ?? '–')}</dd>
      </dl>
      {r.error ? <p class="error">{r.error}</p> : null}
      <h2>Loss</h2>
      <div class="chart" id="loss-chart"></div>
      <h2>Evaluations</h2>
      <div class="chart" id="eval-chart"></div>
      <table class="list">
        <thead><tr><th>step</th><th>dataset</th><th>protocol</th><th>value</th><th>random init</th></tr></thead>
        <tbody>
          {r.evaluations.map((e) => (
            <tr><td>{e.step ?? 'init'}</td><td>{e.dataset}</td><td>{e.protocol}</td><td>{fmtPct(e.value)}</td><td>{fmtPct(e.baseline)}</td></tr>
          ))}
        </tbody>
      </table>
      <script type="application/json" id="run-data" dangerouslySetInnerHTML={{ __html: scriptJson({ metrics: r.metrics, evaluations: r.evaluations }) }}></script>
    </Layout>
  );
}
