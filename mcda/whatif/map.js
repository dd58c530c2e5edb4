/* The what-if page, part 5 of 6: the map of the weights (a ternary slice through the
 * current weights, or a strip for two criteria). */

function mapGeometry(canvas) {
  const width = canvas.clientWidth || 300;
  const pad = 8;
  const side = width - 2 * pad;
  const height = side * Math.sqrt(3) / 2 + 2 * pad;
  return { width, height, A: [width / 2, pad], B: [pad, pad + side * Math.sqrt(3) / 2], C: [width - pad, pad + side * Math.sqrt(3) / 2] };
}
function weightsAt(d, bary) {
  const [a, b, c] = d.slice;
  const total = d.weights[a] + d.weights[b] + d.weights[c];
  const q = d.weights.slice();
  q[a] = total * bary[0];
  q[b] = total * bary[1];
  q[c] = total * bary[2];
  return q;
}
/** Draw decision d's map; ``block`` 2 colours 2×2 pixels at once (while sliders move). */
function drawMap(d, block) {
  const ui = d.ui;
  const canvas = ui.canvas;
  const n = d.criteria.length;
  const ratio = window.devicePixelRatio || 1;
  const seen = new Set();
  const stated = d.data.stated;
  const winnerColour = (w) => {
    const first = firstAt(d, w);
    if (first.length !== 1) { seen.add(-1); return TIE_COLOUR; }
    seen.add(first[0]);
    return colourOf(d, first[0]);
  };
  let captionText;
  let currentName;
  if (n === 2) {
    const width = canvas.clientWidth || 300;
    const height = 28;
    prepare(canvas, width, height, ratio);
    const context = canvas.getContext("2d");
    const steps = 200;
    for (let s = 0; s < steps; s++) {
      const x = (s + 0.5) / steps;
      context.fillStyle = winnerColour([x, 1 - x]);
      context.fillRect((s / steps) * width, 0, width / steps + 0.5, height);
    }
    const x = d.weights[0] * width;
    context.fillStyle = "#000";
    context.fillRect(x - 1.5, 0, 3, height);
    captionText = tr("whatif_strip_caption", { a: d.criteria[0].label, b: d.criteria[1].label });
    ui.corners.forEach((corner) => { corner.textContent = ""; });
  } else {
    const g = mapGeometry(canvas);
    prepare(canvas, g.width, g.height, ratio);
    const context = canvas.getContext("2d");
    paintTernary(d, g, context, ratio, seen, block || 1);
    context.strokeStyle = "#333";
    context.lineWidth = 1;
    context.beginPath();
    context.moveTo(...g.A); context.lineTo(...g.B); context.lineTo(...g.C); context.closePath();
    context.stroke();
    const at = (bary) => [
      bary[0] * g.A[0] + bary[1] * g.B[0] + bary[2] * g.C[0],
      bary[0] * g.A[1] + bary[1] * g.B[1] + bary[2] * g.C[1],
    ];
    const [a, b, c] = d.slice;
    const total = d.weights[a] + d.weights[b] + d.weights[c];
    const bary = total > 0 ? [d.weights[a] / total, d.weights[b] / total, d.weights[c] / total] : [1 / 3, 1 / 3, 1 / 3];
    const [x, y] = at(bary);
    context.beginPath();
    context.arc(x, y, 6, 0, 2 * Math.PI);
    context.fillStyle = "#fff";
    context.fill();
    context.lineWidth = 2.5;
    context.strokeStyle = "#000";
    context.stroke();
    ui.corners.forEach((corner, k) => { corner.textContent = d.criteria[d.slice[k]].label; });
    captionText = tr("whatif_map_caption", { a: d.criteria[a].label, b: d.criteria[b].label, c: d.criteria[c].label, total: num(total, 2) });
  }
  const first = firstAt(d, d.weights);
  currentName = first.length === 1 ? label(d, first[0]) : S.whatif_map_tie;
  const names = d.slice ? d.slice.map((j) => d.criteria[j].label) : [d.criteria[0].label, d.criteria[1].label, ""];
  canvas.setAttribute("aria-label", tr("whatif_map_label", { a: names[0], b: names[1], c: names[2], name: currentName }));
  ui.caption.textContent = captionText;
  const legend = Array.from(seen).sort((p, q) => p - q).map((a) => el("li", {}, [
    el("span", { className: "swatch", style: "background:" + (a < 0 ? TIE_COLOUR : colourOf(d, a)) }),
    document.createTextNode(a < 0 ? S.whatif_map_tie : label(d, a)),
    stated && a === stated.alternative ? el("span", { className: "badge choice", text: tr("whatif_choice_badge", { by: stated.by }) }) : null,
  ]));
  ui.legend.replaceChildren(...legend);
}
/** Colour every pixel of the triangle by who comes first there (one score pass per
 * pixel, without allocation: the criteria outside the slice add a fixed part). */
function paintTernary(d, g, context, ratio, seen, block) {
  const view = viewOf(d);
  const [a, b, c] = d.slice;
  const total = d.weights[a] + d.weights[b] + d.weights[c];
  const m = view.eligible.length;
  const topsis = d.method !== "weighted_sum";
  const arrays = topsis ? [view.methods.topsis.ideal, view.methods.topsis.anti] : [view.methods.weighted_sum.values];
  const fixed = arrays.map((matrix) => matrix.map((row) => row.reduce((t, v, j) => (
    j === a || j === b || j === c ? t : t + v * (topsis ? d.weights[j] * d.weights[j] : d.weights[j])), 0)));
  const width = Math.round(g.width * ratio);
  const height = Math.round(g.height * ratio);
  const image = context.createImageData(width, height);
  const pixels = image.data;
  const colours = view.eligible.map((alternative) => hexColour(colourOf(d, alternative)));
  const tie = hexColour(TIE_COLOUR);
  const scores = new Float64Array(m);
  const [ax, ay] = g.A; const [bx, by] = g.B; const [cx, cy] = g.C;
  const det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
  const found = new Set();
  for (let py = 0; py < height; py += block) {
    const y = (py + block / 2) / ratio;
    for (let px = 0; px < width; px += block) {
      const x = (px + block / 2) / ratio;
      const l1 = ((by - cy) * (x - cx) + (cx - bx) * (y - cy)) / det;
      const l2 = ((cy - ay) * (x - cx) + (ax - cx) * (y - cy)) / det;
      const l3 = 1 - l1 - l2;
      if (l1 < 0 || l2 < 0 || l3 < 0) continue;
      const wa = total * l1; const wb = total * l2; const wc = total * l3;
      for (let i = 0; i < m; i++) {
        if (topsis) {
          const ideal = arrays[0][i]; const anti = arrays[1][i];
          const plus = Math.sqrt(fixed[0][i] + wa * wa * ideal[a] + wb * wb * ideal[b] + wc * wc * ideal[c]);
          const minus = Math.sqrt(fixed[1][i] + wa * wa * anti[a] + wb * wb * anti[b] + wc * wc * anti[c]);
          scores[i] = plus + minus > 0 ? minus / (plus + minus) : 0.5;
        } else {
          const values = arrays[0][i];
          scores[i] = fixed[0][i] + wa * values[a] + wb * values[b] + wc * values[c];
        }
      }
      let best = 0;
      for (let i = 1; i < m; i++) if (scores[i] > scores[best]) best = i;
      let alone = true;
      for (let i = 0; i < m; i++) if (i !== best && scores[best] - scores[i] <= TIE) alone = false;
      const colour = alone ? colours[best] : tie;
      found.add(alone ? view.eligible[best] : -1);
      for (let dy = 0; dy < block && py + dy < height; dy++) {
        for (let dx = 0; dx < block && px + dx < width; dx++) {
          const k = 4 * ((py + dy) * width + px + dx);
          pixels[k] = colour[0]; pixels[k + 1] = colour[1]; pixels[k + 2] = colour[2]; pixels[k + 3] = 255;
        }
      }
    }
  }
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  context.putImageData(image, 0, 0);
  context.restore();
  for (const alternative of found) seen.add(alternative);
}
function hexColour(hex) {
  return [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
}
function prepare(canvas, width, height, ratio) {
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  canvas.style.height = height + "px";
  canvas.getContext("2d").setTransform(ratio, 0, 0, ratio, 0, 0);
}
function pickOnMap(d, event) {
  const rect = d.ui.canvas.getBoundingClientRect();
  const x = event.clientX - rect.left;
  const y = event.clientY - rect.top;
  if (d.criteria.length === 2) {
    const share_ = Math.min(1, Math.max(0, x / rect.width));
    setWeights(d, [share_, 1 - share_]);
    return;
  }
  const g = mapGeometry(d.ui.canvas);
  const [ax, ay] = g.A; const [bx, by] = g.B; const [cx, cy] = g.C;
  const det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
  let l1 = ((by - cy) * (x - cx) + (cx - bx) * (y - cy)) / det;
  let l2 = ((cy - ay) * (x - cx) + (ax - cx) * (y - cy)) / det;
  let l3 = 1 - l1 - l2;
  [l1, l2, l3] = [l1, l2, l3].map((v) => Math.max(0, v));
  const total = l1 + l2 + l3;
  const q = weightsAt(d, [l1 / total, l2 / total, l3 / total]);
  if (q.some((v) => v > 0)) setWeights(d, q);
}
