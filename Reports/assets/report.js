/* wza report: view switching and filters, inlined into index.html (no network, no storage).
   Progressive enhancement: without this script every view is shown one after another and the filter
   form stays hidden. Hidden things get the class is-off, which only applies on screen: print shows all. */
(function () {
  'use strict';
  var d = document;
  if (!d.querySelector || !('hidden' in d.documentElement) || !window.Element || !Element.prototype.closest || !d.documentElement.classList) return;
  function all(selector, root) { return Array.prototype.slice.call((root || d).querySelectorAll(selector)); }
  function off(element, hide) { element.classList[hide ? 'add' : 'remove']('is-off'); }
  function has(list, value) { return list.indexOf(value) >= 0; }
  function words(element, name) { return (element.getAttribute(name) || '').split(' '); }
  function fill(template, values) { var i = 0; return template.replace(/%@/g, function () { return String(values[i++]); }); }

  var views = all('.view'), links = all('a[data-view-link]');
  var filters = d.getElementById('filters'), form = d.getElementById('filter-form'), status = d.getElementById('filter-status');
  if (!views.length || !filters || !form || !status) return;
  d.documentElement.classList.add('js');
  filters.hidden = false;

  // Views: one at a time; the links say which one is shown. Any link into a view opens that view.
  var current = null;
  function show(id) {
    current = id;
    views.forEach(function (view) { off(view, view.id !== id); });
    links.forEach(function (link) {
      if (link.getAttribute('data-view-link') === id) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  }
  function route() {
    var id = location.hash ? decodeURIComponent(location.hash.slice(1)) : '';
    var target = id ? d.getElementById(id) : null;
    var view = target ? target.closest('.view') : null;
    if (view) {
      show(view.id);
      if (target.closest('.is-off')) { form.reset(); apply(); }
      target.scrollIntoView();
    } else if (!current) {
      show(views[0].id);
    }
  }

  // Filters: impact, outcome (and "new only" against a baseline), rule, principle (findings, rules, items) and page path (pages).
  var impactCount = all('input[name=impact]', form).length, outcomeCount = all('input[name=outcome]', form).length;
  function checked(name) { return all('input[name=' + name + ']', form).filter(function (box) { return box.checked; }).map(function (box) { return box.value; }); }
  function apply() {
    var impacts = checked('impact'), outcomes = checked('outcome'), onlyNew = checked('baseline').length > 0;
    var rule = form.elements.rule.value, principle = form.elements.principle.value;
    var text = form.elements.path.value.replace(/^\s+|\s+$/g, '').toLowerCase();
    var narrowed = impacts.length < impactCount || outcomes.length < outcomeCount || onlyNew || rule !== '' || principle !== '';
    function principleOK(element) { return principle === '' || has(words(element, 'data-principles'), principle); }
    var shown = 0, total = 0, pages = 0, visible = {};
    all('section.page[data-path]').forEach(function (section) {
      var pathOK = text === '' || section.getAttribute('data-path').toLowerCase().indexOf(text) >= 0, count = 0;
      all('tr[data-rule]', section).forEach(function (row) {
        total++;
        var ok = pathOK && has(impacts, row.getAttribute('data-impact')) && has(outcomes, row.getAttribute('data-outcome')) &&
          (!onlyNew || row.getAttribute('data-baseline') === 'new') && (rule === '' || row.getAttribute('data-rule') === rule) && principleOK(row);
        off(row, !ok);
        if (ok) count++;
      });
      all('.finding-group', section).forEach(function (group) {
        var rows = all('tr[data-rule]', group);
        off(group, narrowed && rows.length > 0 && rows.every(function (row) { return row.classList.contains('is-off'); }));
      });
      var kept = pathOK && (!narrowed || count > 0);
      off(section, !kept);
      if (kept) { pages++; visible[section.id] = true; }
      shown += count;
    });
    all('tr[data-page-row]').forEach(function (row) { off(row, !visible[row.getAttribute('data-page-row')]); });
    all('[data-rule-row], [data-rule-entry]').forEach(function (element) {
      var id = element.getAttribute('data-rule-row') || element.getAttribute('data-rule-entry');
      off(element, !((rule === '' || id === rule) && has(impacts, element.getAttribute('data-impact')) && principleOK(element)));
    });
    all('[data-item]').forEach(function (element) {
      off(element, !(principleOK(element) && (rule === '' || has(words(element, 'data-rules'), rule))));
    });
    status.textContent = narrowed || text !== ''
      ? fill(filters.getAttribute('data-status'), [shown, total, pages])
      : fill(filters.getAttribute('data-status-all'), [total, pages]);
  }

  var timer = null;
  form.addEventListener('change', apply);
  form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 250); });
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  window.addEventListener('hashchange', route);

  // Printing shows everything: open collapsed details for the print and close them again afterwards.
  var reopened = [];
  window.addEventListener('beforeprint', function () {
    reopened = all('details:not([open])');
    reopened.forEach(function (details) { details.open = true; });
  });
  window.addEventListener('afterprint', function () { reopened.forEach(function (details) { details.open = false; }); reopened = []; });

  apply();
  route();
})();
