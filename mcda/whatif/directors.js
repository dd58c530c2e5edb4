/* The what-if page, part 4 of 6: the directors' weights — the table, the aggregate
 * and agreement, the form, CSV in and out. */

// -- the directors --------------------------------------------------------------------
function groupOf(d) {
  const rows = d.directors;
  const winners = rows.map((row) => firstAt(d, row.weights));
  const out = { members: rows.map((r) => r.member), winners, mean: null, meanWinner: null, aij: null, aijWinner: null, kendallW: null, choiceShare: null, familyShare: null, choiceShareWithout: null };
  if (!rows.length) return out;
  const n = d.criteria.length;
  out.mean = new Array(n).fill(0).map((_, j) => rows.reduce((t, r) => t + r.weights[j], 0) / rows.length);
  out.meanWinner = firstAt(d, out.mean);
  const ahpRows = rows.filter((r) => r.matrix);
  if (ahpRows.length) {
    const embedded = d.embeddedAij;
    const same = embedded && embedded.members.length === ahpRows.length && ahpRows.every((r, i) => !r.added && r.member === embedded.members[i]);
    out.aij = aij(ahpRows.map((r) => r.matrix), d.data.randomIndex) || (same ? embedded : null);
    if (out.aij) out.aijWinner = firstAt(d, out.aij.weights);
  }
  if (rows.length >= 2) out.kendallW = kendallW(rows.map((r) => r.weights));
  const stated = d.data.stated;
  if (stated) {
    const family = stated.family.length ? stated.family : [stated.alternative];
    const shareOf = (list, members) => list.filter((w) => w.length === 1 && members.includes(w[0])).length / rows.length;
    out.choiceShare = shareOf(winners, [stated.alternative]);
    out.familyShare = shareOf(winners, family);
    if (d.data.views.length > 1 && d.view === 0) {
      const relaxed = d.data.views[1];
      out.choiceShareWithout = shareOf(rows.map((row) => evaluate(d, row.weights, relaxed).first), [stated.alternative]);
    }
  }
  return out;
}

function groupSentences(d, group) {
  const k = group.members.length;
  const title = d.data.title;
  if (!k) return [S.whatif_directors_none];
  const counts = new Map();
  for (const winner of group.winners) {
    const key = winner.join(",");
    counts.set(key, { winner, count: (counts.has(key) ? counts.get(key).count : 0) + 1 });
  }
  const listed = Array.from(counts.values()).sort((a, b) => b.count - a.count).map(({ winner, count }) => {
    const names = joinNames(winner.map((a) => label(d, a)));
    return tr("group_winner_count", { name: winner.length > 1 ? tr("group_tie", { names }) : names, count });
  });
  const out = [tr("group_count", { decision: title, count: k }), tr("group_winners", { winners: joinNames(listed) })];
  const stated = d.data.stated;
  if (stated && group.choiceShare !== null) {
    out.push(tr("group_choice_share", { by: stated.by, choice: label(d, stated.alternative), count: Math.round(group.choiceShare * k), total: k, share: share(group.choiceShare) }));
    if (stated.family.length > 1) out.push(tr("group_family_share", { family: stated.familyLabel, count: Math.round(group.familyShare * k), total: k }));
    if (group.choiceShareWithout !== null) out.push(tr("group_choice_share_without", { by: stated.by, count: Math.round(group.choiceShareWithout * k), total: k }));
  }
  if (group.meanWinner) out.push(tr("group_mean", { winner: joinNames(group.meanWinner.map((a) => label(d, a))) }));
  if (group.aijWinner) out.push(tr("group_aij", { count: d.directors.filter((r) => r.matrix).length, winner: joinNames(group.aijWinner.map((a) => label(d, a))) }));
  if (group.kendallW !== null) out.push(tr("group_kendall", { w: num(group.kendallW, 2), strength: strength(group.kendallW) }));
  const inconsistent = d.directors.filter((r) => r.consistency !== null && r.consistency !== undefined && r.consistency > 0.1).map((r) => r.member);
  if (inconsistent.length) out.push(tr("group_inconsistent", { count: inconsistent.length, names: joinNames(inconsistent) }));
  return out;
}
function strength(w) {
  if (w >= 0.9) return S.group_agreement_unusually_strong;
  if (w >= 0.7) return S.group_agreement_strong;
  if (w >= 0.5) return S.group_agreement_moderate;
  if (w >= 0.3) return S.group_agreement_weak;
  return S.group_agreement_very_weak;
}

function buildDirectors(d, ui) {
  const id = "d" + d.index;
  const box = el("section", { className: "directors", "aria-labelledby": id + "-directors" });
  box.append(el("h3", { id: id + "-directors", text: S.whatif_directors_heading }));
  ui.groupText = el("div", { className: "group-text" });
  box.append(ui.groupText);
  ui.groupTable = el("table", { className: "directors-table" });
  ui.criterionLegend = el("ul", { className: "legend criteria-legend" });
  box.append(el("div", { className: "table-wrap" }, [ui.groupTable]), ui.criterionLegend);
  const form = el("form", { className: "director-form", novalidate: true });
  const details = el("details", { className: "add" }, [el("summary", { text: S.whatif_add_heading }), form]);
  const name = el("input", { type: "text", id: id + "-name", autocomplete: "off", maxlength: 80 });
  form.append(el("p", {}, [el("label", { for: name.id, text: S.whatif_name + " " }), name]));
  const kinds = el("fieldset", {}, [el("legend", { text: S.whatif_kind })]);
  const fields = el("div", { className: "fields" });
  let kind = "swing";
  for (const [key, text] of [["swing", S.whatif_kind_swing], ["rank", S.whatif_kind_rank], ["ahp", S.whatif_kind_ahp]]) {
    const radio = el("input", { type: "radio", name: id + "-kind", value: key, id: id + "-kind-" + key });
    radio.checked = key === kind;
    radio.addEventListener("change", () => { kind = key; drawFields(); });
    kinds.append(el("label", { for: radio.id }, [radio, document.createTextNode(" " + text)]));
  }
  form.append(kinds, fields);
  const criteria = d.criteria;
  const inputs = [];
  const drawFields = () => {
    fields.replaceChildren();
    inputs.length = 0;
    if (kind === "ahp") {
      for (let a = 0; a < criteria.length; a++) {
        for (let b = a + 1; b < criteria.length; b++) {
          const select = el("select", { id: `${id}-p${a}-${b}` });
          for (const value of SAATY) {
            const text = value === 1 ? S.whatif_ahp_equal
              : value > 1 ? tr("whatif_ahp_more", { name: criteria[a].label, value })
                : tr("whatif_ahp_more", { name: criteria[b].label, value: Math.round(1 / value) });
            select.append(el("option", { value: String(value), text }));
          }
          select.value = "1";
          inputs.push({ a, b, select });
          fields.append(el("p", {}, [el("label", { for: select.id, text: tr("whatif_ahp_pair", { a: criteria[a].label, b: criteria[b].label }) }), select]));
        }
      }
      return;
    }
    criteria.forEach((criterion, j) => {
      const input = kind === "swing"
        ? el("input", { type: "number", min: 0, max: 100, step: 1, id: `${id}-r${j}`, inputmode: "decimal" })
        : el("select", { id: `${id}-r${j}` });
      if (kind === "rank") for (let r = 1; r <= criteria.length; r++) input.append(el("option", { value: r, text: String(r) }));
      if (kind === "rank") input.value = String(j + 1);
      inputs.push(input);
      fields.append(el("p", {}, [el("label", { for: input.id, text: criterion.label }), input]));
    });
  };
  drawFields();
  const message = el("p", { className: "message", role: "status" });
  form.append(el("p", {}, [el("button", { type: "submit", text: S.whatif_add })]), message);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    try {
      const entry = { member: name.value.trim(), source: "", added: true, matrix: null, consistency: null };
      if (kind === "swing") {
        entry.ratings = inputs.map((input) => (input.value.trim() === "" ? NaN : Number(input.value.replace(",", "."))));
      } else if (kind === "rank") {
        entry.ranks = inputs.map((input) => Number(input.value));
      } else {
        entry.judgements = inputs.map(({ a, b, select }) => [a, b, Number(select.value)]);
      }
      addDirector(d, entry);
      message.textContent = tr("whatif_added", { name: entry.member });
      message.className = "message ok";
      name.value = "";
    } catch (error) {
      message.textContent = error.message;
      message.className = "message error";
    }
  });
  box.append(details);
  const file = el("input", { type: "file", accept: ".csv,text/csv", id: id + "-csv", className: "visually-hidden" });
  const fileMessage = el("p", { className: "message", role: "status" });
  file.addEventListener("change", () => {
    const chosen = file.files && file.files[0];
    if (!chosen) return;
    chosen.text().then((text) => {
      try {
        const count = loadCsv(d, text, chosen.name);
        fileMessage.textContent = tr("whatif_csv_loaded", { count, file: chosen.name });
        fileMessage.className = "message ok";
      } catch (error) {
        fileMessage.textContent = error.message;
        fileMessage.className = "message error";
      }
      file.value = "";
    });
  });
  ui.save = el("a", { className: "save", download: d.data.id + ".csv", text: S.whatif_save_csv });
  box.append(el("div", { className: "csv" }, [file, el("label", { for: file.id, className: "button", text: S.whatif_load_csv }), ui.save, fileMessage]));
  box.append(el("p", { className: "note", text: S.whatif_added_note }));
  return box;
}

/** Add one director (``ratings``: SWING; ``ranks``: ROC; ``judgements``: AHP; or
 * ``weights``); the weights computed as mcda computes them. Throws a readable Error. */
function addDirector(d, entry) {
  const n = d.criteria.length;
  const member = String(entry.member || "").trim();
  if (!member) throw new Error(S.whatif_error_name);
  if (d.directors.some((r) => r.member === member)) throw new Error(tr("whatif_error_duplicate", { name: member }));
  let weights;
  let method = entry.method || "csv";
  let matrix = null;
  let cr = null;
  if (entry.ratings) {
    if (entry.ratings.length !== n || entry.ratings.some((r) => !Number.isFinite(r) || r < 0 || r > 100)) throw new Error(S.whatif_error_rating);
    if (Math.max(...entry.ratings) !== 100) throw new Error(S.whatif_error_top);
    const total = entry.ratings.reduce((a, b) => a + b, 0);
    weights = entry.ratings.map((r) => r / total);
    method = "swing";
  } else if (entry.ranks) {
    const sorted = entry.ranks.slice().sort((a, b) => a - b);
    if (entry.ranks.length !== n || sorted.some((r, i) => r !== i + 1)) throw new Error(tr("whatif_error_ranks", { n }));
    weights = rocWeights(entry.ranks);
    method = "roc";
  } else if (entry.judgements) {
    matrix = d.criteria.map((_, i) => d.criteria.map((__, j) => (i === j ? 1 : null)));
    for (const [a, b, value] of entry.judgements) {
      matrix[a][b] = value;
      matrix[b][a] = 1 / value;
    }
    if (matrix.some((row) => row.some((v) => v === null))) throw new Error(S.whatif_kind_ahp);
    const result = perron(matrix);
    weights = result.weights;
    cr = consistency(result.lambda, n, d.data.randomIndex);
    method = "ahp";
  } else {
    weights = normalise(entry.weights);
  }
  d.directors.push({ member, method, source: entry.source || "", weights, matrix, consistency: cr, added: true });
  update(d, true);
  return d.directors[d.directors.length - 1];
}

function parseCsv(text) {
  const first = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0];
  const delimiter = (first.split(";").length > first.split(",").length) ? ";" : ",";
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\ufeff/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) { row.push(cell); cell = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      row.push(cell); cell = "";
      if (row.some((x) => x.trim() !== "")) rows.push(row);
      row = [];
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x.trim() !== "")) rows.push(row);
  return { rows, delimiter };
}

/** Load ``member,method,<criterion>…`` rows (mcda swing collect's CSV) into decision d. */
function loadCsv(d, text, fileName) {
  const { rows, delimiter } = parseCsv(text);
  const ids = d.criteria.map((c) => c.id);
  const header = rows.length ? rows[0].map((x) => x.trim()) : [];
  const hasMethod = header[1] === "method";
  const columns = header.slice(hasMethod ? 2 : 1);
  const fits = header[0] === "member" && columns.length === ids.length && ids.every((c) => columns.includes(c));
  if (!fits) throw new Error(tr("whatif_error_csv_header", { file: fileName, ids: ids.join(",") }));
  const entries = [];
  rows.slice(1).forEach((row, index) => {
    const where = (why) => new Error(tr("whatif_error_csv_row", { file: fileName, row: index + 2, why }));
    let member = (row[0] || "").trim();
    if (member.startsWith("'") && "=+-@".includes(member[1])) member = member.slice(1);
    const values = {};
    columns.forEach((column, k) => {
      const raw = (row[k + (hasMethod ? 2 : 1)] || "").trim();
      const value = Number(delimiter === ";" ? raw.replace(",", ".") : raw);
      if (raw === "" || !Number.isFinite(value) || value < 0) throw where(tr("whatif_error_csv_weight", { value: JSON.stringify(raw) }));
      values[column] = value;
    });
    const weights = ids.map((c) => values[c]);
    if (!(Math.max(...weights) > 0)) throw where(S.whatif_error_csv_zero);
    entries.push({ member, method: hasMethod ? (row[1] || "").trim() || "csv" : "csv", weights, source: fileName });
  });
  const before = d.directors.length;
  try {
    for (const entry of entries) addDirector(d, entry);
  } catch (error) {
    d.directors.length = before;
    update(d, true);
    throw error;
  }
  return entries.length;
}

function directorsCsv(d) {
  const quote = (text) => (/[",;\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text);
  const safe = (text) => ("=+-@\t\r".includes(text[0] || "x") ? "'" + text : text);
  const lines = [["member", "method"].concat(d.criteria.map((c) => c.id)).join(",")];
  for (const row of d.directors) {
    lines.push([quote(safe(row.member)), quote(row.method)].concat(row.weights.map((w) => w.toFixed(6))).join(","));
  }
  return lines.join("\n") + "\n";
}

/** The presets from the directors' weights, shown only when there are such weights. */
function renderGroupPresets(d, group) {
  d.ui.meanButton.hidden = !group.mean;
  d.ui.aijButton.hidden = !group.aij;
}
/** The directors' section: the sentences, one row per director, the mean and AIJ rows. */
function renderDirectors(d, group) {
  const ui = d.ui;
  ui.groupText.replaceChildren(...groupSentences(d, group).map((text) => el("p", { text })));
  const table = ui.groupTable;
  table.replaceChildren();
  ui.save.hidden = !d.directors.length;
  if (d.directors.length) ui.save.href = "data:text/csv;charset=utf-8," + encodeURIComponent(directorsCsv(d));
  ui.criterionLegend.hidden = !d.directors.length;
  if (!d.directors.length) { table.hidden = true; return; }
  table.hidden = false;
  table.append(el("thead", {}, [el("tr", {}, [
    el("th", { scope: "col", text: S.whatif_director }),
    el("th", { scope: "col", text: S.whatif_director_method }),
    el("th", { scope: "col", text: S.whatif_director_first }),
    el("th", { scope: "col", text: S.whatif_weights_heading }),
    el("th", { scope: "col" }, [el("span", { className: "visually-hidden", text: S.whatif_show })]),
  ])]));
  const body = el("tbody");
  const firstCell = (winner) => {
    const cell = el("td", { className: "winner" });
    winner.forEach((a, i) => {
      if (i) cell.append(document.createTextNode(", "));
      cell.append(el("span", { className: "swatch", style: "background:" + colourOf(d, a) }), document.createTextNode(label(d, a)));
    });
    return cell;
  };
  const showButton = (name, weights) => {
    const button = el("button", { type: "button", text: S.whatif_show, "aria-label": tr("whatif_show_named", { name }) });
    button.addEventListener("click", () => {
      setWeights(d, weights);
      d.ui.grid.scrollIntoView({ block: "start", behavior: "smooth" });
    });
    return button;
  };
  d.directors.forEach((row, i) => {
    const method = S["whatif_method_" + row.method] || row.method;
    const given = row.consistency !== null && row.consistency !== undefined ? method + " · " + tr("whatif_cr", { cr: num(row.consistency, 2) }) : method;
    const actions = el("td", { className: "actions" }, [showButton(row.member, row.weights)]);
    if (row.added) {
      const remove = el("button", { type: "button", text: S.whatif_remove, "aria-label": tr("whatif_remove_named", { name: row.member }) });
      remove.addEventListener("click", () => { d.directors.splice(i, 1); update(d, true); });
      actions.append(remove);
    }
    const stated = d.data.stated;
    const tr_ = el("tr", { className: stated && group.winners[i].length === 1 && group.winners[i][0] === stated.alternative ? "choice" : null }, [
      el("th", { scope: "row", text: row.member }), el("td", { className: "given", text: given }), firstCell(group.winners[i]), weightsCell(d, row.weights), actions]);
    body.append(tr_);
  });
  const summaryRow = (name, weights, winner) => el("tr", { className: "aggregate" }, [
    el("th", { scope: "row", text: name }), el("td", { className: "given" }), firstCell(winner), weightsCell(d, weights), el("td", { className: "actions" }, [showButton(name, weights)])]);
  if (group.mean) body.append(summaryRow(S.whatif_mean_row, group.mean, group.meanWinner));
  if (group.aij) body.append(summaryRow(S.whatif_aij_row, group.aij.weights, group.aijWinner));
  table.append(body);
  ui.criterionLegend.replaceChildren(...d.criteria.map((c, j) => el("li", {}, [
    el("span", { className: "swatch", style: "background:" + CRITERION_COLOURS[j % CRITERION_COLOURS.length] }),
    document.createTextNode(c.label)])));
}
/** A director's weights as one stacked bar (criterion colours), the numbers as its label. */
function weightsCell(d, weights) {
  const text = d.criteria.map((c, j) => c.label + " " + num(weights[j], 2)).join(S.list_separator);
  const bar = el("span", { className: "stack", role: "img", "aria-label": text, title: text });
  weights.forEach((w, j) => bar.append(el("span", { style: `width:${100 * w}%;background:${CRITERION_COLOURS[j % CRITERION_COLOURS.length]}` })));
  return el("td", { className: "weights-cell" }, [bar]);
}

// -- moving weights -------------------------------------------------------------------
