import * as assert from 'node:assert/strict';
import { createAdaptiveDebounce } from '../../server/src/lsp/debounce';

const LARGE = 1024 * 1024;

describe('adaptive debounce', () => {
  it('never waits for a small document', () => {
    const debounce = createAdaptiveDebounce();
    assert.equal(debounce.delayFor('file:///a', 30 * 1024, 50), 0);
  });

  it('waits for a large document until its analysis time is known', () => {
    const debounce = createAdaptiveDebounce();
    assert.equal(debounce.delayFor('file:///a', LARGE, 50), 50);
  });

  it('does not wait for a large document whose stepped analysis took tens of milliseconds', () => {
    const debounce = createAdaptiveDebounce();
    debounce.record('file:///a', 35);
    assert.equal(debounce.delayFor('file:///a', LARGE, 50), 0);
    // Another document keeps its own figure.
    assert.equal(debounce.delayFor('file:///b', LARGE, 50), 50);
  });

  it('waits the configured time after an analysis too long to finish between two keystrokes', () => {
    const debounce = createAdaptiveDebounce();
    debounce.record('file:///a', 35);
    debounce.record('file:///a', 400);
    assert.equal(debounce.delayFor('file:///a', LARGE, 50), 50);
    debounce.forget('file:///a');
    debounce.record('file:///a', 35);
    assert.equal(debounce.delayFor('file:///a', LARGE, 120), 0);
  });

  it('times an analysis run at once', () => {
    const debounce = createAdaptiveDebounce();
    assert.equal(debounce.timed('file:///a', () => 7), 7);
    assert.equal(debounce.delayFor('file:///a', LARGE, 50), 0);
  });
});
