/* The what-if page, part 6 of 6: the address, the updates, the tabs, the page's API,
 * and the start. */

// -- the address ------------------------------------------------------------------------
let addressTimer = null;
function addressOf(d) {
  const params = new URLSearchParams();
  params.set("d", d.data.id);
  params.set("w", d.weights.map((w) => w.toFixed(6)).join(","));
  params.set("m", d.method);
  if (d.data.views.length > 1) params.set("r", d.view === 0 ? "1" : "0");
  if (d.slice) params.set("map", d.slice.join(","));
  return "#" + params.toString();
}
function writeAddress(d) {
  const hash = addressOf(d);
  d.ui.link.href = hash;
  if (d !== active) return;
  clearTimeout(addressTimer);
  addressTimer = setTimeout(() => {
    if (location.hash === hash) return;
    try {
      history.replaceState(null, "", hash);
    } catch {
      // a browser refusing it for file: pages: the "link to this view" still carries it
    }
  }, 120);
}
function readAddress() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const d = byId.get(params.get("d") || "");
  if (!d) return false;
  const weights = (params.get("w") || "").split(",").map(Number);
  if (weights.length === d.criteria.length && weights.every((w) => Number.isFinite(w) && w >= 0) && weights.some((w) => w > 0)) {
    d.weights = normalise(weights);
  }
  const method = params.get("m");
  if (d.data.methods.some((m) => m.key === method)) d.method = method;
  if (params.get("r") === "0" && d.data.views.length > 1) d.view = 1;
  const slice = (params.get("map") || "").split(",").map(Number);
  if (d.slice && slice.length === 3 && new Set(slice).size === 3 && slice.every((j) => Number.isInteger(j) && j >= 0 && j < d.criteria.length)) d.slice = slice;
  select(d);
  return true;
}

// -- updates ----------------------------------------------------------------------------
const pending = new Set();
let printing = false;
/** Redraw decision d: the weights and ranking now; the sentence, the directors' table,
 * the map and the address in the next frame (several slider events in one frame are
 * drawn once). */
function update(d, structural, force) {
  if (!d.ui) return;
  if (d.panel.hidden && !printing && !force) { d.stale = true; return; } // drawn when shown
  d.stale = false;
  const result = evaluate(d);
  renderWeights(d);
  renderRanking(d, result);
  if (structural) {
    d.group = groupOf(d);
    renderGroupPresets(d, d.group);
    d.directorsStale = true; // the table is below the first screen: drawn in the frame
    syncControls(d);
  }
  pending.add(d);
  if (pending.size === 1) requestAnimationFrame(flush);
}
/** Draw what ``update`` left for the frame. While the sliders move (``block`` 2) the map
 * is drawn in 2×2-pixel blocks and in full 250 ms after the last move. */
function flush(block = 2) {
  for (const d of pending) {
    const result = evaluate(d);
    renderSentence(d, result);
    if (d.directorsStale) { renderDirectors(d, d.group); d.directorsStale = false; }
    drawMap(d, block);
    clearTimeout(d.fineMap);
    if (block > 1) d.fineMap = setTimeout(() => drawMap(d, 1), 250);
    writeAddress(d);
  }
  pending.clear();
}
function syncControls(d) {
  const ui = d.ui;
  if (!ui) return;
  for (const method of d.data.methods) {
    const input = document.getElementById("d" + d.index + "-m-" + method.key);
    if (input) input.checked = method.key === d.method;
  }
  if (ui.requirements) ui.requirements.checked = d.view === 0;
  for (const { button, kind } of ui.presetButtons) {
    if (kind === "central") button.hidden = !viewOf(d).central;
  }
}

// -- the tabs -------------------------------------------------------------------------
const tabs = [];
function select(d) {
  ensureBuilt(d);
  active = d;
  decisions.forEach((other, k) => {
    const selected = other === d;
    tabs[k].setAttribute("aria-selected", String(selected));
    tabs[k].tabIndex = selected ? 0 : -1;
    other.panel.hidden = !selected;
  });
  syncControls(d);
  update(d, true);
}

function build() {
  const app = document.getElementById("app");
  if (decisions.length > 1) {
    const list = el("div", { className: "tabs", role: "tablist", "aria-label": S.whatif_decisions });
    decisions.forEach((d, k) => {
      const tab = el("button", { type: "button", role: "tab", id: "d" + k + "-tab", "aria-controls": "d" + k + "-panel", text: DATA.tabs[k] });
      tab.addEventListener("click", () => select(d));
      tab.addEventListener("keydown", (event) => {
        const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (!step) return;
        const next = decisions[(k + step + decisions.length) % decisions.length];
        select(next);
        tabs[next.index].focus();
      });
      tabs.push(tab);
      list.append(tab);
    });
    app.append(list);
  } else {
    tabs.push(el("span"));
  }
  for (const d of decisions) {
    const id = "d" + d.index;
    d.panel = el("section", { id: id + "-panel", className: "decision", role: "tabpanel", "aria-labelledby": id + "-tab" });
    d.panel.hidden = true;
    d.stale = true;
    app.append(d.panel);
  }
  window.addEventListener("beforeprint", () => {
    printing = true;
    for (const d of decisions) { ensureBuilt(d); update(d, true); flush(1); }
  });
  window.addEventListener("afterprint", () => { printing = false; });
  window.addEventListener("resize", () => { for (const d of decisions) if (d.ui && !d.panel.hidden) drawMap(d, 1); });
  window.addEventListener("hashchange", readAddress);
  if (!readAddress()) select(decisions[0]);
  // First paint the sliders and the ranking; the sentence (a search), the directors'
  // table (below the first screen) and the map come right after that frame, then the
  // other decisions, one per task (so that print has them all).
  const first = Array.from(pending);
  pending.clear();
  requestAnimationFrame(() => setTimeout(() => { // after the first frame is committed
    for (const d of first) pending.add(d);
    flush(1);
    api.timings.complete = performance.now();
    const rest = decisions.filter((d) => d.stale);
    const next = () => {
      const d = rest.shift();
      if (!d) return;
      ensureBuilt(d);
      if (d.stale) { update(d, true, true); flush(1); }
      setTimeout(next, 0);
    };
    setTimeout(next, 0);
  }, 0));
}

// -- the page's API (the tests and the curious use it) -----------------------------------
function find(id) {
  const d = id === undefined ? active : byId.get(id);
  if (!d) throw new RangeError("no decision " + id);
  return d;
}
const api = {
  decisions: () => decisions.map((d) => d.data.id),
  select: (id) => { select(find(id)); return id; },
  setWeights: (id, weights) => setWeights(find(id), weights),
  setMethod: (id, method) => {
    const d = find(id);
    if (!d.data.methods.some((m) => m.key === method)) throw new RangeError("no method " + method);
    d.method = method;
    update(d, true);
  },
  setRequirements: (id, on) => {
    const d = find(id);
    d.view = on || d.data.views.length < 2 ? 0 : 1;
    update(d, true);
  },
  result: (id) => {
    const d = find(id);
    const r = evaluate(d);
    return {
      weights: d.weights.slice(),
      method: d.method,
      methodName: d.data.methods.find((m) => m.key === d.method).name,
      requirements: r.view.requirements,
      alternatives: r.view.eligible.map((a) => d.data.alternatives[a].id),
      scores: Array.from(r.scores),
      ranks: r.ranks.slice(),
      first: r.first.map((a) => d.data.alternatives[a].id),
    };
  },
  shown: (id) => {
    const d = find(id);
    ensureBuilt(d);
    return { sentence: d.ui.sentence.textContent, target: d.ui.applyTarget, ranking: Array.from(d.ui.list.children).map((li) => li.dataset.alternative) };
  },
  nearest: (id, alternative) => {
    const d = find(id);
    const index = d.data.alternatives.findIndex((a) => a.id === alternative);
    if (index < 0) throw new RangeError("no alternative " + alternative);
    return nearestWin(d, index);
  },
  group: (id) => {
    const d = find(id);
    const g = groupOf(d);
    const ids = (list) => (list ? list.map((a) => d.data.alternatives[a].id) : null);
    return {
      members: g.members,
      methods: d.directors.map((r) => r.method),
      weights: d.directors.map((r) => r.weights),
      consistency: d.directors.map((r) => r.consistency),
      winners: g.winners.map(ids),
      mean: g.mean,
      meanWinner: ids(g.meanWinner),
      aij: g.aij ? g.aij.weights : null,
      aijWinner: ids(g.aijWinner),
      kendallW: g.kendallW,
      choiceShare: g.choiceShare,
      familyShare: g.familyShare,
      sentences: groupSentences(d, g),
    };
  },
  addDirector: (id, entry) => {
    const d = find(id);
    const row = addDirector(d, entry);
    return { member: row.member, method: row.method, weights: row.weights, consistency: row.consistency };
  },
  loadCsv: (id, text, name) => loadCsv(find(id), text, name || "weights.csv"),
  format: (value, digits) => num(value, digits),
  formatShare: (value, digits) => share(value, digits === undefined ? 0 : digits),
  timings: {},
};
window.mcdaWhatif = api;
api.timings.script = started;
api.timings.parsed = parsed - started;
build();
api.timings.ready = performance.now(); // since navigation start: built, ranked, not yet painted
