// Fetching from the dateline API (same origin only) and small DOM helpers.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// GET a JSON document; errors come back as {"error": {"code", "message"}}.
export async function get(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const err = (body && body.error) || { code: "error", message: response.statusText };
    throw new ApiError(response.status, err.code, err.message);
  }
  return body;
}

// Every row of a paginated list (pages of `size`), at most `cap` rows.
export async function getAll(path, params = {}, cap = 2000, size = 500) {
  const rows = [];
  let offset = 0;
  while (offset !== null && rows.length < cap) {
    const page = await get(path, { ...params, limit: size, offset });
    rows.push(...page.items);
    offset = page.next_offset;
  }
  return { rows: rows.slice(0, cap), truncated: offset !== null };
}

// Build an element: el("div", {class: "x", onclick: fn}, child, "text", ...).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

// A card with a title, an optional note and a body.
export function card(title, note, ...body) {
  return el("section", { class: "card" },
    el("header", { class: "card-head" }, el("h2", {}, title), note ? el("span", { class: "note" }, note) : null),
    el("div", { class: "card-body" }, ...body));
}

export function empty(message) {
  return el("p", { class: "empty" }, message);
}

// Link to an article in the article view, optionally to an event's evidence or a quote.
export function articleHref(articleId, { ev = null, quote = null } = {}) {
  let href = `#/article/${encodeURIComponent(articleId)}`;
  const query = [];
  if (ev) query.push(`ev=${ev[0]}-${ev[1]}`);
  if (quote !== null && quote !== undefined) query.push(`q=${quote}`);
  return query.length ? `${href}?${query.join("&")}` : href;
}

// Event types (PLOVER): cooperation in blues and greens, verbal conflict in ambers,
// material conflict in reds; anything else gets a stable grey-blue.
const TYPE_COLORS = {
  AGREE: "#2f7d5b", CONSULT: "#3d6fb6", SUPPORT: "#4aa3a2", COOPERATE: "#5b8fd6", AID: "#71b36a",
  CONCEDE: "#8ac0a8", RETREAT: "#9aa7c7", REQUEST: "#d9a53f", ACCUSE: "#e0793b", REJECT: "#c8612f",
  THREATEN: "#b84a62", PROTEST: "#9b5fb4", SANCTION: "#8c4a8f", MOBILIZE: "#a0522d",
  COERCE: "#c23b3b", ASSAULT: "#8e1f2b",
};

export function typeColor(type) {
  return TYPE_COLORS[type] || "#7b8798";
}

export const TYPE_ORDER = Object.keys(TYPE_COLORS);

export function plural(n, word, many = `${word}s`) {
  return `${n.toLocaleString("en")} ${n === 1 ? word : many}`;
}
