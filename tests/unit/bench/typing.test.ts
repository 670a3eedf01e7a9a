import { describe, expect, it } from 'vitest';
import { keyDefinition } from '../../../scripts/bench/typing.ts';

describe('keyDefinition', () => {
  it('gives letters and digits their US key codes, capitals with Shift', () => {
    expect(keyDefinition('k')).toEqual({ key: 'k', code: 'KeyK', windowsVirtualKeyCode: 75, modifiers: 0 });
    expect(keyDefinition('E')).toEqual({ key: 'E', code: 'KeyE', windowsVirtualKeyCode: 69, modifiers: 8 });
    expect(keyDefinition('2')).toEqual({ key: '2', code: 'Digit2', windowsVirtualKeyCode: 50, modifiers: 0 });
  });

  it('knows the punctuation of the bench queries and types anything else as text', () => {
    expect(keyDefinition(' ')).toMatchObject({ code: 'Space', windowsVirtualKeyCode: 32 });
    expect(keyDefinition('-')).toMatchObject({ code: 'Minus', modifiers: 0 });
    expect(keyDefinition('_')).toMatchObject({ code: 'Minus', modifiers: 8 });
    expect(keyDefinition('.')).toMatchObject({ code: 'Period' });
    expect(keyDefinition('é')).toEqual({ key: 'é', code: '', windowsVirtualKeyCode: 0, modifiers: 0 });
  });
});
