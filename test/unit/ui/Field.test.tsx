// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Select, TextArea, TextField } from '../../../renderer/ui';

afterEach(cleanup);

/** The elements an input's aria-describedby points at, in order. */
function describedBy(el: HTMLElement): HTMLElement[] {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => {
    const target = document.getElementById(id);
    if (!target) throw new Error(`aria-describedby points at missing #${id}`);
    return target;
  });
}

describe('TextField', () => {
  it('shows the error, marks the input invalid and links error then hint', () => {
    render(<TextField label="Campaign name" hint="Shown on the board" error="A name is needed." />);
    const input = screen.getByLabelText('Campaign name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(input).map((el) => el.textContent)).toEqual([
      'A name is needed.',
      'Shown on the board',
    ]);
  });

  it('is valid without an error and describes itself by the hint only', () => {
    render(<TextField label="Campaign name" hint="Shown on the board" />);
    const input = screen.getByLabelText('Campaign name');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(describedBy(input).map((el) => el.textContent)).toEqual(['Shown on the board']);
    expect(screen.queryByText('A name is needed.')).toBeNull();
  });

  it('keeps a caller-supplied aria-describedby', () => {
    render(
      <>
        <p id="extra">Extra help</p>
        <TextField label="Name" error="Bad" aria-describedby="extra" />
      </>,
    );
    const texts = describedBy(screen.getByLabelText('Name')).map((el) => el.textContent);
    expect(texts).toEqual(['Bad', 'Extra help']);
  });

  it('marks required fields for assistive tech and shows the marker', () => {
    render(<TextField label="Owner" required />);
    const input = screen.getByLabelText('Owner');
    expect(input.hasAttribute('required')).toBe(true);
    expect(document.querySelector('label.ui-field__label--required')).not.toBeNull();
  });

  it('counts characters of an uncontrolled field as the user types', () => {
    render(<TextField label="Title" maxLength={20} showCount defaultValue="Hi" />);
    expect(screen.getByText(/2 \/ 20/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Hello there' } });
    expect(screen.getByText(/11 \/ 20/)).toBeTruthy();
  });

  it('counts characters of a controlled field from its value', () => {
    render(<TextField label="Title" maxLength={200} showCount value={'x'.repeat(120)} readOnly />);
    expect(screen.getByText(/120 \/ 200/)).toBeTruthy();
  });
});

describe('TextArea and Select', () => {
  it('wire their errors the same way', () => {
    render(
      <>
        <TextArea label="Notes" error="Too vague" />
        <Select label="Stage" error="Pick a stage">
          <option>Strategy</option>
        </Select>
      </>,
    );
    for (const [label, message] of [
      ['Notes', 'Too vague'],
      ['Stage', 'Pick a stage'],
    ] as const) {
      const control = screen.getByLabelText(label);
      expect(control.getAttribute('aria-invalid')).toBe('true');
      expect(describedBy(control)[0]?.textContent).toBe(message);
    }
  });
});
