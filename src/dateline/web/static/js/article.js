// Articles: the list (with full-text search), and one article with its annotations
// highlighted in the body the way displaCy shows entities: mentions of actors, time
// expressions, places, quotes (with their speakers) and event triggers. Furniture is listed
// apart. `?ev=START-END` highlights an event's evidence sentence, `?q=N` the article's Nth quote.

import { ApiError, articleHref, card, el, empty, get, getAll, plural, typeColor } from "./api.js";
import { swatch } from "./overview.js";

export async function renderArticles(target, { filters, params }) {
  const search = params.get("search") || "";
  const { rows, truncated, problem } = await searched(getAll("/articles", { search, since: filters.since, until: filters.until }, 1000, 200), search);
  const form = el("form", { class: "inline-search", onsubmit: (event) => {
    event.preventDefault();
    const value = new FormData(event.target).get("search").trim();
    window.location.hash = value ? `#/articles?search=${encodeURIComponent(value)}` : "#/articles";
  } }, el("input", { type: "search", name: "search", value: search, placeholder: "Search article text", "aria-label": "Search articles" }),
  el("button", { type: "submit" }, "Search"));
  const items = rows.map((a) => el("li", { class: "article-item" },
    el("a", { href: articleHref(a.id), class: "article-title" }, a.title || (a.lead ? `${a.lead}…` : a.id)),
    el("div", { class: "meta" }, [a.published || "undated", a.source || "unknown source", a.dateline_place,
      plural(a.events, "event"), plural(a.quotes, "quote")].filter(Boolean).join(" · ")),
    a.snippet_text ? el("p", { class: "snippet" }, ...snippet(a.snippet_text, a.snippet_hits || [])) : null));
  target.append(card("Articles", `${plural(rows.length, "article")}${truncated ? " (first 1,000)" : ""}`, form,
    problem || (items.length ? el("ul", { class: "article-list" }, ...items) : empty("No articles match."))));
}

// The rows of a list fetched with a search; a malformed search (the API's 400 invalid_filter,
// naming the search and the problem) as a `problem` box shown under the search box, to fix it.
export async function searched(fetching, search) {
  try {
    return { ...(await fetching), problem: null };
  } catch (err) {
    if (!search || !(err instanceof ApiError) || err.code !== "invalid_filter") throw err;
    return { rows: [], truncated: false, problem: el("div", { class: "error-box", role: "alert" }, err.message) };
  }
}

// A search snippet's hits, [start, end) in code points of its plain text, as <mark>s (the
// text's own brackets stay text: they are no hits).
function snippet(text, hits) {
  const chars = Array.from(text);
  const parts = [];
  let at = 0;
  for (const [start, end] of hits) {
    if (start < at || end <= start) continue;
    parts.push(chars.slice(at, start).join(""), el("mark", {}, chars.slice(start, end).join("")));
    at = end;
  }
  parts.push(chars.slice(at).join(""));
  return parts.filter((part) => part !== "");
}

const KINDS = [
  ["quote", "Quotes"], ["mention", "Actors"], ["timex", "Time"], ["place", "Places"], ["trigger", "Event triggers"],
];

export async function renderArticle(target, id, { params }) {
  const record = await get(`/articles/${encodeURIComponent(id)}`);
  const actors = new Map(record.actors.map((a) => [a.id, a]));
  const nameOf = (actorId) => (actors.get(actorId) || { name: actorId }).name;
  const anns = annotations(record, nameOf);
  const body = el("div", { class: "article-body", id: "article-body" });
  for (const [start, end] of record.paragraphs) {
    const p = el("p", { "data-start": start, "data-end": end });
    const inside = anns.filter((a) => a.start < end && a.end > start)
      .map((a) => (a.end > end && a.kinds.includes("quote")
        ? { ...a, start: Math.max(a.start, start), end, attrs: { ...a.attrs, "data-continued": "" } } // speaker shown once, at the end
        : { ...a, start: Math.max(a.start, start), end: Math.min(a.end, end) }));
    renderSpans(p, record.body, start, end, inside);
    body.append(p);
  }
  const toggles = el("div", { class: "toggles", role: "group", "aria-label": "Highlight" },
    ...KINDS.map(([kind, label]) => el("label", { class: `toggle toggle-${kind}` },
      el("input", { type: "checkbox", checked: true, onchange: (event) => body.classList.toggle(`hide-${kind}`, !event.target.checked) }),
      el("span", { class: `sample ann-${kind}` }, label))));
  const published = record.published.date ? `${record.published.date}${record.published.evidence ? ` (from ${record.published.evidence.replace("_", " ")})` : ""}` : "date unknown";
  const dl = record.dateline;
  const head = el("header", { class: "article-head" },
    el("h1", { class: record.title ? "" : "untitled" }, record.title || `${record.body.slice(0, 110).replace(/\s+\S*$/, "")}…`),
    el("div", { class: "meta" }, [record.source || "unknown source", published,
      dl && dl.place ? `dateline ${[dl.place, dl.agency].filter(Boolean).join(", ")}` : null, record.author].filter(Boolean).join(" · ")),
    record.url ? el("div", { class: "meta url" }, record.url) : null,
    el("div", { class: "meta" }, el("code", {}, record.id)));
  target.append(el("div", { class: "article-layout" },
    el("div", { class: "article-main" }, card("Article", null, head, toggles, body)),
    el("aside", { class: "article-side" },
      card("Events", plural(record.events.length, "event"), eventList(record, nameOf)),
      card("Quotes", plural(record.quotes.length, "quote"), quoteList(record, nameOf)),
      card("Page furniture", "kept out of the body", furnitureList(record)),
      card("Actors", plural(record.actors.length, "actor"), actorList(record)))));
  requestAnimationFrame(() => focus(body, record, params));
}

// Every annotation as {start, end, kinds, classes, label, attrs}; identical spans merged.
function annotations(record, nameOf) {
  const list = [];
  record.quotes.forEach((q, seq) => {
    const who = q.speakers.length ? q.speakers.map(nameOf).join(" & ") : q.speaker_text || "speaker not found";
    list.push({ start: q.start, end: q.end, rank: 0, kind: "quote", cls: `ann-quote q-${q.kind}`,
                attrs: { "data-speaker": who, "data-seq": seq, "data-kind": q.kind, title: `${q.kind} quote · ${who}${q.cue ? ` (${q.cue})` : ""}` } });
    if (q.speaker_span) {
      list.push({ start: q.speaker_span[0], end: q.speaker_span[1], rank: 3, kind: "speaker", cls: "ann-speaker",
                  attrs: { "data-quote": seq, title: `speaker of quote ${seq + 1}` } });
    }
  });
  for (const m of record.mentions) {
    const actor = record.actors.find((a) => a.id === m.actor);
    const type = actor ? actor.type : "actor";
    list.push({ start: m.start, end: m.end, text: m.text, rank: 2, kind: "mention", cls: `ann-mention ent-${type}`,
                attrs: { "data-label": short(type), "data-actor": m.actor, title: `${nameOf(m.actor)} (${m.actor})` } });
  }
  for (const t of record.timexes) {
    if (t.offsets_in) continue; // offsets into a caption: shown there
    list.push(timexAnn(t));
  }
  for (const p of record.places) {
    if (p.offsets_in) continue; // offsets into the dateline or furniture: shown there
    list.push(placeAnn(p));
  }
  for (const e of record.events) {
    for (const at of triggerSpans(record.body, e)) {
      list.push({ start: at[0], end: at[1], rank: 4, kind: "trigger", cls: "ann-trigger",
                  attrs: { "data-label": e.type, "data-event": e.id, title: `${e.type}${e.mode ? ` (${e.mode})` : ""} · ${e.status}` }, color: typeColor(e.type) });
    }
  }
  // only spans that are what they say they are (offsets into this body)
  const fits = (a) => a.start >= 0 && a.end <= record.body.length && (a.text === undefined || record.body.slice(a.start, a.end) === a.text);
  // merge annotations on the same span into one mark
  const merged = new Map();
  for (const a of list.filter(fits)) {
    const key = `${a.start}-${a.end}`;
    const have = merged.get(key);
    if (!have) merged.set(key, { ...a, kinds: [a.kind] });
    else if (!have.kinds.includes(a.kind)) {
      have.kinds.push(a.kind);
      have.cls += ` ${a.cls}`;
      have.attrs = { ...a.attrs, ...have.attrs, title: `${have.attrs.title}\n${a.attrs.title}` };
      have.rank = Math.min(have.rank, a.rank);
      have.color = have.color || a.color;
    }
  }
  return [...merged.values()].filter((a) => a.end > a.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
}

function timexAnn(t) {
  return { start: t.start, end: t.end, text: t.text, rank: 2, kind: "timex", cls: "ann-timex", kinds: ["timex"],
           attrs: { "data-label": t.value, title: `${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ""}` } };
}

function placeAnn(p) {
  const where = `${p.name}${p.country ? `, ${p.country}` : ""}${p.lat !== null && p.lon !== null ? ` (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})` : ""}`;
  return { start: p.start, end: p.end, text: p.text, rank: 2, kind: "place", cls: "ann-place", kinds: ["place"],
           attrs: { "data-label": "PLACE", "data-place": p.name, title: where } };
}

// The trigger inside the evidence span (the record keeps the words, not their offsets): the
// words as written, else each of its words where the trigger joins words apart in the text
// ("launched strikes" in "launched pre-emptive strikes": both words marked).
function triggerSpans(body, e) {
  if (!e.trigger) return [];
  const [s, t] = e.evidence;
  const evidence = body.slice(s, t);
  const at = evidence.indexOf(e.trigger);
  if (at >= 0) return [[s + at, s + at + e.trigger.length]];
  const spans = [];
  let from = 0;
  for (const word of e.trigger.split(/\s+/).filter(Boolean)) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").exec(evidence.slice(from));
    if (!found) continue;
    const start = from + found.index;
    spans.push([s + start, s + start + word.length]);
    from = start + word.length;
  }
  return spans;
}

function short(type) {
  return { person: "PER", organization: "ORG", country: "GPE", group: "GROUP", igo: "IGO", media: "MEDIA" }[type] || String(type).toUpperCase();
}

// Nested marks: an annotation that crosses an open one (neither inside nor after it) is left out.
function renderSpans(parent, text, start, end, anns) {
  const root = { end, node: parent, children: [] };
  const stack = [root];
  for (const a of anns) {
    while (stack.length > 1 && stack[stack.length - 1].end <= a.start) stack.pop();
    const top = stack[stack.length - 1];
    if (a.end > top.end) continue;
    const item = { ...a, children: [] };
    top.children.push(item);
    stack.push(item);
  }
  build(parent, text, start, end, root.children);
}

function build(node, text, start, end, items) {
  let at = start;
  for (const item of items) {
    if (item.start > at) node.append(text.slice(at, item.start));
    const mark = el(item.kinds.includes("quote") ? "q" : "mark", { class: item.cls, ...item.attrs });
    if (item.color) mark.style.setProperty("--ann-color", item.color);
    build(mark, text, item.start, item.end, item.children);
    node.append(mark);
    at = item.end;
  }
  if (at < end) node.append(text.slice(at, end));
}

// A DOM Range over body[start:end] (paragraph <p data-start> text nodes in order).
function rangeFor(body, start, end) {
  const range = document.createRange();
  let began = false;
  for (const p of body.querySelectorAll("p[data-start]")) {
    const pStart = Number(p.dataset.start);
    const pEnd = Number(p.dataset.end);
    if (pEnd < start || pStart > end) continue;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let offset = pStart;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const next = offset + node.data.length;
      if (!began && start >= offset && start <= next) { range.setStart(node, start - offset); began = true; }
      if (began && end >= offset && end <= next) { range.setEnd(node, end - offset); return range; }
      offset = next;
    }
  }
  return began ? range : null;
}

function focus(body, record, params) {
  const ev = (params.get("ev") || "").match(/^(\d+)-(\d+)$/);
  if (ev) {
    const range = rangeFor(body, Number(ev[1]), Number(ev[2]));
    if (range) {
      if (window.CSS && CSS.highlights && window.Highlight) CSS.highlights.set("evidence", new Highlight(range));
      body.dataset.evidence = `${ev[1]}-${ev[2]}`;
      const holder = range.startContainer.parentElement.closest("p");
      holder.classList.add("has-evidence");
      holder.scrollIntoView({ block: "center" });
    }
  } else if (window.CSS && CSS.highlights) {
    CSS.highlights.delete("evidence");
  }
  const q = params.get("q");
  if (q !== null) {
    const mark = body.querySelector(`q[data-seq="${CSS.escape(q)}"]`);
    if (mark) {
      mark.classList.add("flash");
      mark.scrollIntoView({ block: "center" });
    }
  }
}

function eventList(record, nameOf) {
  if (!record.events.length) return empty("No events found.");
  const ids = (list) => list.map(nameOf).join(", ");
  return el("ol", { class: "side-list" }, ...record.events.map((e) => el("li", {},
    el("a", { href: articleHref(record.id, { ev: e.evidence }), class: "evidence-link" },
      el("span", { class: "type-chip", "data-type": e.type }, swatch(e.type), e.type),
      el("span", { class: `status status-${e.status}` }, e.status),
      el("span", { class: "who" }, `${ids(e.sources) || "—"}${e.targets.length ? ` → ${ids(e.targets)}` : ""}`),
      el("span", { class: "trigger" }, ` “${e.trigger}”`),
      el("span", { class: "muted" }, ` ${e.date || "undated"}${e.place ? ` · ${e.place}` : ""}`)))));
}

function quoteList(record, nameOf) {
  if (!record.quotes.length) return empty("No quotes found.");
  return el("ol", { class: "side-list" }, ...record.quotes.map((q, seq) => el("li", {},
    el("a", { href: articleHref(record.id, { quote: seq }) },
      el("span", { class: "kind-chip" }, q.kind),
      el("span", { class: "who" }, q.speakers.length ? q.speakers.map(nameOf).join(" & ") : q.speaker_text || "speaker not found"),
      el("span", { class: "muted" }, ` ${q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}`)))));
}

// Furniture lines, with the places and time expressions found in them (offsets_in "furniture:N").
function furnitureList(record) {
  if (!record.furniture.length) return empty("None.");
  return el("ul", { class: "side-list furniture" }, ...record.furniture.map((f, n) => {
    const text = el("span", { class: "furniture-text" });
    const here = (a) => a.offsets_in === `furniture:${n}` && f.text.slice(a.start, a.end) === a.text;
    const places = [...record.places.filter(here).map(placeAnn), ...(record.timexes || []).filter(here).map(timexAnn)]
      .sort((a, b) => a.start - b.start || b.end - a.end);
    renderSpans(text, f.text, 0, f.text.length, places);
    return el("li", {}, el("span", { class: "kind-chip" }, f.kind.replaceAll("_", " ")), " ", text,
      f.credit ? el("span", { class: "muted" }, ` (credit: ${f.credit})`) : null);
  }));
}

function actorList(record) {
  const counts = new Map();
  for (const m of record.mentions) counts.set(m.actor, (counts.get(m.actor) || 0) + 1);
  const actors = [...record.actors].sort((a, b) => (counts.get(b.id) || 0) - (counts.get(a.id) || 0));
  if (!actors.length) return empty("None.");
  // an actor leads to its events in every article (the overview, filtered by it)
  const pick = (actorId) => (event) => {
    event.preventDefault();
    window.dispatchEvent(new CustomEvent("dateline:filter", { detail: { actor: actorId } }));
  };
  return el("ul", { class: "side-list actors" }, ...actors.map((a) => el("li", {},
    el("mark", { class: `ann-mention ent-${a.type}`, "data-label": short(a.type) }, a.name),
    el("span", { class: "muted" }, ` ${a.id} · ${plural(counts.get(a.id) || 0, "mention")}${a.roles.length ? ` · ${a.roles.join("; ")}` : ""} · `),
    el("a", { href: "#/", class: "actor-events", "data-actor": a.id, onclick: pick(a.id) }, "events in all articles"))));
}
