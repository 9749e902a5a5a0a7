import * as assert from 'node:assert/strict';
import { compareDates, findDates, isoDate, parseIsoDate } from '../../server/src/lexicon/dates';

const dates = (text: string): string[] => findDates(text).map((d) => `${isoDate(d.date)}@${text.slice(d.start, d.end)}`);

describe('dates in three languages', () => {
  it('reads a full date in English, French and Spanish as the same day', () => {
    assert.deepEqual(dates('resolution 67/123 of 18 December 2012,'), ['2012-12-18@18 December 2012']);
    assert.deepEqual(dates('résolution 67/123 du 18 décembre 2012,'), ['2012-12-18@18 décembre 2012']);
    assert.deepEqual(dates('resolución 67/123, de 18 de diciembre de 2012,'), ['2012-12-18@18 de diciembre de 2012']);
  });

  it('reads ordinal first days, no-break spaces and a line break inside a date', () => {
    assert.deepEqual(dates('le 1er janvier 2016'), ['2016-01-01@1er janvier 2016']);
    assert.deepEqual(dates('on 1st\u00a0January\n2016'), ['2016-01-01@1st\u00a0January\n2016']);
    assert.deepEqual(dates('el 1.º de enero de 2016'), ['2016-01-01@1.º de enero de 2016']);
  });

  it('reads a month and year without a day, at that precision', () => {
    assert.deepEqual(dates('in December 2012 and in diciembre de 2013'), ['2012-12@December 2012', '2013-12@diciembre de 2013']);
  });

  it('is not fooled by a month word without a year, an impossible day or a number that runs on', () => {
    assert.deepEqual(dates('May the Council decide; mai'), []);
    assert.deepEqual(dates('31 February 2012'), []);
    assert.deepEqual(dates('18 December 20121'), []);
  });

  it('reads dates anywhere in a long text, and no month cut out of a longer word', () => {
    // Dates are looked for before each year only, in a window: a word the window cuts is read whole.
    assert.deepEqual(dates(`${'a'.repeat(70)}mai 2019`), []);
    assert.deepEqual(dates(`${'x'.repeat(61)} 3 mai 2019`), ['2019-05-03@3 mai 2019']);
    assert.deepEqual(dates(`${'mots '.repeat(40)}du 3 mai 2019 au 4 juin 2020 (2195 (2014))`), ['2019-05-03@3 mai 2019', '2020-06-04@4 juin 2020']);
    assert.deepEqual(dates('31 February 2012, 1 March 2012'), ['2012-03-01@1 March 2012']);
  });

  it('reads only between the offsets it is given', () => {
    const text = '18 December 2012 and 19 December 2013';
    assert.deepEqual(findDates(text, 5).map((d) => isoDate(d.date)), ['2013-12-19']);
    assert.deepEqual(findDates(text, 0, 20).map((d) => isoDate(d.date)), ['2012-12-18']);
  });

  it('compares at the precision both dates give and reads ISO dates back', () => {
    assert.equal(compareDates({ year: 2012 }, { year: 2012, month: 5, day: 3 }), 0);
    assert.ok(compareDates({ year: 2012, month: 5, day: 3 }, { year: 2012, month: 5, day: 4 }) < 0);
    assert.deepEqual(parseIsoDate('2012-12-18'), { year: 2012, month: 12, day: 18 });
    assert.deepEqual(parseIsoDate('2012-12'), { year: 2012, month: 12 });
    assert.deepEqual(parseIsoDate('2012'), { year: 2012 });
  });
});
