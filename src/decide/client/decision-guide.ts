/**
 * `<decision-guide>`: combines the checked answers into an outcome (src/decide/guide.ts), shows
 * that outcome and the reasons of the answers given, and keeps the answers in the URL so a decision
 * can be shared, reloaded and walked back with Back and Forward. Every answer, outcome and reason
 * is already in the HTML; this element only shows and hides them.
 */
import { answersQuery, conclude, readAnswers, type GuideAnswer, type GuideQuestion } from '../guide';

class DecisionGuide extends HTMLElement {
  #questions: GuideQuestion[] = [];

  connectedCallback(): void {
    this.#questions = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-param]')].map((fieldset) => ({
      param: fieldset.dataset['param'] ?? '',
      values: [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((input) => input.value),
    }));
    this.addEventListener('change', () => this.#update());
    this.querySelector('[data-guide-reset]')?.addEventListener('click', () => {
      for (const input of this.#radios()) input.checked = false;
      this.#update();
      this.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
    });
    addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  #radios(): NodeListOf<HTMLInputElement> {
    return this.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  }

  /** The checked answers, in question order. */
  #answers(): GuideAnswer[] {
    return [...this.#radios()]
      .filter((input) => input.checked)
      .map((input) => ({
        param: input.name,
        value: input.value,
        lean: input.dataset['lean'] ?? '',
        need: input.dataset['need'] === 'true',
        flink: input.dataset['flink'] === 'true',
      }));
  }

  /** Checks the answers the URL holds (and only those), then shows their result. */
  #restore(): void {
    const answers = readAnswers(location.search, this.#questions);
    for (const input of this.#radios()) input.checked = answers.get(input.name) === input.value;
    this.#render();
  }

  /** After the reader changed an answer: a new history entry for the new answers, then the result. */
  #update(): void {
    const answers = new Map(this.#answers().map((a) => [a.param, a.value]));
    const query = answersQuery(answers, this.#questions);
    if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}`);
    this.#render();
  }

  #render(): void {
    const answers = this.#answers();
    const outcome = conclude(answers);
    let title = '';
    for (const panel of this.querySelectorAll<HTMLElement>('[data-outcome]')) {
      panel.hidden = panel.dataset['outcome'] !== outcome;
      if (!panel.hidden) title = panel.querySelector('.guide-outcome-title')?.textContent ?? '';
    }
    const chosen = new Set(answers.map((a) => `${a.param}=${a.value}`));
    for (const item of this.querySelectorAll<HTMLElement>('[data-answer]')) item.hidden = !chosen.has(item.dataset['answer'] ?? '');
    for (const group of this.querySelectorAll<HTMLElement>('[data-reasons]'))
      group.hidden = !group.querySelector('[data-answer]:not([hidden])');
    this.#toggle('[data-guide-empty]', outcome !== undefined);
    this.#toggle('[data-guide-reasons]', outcome === undefined);
    this.#toggle('[data-guide-reset]', outcome === undefined);
    const status = this.querySelector('[data-guide-status]');
    const count = `${answers.length} of ${this.#questions.length} questions answered`;
    if (status) status.textContent = title ? `${count}. Result: ${title}.` : `${count}.`;
  }

  #toggle(selector: string, hidden: boolean): void {
    const element = this.querySelector<HTMLElement>(selector);
    if (element) element.hidden = hidden;
  }
}

customElements.define('decision-guide', DecisionGuide);
