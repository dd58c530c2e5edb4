/* The what-if page, part 1 of 6 (mcda/whatif/page.py joins the parts in one function):
 * the page's data and words, and the engine — scores, ranks, the nearest-weights
 * search, AHP, rank weights and Kendall's W, as mcda computes them.
 *
 * Every number that does not depend on the weights comes from mcda (the JSON in
 * #whatif-data); the page only weighs them: TOPSIS closeness from the squared gaps to
 * the ideal and anti-ideal, the weighted sum from the values, ranks with mcda's tie
 * tolerance. tests/test_whatif_browser.py compares it with mcda to 1e-9.
 * Texts come from mcda/i18n.py (one language per page) and enter the page as text only.
 */

const started = performance.now();
const DATA = JSON.parse(document.getElementById("whatif-data").textContent);
const parsed = performance.now();
const S = DATA.strings;
const LANG = DATA.lang;
const MARGIN = 1e-6; // the lead a searched weight vector gives (as mcda reproduce)
const TIE = 1e-10; // mcda.ranks.TIE_TOLERANCE
const SAMPLES = DATA.searchSamples; // random weight vectors for the nearest-weights search
const SHOWN_CHANGE = 0.005; // smaller weight changes are left out of a sentence
const PALETTE = ["#0072b2", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7f7f32",
  "#882255", "#44aa99", "#332288", "#999999"];
const CHOICE_COLOUR = "#e69f00";
const FAMILY_COLOUR = "#f2c76b";
const TIE_COLOUR = "#d9d9d9";
const CRITERION_COLOURS = ["#253494", "#2c7fb8", "#41b6c4", "#a1dab4", "#e3e37a", "#7a0177", "#c51b8a", "#fa9fb5"];
const SAATY = [9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9];

// -- words and numbers (as mcda.formatting) --------------------------------------------
function tr(key, fields) {
  const text = S[key];
  if (text === undefined) throw new Error("no text for " + key);
  if (!fields) return text;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in fields ? String(fields[name]) : match));
}
/** |value| to ``digits`` decimals, a half rounded up, on its shortest decimal form (as
 * mcda.formatting does on repr(): 1.005 → "1.01", where toFixed gives "1.00"). */
function roundHalfUp(value, digits) {
  let text = String(Math.abs(value));
  if (/e/.test(text)) text = Math.abs(value).toFixed(20);
  const [whole, fraction = ""] = text.split(".");
  if (fraction.length <= digits) return digits ? whole + "." + fraction.padEnd(digits, "0") : whole;
  let kept = BigInt(whole + fraction.slice(0, digits));
  if (fraction[digits] >= "5") kept += 1n;
  const digitsText = kept.toString().padStart(digits + 1, "0");
  return digits ? digitsText.slice(0, -digits) + "." + digitsText.slice(-digits) : digitsText;
}
function num(value, digits) {
  const text = roundHalfUp(value, digits);
  const [whole, fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  let out = fraction === undefined ? grouped : grouped + "." + fraction;
  if (LANG === "da") out = out.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
  return (value < 0 && Number(text) !== 0 ? "-" : "") + out;
}
function share(value, digits = 0) {
  // whole per cent, as the report prints every share (mcda.formatting.format_share(v, lang, 0))
  const text = num(100 * value, digits);
  return LANG === "da" ? text + "\u00a0%" : text + "%"; // no break before "%"
}
function signed(value) {
  return (value < 0 ? "\u2212" : "+") + num(Math.abs(value), 2);
}
function joinNames(names) {
  if (names.length <= 1) return names.join("");
  return names.slice(0, -1).join(", ") + " " + S.and + " " + names[names.length - 1];
}
function el(tag, attributes, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = value;
    else if (name === "className") node.className = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children || []) if (child) node.append(child);
  return node;
}

// -- the engine ---------------------------------------------------------------------
/** Weights scaled to sum 1 (mcda.weights.normalize_weights: by the largest, then the sum). */
function normalise(weights) {
  let top = 0;
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) throw new RangeError("weights must be finite and not negative");
    if (w > top) top = w;
  }
  if (!(top > 0)) throw new RangeError("weights are all zero");
  const scaled = weights.map((w) => w / top);
  let total = 0;
  for (const w of scaled) total += w;
  return scaled.map((w) => w / total);
}
/** Scores of a view's eligible alternatives (higher is better for both methods). */
function scoresOf(view, method, w) {
  const m = view.eligible.length;
  const n = w.length;
  const out = new Float64Array(m);
  if (method === "weighted_sum") {
    const values = view.methods.weighted_sum.values;
    for (let i = 0; i < m; i++) {
      let total = 0;
      for (let j = 0; j < n; j++) total += values[i][j] * w[j];
      out[i] = total;
    }
    return out;
  }
  const { ideal, anti } = view.methods.topsis;
  for (let i = 0; i < m; i++) {
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < n; j++) {
      const squared = w[j] * w[j];
      plus += squared * ideal[i][j];
      minus += squared * anti[i][j];
    }
    const toIdeal = Math.sqrt(plus);
    const toAnti = Math.sqrt(minus);
    const total = toIdeal + toAnti;
    out[i] = total > 0 ? toAnti / total : 0.5;
  }
  return out;
}
/** 1-based competition ranks with mcda's tie tolerance (mcda.ranks.rank_scores). */
function ranksOf(scores) {
  const order = Array.from(scores.keys()).sort((a, b) => (scores[b] - scores[a]) || (a - b));
  const ranks = new Array(scores.length);
  let current = 1;
  order.forEach((index, position) => {
    if (position > 0 && scores[order[position - 1]] - scores[index] > TIE) current = position + 1;
    ranks[index] = current;
  });
  return { ranks, order };
}
/** score(target) − the best other score: > 0 when the target is first alone. */
function leadOf(view, method, w, position) {
  const scores = scoresOf(view, method, w);
  let best = -Infinity;
  for (let i = 0; i < scores.length; i++) if (i !== position && scores[i] > best) best = scores[i];
  return scores[position] - best;
}
/** leadOf as a function of the weights alone, without allocating (the search's inner loop). */
function leadFunction(view, method, position) {
  const m = view.eligible.length;
  if (method === "weighted_sum") {
    const values = view.methods.weighted_sum.values;
    return (w) => {
      let own = 0;
      let best = -Infinity;
      for (let i = 0; i < m; i++) {
        let total = 0;
        for (let j = 0; j < w.length; j++) total += values[i][j] * w[j];
        if (i === position) own = total;
        else if (total > best) best = total;
      }
      return own - best;
    };
  }
  const { ideal, anti } = view.methods.topsis;
  return (w) => {
    let own = 0;
    let best = -Infinity;
    for (let i = 0; i < m; i++) {
      let plus = 0;
      let minus = 0;
      for (let j = 0; j < w.length; j++) {
        const squared = w[j] * w[j];
        plus += squared * ideal[i][j];
        minus += squared * anti[i][j];
      }
      const toIdeal = Math.sqrt(plus);
      const toAnti = Math.sqrt(minus);
      const score = toIdeal + toAnti > 0 ? toAnti / (toIdeal + toAnti) : 0.5;
      if (i === position) own = score;
      else if (score > best) best = score;
    }
    return own - best;
  };
}
function distance(a, b) {
  let total = 0;
  for (let j = 0; j < a.length; j++) total += Math.abs(a[j] - b[j]);
  return total;
}
function between(a, b, t) {
  return a.map((x, j) => x + t * (b[j] - x));
}

/** Uniform random weight vectors on the simplex (Dirichlet(1)), seeded (mulberry32). */
function samplesFor(decision) {
  if (decision.samples) return decision.samples;
  let state = (decision.seed >>> 0) ^ 0x9e3779b9;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const n = decision.criteria.length;
  const out = [];
  for (let s = 0; s < SAMPLES; s++) {
    const draw = [];
    let total = 0;
    for (let j = 0; j < n; j++) {
      const e = -Math.log(1 - random());
      draw.push(e);
      total += e;
    }
    out.push(draw.map((x) => x / total));
  }
  decision.samples = out;
  return out;
}

/** The weights nearest ``w`` (L1) at which ``wins`` holds, by a local search:
 * start points are the single transfers of weight from one criterion to another
 * and the nearest ``candidates`` (winning random samples and engine weights),
 * each pulled back along the segment toward ``w`` to the boundary (bisection);
 * then a pattern search moves weight between pairs of criteria and pulls back again
 * while that brings the point nearer. A local answer, not a certificate. */
function nearest(w, wins, candidates) {
  const n = w.length;
  const bisect = (target, steps = 30) => {
    let low = 0;
    let high = 1;
    for (let step = 0; step < steps; step++) {
      const middle = (low + high) / 2;
      if (wins(between(w, target, middle))) high = middle;
      else low = middle;
    }
    return between(w, target, high);
  };
  let best = null;
  let bestDistance = Infinity;
  const consider = (point) => {
    const d = distance(point, w);
    if (d < bestDistance - 1e-15) {
      best = point;
      bestDistance = d;
      return true;
    }
    return false;
  };
  for (let i = 0; i < n; i++) {
    if (!(w[i] > 0)) continue;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const end = w.slice();
      end[j] += end[i];
      end[i] = 0;
      if (wins(end)) consider(bisect(end));
    }
  }
  const found = candidates.slice().sort((a, b) => distance(a, w) - distance(b, w));
  for (const candidate of found.slice(0, 12)) consider(bisect(candidate));
  if (!best) return null;
  for (const delta of [0.02, 0.005, 0.001, 2e-4]) {
    for (let round = 0, moved = true; moved && round < 12; round++) {
      moved = false;
      for (let i = 0; i < n; i++) {
        if (best[i] < delta) continue;
        for (let j = 0; j < n; j++) {
          if (j === i) continue;
          const trial = best.slice();
          trial[i] -= delta;
          trial[j] += delta;
          if (wins(trial) && consider(bisect(trial, 24))) moved = true;
        }
      }
    }
  }
  return bisect(best, 50);
}

// -- AHP and rank weights for the form (as mcda.ahp, mcda.weights) -----------------------
/** Principal eigenvector (sum 1) and λmax of a positive reciprocal matrix. */
function perron(matrix) {
  const n = matrix.length;
  let v = new Array(n).fill(1 / n);
  for (let iteration = 0; iteration < 100000; iteration++) {
    const u = matrix.map((row) => row.reduce((total, a, j) => total + a * v[j], 0));
    const total = u.reduce((a, b) => a + b, 0);
    const next = u.map((x) => x / total);
    const change = Math.max(...next.map((x, i) => Math.abs(x - v[i])));
    v = next;
    if (change < 1e-16) break;
  }
  const product = matrix.map((row) => row.reduce((total, a, j) => total + a * v[j], 0));
  return { weights: v, lambda: product.reduce((a, b) => a + b, 0) };
}
function consistency(lambda, n, randomIndex) {
  if (n <= 2 || !randomIndex) return 0;
  return (lambda - n) / (n - 1) / randomIndex;
}
function rocWeights(ranks) {
  const n = ranks.length;
  return ranks.map((k) => {
    let total = 0;
    for (let i = k; i <= n; i++) total += 1 / i;
    return total / n;
  });
}
/** AIJ: the element-wise geometric mean of the matrices (missing pairs left out), then
 * the eigenvector; null when some pair was judged by nobody. */
function aij(matrices, randomIndex) {
  const n = matrices[0].length;
  const group = [];
  for (let i = 0; i < n; i++) {
    const row = [];
    for (let j = 0; j < n; j++) {
      let logs = 0;
      let count = 0;
      for (const matrix of matrices) {
        if (matrix[i][j] !== null) {
          logs += Math.log(matrix[i][j]);
          count += 1;
        }
      }
      if (!count) return null;
      row.push(Math.exp(logs / count));
    }
    group.push(row);
  }
  const result = perron(group);
  return { weights: result.weights, consistency: consistency(result.lambda, n, randomIndex) };
}
/** Kendall's W of the rows' rankings (average ranks for ties; Kendall 1948's correction). */
function kendallW(rows) {
  const k = rows.length;
  const n = rows[0].length;
  const sums = new Array(n).fill(0);
  let ties = 0;
  for (const row of rows) {
    const order = Array.from(row.keys()).sort((a, b) => row[b] - row[a]);
    const ranks = new Array(n);
    for (let start = 0; start < n;) {
      let end = start;
      while (end + 1 < n && row[order[end + 1]] === row[order[start]]) end++;
      const average = (start + end) / 2 + 1;
      for (let p = start; p <= end; p++) ranks[order[p]] = average;
      const t = end - start + 1;
      ties += t * t * t - t;
      start = end + 1;
    }
    ranks.forEach((r, j) => { sums[j] += r; });
  }
  const mean = sums.reduce((a, b) => a + b, 0) / n;
  const spread = sums.reduce((total, s) => total + (s - mean) * (s - mean), 0);
  const denominator = k * k * (n * n * n - n) - k * ties;
  return denominator <= 0 ? 1 : (12 * spread) / denominator;
}
