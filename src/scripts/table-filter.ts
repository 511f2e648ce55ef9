/**
 * Progressive filter for long tables: a <form data-filter="TABLE_ID" hidden> is shown once this runs;
 * each <select name="x"> keeps rows whose data-x matches (empty = all), an <input name="q"> keeps rows
 * whose text contains the words. Without JavaScript the form stays hidden and every row is listed.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filter]')) {
  const table = document.getElementById(form.dataset.filter ?? '');
  const status = form.querySelector<HTMLElement>('[role="status"]');
  if (!table) continue;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')];
  const apply = (): void => {
    const data = new FormData(form);
    let shown = 0;
    for (const row of rows) {
      let ok = true;
      for (const [key, raw] of data) {
        const value = String(raw).trim();
        if (!value) continue;
        if (key === 'q') ok &&= value.split(/\s+/).every((w) => (row.textContent ?? '').includes(w));
        else ok &&= row.dataset[key] === value;
      }
      row.hidden = !ok;
      if (ok) shown += 1;
    }
    // Category header rows stay only when a row of theirs is shown.
    for (const body of table.querySelectorAll('tbody')) {
      const head = body.querySelector<HTMLTableRowElement>('tr:not([data-row])');
      if (head) head.hidden = ![...body.querySelectorAll<HTMLTableRowElement>('tr[data-row]')].some((r) => !r.hidden);
    }
    if (status) status.textContent = (status.dataset.template ?? '{n}').replace('{n}', String(shown));
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => setTimeout(apply));
  form.hidden = false;
}
