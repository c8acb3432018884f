import { agendaFeedUrl } from './requestLabels';

describe('agendaFeedUrl', () => {
  it('points at the event’s agenda.ics with the key encoded', () => {
    expect(agendaFeedUrl('https://duijie.example', 'e-1', 'abc.d+/=')).toBe(
      'https://duijie.example/events/e-1/agenda.ics?key=abc.d%2B%2F%3D',
    );
  });
});
