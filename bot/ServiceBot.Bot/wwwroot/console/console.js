// 三服务工作台: the live unread count (server-sent events), confirmations before destructive actions, reply
// templates, and the trend charts. Everything works without this script except the live count and the charts.
(function () {
  'use strict';

  // The unread count: the server pushes it whenever it changes (it polls the database, so any host instance may serve).
  var badge = document.getElementById('unread-count');
  if (badge && window.EventSource) {
    var baseTitle = document.title;
    var source = new EventSource('/console/notifications/stream');
    source.addEventListener('unread', function (event) {
      var count = parseInt(event.data, 10) || 0;
      badge.textContent = count > 99 ? '99+' : String(count);
      badge.dataset.count = String(count);
      badge.hidden = count === 0;
      document.title = count > 0 ? '(' + count + ') ' + baseTitle : baseTitle;
    });
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
