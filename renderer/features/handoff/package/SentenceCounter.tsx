import { countSentences } from '../../../../shared/domain/sentences';

/** "2 / 3 sentences", live as the person types; in danger colour past the limit. */
export function SentenceCounter({ text, max, id }: { text: string; max: number; id: string }) {
  const used = countSentences(text);
  const over = used > max;
  return (
    <span
      id={id}
      className={over ? 'hf-counter hf-counter--over' : 'hf-counter'}
      aria-live="polite"
    >
      {used} / {max} sentences
    </span>
  );
}
