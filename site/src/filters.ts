// The filter panel: one fieldset of checkboxes per list key of `query`, each choice with
// the number of stations it would give, and the opening dates.
import { STATUS_COLOURS, type Station, type StationState } from 'overseas-police-stations';
import { h } from './dom.js';
import { LIST_KEYS, type ListKey, OPTIONS, parseView, select, type View } from './view.js';

const LABELS: Record<ListKey, string> = {
  status: 'Status',
  country: 'Country',
  report: 'Report',
  bureau: 'Bureau',
  province: 'Province',
  operation: 'Operation',
  closure: 'Closure',
  investigation: 'Investigation',
  legal: 'Legal stage',
};

/** The filter panel, built into `form`: `navigate` is called with each view the user asks for. */
export interface FilterPanel {
  /** Shows `view`'s choices and, next to each, how many stations it would select. */
  update(view: View, stateOf: (station: Station) => StationState | null): void;
}

/** Builds the filter panel into `form`; `current` gives the view shown, `navigate` goes to another. */
export function createFilters(form: HTMLFormElement, current: () => View, navigate: (next: View) => void): FilterPanel {
  const counts = new Map<string, HTMLElement>();
  const boxes = new Map<string, HTMLInputElement>();
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const key of LIST_KEYS) {
    const options = OPTIONS[key].map((option) => {
      const box = h('input', { type: 'checkbox', name: key, value: option.value });
      box.addEventListener('change', () => {
        const view = current();
        const values = new Set(view.filter[key] ?? []);
        if (box.checked) values.add(option.value);
        else values.delete(option.value);
        navigate({ ...view, filter: { ...view.filter, [key]: [...values] } });
      });
      boxes.set(`${key}=${option.value}`, box);
      const count = h('span', { class: 'count' });
      counts.set(`${key}=${option.value}`, count);
      const swatch = key === 'status' ? h('span', { class: 'swatch', 'aria-hidden': 'true' }) : null;
      if (swatch) swatch.style.backgroundColor = STATUS_COLOURS[option.value as keyof typeof STATUS_COLOURS];
      return h('label', {}, box, swatch, ` ${option.label} `, count);
    });
    form.append(
      h('fieldset', { class: `filter filter-${key}` }, h('legend', {}, LABELS[key]), h('div', { class: 'options' }, ...options)),
    );
  }
  const openedInputs = (['openedFrom', 'openedTo'] as const).map((name) => {
    const input = h('input', {
      type: 'text',
      id: name,
      name,
      inputmode: 'numeric',
      autocomplete: 'off',
      'aria-describedby': 'opened-hint',
    });
    input.addEventListener('change', () => {
      const value = input.value.trim();
      const next = parseView(`?${name}=${encodeURIComponent(value)}`)[name];
      if (value !== '' && next === undefined) input.setAttribute('aria-invalid', 'true');
      else navigate({ ...current(), [name]: next });
    });
    return input;
  });
  form.append(
    h(
      'fieldset',
      { class: 'filter filter-opened' },
      h('legend', {}, 'Opened'),
      h('label', { for: 'openedFrom' }, 'From'),
      openedInputs[0]!,
      h('label', { for: 'openedTo' }, 'To'),
      openedInputs[1]!,
      h(
        'p',
        { id: 'opened-hint', class: 'hint' },
        'A year, month or day: 2018, 2018-06 or 2018-06-15. Stations with no known opening date are left out.',
      ),
    ),
  );

  return {
    update(view, stateOf) {
      for (const key of LIST_KEYS) {
        for (const option of OPTIONS[key]) {
          const id = `${key}=${option.value}`;
          boxes.get(id)!.checked = view.filter[key]?.includes(option.value) ?? false;
          const n = select({ ...view, filter: { ...view.filter, [key]: [option.value] } }, stateOf).length;
          counts.get(id)!.textContent = `(${n})`;
          counts.get(id)!.parentElement!.classList.toggle('none', n === 0);
        }
      }
      for (const input of openedInputs) {
        input.value = view[input.name as 'openedFrom' | 'openedTo'] ?? '';
        input.removeAttribute('aria-invalid');
      }
    },
  };
}
