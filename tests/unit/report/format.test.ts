import { describe, expect, it } from 'vitest';
import { chance, count, interval, label, level, liftInterval, money, pct, qValue, signedPct, slot } from '../../../shared/report/format.ts';

describe('report number formats', () => {
  it('writes rates as percentages with one decimal below 10% and none needed above', () => {
    expect(pct(0.0612)).toBe('6.1%');
    expect(pct(0.45)).toBe('45%');
    expect(pct(0.6)).toBe('60%');
    expect(pct(0)).toBe('0%');
    expect(pct(0.125)).toBe('12.5%');
    expect(pct(null)).toBe('—');
  });

  it('signs lifts and never shows a minus as a hyphen', () => {
    expect(signedPct(0.35)).toBe('+35%');
    expect(signedPct(-0.271)).toBe('−27%');
    expect(signedPct(0)).toBe('±0%');
  });

  it('keeps a decimal on a bound that would round to no effect', () => {
    expect(signedPct(0.003)).toBe('+0.3%');
    expect(signedPct(-0.0004)).toBe('−<0.1%');
    expect(liftInterval(0.003, Infinity)).toBe('[+0.3%, ∞]');
  });

  it('labels an interval level rounded down, never 100%', () => {
    expect(level(0.95)).toBe('95%');
    expect(level(0.96)).toBe('96%');
    expect(level(0.994)).toBe('99.4%');
    expect(level(1 - 0.01 / 92)).toBe('99.9%');
    expect(level(1 - 0.001 / 725)).toBe('99.9%');
    expect(level(null)).toBe('95%');
  });

  it('prints a chance to win as the verdict does, never a rounded 100%', () => {
    expect(chance(0.99951)).toBe('>99.9%');
    expect(chance(0.9994)).toBe('99.9%');
    expect(chance(0.973)).toBe('97.3%');
    expect(chance(0.0001)).toBe('<0.1%');
    expect(chance(null)).toBe('—');
  });

  it('brackets intervals and leaves them out when unknown', () => {
    expect(interval(0.037, 0.068)).toBe('[3.7%, 6.8%]');
    expect(interval(null, 0.2)).toBe('');
  });

  it('groups thousands and rounds money per currency', () => {
    expect(count(1234567)).toBe('1,234,567');
    expect(money(25950.4, 'USD')).toBe('USD 25,950');
  });

  it('shows tiny q-values as a bound', () => {
    expect(qValue(0.00001)).toBe('<0.001');
    expect(qValue(0.0372)).toBe('0.037');
  });

  it('names weekdays from Monday and Apollo seniorities in words', () => {
    expect(slot(0, 9)).toBe('Mon 09:00');
    expect(slot(6, 23)).toBe('Sun 23:00');
    expect(label('c_suite')).toBe('C-suite');
    expect(label('master_finance')).toBe('master finance');
  });
});
