// The catalog grid (with filters) and the program page (source, provenance, license, statistics, live preview).
import type { CatalogReads, ProgramListQuery } from '@shadertrain/core/catalog/reads';
import { thumbnailUrl } from '../api/routes/programs.ts';
import { Layout } from './layout.tsx';

type Page = Awaited<ReturnType<CatalogReads['listPrograms']>>;
type Program = NonNullable<Awaited<ReturnType<CatalogReads['getProgram']>>>;

export function GridPage(props: { page: Page; query: ProgramListQuery; sources: string[]; licenses: string[]; families: string[] }) {
  const q = props.query;
  const next = new URLSearchParams(Object.entries({ ...q, cursor: props.page.nextCursor ?? '' }).filter(([, v]) => v !== undefined && v !== '') as [string, string][]);
  const opt = (values: string[], cur?: string) => [<option value="">any</option>, ...values.map((v) => <option value={v} selected={v === cur}>{v}</option>)];
  return (
    <Layout title="Programs" scripts={['/assets/gallery/preview.js']}>
      <form class="filters" method="get" action="/">
        <label>search <input name="q" value={q.q ?? ''} placeholder="title, family, id" /></label>
        <label>status <select name="status">{opt(['valid', 'pending', 'rejected', 'quarantined'], q.status)}</select></label>
        <label>source <select name="source">{opt(props.sources, q.source)}</select></label>
        <label>license <select name="license">{opt(props.licenses, q.license)}</select></label>
        <label>family <select name="family">{opt(props.families, q.family)}</select></label>
        <button type="submit">Filter</button>
      </form>
      {props.page.items.length === 0 ? <p class="empty">No programs match.</p> : null}
      <ul class="grid" id="grid">
        {props.page.items.map((p) => (
          <li class="card" data-program-id={p.id}>
            <a href={`/programs/${p.id}`}>
              <div class="thumb">
                {p.hasThumbnail ? <img src={`/api/v1/programs/${p.id}/thumbnail.png`} alt={p.title ?? p.id} loading="lazy" width="160" height="160" /> : <span class="nothumb">no thumbnail</span>}
                <canvas class="live" width="160" height="160"></canvas>
              </div>
              <div class="meta"><strong>{p.title ?? p.id}</strong><span>{p.family ?? ''} · {p.status}</span></div>
            </a>
          </li>
        ))}
      </ul>
      {props.page.nextCursor ? <p class="more"><a href={`/?${next}`}>Next page →</a></p> : null}
    </Layout>
  );
}

export function ProgramPage(props: { program: Program; source: string | null }) {
  const p = props.program;
  const licenses = [...new Set(p.provenance.map((r) => r.license))];
  const stats = (p.stats ?? {}) as Record<string, unknown>;
  const thumb = thumbnailUrl(p.id, p.thumbnailKey);
  return (
    <Layout title={p.title ?? p.id} scripts={['/assets/gallery/preview.js']}>
      <h1>{p.title ?? p.id}</h1>
      <div class="program">
        <section class="preview">
          <canvas id="preview" class="live" width="384" height="384" data-program-id={p.id} data-autoplay="1"></canvas>
          {thumb ? <img class="still" src={thumb} alt="thumbnail" width="128" height="128" /> : null}
          <p class="hint">Live WebGL2 preview (the catalog's GLSL wrapper). <span id="preview-status"></span></p>
        </section>
        <section class="facts">
          <dl>
            <dt>id</dt><dd><code>{p.id}</code></dd>
            <dt>status</dt><dd>{p.status}{p.rejectReason ? ` — ${p.rejectReason}` : ''}</dd>
            <dt>dialect</dt><dd>{p.dialect}</dd>
            <dt>family</dt><dd>{p.family ?? '–'}</dd>
            <dt>license</dt><dd>{licenses.join(', ') || '–'}</dd>
            <dt>tags</dt><dd>{p.tags.join(', ') || '–'}</dd>
          </dl>
          <h2>Provenance</h2>
          <table>
            <thead><tr><th>source</th><th>author</th><th>license</th><th>link</th></tr></thead>
            <tbody>
              {p.provenance.map((r) => (
                <tr><td>{r.sourceId}</td><td>{r.author ?? '–'}</td><td>{r.license}</td><td>{r.url ? <a href={r.url} rel="noreferrer">{r.externalId}</a> : r.externalId}</td></tr>
              ))}
            </tbody>
          </table>
          <h2>Statistics</h2>
          <table class="stats">
            <tbody>
              {Object.entries(stats).map(([k, v]) => <tr><th>{k}</th><td>{typeof v === 'number' ? v.toFixed(3) : JSON.stringify(v)}</td></tr>)}
            </tbody>
          </table>
        </section>
      </div>
      <h2>Source</h2>
      <pre class="source"><code id="source">{props.source ?? '(source blob missing)'}</code></pre>
    </Layout>
  );
}
