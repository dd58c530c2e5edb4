/* The what-if page, part 2 of 6: each decision's state, its ranking, the searches
 * and the sentence under the ranking. */

// -- one decision's state ---------------------------------------------------------------
const decisions = DATA.decisions.map((decision, index) => ({
  data: decision,
  index,
  seed: decision.seed,
  criteria: decision.criteria,
  weights: normalise(decision.initial),
  locked: decision.criteria.map(() => false),
  method: decision.defaultMethod,
  view: 0,
  slice: decision.slice ? decision.slice.slice() : null,
  directors: (decision.directors ? decision.directors.rows : []).map((row) => ({ ...row, added: false })),
  embeddedAij: decision.directors ? decision.directors.aij : null,
  group: null, // groupOf(d), computed at each structural update
  directorsStale: false,
  ui: null,
  samples: null,
}));
const byId = new Map(decisions.map((d) => [d.data.id, d]));
let active = decisions[0];

function viewOf(d) { return d.data.views[d.view]; }
function label(d, alternative) { return d.data.alternatives[alternative].label; }
function choicePosition(d) {
  const stated = d.data.stated;
  return stated ? viewOf(d).eligible.indexOf(stated.alternative) : -1;
}

/** The ranking of decision ``d`` at weights ``w`` (current ones by default), in its
 * current view (or ``view``). */
function evaluate(d, w, view_) {
  const view = view_ || viewOf(d);
  const weights = w || d.weights;
  const scores = scoresOf(view, d.method, weights);
  const { ranks, order } = ranksOf(scores);
  const first = order.filter((i) => ranks[i] === 1).map((i) => view.eligible[i]);
  return { view, scores, ranks, order, first };
}
function firstAt(d, w) {
  return evaluate(d, w).first;
}

/** The samples and the engine's winning weights at which ``test`` holds: they do not
 * depend on the current weights, so each (view, method, question) is sorted out once. */
function candidates(d, key, test) {
  d.candidateCache = d.candidateCache || new Map();
  const full = d.view + "|" + d.method + "|" + key;
  if (!d.candidateCache.has(full)) d.candidateCache.set(full, samplesFor(d).concat(viewOf(d).known).filter(test));
  return d.candidateCache.get(full);
}
function nearestWin(d, alternative) {
  const view = viewOf(d);
  const position = view.eligible.indexOf(alternative);
  if (position < 0) return null;
  const lead = leadFunction(view, d.method, position);
  const wins = (w) => lead(w) >= MARGIN;
  if (wins(d.weights)) return d.weights.slice();
  return nearest(d.weights, wins, candidates(d, "win" + position, wins));
}
function nearestLoss(d, alternative) {
  const view = viewOf(d);
  const position = view.eligible.indexOf(alternative);
  if (view.eligible.length < 2) return null;
  const lead = leadFunction(view, d.method, position);
  const loses = (w) => lead(w) <= -MARGIN;
  return nearest(d.weights, loses, candidates(d, "loss" + position, loses));
}
function changes(d, from, to) {
  const list = d.criteria.map((c, j) => ({ label: c.label, change: to[j] - from[j] }))
    .filter((item) => Math.abs(item.change) >= SHOWN_CHANGE)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  return list.map((item) => item.label + " " + signed(item.change)).join(S.list_separator);
}

/** The sentence under the ranking, and the weights its button would show. */
function sentence(d, result) {
  const names = joinNames(result.first.map((a) => label(d, a)));
  const parts = [tr(result.first.length > 1 ? "whatif_tie_first" : "whatif_first", { names })];
  const stated = d.data.stated;
  const view = viewOf(d);
  let target = null;
  let searched = false;
  const holds = (leader) => {
    if (view.dominance && view.dominance.status === "dominates_all" && stated && leader === stated.alternative) {
      parts.push(tr("whatif_dominates", { name: label(d, leader) }));
      return;
    }
    const loss = nearestLoss(d, leader);
    searched = true;
    if (!loss) {
      parts.push(tr("whatif_never_overtaken"));
      return;
    }
    const other = joinNames(firstAt(d, loss).map((a) => label(d, a)));
    parts.push(tr("whatif_holds", { moved: num(distance(loss, d.weights) / 2, 2), changes: changes(d, d.weights, loss), other }));
    target = loss;
  };
  const alone = result.first.length === 1 ? result.first[0] : null;
  if (!stated) {
    if (alone !== null) holds(alone);
  } else if (choicePosition(d) < 0) {
    parts.push(tr("whatif_choice_screened", { by: stated.by }));
  } else if (alone === stated.alternative) {
    parts.push(tr("whatif_choice_is_first", { by: stated.by }));
    holds(alone);
  } else {
    const choice = label(d, stated.alternative);
    if (alone !== null && stated.family.includes(alone)) {
      parts.push(tr("whatif_family_member", { name: label(d, alone), by: stated.by, family: stated.familyLabel }));
    }
    if (view.dominance && view.dominance.status === "dominated") {
      parts.push(tr("whatif_choice_dominated", { by: stated.by, choice, others: joinNames(view.dominance.by.map((a) => label(d, a))) }));
    } else {
      const win = nearestWin(d, stated.alternative);
      searched = true;
      if (win) {
        parts.push(tr("whatif_choice_needs", { by: stated.by, choice, moved: num(distance(win, d.weights) / 2, 2), changes: changes(d, d.weights, win) }));
        target = win;
      } else {
        parts.push(tr("whatif_choice_never", { by: stated.by, choice }));
      }
    }
  }
  return { text: parts.join(" "), target, searched };
}
