/**
 * <latency-explainer>: enables the explainer's controls and, on every change, recomputes the reader's
 * two bars with the same model and timeline code the page was built with (fact values arrive as
 * JSON in `data-facts`). The commit interval follows the guarantee's default, and the batch
 * duration stays our estimate, until the reader types one. Loaded by latency-trigger.ts only when the explainer is about to be used.
 */
import { explain, settingsFromForm } from '../explainer';
import type { LatencyFacts } from '../fact-ids';
import { defaultCommitIntervalMs, type Guarantee } from '../model';
import { timelineSvg } from '../timeline';

type Field = HTMLInputElement | HTMLSelectElement;

class LatencyExplainer extends HTMLElement {
  connectedCallback(): void {
    const controls = this.querySelector('fieldset');
    const frame = this.querySelector('[data-latency-timeline]');
    if (!controls || !frame || !this.dataset['facts']) return;
    const facts = JSON.parse(this.dataset['facts']) as LatencyFacts;
    const field = (name: string) => controls.querySelector(`[name="${name}"]`) as Field;
    const touched = { commit: false, batch: false };

    const update = (changed?: string) => {
      if (changed === 'commit' || changed === 'batch') touched[changed] = true;
      if (changed === 'guarantee' && !touched.commit) {
        field('commit').value = String(defaultCommitIntervalMs(field('guarantee').value as Guarantee, facts));
      }
      const mode = field('mode').value;
      field('trigger').disabled = mode !== 'processing-time';
      field('batch').disabled = mode === 'continuous' || mode === 'real-time';
      const values = {
        linger: field('linger').value,
        commit: field('commit').value,
        guarantee: field('guarantee').value,
        caching: (field('caching') as HTMLInputElement).checked,
        hops: field('hops').value,
        mode,
        trigger: field('trigger').value,
        batch: field('batch').value,
      };
      const { streams, spark } = settingsFromForm(values, touched, facts);
      const view = explain(streams, spark, facts);
      frame.innerHTML = timelineSvg(view.rows, { idPrefix: 'latency-yours', title: 'Where one record’s time goes with your settings' });
      for (const line of view.lines) {
        const out = this.querySelector(`[data-latency-line="${line.system}"]`);
        out?.querySelector('.latency-formula')?.replaceChildren(line.formula);
        out?.querySelector('.latency-calculation')?.replaceChildren(line.calculation);
      }
    };

    controls.addEventListener('input', (event) => update((event.target as Field | null)?.name));
    controls.disabled = false;
    const note = this.querySelector('[data-latency-note]');
    if (note) note.textContent = 'Change a setting: the bars and the formulas follow.';
    update();
  }
}

if (!customElements.get('latency-explainer')) customElements.define('latency-explainer', LatencyExplainer);
