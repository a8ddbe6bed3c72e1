// The trend chart's points: the one under the pointer or with focus has its exact figures read out below the
// chart, with every other query's figures of the same period (points of equal height lie on top of each other);
// arrow keys move along a line (left, right) and between lines (up, down). The chart works without it.
'use strict';
(() => {
  const readout = document.getElementById('readout');
  const points = [...document.querySelectorAll('.trend-svg a.point')];
  if (!readout || points.length === 0) return;

  function show(point) {
    for (const other of document.querySelectorAll('.trend-svg a.point.current')) other.classList.remove('current');
    point.classList.add('current');
    const period = points.filter(p => p.dataset.point === point.dataset.point);
    readout.replaceChildren(...period.map(p => {
      const line = document.createElement(p === point ? 'strong' : 'span');
      line.className = `figure s${p.dataset.series}`;
      line.textContent = p.querySelector('title').textContent;
      return line;
    }));
    readout.className = `readout s${point.dataset.series}`;
  }

  function find(series, index) {
    return points.find(p => p.dataset.series === String(series) && p.dataset.point === String(index));
  }

  const lines = [...new Set(points.map(p => Number(p.dataset.series)))].sort((a, b) => a - b);
  for (const point of points) {
    point.addEventListener('mouseenter', () => show(point));
    point.addEventListener('focus', () => show(point));
    point.addEventListener('keydown', e => {
      const series = Number(point.dataset.series);
      const index = Number(point.dataset.point);
      let next = null;
      if (e.key === 'ArrowRight') next = points.find(p => p.dataset.series === point.dataset.series && Number(p.dataset.point) > index);
      else if (e.key === 'ArrowLeft') next = points.filter(p => p.dataset.series === point.dataset.series && Number(p.dataset.point) < index).pop();
      else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        const at = lines.indexOf(series) + (e.key === 'ArrowDown' ? 1 : -1);
        if (at >= 0 && at < lines.length) next = find(lines[at], index);
      }
      if (next) {
        e.preventDefault();
        next.focus();
      }
    });
  }
})();
