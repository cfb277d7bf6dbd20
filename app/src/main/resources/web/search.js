// The search page: the URL holds the whole search (query, filters, dates, sort, page), so a search
// can be shared and the back button works.
(function () {
  "use strict";
  const { el, markOnly, itemHref, loadTaxonomy } = window.RL;
  const DIMENSIONS = {
    rightsAffecting: "Rights impact", region: "Region", jurisdiction: "Jurisdiction", tag: "Tag",
    kind: "Kind of tag", recommendation: "FOC recommendation", type: "Type", status: "Status",
    language: "Language", month: "Month",
  };
  const MAX_PAGE = 500; // the API's last page
  const ORDER = ["rightsAffecting", "region", "jurisdiction", "kind", "tag", "recommendation", "type", "status", "language", "month"];

  function label(taxonomy, dim, value) {
    if (dim === "tag") return (taxonomy.entries[value] || {}).label || value;
    if (dim === "recommendation") return "Recommendation " + value;
    if (dim === "rightsAffecting") return value === "true" ? "Rights-affecting" : "Not rights-affecting";
    return value;
  }

  function href(params) {
    const s = params.toString();
    return s ? "/?" + s : "/";
  }

  // A filter's values, whether repeated (tag=a&tag=b) or comma-separated (tag=a,b).
  function chosen(params, dim) {
    return params.getAll(dim).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  }

  function toggled(params, dim, value) {
    const next = new URLSearchParams(params);
    const values = chosen(params, dim);
    next.delete(dim);
    const kept = values.includes(value) ? values.filter((v) => v !== value) : values.concat(value);
    kept.forEach((v) => next.append(dim, v));
    next.delete("page");
    return href(next);
  }

  function navigate(event) {
    const a = event.target.closest("a[data-nav]");
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    history.pushState(null, "", a.getAttribute("href"));
    search(true);
  }

  let latest = 0;

  async function search(focusResults) {
    const request = ++latest;
    const params = new URLSearchParams(location.search);
    document.getElementById("q").value = params.get("q") || "";
    document.getElementById("from").value = params.get("from") || "";
    document.getElementById("to").value = params.get("to") || "";
    document.getElementById("sort").value = params.get("sort") || "relevance";
    const status = document.getElementById("status");
    const results = document.getElementById("results");
    const facets = document.getElementById("facets");
    const active = document.getElementById("active");
    const pager = document.getElementById("pager");
    status.className = "";
    status.textContent = "Searching…";
    let taxonomy, response, body;
    try {
      [taxonomy, response] = await Promise.all([loadTaxonomy(), fetch("/api/search?" + params.toString())]);
      body = await response.json();
    } catch (e) {
      if (request !== latest) return;
      status.className = "error";
      status.textContent = "The search could not be run: " + e.message;
      return;
    }
    // An answer to an earlier search that arrives late must not replace the current one.
    if (request !== latest) return;
    results.replaceChildren(); facets.replaceChildren(); active.replaceChildren(); pager.replaceChildren();
    if (!response.ok) {
      status.className = "error";
      status.textContent = body.error || "Search failed";
      return;
    }
    status.textContent = (body.total === 1 ? "1 item" : body.total + " items")
      + (body.partial ? " (the search reached its time limit; results may be incomplete)" : "");

    for (const dim of ORDER) {
      for (const value of chosen(params, dim)) {
        active.append(el("li", {}, el("a", { href: toggled(params, dim, value), "data-nav": "", class: "chip removable",
          "aria-label": "Remove filter " + DIMENSIONS[dim] + ": " + label(taxonomy, dim, value) },
        DIMENSIONS[dim] + ": " + label(taxonomy, dim, value) + " ×")));
      }
    }

    for (const hit of body.hits) {
      const meta = [hit.jurisdiction, hit.region, hit.type, hit.status, hit.date].filter(Boolean).join(" · ");
      const item = el("li", {},
        el("h3", {}, el("a", { href: itemHref(hit.id) }, hit.title)),
        el("div", { class: "meta" }, meta, hit.rightsAffecting ? el("span", { class: "badge risk" }, "rights-affecting") : null));
      hit.highlights.forEach((h) => item.append(el("p", { class: "snippet" }, markOnly(h))));
      const chips = el("div", { class: "chips" });
      hit.tags.forEach((t) => {
        const entry = taxonomy.entries[t] || {};
        chips.append(el("span", { class: "chip " + (entry.kind || ""), title: entry.covers || "" }, entry.label || t));
      });
      item.append(chips);
      results.append(item);
    }

    for (const dim of ORDER) {
      const counts = (body.facets || {})[dim] || {};
      let entries = Object.entries(counts);
      if (dim === "recommendation") entries = entries.sort((a, b) => Number(a[0]) - Number(b[0]));
      if (entries.length === 0) continue;
      const selected = chosen(params, dim);
      const list = el("ul", {});
      for (const [value, count] of entries) {
        const on = selected.includes(value);
        const title = dim === "recommendation" ? (taxonomy.recommendations[value] || {}).text : null;
        list.append(el("li", {}, el("a", {
          href: toggled(params, dim, value), "data-nav": "", class: on ? "active" : null,
          "aria-current": on ? "true" : null, title,
        }, el("span", {}, (on ? "✓ " : "") + label(taxonomy, dim, value)), el("span", { class: "count" }, String(count)))));
      }
      const section = el("details", { class: "facet", open: "" }, el("summary", {}, DIMENSIONS[dim]), list);
      section.dataset.dimension = dim;
      facets.append(section);
    }

    const page = Number(params.get("page") || 1);
    const size = Number(params.get("size") || 20);
    const at = (p) => { const next = new URLSearchParams(params); if (p === 1) next.delete("page"); else next.set("page", String(p)); return href(next); };
    if (page > 1) pager.append(el("a", { href: at(page - 1), "data-nav": "", rel: "prev" }, "← Previous"));
    if (body.total > 0) pager.append(el("span", {}, " Page " + page + " of " + Math.min(MAX_PAGE, Math.max(1, Math.ceil(body.total / size))) + " "));
    if (page * size < body.total && page < MAX_PAGE) pager.append(el("a", { href: at(page + 1), "data-nav": "", rel: "next" }, "Next →"));
    if (focusResults) results.focus({ preventScroll: true });
  }

  document.getElementById("search").addEventListener("submit", (event) => {
    event.preventDefault();
    const params = new URLSearchParams(location.search);
    for (const name of ["q", "from", "to", "sort"]) {
      const value = document.getElementById(name).value.trim();
      if (value && !(name === "sort" && value === "relevance")) params.set(name, value); else params.delete(name);
    }
    params.delete("page");
    history.pushState(null, "", href(params));
    search(false);
  });
  // Dates are applied with the Search button (a date typed digit by digit changes many times).
  document.getElementById("sort").addEventListener("change", () => document.getElementById("search").requestSubmit());
  document.addEventListener("click", navigate);
  window.addEventListener("popstate", () => search(false));
  if (window.matchMedia("(max-width: 720px)").matches) document.getElementById("filters").removeAttribute("open");
  search(false);
})();
