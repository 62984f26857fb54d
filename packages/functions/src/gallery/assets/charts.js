// Run page charts with uPlot (served from the package): the loss curve and evaluation curves,
// each evaluation beside its random-init baseline.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('run-data').textContent);
  const palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7'];
  const width = (el) => Math.max(280, Math.min(el.clientWidth || 800, 1000));

  function chart(el, title, xs, series) {
    if (xs.length === 0) { el.textContent = 'no data yet'; return null; }
    const opts = {
      title, width: width(el), height: 260,
      scales: { x: { time: false } },
      series: [{ label: 'step' }, ...series.map((s, i) => ({ label: s.label, stroke: palette[i % palette.length], width: 2, dash: s.dash, points: { show: xs.length < 50 } }))],
    };
    const u = new uPlot(opts, [xs, ...series.map((s) => s.values)], el);
    addEventListener('resize', () => u.setSize({ width: width(el), height: 260 }));
    el.dataset.ready = '1';
    return u;
  }

  const m = data.metrics || [];
  const keys = [...new Set(m.flatMap((p) => Object.keys(p)))].filter((k) => k !== 'step' && /loss/i.test(k));
  chart(document.getElementById('loss-chart'), 'training loss', m.map((p) => p.step), keys.map((k) => ({ label: k, values: m.map((p) => (k in p ? p[k] : null)) })));

  const ev = (data.evaluations || []).filter((e) => e.step !== null);
  const steps = [...new Set(ev.map((e) => e.step))].sort((a, b) => a - b);
  const groups = [...new Set(ev.map((e) => `${e.dataset} ${e.protocol}`))];
  const series = [];
  for (const g of groups) {
    const at = (s) => ev.find((e) => `${e.dataset} ${e.protocol}` === g && e.step === s);
    series.push({ label: g, values: steps.map((s) => at(s)?.value ?? null) });
    series.push({ label: `${g} (random init)`, dash: [6, 4], values: steps.map((s) => at(s)?.baseline ?? null) });
  }
  chart(document.getElementById('eval-chart'), 'evaluation accuracy', steps, series);
})();
