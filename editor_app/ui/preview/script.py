"""The preview page's own JavaScript (kept in a .py file so it ships inside the package)."""

PREVIEW_JS = r"""
// Runs in QWebEngineScript.ApplicationWorld: an isolated JavaScript world the document cannot
// reach, and which the page's Content-Security-Policy (script-src 'none') does not apply to.
// The document's own scripts never run; these functions are the only code on the page.
(function () {
  "use strict";
  if (window.__ed) return;
  const root = () => document.getElementById("md-root");
  const PREFIX = "mdblk-";

  function marks() {
    // Every element with a source line, in document order (lines grow in document order).
    const out = [];
    const els = root() ? root().querySelectorAll("[data-line]") : [];
    const y0 = window.scrollY;
    for (const el of els) {
      const r = el.getBoundingClientRect();
      if (r.height === 0 && r.width === 0) continue;
      out.push({ line: +el.dataset.line, top: r.top + y0, el: el });
    }
    return out;
  }

  function yForLine(line) {
    const m = marks();
    if (!m.length) return 0;
    let lo = 0, hi = m.length - 1, i = -1;
    while (lo <= hi) {  // last mark with line <= target
      const mid = (lo + hi) >> 1;
      if (m[mid].line <= line) { i = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    if (i < 0) return 0;
    let j = i + 1;
    while (j < m.length && m[j].line <= m[i].line) j++;
    const a = m[i];
    if (j >= m.length) {
      const bottom = a.el.getBoundingClientRect().bottom + window.scrollY;
      const last = Math.max(a.line + 1, +(a.el.closest(".md-block") || a.el).dataset.end || a.line + 1);
      return a.top + (bottom - a.top) * Math.min(1, (line - a.line) / (last - a.line));
    }
    const b = m[j];
    return a.top + (b.top - a.top) * (line - a.line) / (b.line - a.line);
  }

  function lineAtY(y) {
    const m = marks();
    if (!m.length) return 1;
    let lo = 0, hi = m.length - 1, i = -1;
    while (lo <= hi) {  // last mark whose top <= y
      const mid = (lo + hi) >> 1;
      if (m[mid].top <= y + 1) { i = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    if (i < 0) return m[0].line;
    let j = i + 1;
    while (j < m.length && m[j].line <= m[i].line) j++;
    const a = m[i];
    if (j >= m.length || m[j].top <= a.top) return a.line;
    const b = m[j];
    return Math.floor(a.line + (b.line - a.line) * (y - a.top) / (b.top - a.top));
  }

  function topAnchor(removed) {
    // The first block at least partly on screen that the patch keeps (binary search: a full
    // scan would touch thousands of elements per keystroke).
    const kids = root().children;
    let lo = 0, hi = kids.length - 1, first = kids.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (kids[mid].getBoundingClientRect().bottom > 0) { first = mid; hi = mid - 1; } else { lo = mid + 1; }
    }
    for (let k = first; k < kids.length && k < first + 200; k++) {
      const el = kids[k];
      if (!removed.has(el.id.slice(PREFIX.length))) return { el: el, top: el.getBoundingClientRect().top };
    }
    return null;
  }

  window.__ed = {
    // Apply a patch: {remove: [ids], inserts: [[afterId|null, html], ...], moves: [[id, line, end]]}.
    // Returns the new scrollY, or -1 when the page does not match (the caller reloads it).
    patch: function (p) {
      const r = root();
      if (!r) return -1;
      const anchor = window.scrollY > 0 ? topAnchor(new Set(p.remove)) : null;
      for (const id of p.remove) {
        const el = document.getElementById(PREFIX + id);
        if (!el) return -1;
        el.remove();
      }
      for (const [after, html] of p.inserts) {
        const t = document.createElement("template");
        t.innerHTML = html;
        if (after === null) {
          r.insertBefore(t.content, r.firstChild);
        } else {
          const a = document.getElementById(PREFIX + after);
          if (!a) return -1;
          a.after(t.content);
        }
      }
      for (const [id, line, end] of p.moves) {
        const el = document.getElementById(PREFIX + id);
        if (!el) return -1;
        const delta = line - (+el.dataset.line);
        el.dataset.line = line;
        el.dataset.end = end;
        for (const c of el.querySelectorAll("[data-line]")) c.dataset.line = +c.dataset.line + delta;
      }
      // Keep what the writer was reading where it was, whatever changed above it.
      if (anchor && anchor.el.isConnected) {
        window.scrollBy(0, anchor.el.getBoundingClientRect().top - anchor.top);
      }
      return window.scrollY;
    },
    scrollToLine: function (line) {
      window.scrollTo(0, Math.max(0, Math.round(yForLine(line))));
      return window.scrollY;
    },
    lineAtTop: function () { return lineAtY(window.scrollY); },
    setTheme: function (css, name) {
      document.getElementById("ed-theme").textContent = css;
      document.body.className = "preview theme-" + name;
      return window.scrollY;
    },
    scrollToId: function (id) {
      const el = document.getElementById(id);
      if (el) el.scrollIntoView();
      return window.scrollY;
    },
    blockIds: function () {
      return JSON.stringify(Array.from(root().children).map((e) => e.id.slice(PREFIX.length)));
    },
  };
})();
"""
