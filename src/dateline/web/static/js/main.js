// The dashboard: filters, a hash router and the views.

import { ApiError, clear, el, get, plural } from "./api.js";
import { renderArticle, renderArticles } from "./article.js";
import { renderOverview } from "./overview.js";
import { renderQuotes } from "./quotes.js";
import { renderStories, renderStory } from "./stories.js";

const state = { filters: { since: "", until: "", actor: "", type: "" }, stats: null };

function readFilters() {
  const form = document.getElementById("filters");
  const data = new FormData(form);
  for (const key of Object.keys(state.filters)) state.filters[key] = (data.get(key) || "").trim();
}

// The filters each view applies (the others are kept for the views that do).
const USES = { overview: ["since", "until", "actor", "type"], quotes: ["since", "until", "actor"],
               articles: ["since", "until"] };
const FILTER_NAMES = { since: "From", until: "To", actor: "Actor", type: "Type" };

// "2 filters on", and which of them this view does not apply (stories, one article: none).
function noteFilters(view) {
  const active = Object.keys(state.filters).filter((key) => state.filters[key]);
  const unused = active.filter((key) => !(USES[view] || []).includes(key)).map((key) => FILTER_NAMES[key]);
  const parts = active.length ? [`${plural(active.length, "filter")} on`] : [];
  if (unused.length) parts.push(`not applied in this view: ${unused.join(", ")}`);
  document.getElementById("filter-note").textContent = parts.join(" · ");
}

function parseRoute() {
  const hash = window.location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = hash.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || "overview", id: parts[1] || null, params: new URLSearchParams(query) };
}

let renderToken = 0;

// Each view's name: its h1 (for views that have none of their own) and the window title.
const TITLES = { overview: "Overview", quotes: "Quotes", articles: "Articles", article: "Article",
                 stories: "Stories", story: "Story" };

// After a navigation (not a filter change): one h1 per view, the title names it, and the
// keyboard focus moves to the new content (the view root is focusable: tabindex -1).
function settle(main, view, { moveFocus }) {
  const name = TITLES[view] || "Not found";
  const heading = main.querySelector("h1");
  if (!heading) main.prepend(el("h1", { class: "sr-only" }, name));
  const shown = heading && heading.textContent.trim() ? `${heading.textContent.trim()} · ` : "";
  document.title = `${shown || `${name} · `}dateline`;
  if (moveFocus) main.focus({ preventScroll: true });
}

async function route({ moveFocus = false } = {}) {
  const { view, id, params } = parseRoute();
  const main = document.getElementById("view");
  const token = ++renderToken;
  for (const link of document.querySelectorAll("nav.views a")) {
    const current = link.dataset.view === view || (view === "article" && link.dataset.view === "articles")
      || (view === "story" && link.dataset.view === "stories");
    link.classList.toggle("active", current);
    if (current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  // "Loading…" stays until the view is drawn (the views append once their data has come)
  const loading = el("p", { class: "loading", role: "status" }, "Loading…");
  const target = el("div", { class: "view-root" });
  clear(main).append(loading, target); // in the document first: charts measure their width
  main.setAttribute("aria-busy", "true");
  delete document.body.dataset.ready;
  try {
    const context = { filters: { ...state.filters }, stats: state.stats, params, rerender: () => route() };
    if (view === "overview") await renderOverview(target, context);
    else if (view === "quotes") await renderQuotes(target, context);
    else if (view === "articles") await renderArticles(target, context);
    else if (view === "article" && id) await renderArticle(target, id, context);
    else if (view === "stories") await renderStories(target, context);
    else if (view === "story" && id) await renderStory(target, id, context);
    else target.append(el("p", { class: "empty" }, "No such view. ", el("a", { href: "#/" }, "Back to the overview")));
  } catch (err) {
    const message = err instanceof ApiError ? `${err.message} (${err.code})` : String(err.message || err);
    target.append(el("div", { class: "error-box", role: "alert" }, el("strong", {}, "Could not load this view: "), message));
  }
  if (token !== renderToken) return; // a newer navigation won
  loading.remove();
  main.removeAttribute("aria-busy");
  settle(main, view, { moveFocus });
  noteFilters(view);
  document.body.dataset.view = view;
  document.body.dataset.ready = "true";
  window.dispatchEvent(new CustomEvent("dateline:rendered", { detail: { view } }));
}

async function loadStats() {
  state.stats = await get("/stats");
  const c = state.stats.counts;
  document.getElementById("counts").textContent =
    `${plural(c.articles, "article")} · ${plural(c.events, "event")} · ${plural(c.quotes, "quote")} · ${plural(c.actors, "actor")}`;
  document.getElementById("nav-stories").hidden = !state.stats.stories;
  typeChoices(state.stats);
}

async function loadChoices() {
  const actors = await get("/actors", { limit: 500 });
  const list = document.getElementById("actor-list");
  for (const actor of actors.items) list.append(el("option", { value: actor.id }, actor.name));
}

// Every event type of the store (it was those of the first 500 events), with its count.
function typeChoices(stats) {
  const select = document.getElementById("f-type");
  for (const [type, n] of Object.entries(stats.event_types || {}).sort(([a], [b]) => a.localeCompare(b))) {
    select.append(el("option", { value: type }, `${type} (${n.toLocaleString("en")})`));
  }
}

function setUp() {
  const form = document.getElementById("filters");
  // the skip link moves the keyboard past the menu and the filters (not a route: no hash change)
  document.getElementById("skip-link").addEventListener("click", (event) => {
    event.preventDefault();
    document.getElementById("view").focus();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    readFilters();
    route();
  });
  form.addEventListener("reset", () => {
    setTimeout(() => { readFilters(); route(); }, 0);
  });
  form.addEventListener("change", (event) => {
    if (event.target.tagName === "SELECT" || event.target.type === "date") { readFilters(); route(); }
  });
  window.addEventListener("hashchange", () => route({ moveFocus: true }));
  // views ask for a filter (clicking an actor in the network, a type in a legend)
  window.addEventListener("dateline:filter", (event) => {
    for (const [key, value] of Object.entries(event.detail)) {
      const input = form.elements.namedItem(key);
      if (input) input.value = value;
    }
    readFilters();
    if (parseRoute().view !== "overview") window.location.hash = "#/";
    else route();
  });
}

async function start() {
  setUp();
  try {
    await Promise.all([loadStats(), loadChoices()]);
  } catch (err) {
    document.getElementById("counts").textContent = "API unavailable";
  }
  await route();
}

start();
