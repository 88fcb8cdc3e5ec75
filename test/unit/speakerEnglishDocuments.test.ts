import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('en');

describe('attribution: English documents speaking for their authors', () => {
  it('"the report" after "In its report, the agency …" is that agency', () => {
    const t = 'The watchdog warned that the scheme was “deeply flawed”. In its annual report, the watchdog lists dozens of failures. The report insists that staff are “not to blame”.';
    assert.equal(speakerOf(t, 'deeply flawed'), 'The watchdog');
    assert.equal(speakerOf(t, 'not to blame'), 'The watchdog');
  });

  it('a report never named with the body stays as written', () => {
    const t = 'The watchdog warned that the scheme was “deeply flawed”. Ministers met on Monday to discuss the budget and the timetable for the reform of the pension system. The report insists that staff are “not to blame”.';
    assert.equal(speakerOf(t, 'not to blame'), 'The report');
  });

  it('a person as the latest speaker is not the author of "the study"', () => {
    const t = 'In a study, the institute looked at 400 schools. “Results are mixed,” said Anna Berg. The study warns of “a lost generation”.';
    assert.equal(speakerOf(t, 'a lost generation'), 'The study');
  });
});
