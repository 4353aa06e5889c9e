// 三服务工作台: the live counts (server-sent events), a handoff conversation's new messages, confirmations before
// destructive actions, reply templates, and the trend charts. Everything works without this script except the live
// counts, the live conversation and the charts.
(function () {
  'use strict';

  function show(badge, count) {
    badge.textContent = count > 99 ? '99+' : String(count);
    badge.dataset.count = String(count);
    badge.hidden = count === 0;
  }

  // The unread count and the menu's counts (conversations waiting for a person): the server pushes each whenever it
  // changes (it polls the database, so any host instance may serve).
  var badge = document.getElementById('unread-count');
  if (badge && window.EventSource) {
    var baseTitle = document.title;
    var source = new EventSource('/console/notifications/stream');
    source.addEventListener('unread', function (event) {
      var count = parseInt(event.data, 10) || 0;
      show(badge, count);
      document.title = count > 0 ? '(' + count + ') ' + baseTitle : baseTitle;
    });
    document.querySelectorAll('[data-live-count]').forEach(function (counter) {
      source.addEventListener(counter.getAttribute('data-live-count'), function (event) {
        show(counter, parseInt(event.data, 10) || 0);
      });
    });
  }

  // A handoff conversation: asks for the messages after the last one shown and appends them (the server renders
  // them); when the handoff's status changed (accepted by a colleague, ended by the user) the page reloads.
  var live = document.querySelector('[data-handoff-live]');
  if (live && window.fetch) {
    var last = live.getAttribute('data-last');
    var every = parseInt(live.getAttribute('data-poll'), 10) || 3000;
    live.scrollTop = live.scrollHeight;
    var poll = function () {
      fetch(live.getAttribute('data-handoff-live') + '&after=' + encodeURIComponent(last), { credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            return '';
          }
          if (response.headers.get('X-Handoff-Status') !== live.getAttribute('data-status')) {
            window.location.reload();
            return '';
          }
          last = response.headers.get('X-Handoff-Last') || last;
          return response.text();
        })
        .then(function (html) {
          if (html.trim()) {
            live.insertAdjacentHTML('beforeend', html);
            live.scrollTop = live.scrollHeight;
          }
        })
        .catch(function () { /* the next poll tries again */ })
        .then(function () { window.setTimeout(poll, every); });
    };
    window.setTimeout(poll, every);
  }

  // Forms whose action cannot be undone ask first, in words that say what will happen.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // Reply templates fill the answer box (the staff member then edits the text).
  document.querySelectorAll('select[data-template-target]').forEach(function (select) {
    select.addEventListener('change', function () {
      var target = document.getElementById(select.getAttribute('data-template-target'));
      if (target && select.value) {
        if (!target.value.trim() || window.confirm('用模板替换已填写的答复内容吗？')) {
          target.value = select.value;
        }
        select.selectedIndex = 0;
        target.focus();
      }
    });
  });

  // Charts: a <canvas data-chart="id-of-json"> draws the JSON it names with Chart.js (bundled, no CDN).
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = document.getElementById(canvas.getAttribute('data-chart'));
    if (!data || !window.Chart) {
      return;
    }
    var spec = JSON.parse(data.textContent);
    new window.Chart(canvas, {
      type: spec.type || 'line',
      data: { labels: spec.labels, datasets: spec.datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom' } },
        scales: spec.percent
          ? { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } }
          : { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
})();
