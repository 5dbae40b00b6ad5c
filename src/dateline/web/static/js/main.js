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
  const note = document.getElementById("filter-note");
  const active = Object.entries(state.filters).filter(([, v]) => v);
  note.textContent = active.length ? `${plural(active.length, "filter")} on` : "";
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
  const target = el("div", { class: "view-root" }, el("p", { class: "loading" }, "Loading…"));
  clear(main).append(target); // in the document first: charts measure their width
  delete document.body.dataset.ready;
  try {
    const context = { filters: { ...state.filters }, stats: state.stats, params, rerender: () => route() };
    target.firstChild.remove();
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
  settle(main, view, { moveFocus });
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
}

async function loadChoices() {
  const [actors, events] = await Promise.all([
    get("/actors", { limit: 500 }),
    get("/events", { limit: 500 }),
  ]);
  const list = document.getElementById("actor-list");
  for (const actor of actors.items) list.append(el("option", { value: actor.id }, actor.name));
  const types = [...new Set(events.items.map((e) => e.type))].sort();
  const select = document.getElementById("f-type");
  for (const type of types) select.append(el("option", { value: type }, type));
}

function setUp() {
  const form = document.getElementById("filters");
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
