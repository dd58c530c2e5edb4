/* The what-if page, part 3 of 6: a decision's panel — controls, presets, sliders
 * with locks, the ranking — and moving the weights. */

// -- building a decision's panel --------------------------------------------------------
function colourOf(d, alternative) {
  const stated = d.data.stated;
  if (stated && alternative === stated.alternative) return CHOICE_COLOUR;
  if (stated && stated.family.includes(alternative)) return FAMILY_COLOUR;
  const others = d.data.alternatives.map((_, i) => i)
    .filter((i) => !stated || (i !== stated.alternative && !stated.family.includes(i)));
  return PALETTE[others.indexOf(alternative) % PALETTE.length];
}

/** Fill decision d's (empty) panel: built when first shown, or after the page opened. */
function ensureBuilt(d) {
  if (d.ui) return;
  buildPanel(d, d.panel);
  syncControls(d);
}
function buildPanel(d, panel) {
  const data = d.data;
  const id = "d" + d.index;
  const ui = { sliders: [], values: [], locks: [], presetButtons: [] };
  panel.append(el("h2", { text: data.title }));
  if (data.description) panel.append(el("p", { className: "lead", text: data.description }));

  // controls: method, requirements, presets
  const controls = el("div", { className: "controls" });
  const methods = el("fieldset", { className: "toggle" }, [el("legend", { text: S.whatif_method })]);
  for (const method of data.methods) {
    const input = el("input", { type: "radio", name: id + "-method", value: method.key, id: id + "-m-" + method.key });
    input.checked = method.key === d.method;
    input.addEventListener("change", () => { d.method = method.key; update(d, true); });
    methods.append(el("label", { for: input.id }, [input, document.createTextNode(" " + method.title)]));
  }
  controls.append(methods);
  if (data.views.length > 1) {
    const screened = data.views[1].eligible.filter((a) => !data.views[0].eligible.includes(a)).map((a) => label(d, a));
    ui.requirementsText = tr("whatif_requirements", { by: data.requirementsBy, names: joinNames(screened) });
    const box = el("input", { type: "checkbox", id: id + "-requirements" });
    box.checked = d.view === 0;
    box.addEventListener("change", () => { d.view = box.checked ? 0 : 1; update(d, true); });
    ui.requirements = box;
    controls.append(el("label", { className: "check", for: box.id }, [box, document.createTextNode(" " + ui.requirementsText)]));
  }
  panel.append(controls);

  const presets = el("div", { className: "presets", role: "group", "aria-label": S.whatif_presets });
  presets.append(el("span", { className: "presets-label", text: S.whatif_presets + ":" }));
  const addPreset = (text, weightsFor, kind) => {
    const button = el("button", { type: "button", text, "data-preset": kind });
    button.addEventListener("click", () => {
      const w = weightsFor();
      if (w) setWeights(d, w);
    });
    presets.append(button);
    ui.presetButtons.push({ button, weightsFor, kind });
    return button;
  };
  for (const preset of data.presets) addPreset(preset.label, () => preset.weights, preset.id);
  if (data.stated) {
    addPreset(tr("whatif_preset_central", { name: label(d, data.stated.alternative) }), () => viewOf(d).central, "central");
    ui.nearestButton = addPreset(tr("whatif_preset_nearest", { by: data.stated.by }), () => {
      const w = nearestWin(d, data.stated.alternative);
      return w;
    }, "nearest");
  }
  ui.meanButton = addPreset(S.whatif_preset_mean, () => d.group.mean, "mean"); // shown once d.group is
  ui.aijButton = addPreset(S.whatif_preset_aij, () => (d.group.aij ? d.group.aij.weights : null), "aij");
  panel.append(presets);

  ui.now = el("p", { className: "now", "aria-hidden": "true" });
  ui.printState = el("p", { className: "print-only" });
  panel.append(ui.now, ui.printState);
  const grid = el("div", { className: "grid" });
  ui.grid = grid;
  // sliders
  const weightsBox = el("div", { className: "weights" }, [el("h3", { text: S.whatif_weights_heading })]);
  data.criteria.forEach((criterion, j) => {
    const slider = el("input", { type: "range", min: 0, max: 1, step: 0.01, id: id + "-w" + j, "aria-describedby": id + "-ends" + j });
    slider.addEventListener("input", () => moveWeight(d, j, Number(slider.value)));
    const value = el("output", { for: slider.id, className: "value" });
    const lock = el("button", { type: "button", className: "lock", "aria-pressed": "false", "aria-label": tr("whatif_lock", { name: criterion.label }), title: tr("whatif_lock", { name: criterion.label }) });
    lock.append(lockIcon());
    lock.addEventListener("click", () => {
      d.locked[j] = !d.locked[j];
      update(d, false);
    });
    const ends = el("details", { className: "ends", id: id + "-ends" + j }, [
      el("summary", { text: S.whatif_scale_ends }),
      el("p", {}, [el("strong", { text: S.whatif_worst + ": " }), document.createTextNode(criterion.worst)]),
      el("p", {}, [el("strong", { text: S.whatif_best + ": " }), document.createTextNode(criterion.best)]),
    ]);
    const row = el("div", { className: "slider" }, [
      el("div", { className: "slider-head" }, [el("label", { for: slider.id, text: criterion.label }), value, lock]),
      slider, ends,
    ]);
    weightsBox.append(row);
    ui.sliders.push(slider);
    ui.values.push(value);
    ui.locks.push(lock);
  });
  ui.sum = el("p", { className: "sum" });
  weightsBox.append(ui.sum);
  grid.append(weightsBox);

  // ranking and sentence
  const rankingBox = el("div", { className: "ranking" }, [el("h3", { text: S.whatif_ranking_heading })]);
  ui.sentence = el("p", { className: "sentence", "aria-live": "polite" });
  ui.apply = el("button", { type: "button", className: "apply", text: S.whatif_apply_nearest });
  ui.apply.addEventListener("click", () => { if (ui.applyTarget) setWeights(d, ui.applyTarget); });
  ui.note = el("p", { className: "note", text: S.whatif_search_note });
  rankingBox.append(ui.sentence, el("div", { className: "actions" }, [ui.apply]), ui.note);
  ui.list = el("ol", { className: "rank-list" });
  rankingBox.append(ui.list);
  ui.screened = el("div", { className: "screened" });
  rankingBox.append(ui.screened);
  ui.shareNote = el("p", { className: "note" });
  rankingBox.append(ui.shareNote);
  grid.append(rankingBox);

  // the map
  const mapBox = el("div", { className: "map" }, [el("h3", { text: S.whatif_map_heading })]);
  if (d.slice) {
    const chooser = el("div", { className: "map-choose", role: "group", "aria-label": S.whatif_map_choose });
    ui.sliceSelects = [0, 1, 2].map((corner) => {
      const select = el("select", { "aria-label": tr("whatif_map_corner", { number: corner + 1 }) });
      data.criteria.forEach((criterion, j) => select.append(el("option", { value: j, text: criterion.label })));
      select.value = String(d.slice[corner]);
      select.addEventListener("change", () => {
        const chosen = Number(select.value);
        const other = d.slice.indexOf(chosen);
        if (other >= 0 && other !== corner) d.slice[other] = d.slice[corner];
        d.slice[corner] = chosen;
        ui.sliceSelects.forEach((s, c) => { s.value = String(d.slice[c]); });
        update(d, false);
      });
      return select;
    });
    chooser.append(el("span", { text: S.whatif_map_choose + ":" }), ...ui.sliceSelects);
    mapBox.append(chooser);
  }
  ui.canvas = el("canvas", { className: "ternary", role: "img" });
  ui.canvas.addEventListener("click", (event) => pickOnMap(d, event));
  ui.corners = [0, 1, 2].map((c) => el("span", { className: "corner corner-" + c }));
  const figure = el("div", { className: "map-figure" }, [ui.corners[0], ui.canvas, el("div", { className: "corner-row" }, [ui.corners[1], ui.corners[2]])]);
  ui.legend = el("ul", { className: "legend" });
  ui.caption = el("p", { className: "note" });
  mapBox.append(figure, ui.legend, ui.caption);
  if (data.criteria.length < 2) mapBox.hidden = true;
  grid.append(mapBox);
  panel.append(grid);

  panel.append(buildDirectors(d, ui));
  ui.link = el("a", { className: "permalink", text: S.whatif_link });
  panel.append(el("p", { className: "note permalink-note" }, [ui.link, document.createTextNode(" — " + S.whatif_link_note)]));
  d.ui = ui;
  return panel;
}

function lockIcon() {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("width", "16");
  svg.setAttribute("height", "16");
  svg.setAttribute("aria-hidden", "true");
  const body = document.createElementNS(ns, "rect");
  for (const [k, v] of Object.entries({ x: 3, y: 7, width: 10, height: 8, rx: 1.5 })) body.setAttribute(k, v);
  const shackle = document.createElementNS(ns, "path");
  shackle.setAttribute("d", "M5 7V5a3 3 0 0 1 6 0v2");
  shackle.setAttribute("class", "shackle");
  svg.append(shackle, body);
  return svg;
}


/** Slider j to ``value``: the unlocked others share the rest in their proportions. */
function moveWeight(d, j, value) {
  const w = d.weights;
  const free = [];
  let lockedTotal = 0;
  w.forEach((x, k) => {
    if (k === j) return;
    if (d.locked[k]) lockedTotal += x;
    else free.push(k);
  });
  if (!free.length) { update(d, false); return; }
  const target = Math.min(Math.max(value, 0), Math.max(0, 1 - lockedTotal));
  const rest = Math.max(0, 1 - lockedTotal - target);
  const freeTotal = free.reduce((t, k) => t + w[k], 0);
  for (const k of free) w[k] = freeTotal > 0 ? (w[k] * rest) / freeTotal : rest / free.length;
  w[j] = target;
  d.weights = normalise(w);
  update(d, false);
}
function setWeights(d, weights) {
  if (!weights || weights.length !== d.criteria.length) throw new RangeError("expected " + d.criteria.length + " weights");
  d.weights = normalise(Array.from(weights, Number));
  update(d, false);
  return api.result(d.data.id);
}

// -- rendering ------------------------------------------------------------------------
function renderWeights(d) {
  const ui = d.ui;
  d.weights.forEach((w, j) => {
    const slider = ui.sliders[j];
    slider.value = String(w);
    slider.disabled = d.locked[j];
    slider.setAttribute("aria-valuetext", num(w, 2));
    ui.values[j].textContent = num(w, 2);
    ui.locks[j].setAttribute("aria-pressed", String(d.locked[j]));
    ui.locks[j].classList.toggle("on", d.locked[j]);
  });
  ui.sum.textContent = tr("whatif_sum", { total: num(d.weights.reduce((a, b) => a + b, 0), 2) });
}

function renderRanking(d, result) {
  const ui = d.ui;
  const view = result.view;
  const stated = d.data.stated;
  const smaaShown = viewOf(d).smaa && d.data.methods.find((m) => m.key === d.method).name === viewOf(d).smaa.method;
  const items = result.order.map((position) => {
    const alternative = view.eligible[position];
    const score = result.scores[position];
    const badges = el("span", { className: "badges" });
    if (stated && alternative === stated.alternative) badges.append(el("span", { className: "badge choice", text: tr("whatif_choice_badge", { by: stated.by }) }));
    else if (stated && stated.family.includes(alternative)) badges.append(el("span", { className: "badge family", text: tr("whatif_family_badge", { family: stated.familyLabel }) }));
    const bar = el("span", { className: "bar" }, [el("span", { className: "fill", style: `width:${Math.max(0, Math.min(1, score)) * 100}%;background:${colourOf(d, alternative)}` })]);
    const meta = smaaShown ? el("span", { className: "share", text: tr("whatif_share", { share: share(view.smaa.first[position]) }) }) : null;
    return el("li", { className: result.ranks[position] === 1 ? "first" : null, "data-alternative": d.data.alternatives[alternative].id }, [
      el("span", { className: "rank", text: String(result.ranks[position]) }),
      el("span", { className: "name" }, [el("span", { text: label(d, alternative) }), badges]),
      el("span", { className: "score", text: num(score, 3) }),
      bar, meta,
    ]);
  });
  ui.list.replaceChildren(...items);
  if (ui.nearestButton) ui.nearestButton.hidden = result.first.length === 1 && result.first[0] === stated.alternative;
  const method = d.data.methods.find((m) => m.key === d.method).title;
  ui.printState.textContent = method + (d.data.views.length > 1
    ? " · " + (view.requirements ? ui.requirementsText : S.whatif_without_requirements) : "");
  ui.now.textContent = S.whatif_director_first + ": " + joinNames(result.first.map((a) => label(d, a))) +
    " · " + num(result.scores[result.order[0]], 3);
  ui.screened.replaceChildren();
  if (view.screened.length) {
    ui.screened.append(el("h4", { text: S.whatif_screened_heading }), el("ul", {}, view.screened.map((s) =>
      el("li", { text: label(d, s.alternative) + " — " + s.reason }))));
  }
  const smaa = view.smaa;
  ui.shareNote.hidden = !smaaShown;
  if (smaa) ui.shareNote.textContent = tr("whatif_share_note", { method: d.data.methods.find((m) => m.name === smaa.method)?.title || smaa.method, samples: num(smaa.samples, 0), seed: smaa.seed });
}

function renderSentence(d, result) {
  const ui = d.ui;
  const said = sentence(d, result);
  ui.sentence.textContent = said.text;
  ui.applyTarget = said.target;
  ui.apply.hidden = !said.target;
  ui.note.hidden = !said.searched;
  d.lastSentence = said;
}

// the ternary map: the three chosen criteria vary, the others keep their weights
