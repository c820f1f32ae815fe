/*
 * The public dashboard. Its state is the URL's query string (the release, the year range, the map's variable
 * and VAR=value filters), so a view is a link and the back button goes back. Every chart asks the API once,
 * with every filter except its own (cross-filtering: a chart keeps showing the values one can still pick),
 * and draws only what the API answered: counts under the threshold arrive as {"fewer_than": k} and are
 * shown as such, never as a number. Each chart has a text summary and a table whose buttons set the same
 * filters as clicks, for keyboards and screen readers. No inline script or style: ECharts styles through
 * the CSSOM, and tooltips are drawn on the canvas (richText), so the CSP holds.
 */
(function () {
  'use strict';

  var root = document.getElementById('dashboard');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  var config = JSON.parse(root.getAttribute('data-config'));
  var words = config.words;
  var numbers = new Intl.NumberFormat(config.language);
  var COLOURS = { bar: '#1d56a3', selected: '#b45f06', low: '#5a82c2', high: '#0b3d6e', fewer: '#767676',
    empty: '#f3f2f1', edge: '#505a5f', text: '#1b1b1b', regionLow: '#3f8f7a', regionHigh: '#185446' };
  var cards = {};
  var state = readState();
  var generation = 0;
  var world = fetch('/hub/world-110m.geo.json').then(function (r) { return r.json(); })
    .then(function (geo) { echarts.registerMap('world', geo); });

  function say(word) {
    var text = (words[word] || word).replace(/''/g, "'");
    for (var i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
    }
    return text;
  }

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var read = { filters: {}, from: null, to: null, map: null };
    params.forEach(function (value, key) {
      if (key === 'from' || key === 'to') {
        read[key] = /^\d{4}$/.test(value) ? value : null;
      } else if (key === 'map') {
        read.map = value;
      } else if (config.variables[key] && key !== config.yearVariable) {
        (read.filters[key] = read.filters[key] || []).push(value);
      }
    });
    if (config.mapVariables && config.mapVariables.indexOf(read.map) < 0) {
      read.map = config.mapVariables[0];
    }
    return read;
  }

  /** The query string of the state, without the filters on the variables in skip (and the years if asked). */
  function query(skip, skipYears) {
    var params = new URLSearchParams();
    Object.keys(state.filters).sort().forEach(function (variable) {
      if (skip.indexOf(variable) < 0) {
        state.filters[variable].forEach(function (value) { params.append(variable, value); });
      }
    });
    if (!skipYears) {
      if (state.from) { params.set('from', state.from); }
      if (state.to) { params.set('to', state.to); }
    }
    return params;
  }

  function pageQuery() {
    var params = query([], false);
    params.set('release', config.release);
    if (config.mapVariables && state.map !== config.mapVariables[0]) {
      params.set('map', state.map);
    }
    return params;
  }

  function changed() {
    window.history.pushState(null, '', '?' + pageQuery().toString());
    render();
  }

  function selected(variable, value) {
    return (state.filters[variable] || []).indexOf(value) >= 0;
  }

  function toggle(variable, value) {
    var values = state.filters[variable] || [];
    var at = values.indexOf(value);
    if (at >= 0) {
      values.splice(at, 1);
    } else {
      values.push(value);
    }
    if (values.length) {
      state.filters[variable] = values;
    } else {
      delete state.filters[variable];
    }
    changed();
  }

  function label(variable, value) {
    var meta = config.variables[variable];
    return (meta && meta.values[value]) || value;
  }

  function title(variable) {
    return config.variables[variable] ? config.variables[variable].title : variable;
  }

  function shown(count) {
    if (!count) { return ''; }
    return count.count !== undefined ? numbers.format(count.count) : say('fewerThan', count.fewer_than);
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) { made.className = className; }
    if (text !== undefined) { made.textContent = text; }
    return made;
  }

  /* The cards, made once: a heading, the recorded line, the chart, its summary and its table. */
  function build() {
    config.charts.forEach(function (spec) {
      var card = element('section', 'chart-card chart-' + spec.type);
      card.id = 'chart-' + spec.id;
      card.setAttribute('data-variable', spec.variable);
      var heading = element('h2', null, spec.title);
      heading.id = spec.id + '-title';
      card.setAttribute('aria-labelledby', heading.id);
      card.appendChild(heading);
      if (spec.type === 'map' && config.mapVariables.length > 1) {
        var field = element('div', 'map-choice');
        var choose = element('label', null, say('mapOf'));
        choose.htmlFor = 'map-variable';
        var select = element('select');
        select.id = 'map-variable';
        config.mapVariables.forEach(function (variable) {
          var option = element('option', null, title(variable));
          option.value = variable;
          select.appendChild(option);
        });
        select.addEventListener('change', function () { state.map = select.value; changed(); });
        field.appendChild(choose);
        field.appendChild(select);
        card.appendChild(field);
      }
      var recorded = element('p', 'recorded');
      card.appendChild(recorded);
      var level = null;
      if (spec.type === 'map') {
        level = element('p', 'map-level');
        level.id = 'map-level';
        card.appendChild(level);
      }
      var summary = element('p', 'chart-summary');
      summary.id = spec.id + '-summary';
      var canvas = element('div', 'chart');
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-labelledby', summary.id);
      card.appendChild(canvas);
      card.appendChild(summary);
      var details = element('details', 'chart-table');
      details.appendChild(element('summary', null, say('showTable')));
      var table = element('table', 'table');
      details.appendChild(table);
      card.appendChild(details);
      root.appendChild(card);
      var instance = echarts.init(canvas, null, { renderer: 'canvas' });
      cards[spec.id] = { spec: spec, card: card, recorded: recorded, summary: summary, canvas: canvas,
        table: table, chart: instance, level: level };
      instance.on('click', function (event) { clicked(cards[spec.id], event); });
    });
    window.addEventListener('resize', function () {
      Object.keys(cards).forEach(function (id) { cards[id].chart.resize(); });
    });
    var years = yearValues();
    if (years.length) {
      document.getElementById('year-field').hidden = false;
      ['year-from', 'year-to'].forEach(function (id) {
        var select = document.getElementById(id);
        select.appendChild(element('option', null, say('allYears'))).value = '';
        years.forEach(function (year) { select.appendChild(element('option', null, year)).value = year; });
        select.addEventListener('change', function () {
          state[id === 'year-from' ? 'from' : 'to'] = select.value || null;
          if (state.from && state.to && state.from > state.to) {
            state[id === 'year-from' ? 'to' : 'from'] = select.value;
          }
          changed();
        });
      });
    }
    var release = document.getElementById('release-select');
    if (release) {
      release.addEventListener('change', function () {
        window.location.search = '?release=' + encodeURIComponent(release.value);
      });
    }
  }

  function yearValues() {
    if (!config.yearVariable) { return []; }
    var years = {};
    config.variables[config.yearVariable].order.forEach(function (value) {
      (value.match(/\d{4}/g) || []).forEach(function (year) { years[year] = true; });
    });
    return Object.keys(years).sort();
  }

  function clicked(card, event) {
    var data = event.data || {};
    if (card.spec.type === 'trend' && data.raw) {
      var year = (data.raw.match(/\d{4}/g) || [])[0];
      if (state.from === year && state.to === year) {
        state.from = null;
        state.to = null;
      } else {
        state.from = year;
        state.to = (data.raw.match(/\d{4}/g) || []).pop();
      }
      changed();
    } else if (data.raw && data.variable) {
      toggle(data.variable, data.raw);
    }
  }

  /* One request per chart, each with every filter but its own. */
  function render() {
    var current = ++generation;
    root.setAttribute('data-state', 'loading');
    document.getElementById('hub-status').textContent = say('loading');
    syncControls();
    var pending = config.charts.map(function (spec) {
      var params;
      if (spec.type === 'trend') {
        params = query([], true);
      } else if (spec.type === 'sankey') {
        params = query([spec.variable, spec.second], false);
        params.set('by2', spec.second);
      } else {
        var variable = spec.type === 'map' ? state.map : spec.variable;
        params = query([variable], false);
      }
      var by = spec.type === 'map' ? state.map : spec.variable;
      params.set('by', by);
      var url = config.api + '/counts?' + params.toString();
      var card = cards[spec.id];
      card.card.setAttribute('data-url', url);
      return fetch(url, { headers: { Accept: 'application/json' } })
        .then(function (response) {
          return response.json().then(function (body) {
            if (!response.ok) { throw new Error(body.error ? body.error.message : response.status); }
            return body;
          });
        })
        .then(function (answer) {
          if (current !== generation) { return; }
          return (spec.type === 'map' ? world : Promise.resolve()).then(function () {
            if (current === generation) { draw(card, answer, by); }
          });
        })
        .catch(function () {
          if (current === generation) { card.recorded.textContent = say('failed'); }
        });
    });
    Promise.all(pending).then(function () {
      if (current === generation) {
        root.setAttribute('data-state', 'ready');
        document.getElementById('hub-status').textContent = '';
      }
    });
  }

  function syncControls() {
    var from = document.getElementById('year-from');
    var to = document.getElementById('year-to');
    if (from) { from.value = state.from || ''; }
    if (to) { to.value = state.to || ''; }
    var map = document.getElementById('map-variable');
    if (map) { map.value = state.map; }
    summariseFilters();
    document.querySelectorAll('.languages a[data-lang]').forEach(function (link) {
      var params = pageQuery();
      params.set('lang', link.getAttribute('data-lang'));
      link.setAttribute('href', '?' + params.toString());
    });
  }

  function summariseFilters() {
    var list = document.getElementById('filter-list');
    list.textContent = '';
    var any = false;
    var ul = element('ul', 'filter-chips');
    Object.keys(state.filters).sort().forEach(function (variable) {
      state.filters[variable].forEach(function (value) {
        any = true;
        var item = element('li');
        item.appendChild(element('span', null, title(variable) + ': ' + label(variable, value)));
        var remove = element('button', 'link-button', say('clear'));
        remove.type = 'button';
        remove.setAttribute('aria-label', say('clear') + ' ' + title(variable) + ': ' + label(variable, value));
        remove.addEventListener('click', function () { toggle(variable, value); });
        item.appendChild(remove);
        ul.appendChild(item);
      });
    });
    if (state.from || state.to) {
      any = true;
      var years = element('li');
      years.appendChild(element('span', null, say('years') + ': ' + (state.from || '…') + '–' + (state.to || '…')));
      var clearYears = element('button', 'link-button', say('clear'));
      clearYears.type = 'button';
      clearYears.setAttribute('aria-label', say('clear') + ' ' + say('years'));
      clearYears.addEventListener('click', function () { state.from = null; state.to = null; changed(); });
      years.appendChild(clearYears);
      ul.appendChild(years);
    }
    if (!any) {
      list.appendChild(element('p', 'hint', say('noFilters')));
      return;
    }
    list.appendChild(ul);
    var all = element('button', 'button secondary', say('clearAll'));
    all.type = 'button';
    all.id = 'clear-all';
    all.addEventListener('click', function () { state.filters = {}; state.from = null; state.to = null; changed(); });
    list.appendChild(all);
  }

  function draw(card, answer, by) {
    var spec = card.spec;
    var total = answer.total;
    var recorded = answer.recorded[by];
    card.recorded.textContent = recorded && recorded.count === undefined && total.count === undefined
      ? say('recordedNone', answer.protection.threshold)
      : say('recorded', shown(recorded), shown(total));
    if (spec.type === 'sankey') {
      drawFlows(card, answer);
    } else {
      var cells = answer.cells.filter(function (cell) { return cell[by] !== config.notRecorded; });
      var notRecorded = answer.cells.filter(function (cell) { return cell[by] === config.notRecorded; });
      if (spec.type === 'map') {
        drawMap(card, cells, by);
      } else {
        drawBars(card, cells, by, spec.type === 'trend');
      }
      summarise(card, cells, by, recorded, total, spec.type === 'map' ? place : label);
      table(card, by, cells.concat(notRecorded), spec.type === 'trend');
    }
    card.card.setAttribute('data-drawn', String(generation));
  }

  function isSelected(by, value, trend) {
    if (trend) {
      var years = value.match(/\d{4}/g) || [];
      return !!(state.from || state.to) && years.length > 0
        && (!state.from || years[0] >= state.from) && (!state.to || years[years.length - 1] <= state.to);
    }
    return selected(by, value);
  }

  function drawBars(card, cells, by, trend) {
    var names = cells.map(function (cell) {
      return (isSelected(by, cell[by], trend) ? '✓ ' : '') + label(by, cell[by]);
    });
    var data = cells.map(function (cell) {
      var chosen = isSelected(by, cell[by], trend);
      return { value: cell.count !== undefined ? cell.count : 0, raw: cell[by], variable: by,
        fewer: cell.fewer_than, itemStyle: { color: chosen ? COLOURS.selected : COLOURS.bar,
          borderColor: chosen ? COLOURS.text : COLOURS.bar, borderWidth: chosen ? 2 : 0 } };
    });
    var category = { type: 'category', data: names, axisLabel: { color: COLOURS.text, interval: 0 },
      axisLine: { lineStyle: { color: COLOURS.edge } }, inverse: !trend };
    var values = { type: 'value', axisLabel: { color: COLOURS.text,
      formatter: function (value) { return numbers.format(value); } }, splitLine: { lineStyle: { color: '#d8d8d8' } } };
    card.chart.setOption({
      animation: false,
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: function (p) {
        return label(by, p.data.raw) + ': ' + cellText(p.data); } },
      xAxis: trend ? category : values,
      yAxis: trend ? values : category,
      series: [{ type: 'bar', data: data, cursor: 'pointer', barMaxWidth: 28,
        label: { show: true, position: trend ? 'top' : 'right', color: COLOURS.text,
          formatter: function (p) { return cellText(p.data); } } }]
    }, true);
    card.canvas.classList.toggle('tall', !trend && cells.length > 8);
    card.chart.resize();
  }

  function cellText(cell) {
    return cell.fewer !== undefined ? say('fewerThan', cell.fewer) : numbers.format(cell.value);
  }

  /* The level a map value is published at: country, subRegion or region. */
  function levelOf(by, value) {
    return (config.levels[by] || {})[value] || 'country';
  }

  /* A map value's name, saying "(region)" where the count is a whole sub-region's or region's. */
  function place(by, value) {
    var level = levelOf(by, value);
    return level === 'country' ? label(by, value) : say('level.tip.' + level, label(by, value));
  }

  /* Between two colours by a share in [0, 1]. */
  function mix(from, to, share) {
    var channel = function (hex, i) { return parseInt(hex.substr(1 + 2 * i, 2), 16); };
    var out = '#';
    for (var i = 0; i < 3; i++) {
      var value = Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * share);
      out += (value < 16 ? '0' : '') + value.toString(16);
    }
    return out;
  }

  function drawMap(card, cells, by) {
    var max = 1;
    var regionMax = 1;
    var data = [];
    var published = config.mapLevel[by] || 'country';
    card.level.textContent = say('level.' + published, title(by))
      + (published === 'country' ? '' : ' ' + say('level.legend'));
    card.card.setAttribute('data-level', published);
    cells.forEach(function (cell) {
      if (cell.count === undefined) { return; }
      if (levelOf(by, cell[by]) === 'country') {
        max = Math.max(max, cell.count);
      } else {
        regionMax = Math.max(regionMax, cell.count);
      }
    });
    cells.forEach(function (cell) {
      // a country's shape, or every shape of a sub-region or region: those carry the whole region's count, so
      // they stay out of the country scale and are drawn lighter with a dashed outline
      var regional = levelOf(by, cell[by]) !== 'country';
      (config.numeric[cell[by]] || []).forEach(function (code) {
        var chosen = selected(by, cell[by]);
        var item = { name: code, raw: cell[by], variable: by, fewer: cell.fewer_than, regional: regional,
          shown: cell.count, value: cell.count !== undefined && !regional ? cell.count : null };
        if (chosen) {
          item.itemStyle = { areaColor: COLOURS.selected, borderColor: COLOURS.text, borderWidth: 1.5 };
        } else if (cell.count === undefined) {
          item.itemStyle = { areaColor: COLOURS.fewer };
        } else if (regional) {
          item.itemStyle = { areaColor: mix(COLOURS.regionLow, COLOURS.regionHigh,
            regionMax > config.threshold ? (cell.count - config.threshold) / (regionMax - config.threshold) : 1),
          borderColor: COLOURS.edge, borderWidth: 0.8, borderType: 'dashed' };
        }
        data.push(item);
      });
    });
    card.chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: function (p) {
        if (!p.data) { return p.name ? '' : ''; }
        return place(by, p.data.raw) + ': ' + cellText({ fewer: p.data.fewer, value: p.data.shown });
      } },
      visualMap: { type: 'continuous', show: published !== 'subRegion' && published !== 'region',
        min: config.threshold, max: Math.max(max, config.threshold + 1),
        inRange: { color: [COLOURS.low, COLOURS.high] }, calculable: false, left: 8, bottom: 8,
        textStyle: { color: COLOURS.text }, formatter: function (value) { return numbers.format(Math.round(value)); } },
      series: [{ type: 'map', map: 'world', roam: false, data: data, nameProperty: 'name', cursor: 'pointer',
        itemStyle: { areaColor: COLOURS.empty, borderColor: COLOURS.edge, borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: COLOURS.selected } },
        select: { disabled: true } }]
    }, true);
  }

  function drawFlows(card, answer) {
    var from = card.spec.variable;
    var to = card.spec.second;
    var links = answer.cells.filter(function (cell) {
      return cell.count !== undefined && cell[from] !== config.notRecorded && cell[to] !== config.notRecorded;
    }).sort(function (a, b) { return b.count - a.count; }).slice(0, 40);
    var nodes = {};
    links.forEach(function (cell) {
      nodes['a:' + cell[from]] = { name: 'a:' + cell[from], raw: cell[from], variable: from };
      nodes['b:' + cell[to]] = { name: 'b:' + cell[to], raw: cell[to], variable: to };
    });
    Object.keys(nodes).forEach(function (key) {
      var node = nodes[key];
      var chosen = selected(node.variable, node.raw);
      node.itemStyle = { color: chosen ? COLOURS.selected : COLOURS.bar, borderColor: COLOURS.text,
        borderWidth: chosen ? 2 : 0 };
    });
    function nodeLabel(name) {
      var node = nodes[name];
      return node ? (selected(node.variable, node.raw) ? '✓ ' : '') + label(node.variable, node.raw) : name;
    }
    card.chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: function (p) {
        if (p.dataType === 'edge') {
          return nodeLabel(p.data.source) + ' → ' + nodeLabel(p.data.target) + ': ' + numbers.format(p.data.value);
        }
        return nodeLabel(p.name);
      } },
      series: [{ type: 'sankey', left: 8, right: 160, top: 8, bottom: 8, nodeGap: 6, draggable: false,
        data: Object.keys(nodes).map(function (key) { return nodes[key]; }),
        links: links.map(function (cell) {
          return { source: 'a:' + cell[from], target: 'b:' + cell[to], value: cell.count };
        }),
        label: { color: COLOURS.text, formatter: function (p) { return nodeLabel(p.name); } },
        lineStyle: { color: COLOURS.bar, opacity: 0.7, curveness: 0.5 },
        emphasis: { focus: 'adjacency' } }]
    }, true);
    var total = answer.total.count !== undefined ? numbers.format(answer.total.count) : shown(answer.total);
    card.summary.textContent = links.length
      ? say('flowsSummary', title(from), title(to), links.slice(0, 3).map(function (cell) {
        return label(from, cell[from]) + ' → ' + label(to, cell[to]) + ' ' + numbers.format(cell.count);
      }).join('; '), total) + ' ' + say('unlisted', answer.unlisted_cells.fewer_than)
      : say('noData');
    var head = element('thead');
    var row = element('tr');
    [title(from), title(to), say('count')].forEach(function (text) { row.appendChild(element('th', null, text)); });
    row.querySelectorAll('th').forEach(function (th) { th.scope = 'col'; });
    head.appendChild(row);
    var body = element('tbody');
    links.forEach(function (cell) {
      var line = element('tr');
      line.appendChild(filterCell(from, cell[from]));
      line.appendChild(filterCell(to, cell[to]));
      line.appendChild(element('td', 'number', numbers.format(cell.count)));
      body.appendChild(line);
    });
    card.table.textContent = '';
    card.table.appendChild(element('caption', 'visually-hidden', card.spec.title));
    card.table.appendChild(head);
    card.table.appendChild(body);
  }

  function summarise(card, cells, by, recorded, total, name) {
    var largest = cells.filter(function (cell) { return cell.count !== undefined; })
      .sort(function (a, b) { return b.count - a.count; }).slice(0, 3)
      .map(function (cell) { return name(by, cell[by]) + ' ' + numbers.format(cell.count); });
    var few = cells.filter(function (cell) { return cell.count === undefined; })
      .map(function (cell) { return name(by, cell[by]); });
    var text = title(by) + '. ' + say('recorded', shown(recorded), shown(total)) + '.';
    if (largest.length) {
      text += ' ' + say('summaryTop', largest.join('; '));
    }
    if (few.length) {
      text += ' ' + say('summary', few.slice(0, 8).join(', ') + (few.length > 8 ? ', …' : ''), config.threshold);
    }
    card.summary.textContent = cells.length ? text : say('noData');
  }

  function filterCell(variable, value) {
    var cell = element('td');
    var button = element('button', 'link-button filter-button', label(variable, value));
    button.type = 'button';
    button.setAttribute('aria-pressed', selected(variable, value) ? 'true' : 'false');
    button.setAttribute('data-variable', variable);
    button.setAttribute('data-value', value);
    button.setAttribute('aria-label', say(selected(variable, value) ? 'unfilter' : 'filter',
      title(variable) + ': ' + label(variable, value)));
    button.addEventListener('click', function () { toggle(variable, value); });
    cell.appendChild(button);
    return cell;
  }

  function table(card, by, cells, trend) {
    card.table.textContent = '';
    card.table.appendChild(element('caption', 'visually-hidden', card.spec.title));
    var head = element('thead');
    var row = element('tr');
    [title(by), say('count')].forEach(function (text) {
      var th = element('th', null, text);
      th.scope = 'col';
      row.appendChild(th);
    });
    head.appendChild(row);
    var body = element('tbody');
    cells.forEach(function (cell) {
      var line = element('tr');
      if (trend || cell[by] === config.notRecorded) {
        var th = element('th', null, label(by, cell[by]));
        th.scope = 'row';
        line.appendChild(th);
      } else {
        line.appendChild(filterCell(by, cell[by]));
      }
      var count = element('td', 'number', cell.count !== undefined ? numbers.format(cell.count)
        : say('fewerThan', cell.fewer_than));
      count.setAttribute('data-count', cell.count !== undefined ? String(cell.count) : '');
      line.appendChild(count);
      body.appendChild(line);
    });
    card.table.appendChild(head);
    card.table.appendChild(body);
  }

  window.addEventListener('popstate', function () {
    state = readState();
    render();
  });
  build();
  render();
}());
