// The checkpoint leaderboard: probe accuracies beside random init, and download links.
import type { CatalogReads } from '@shadertrain/core/catalog/reads';
import { Layout, fmtBytes, fmtPct } from './layout.tsx';

type Page = Awaited<ReturnType<CatalogReads['listCheckpoints']>>;

export function CheckpointsPage(props: { page: Page; dataset?: string; protocol?: string }) {
  const cols = [...new Set(props.page.items.flatMap((c) => c.evaluations.map((e) => `${e.dataset}|${e.protocol}|${e.metric}`)))].sort();
  return (
    <Layout title="Checkpoints">
      <h1>Checkpoint leaderboard</h1>
      <p class="hint">{props.dataset ? `Ranked by ${props.dataset} ${props.protocol ?? ''}.` : 'Newest first; pick a column to rank by it.'} Each cell: checkpoint / random init.</p>
      <div class="scroll">
        <table class="list leaderboard">
          <thead>
            <tr>
              <th>checkpoint</th><th>run</th><th>step</th>
              {cols.map((k) => {
                const [d, p, m] = k.split('|');
                return <th><a href={`/checkpoints?dataset=${encodeURIComponent(d!)}&protocol=${p}&metric=${encodeURIComponent(m!)}`}>{d} {p}{m !== 'top1' ? ` ${m}` : ''}</a></th>;
              })}
              <th>licenses</th><th>file</th>
            </tr>
          </thead>
          <tbody>
            {props.page.items.map((c) => (
              <tr>
                <td><code>{c.id}</code></td><td><a href={`/runs/${c.runId}`}>{c.runId}</a></td><td>{c.step}</td>
                {cols.map((k) => {
                  const e = c.evaluations.find((x) => `${x.dataset}|${x.protocol}|${x.metric}` === k);
                  return <td class="num">{e ? <><strong>{fmtPct(e.value)}</strong> <span class="base">/ {fmtPct(e.baseline)}</span></> : '–'}</td>;
                })}
                <td>{c.licenses.join(', ')}</td>
                <td><a class="download" href={`/api/v1/checkpoints/${c.id}/download`}>download</a> <span class="base">{fmtBytes(c.bytes)}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.page.items.length === 0 ? <p class="empty">No checkpoints yet.</p> : null}
    </Layout>
  );
}
