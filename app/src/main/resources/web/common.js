// Shared by the pages. Every string from the API is inserted as text (textContent), never as HTML.
"use strict";
window.RL = (function () {
  function el(name, attrs, ...children) {
    const node = document.createElement(name);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) node.setAttribute(k, v); });
    children.forEach((c) => { if (c !== null && c !== undefined) node.append(c); });
    return node;
  }

  // Highlights come HTML-escaped from the server with <mark> around matches; keep only the marks.
  function markOnly(html) {
    const template = document.createElement("template");
    template.innerHTML = html;
    const out = document.createDocumentFragment();
    template.content.childNodes.forEach((n) => {
      if (n.nodeName === "MARK") out.append(el("mark", {}, n.textContent));
      else out.append(n.textContent);
    });
    return out;
  }

  function safeUrl(url) {
    try { const u = new URL(url); return u.protocol === "http:" || u.protocol === "https:" ? u.href : null; }
    catch (e) { return null; }
  }

  function itemHref(id) {
    return "/items/" + id.split("/").map(encodeURIComponent).join("/");
  }

  let taxonomy = null;
  async function loadTaxonomy() {
    if (taxonomy) return taxonomy;
    const body = await (await fetch("/api/taxonomy")).json();
    taxonomy = { entries: {}, recommendations: {} };
    body.entries.forEach((e) => { taxonomy.entries[e.id] = e; });
    body.recommendations.forEach((r) => { taxonomy.recommendations[r.number] = r; });
    return taxonomy;
  }

  return { el, markOnly, safeUrl, itemHref, loadTaxonomy };
})();
