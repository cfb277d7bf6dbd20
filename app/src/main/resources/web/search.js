// Every string from the API is inserted as text; highlights, the only HTML, are escaped by the
// server and reduced here to <mark> elements before they are shown.
(function () {
  "use strict";
  const FACET_NAMES = { jurisdiction: "Jurisdiction", type: "Type", tag: "Tag", recommendation: "FOC recommendation", month: "Month" };
  const FILTERS = ["jurisdiction", "type", "tag", "recommendation", "rightsAffecting", "from", "to"];

  function el(name, attrs, ...children) {
    const node = document.createElement(name);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => node.append(c));
    return node;
  }

  function markOnly(html) {
    const template = document.createElement("template");
    template.innerHTML = html;
    const out = document.createDocumentFragment();
    template.content.childNodes.forEach((n) => {
      if (n.nodeType === Node.TEXT_NODE) out.append(n.textContent);
      else if (n.nodeName === "MARK") out.append(el("mark", {}, n.textContent));
      else out.append(n.textContent);
    });
    return out;
  }

  function withParam(params, key, value) {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key); else next.set(key, value);
    if (key !== "page") next.delete("page");
    return "/?" + next.toString();
  }

  async function search() {
    const params = new URLSearchParams(location.search);
    document.getElementById("q").value = params.get("q") || "";
    const status = document.getElementById("status");
    const results = document.getElementById("results");
    const facets = document.getElementById("facets");
    const pager = document.getElementById("pager");
    results.replaceChildren(); facets.replaceChildren(); pager.replaceChildren();
    status.className = ""; status.textContent = "Searching…";
    const response = await fetch("/api/search?" + params.toString());
    const body = await response.json();
    if (!response.ok) {
      status.className = "error";
      status.textContent = body.error || "Search failed";
      return;
    }
    status.textContent = body.total === 1 ? "1 item" : body.total + " items";
    for (const hit of body.hits) {
      const link = el("a", { href: "/items/" + hit.id.split("/").map(encodeURIComponent).join("/") }, hit.title);
      const meta = el("div", { class: "meta" }, [hit.jurisdiction, hit.type, hit.date].filter(Boolean).join(" · "));
      const item = el("li", {}, el("h3", {}, link), meta);
      hit.highlights.forEach((h) => item.append(el("p", { class: "snippet" }, markOnly(h))));
      hit.tags.forEach((t) => item.append(el("span", { class: "chip" }, t)));
      results.append(item);
    }
    for (const [dim, counts] of Object.entries(body.facets || {})) {
      const entries = Object.entries(counts);
      if (entries.length === 0) continue;
      facets.append(el("h2", {}, FACET_NAMES[dim] || dim));
      const list = el("ul");
      if (params.get(dim)) list.append(el("li", {}, el("a", { href: withParam(params, dim, null) }, "× clear")));
      for (const [value, count] of entries) {
        if (dim === "month") continue;
        const active = params.get(dim) === value;
        const a = el("a", { href: withParam(params, dim, value) }, el("span", {}, value), el("span", {}, String(count)));
        if (active) a.className = "active";
        list.append(el("li", {}, a));
      }
      if (dim === "month") {
        for (const [value, count] of entries) list.append(el("li", {}, el("span", {}, value + " (" + count + ")")));
      }
      facets.append(list);
    }
    const page = Number(params.get("page") || 1);
    const size = Number(params.get("size") || 20);
    if (page > 1) pager.append(el("a", { href: withParam(params, "page", String(page - 1)) }, "← Previous"));
    if (page * size < body.total) pager.append(el("a", { href: withParam(params, "page", String(page + 1)) }, "Next →"));
  }

  document.getElementById("search").addEventListener("submit", (event) => {
    event.preventDefault();
    const params = new URLSearchParams(location.search);
    const q = document.getElementById("q").value.trim();
    if (q) params.set("q", q); else params.delete("q");
    params.delete("page");
    history.pushState(null, "", "/?" + params.toString());
    search();
  });
  window.addEventListener("popstate", search);
  search();
})();
