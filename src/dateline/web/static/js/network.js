// Actor network: an arrow from each event's source to its target (accuses, requests from,
// meets...), width by number of events, colour by the most frequent event type. A simple
// force layout (repulsion between all nodes, springs along edges, gravity to the centre).

import { el, empty, plural, svg, typeColor } from "./api.js";

const W = 640;
const H = 420;
const MAX_NODES = 28;
const KIND_COLORS = { cty: "#3d5a80", org: "#8a5a44", per: "#4c7a5a", grp: "#7a4c7a", igo: "#5a6f8a" };
const KIND_NAMES = { cty: "country", org: "organization", per: "person", grp: "group", igo: "international body" };

// With an actor filter, only that actor's own links (its events may link others too).
function touches(actor, network) {
  if (!actor) return () => true;
  const text = actor.toLowerCase();
  const names = new Map(network.nodes.map((n) => [n.id, n.name.toLowerCase()]));
  const match = (id) => id === actor || id.toLowerCase().includes(text) || (names.get(id) || "").includes(text);
  return (edge) => match(edge.source) || match(edge.target);
}

// Connected groups of actors, heaviest first: the biggest is drawn, then smaller ones while
// they fit (unrelated stories in one database do not scatter the picture).
function groups(edges) {
  const parent = new Map();
  const find = (x) => {
    if (!parent.has(x)) parent.set(x, x);
    while (parent.get(x) !== x) x = parent.get(x);
    return x;
  };
  for (const e of edges) parent.set(find(e.source), find(e.target));
  const byRoot = new Map();
  for (const e of edges) {
    const root = find(e.source);
    if (!byRoot.has(root)) byRoot.set(root, { ids: new Set(), weight: 0 });
    const g = byRoot.get(root);
    g.ids.add(e.source); g.ids.add(e.target); g.weight += e.weight;
  }
  return [...byRoot.values()].sort((a, b) => b.weight - a.weight);
}

export function renderNetwork(box, network, actor = "") {
  const own = network.edges.filter(touches(actor, network));
  const linked = new Set();
  let left = 0;
  const found = groups(own);
  for (const g of found) {
    const minor = g.weight < 0.25 * found[0].weight; // a side story: listed, not drawn
    if (linked.size && (minor || linked.size + g.ids.size > MAX_NODES)) { left += 1; continue; }
    for (const id of g.ids) linked.add(id);
  }
  const nodes = network.nodes.filter((n) => linked.has(n.id)).slice(0, MAX_NODES).map((n, i) => ({ ...n, index: i }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = own.filter((e) => byId.has(e.source) && byId.has(e.target));
  if (!edges.length) {
    box.append(empty("No events with both a source and a target match these filters."));
    return;
  }
  layout(nodes, edges, byId);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "network-svg", role: "group", "aria-label": "Actor network" });
  const defs = svg("defs");
  const types = [...new Set(edges.map((e) => Object.keys(e.types)[0]))];
  for (const type of types) {
    defs.append(svg("marker", { id: `arrow-${type}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
                                orient: "auto-start-reverse", markerUnits: "userSpaceOnUse" },
      svg("path", { d: "M0,0L10,5L0,10Z", fill: typeColor(type) })));
  }
  chart.append(defs);
  const most = Math.max(...edges.map((e) => e.weight));
  const pairs = new Set(edges.map((e) => `${e.source}|${e.target}`));
  const radius = (n) => 6 + 10 * Math.sqrt(n.events / Math.max(...nodes.map((m) => m.events)));
  for (const e of edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    const type = Object.keys(e.types)[0];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const rb = radius(b) + 3;
    const bend = pairs.has(`${e.target}|${e.source}`) ? 0.18 : 0; // both directions: curve apart
    const ex = b.x - (dx / len) * rb;
    const ey = b.y - (dy / len) * rb;
    const cx = (a.x + ex) / 2 - dy * bend;
    const cy = (a.y + ey) / 2 + dx * bend;
    const summary = Object.entries(e.types).map(([t, n]) => `${t} ×${n}`).join(", ");
    chart.append(svg("path", { d: `M${a.x.toFixed(1)},${a.y.toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
                               class: "edge", stroke: typeColor(type), "stroke-width": (1.2 + 4 * Math.sqrt(e.weight / most)).toFixed(1),
                               "marker-end": `url(#arrow-${type})`, "data-source": e.source, "data-target": e.target, "data-weight": e.weight },
      svg("title", {}, `${a.name} → ${b.name}: ${plural(e.weight, "event")} (${summary})`)));
  }
  for (const n of nodes) {
    if (!edges.some((e) => e.source === n.id || e.target === n.id)) continue;
    const kind = n.type || "other";
    const g = svg("g", { class: "node", transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`, "data-actor": n.id, tabindex: 0, role: "button",
                         "aria-label": `${n.name}: filter by this actor` },
      svg("title", {}, `${n.name} (${n.id})\n${plural(n.events, "event")} · click to filter`),
      svg("circle", { r: radius(n).toFixed(1), fill: KIND_COLORS[kind] || "#6b7280" }),
      svg("text", { y: (radius(n) + 12).toFixed(1), class: "node-label" }, n.name));
    const pick = () => window.dispatchEvent(new CustomEvent("dateline:filter", { detail: { actor: n.id } }));
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); pick(); } });
    chart.append(g);
  }
  const kinds = [...new Set(nodes.map((n) => n.type))].filter((k) => KIND_COLORS[k]);
  const legend = el("div", { class: "legend" },
    ...kinds.map((k) => {
      const dot = el("span", { class: "legend-dot plain" });
      dot.style.background = KIND_COLORS[k];
      return el("span", { class: "legend-item" }, dot, KIND_NAMES[k] || k);
    }),
    ...types.slice(0, 6).map((t) => {
      const line = el("span", { class: "legend-line" });
      line.style.background = typeColor(t);
      return el("span", { class: "legend-item" }, line, t);
    }));
  box.append(chart, legend);
  if (left) box.append(el("p", { class: "note" }, `${plural(left, "smaller group")} of actors not drawn; filter by an actor to see its links.`));
}

function layout(nodes, edges, byId) {
  const n = nodes.length;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / n;
    node.x = W / 2 + (W / 3) * Math.cos(angle);
    node.y = H / 2 + (H / 3) * Math.sin(angle);
  });
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.55;
  let temperature = W / 8;
  for (let step = 0; step < 350; step++) {
    const disp = nodes.map(() => [0, 0]);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = nodes[i].x - nodes[j].x || 0.01;
        const dy = nodes[i].y - nodes[j].y || 0.01;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const f = (k * k) / d2;
        disp[i][0] += dx * f; disp[i][1] += dy * f;
        disp[j][0] -= dx * f; disp[j][1] -= dy * f;
      }
    }
    for (const e of edges) {
      const a = byId.get(e.source);
      const b = byId.get(e.target);
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const f = (d / k) * (1 + 0.5 * Math.log(e.weight)); // spring force d^2/k along the edge
      disp[a.index][0] -= dx * f; disp[a.index][1] -= dy * f;
      disp[b.index][0] += dx * f; disp[b.index][1] += dy * f;
    }
    nodes.forEach((node, i) => {
      disp[i][0] += (W / 2 - node.x) * 0.05;
      disp[i][1] += (H / 2 - node.y) * 0.07;
      const d = Math.max(Math.hypot(disp[i][0], disp[i][1]), 0.01);
      node.x += (disp[i][0] / d) * Math.min(d, temperature);
      node.y += (disp[i][1] / d) * Math.min(d, temperature);
      node.x = Math.max(40, Math.min(W - 40, node.x));
      node.y = Math.max(24, Math.min(H - 30, node.y));
    });
    temperature *= 0.985;
  }
}
