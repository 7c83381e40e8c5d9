// The site's JavaScript. It builds nothing from strings: rows are made with
// DOM calls and textContent, so data can never become markup here either.
// Each program records its own errors on <html data-errors> and sets
// data-ready when done, so that a headless browser can check it ran.
#include "review/page.h"

namespace baocao::review {

const char* const kDocumentScript = R"JS(
(function () {
  var root = document.documentElement, errors = [];
  function fail(message) { errors.push(String(message)); root.setAttribute('data-errors', errors.join(' | ')); }
  window.addEventListener('error', function (e) { fail(e.message); });
  try {
    var selected = [];
    function select(fact) {
      selected.forEach(function (el) { el.classList.remove('selected'); });
      selected = Array.prototype.slice.call(document.querySelectorAll('[data-fact="' + fact + '"]'));
      var row = document.getElementById('fact-' + fact.replace(':', '-'));
      if (row) {
        selected.push(row);
        var details = row.querySelector('details');
        if (details) details.open = true;
        row.scrollIntoView({block: 'nearest'});
      }
      selected.forEach(function (el) { el.classList.add('selected'); });
    }
    document.querySelector('.text').addEventListener('click', function (e) {
      var mark = e.target.closest('[data-fact]');
      if (mark) select(mark.getAttribute('data-fact'));
    });
    var links = document.querySelectorAll('.facts a[href^="#"]'), broken = 0;
    Array.prototype.forEach.call(links, function (a) {
      var target = document.getElementById(a.getAttribute('href').slice(1));
      if (!target) { broken++; return; }
      a.addEventListener('click', function () { select(target.getAttribute('data-fact')); });
    });
    if (broken) fail(broken + ' links of the side table point nowhere');
    function fromHash() {
      var id = decodeURIComponent(location.hash.slice(1)), el = id && document.getElementById(id);
      if (!el) return;
      var fact = el.getAttribute('data-fact') || el.getAttribute('data-row');
      if (fact) { select(fact); el.scrollIntoView({block: 'center'}); }
    }
    window.addEventListener('hashchange', fromHash);
    fromHash();
    root.setAttribute('data-marks', String(document.querySelectorAll('.text [data-fact]').length));
    root.setAttribute('data-links', String(links.length));
  } catch (e) { fail(e && e.message ? e.message : e); }
  root.setAttribute('data-ready', '1');
})();
)JS";

const char* const kIndexScript = R"JS(
(function () {
  var root = document.documentElement, errors = [];
  function fail(message) { errors.push(String(message)); root.setAttribute('data-errors', errors.join(' | ')); }
  window.addEventListener('error', function (e) { fail(e.message); });
  try {
    var data = JSON.parse(document.getElementById('documents').textContent);
    var columns = data.columns, rows = data.rows, pageSize = data.page_size;
    var col = {}; columns.forEach(function (c, i) { col[c.key] = i; });
    // Filtering ignores case and Vietnamese tone marks: "cam xuyen" finds Cẩm Xuyên.
    function fold(s) { return String(s).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd'); }
    var haystack = rows.map(function (r) { return fold(columns.map(function (c, i) { return r[i]; }).join(' ')); });
    var state = {sort: col.document_id, descending: false, page: 0, query: '', meetingsOnly: false, flaggedOnly: false};
    var shown = [];
    var body = document.querySelector('#documents-table tbody'), status = document.getElementById('status');
    function compare(a, b) {
      var x = rows[a][state.sort], y = rows[b][state.sort];
      var r = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
      return (state.descending ? -r : r) || a - b;
    }
    function refresh() {
      var words = fold(state.query).split(/\s+/).filter(Boolean);
      shown = [];
      for (var i = 0; i < rows.length; i++) {
        if (state.meetingsOnly && !rows[i][col.meeting_report]) continue;
        if (state.flaggedOnly && !rows[i][col.flags]) continue;
        if (words.every(function (w) { return haystack[i].indexOf(w) >= 0; })) shown.push(i);
      }
      shown.sort(compare);
      var pages = Math.max(1, Math.ceil(shown.length / pageSize));
      state.page = Math.min(state.page, pages - 1);
      draw(pages);
    }
    function cell(tr, content, numeric) {
      var td = document.createElement('td');
      if (numeric) td.className = 'n';
      if (content instanceof Node) td.appendChild(content); else td.textContent = content;
      tr.appendChild(td);
    }
    function link(href, text) { var a = document.createElement('a'); a.href = href; a.textContent = text; return a; }
    function draw(pages) {
      body.textContent = '';
      shown.slice(state.page * pageSize, (state.page + 1) * pageSize).forEach(function (i) {
        var r = rows[i], tr = document.createElement('tr');
        columns.forEach(function (c, k) {
          if (c.hidden) return;
          if (c.key === 'source_name') cell(tr, link('doc/' + r[col.document_id] + '.html', r[k]));
          else if (c.key === 'locality' && r[col.locality_page]) cell(tr, link('place/' + r[col.locality_page] + '.html', r[k]));
          else if (c.key === 'meeting_report') cell(tr, r[k] ? 'yes' : 'no');
          else cell(tr, r[k], c.numeric);
        });
        body.appendChild(tr);
      });
      status.textContent = shown.length + ' of ' + rows.length + ' documents, page ' + (state.page + 1) + ' of ' + pages;
      document.getElementById('previous').disabled = state.page === 0;
      document.getElementById('next').disabled = state.page >= pages - 1;
      root.setAttribute('data-shown', String(shown.length));
    }
    var head = document.querySelector('#documents-table thead tr');
    columns.forEach(function (c, k) {
      if (c.hidden) return;
      var th = document.createElement('th'), button = document.createElement('button');
      button.textContent = c.title;
      button.title = 'sort by ' + c.title;
      button.addEventListener('click', function () {
        state.descending = state.sort === k ? !state.descending : !!c.numeric;
        state.sort = k;
        refresh();
      });
      th.appendChild(button);
      head.appendChild(th);
    });
    document.getElementById('filter').addEventListener('input', function (e) { state.query = e.target.value; state.page = 0; refresh(); });
    document.getElementById('meetings-only').addEventListener('change', function (e) { state.meetingsOnly = e.target.checked; state.page = 0; refresh(); });
    document.getElementById('flagged-only').addEventListener('change', function (e) { state.flaggedOnly = e.target.checked; state.page = 0; refresh(); });
    document.getElementById('previous').addEventListener('click', function () { state.page--; refresh(); });
    document.getElementById('next').addEventListener('click', function () { state.page++; refresh(); });
    refresh();
  } catch (e) { fail(e && e.message ? e.message : e); }
  root.setAttribute('data-ready', '1');
})();
)JS";

}  // namespace baocao::review
