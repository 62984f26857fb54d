// Live WebGL2 previews. Builds each program with the catalog's one GLSL wrapper (fetched from
// /assets/glsl/, the same files the Python engine reads) and draws one instance of tile.vert:
// a single tile covering the canvas, its per-tile inputs in the 4-texel RGBA32F _st_Params texture.
(() => {
  'use strict';
  let shaders = null;
  const loadShaders = () =>
    (shaders ??= Promise.all(['/assets/glsl/wrapper.frag', '/assets/glsl/tile.vert'].map((u) => fetch(u).then((r) => {
      if (!r.ok) throw new Error(`${u}: ${r.status}`);
      return r.text();
    }))).then(([frag, vert]) => ({ frag, vert })));
  const sources = new Map();
  const loadSource = (id) =>
    sources.get(id) ?? sources.set(id, fetch(`/api/v1/programs/${id}`).then((r) => r.json()).then((p) => p.source)).get(id);

  function compile(gl, type, src) {
    const s = gl.createShader(type);
    gl.shaderSource(s, src);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(s) || 'compile failed');
    return s;
  }

  /** One running preview on one canvas. */
  class Preview {
    constructor(canvas) {
      this.canvas = canvas;
      this.frames = 0;
      this.raf = 0;
      this.gl = canvas.getContext('webgl2', { preserveDrawingBuffer: true, antialias: false, alpha: false });
      if (!this.gl) throw new Error('WebGL2 is not available');
    }
    async load(id) {
      const [{ frag, vert }, body] = await Promise.all([loadShaders(), loadSource(id)]);
      if (!body) throw new Error('program source is missing');
      const gl = this.gl;
      const fs = frag.replace(/^\/\/@BODY[ \t]*$/m, () => body);
      const prog = gl.createProgram();
      gl.attachShader(prog, compile(gl, gl.VERTEX_SHADER, vert));
      gl.attachShader(prog, compile(gl, gl.FRAGMENT_SHADER, fs));
      gl.linkProgram(prog);
      if (!gl.getProgramParameter(prog, gl.LINK_STATUS)) throw new Error(gl.getProgramInfoLog(prog) || 'link failed');
      this.prog = prog;
      this.uBatch = gl.getUniformLocation(prog, '_st_Batch');
      this.uParams = gl.getUniformLocation(prog, '_st_Params');
      this.tex = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, this.tex);
      for (const p of [gl.TEXTURE_MIN_FILTER, gl.TEXTURE_MAG_FILTER]) gl.texParameteri(gl.TEXTURE_2D, p, gl.NEAREST);
      this.vao = gl.createVertexArray(); // no attributes: corners come from gl_VertexID
      this.t0 = performance.now();
      this.last = this.t0;
    }
    draw(now) {
      const gl = this.gl;
      const w = this.canvas.width, h = this.canvas.height;
      const t = (now - this.t0) / 1000, dt = (now - this.last) / 1000;
      this.last = now;
      const d = new Date();
      const secs = d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds() + d.getMilliseconds() / 1000;
      const params = new Float32Array([
        0, 0, w, h, // origin, size
        t, dt, this.frames, 44100, // iTime, iTimeDelta, iFrame, iSampleRate
        0, 0, 0, 0, // iMouse
        d.getFullYear(), d.getMonth(), d.getDate(), secs, // iDate
      ]);
      gl.viewport(0, 0, w, h);
      gl.useProgram(this.prog);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, this.tex);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, 4, 1, 0, gl.RGBA, gl.FLOAT, params);
      gl.uniform1i(this.uParams, 0);
      gl.uniform4f(this.uBatch, 0, 2 / w, 2 / h, 0); // flip = 0: a canvas's row 0 is its bottom
      gl.bindVertexArray(this.vao);
      gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, 1);
      this.frames++;
      this.canvas.dataset.frames = String(this.frames);
    }
    start() {
      const loop = (now) => { this.draw(now); this.raf = requestAnimationFrame(loop); };
      this.canvas.classList.add('running');
      this.raf = requestAnimationFrame(loop);
    }
    stop() {
      cancelAnimationFrame(this.raf);
      this.canvas.classList.remove('running');
    }
  }

  const previews = new WeakMap();
  async function run(canvas, id) {
    let p = previews.get(canvas);
    if (!p) {
      p = new Preview(canvas);
      previews.set(canvas, p);
      p.ready = p.load(id);
    }
    await p.ready;
    p.start();
    return p;
  }
  function report(canvas, err) {
    canvas.dataset.error = String(err && err.message || err);
    const s = document.getElementById('preview-status');
    if (s) s.textContent = `preview failed: ${canvas.dataset.error}`;
  }

  // Program page: run at once. Grid: run while hovered (or focused).
  for (const c of document.querySelectorAll('canvas.live[data-autoplay]')) run(c, c.dataset.programId).catch((e) => report(c, e));
  for (const card of document.querySelectorAll('.card[data-program-id]')) {
    const canvas = card.querySelector('canvas.live');
    const on = () => run(canvas, card.dataset.programId).catch((e) => report(canvas, e));
    const off = () => previews.get(canvas)?.stop();
    card.addEventListener('mouseenter', on);
    card.addEventListener('focusin', on);
    card.addEventListener('mouseleave', off);
    card.addEventListener('focusout', off);
  }
})();
