import { describe, expect, it } from 'vitest';
import { localToIso, toLocalInput } from './datetime';
import { bucketName } from './timeline-data';

describe('schedules in the workspace time zone', () => {
  it('reads a wall-clock time in the given zone, whatever the viewer’s', () => {
    const cases: [string, string, string][] = [
      ['2027-01-15T09:30', 'Europe/Paris', '2027-01-15T08:30:00.000Z'],
      ['2027-07-15T09:30', 'Europe/Paris', '2027-07-15T07:30:00.000Z'],
      ['2027-01-15T09:30', 'America/New_York', '2027-01-15T14:30:00.000Z'],
      ['2027-01-15T09:30', 'Asia/Kolkata', '2027-01-15T04:00:00.000Z'],
      ['2027-01-15T09:30', 'Asia/Kathmandu', '2027-01-15T03:45:00.000Z'],
      ['2027-01-15T09:30', 'UTC', '2027-01-15T09:30:00.000Z'],
      ['2027-01-15T09:30:15', 'UTC', '2027-01-15T09:30:15.000Z'],
      // The evening before a spring-forward night, and the morning after it.
      ['2027-03-27T23:00', 'Europe/Paris', '2027-03-27T22:00:00.000Z'],
      ['2027-03-28T09:00', 'Europe/Paris', '2027-03-28T07:00:00.000Z'],
    ];
    for (const [wall, zone, iso] of cases) expect(localToIso(wall, zone), `${wall} ${zone}`).toBe(iso);
  });

  it('shows an instant as the zone’s wall-clock time, the inverse of reading it', () => {
    expect(toLocalInput(new Date('2027-01-15T08:30:00Z'), 'Europe/Paris')).toBe('2027-01-15T09:30');
    expect(toLocalInput(new Date('2027-01-15T08:30:59.900Z'), 'Asia/Kathmandu')).toBe('2027-01-15T14:15');
    for (const zone of ['Europe/Paris', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      for (let h = 0; h < 24 * 365; h += 7) {
        const at = new Date(Date.UTC(2027, 0, 1) + h * 3_600_000);
        expect(localToIso(toLocalInput(at, zone), zone), `${at.toISOString()} ${zone}`).toBe(at.toISOString());
      }
    }
  });

  it('refuses what is not a date and time', () => {
    for (const value of ['', '2027-01-15', 'tomorrow', '2027-01-15 09:30'])
      expect(localToIso(value, 'UTC')).toBeUndefined();
  });

  it('names the timeline’s hours in the workspace time zone', () => {
    const start = Date.parse('2027-01-15T08:00:00Z');
    const bucket = { start, sent: 1, opens: 0, clicks: 0 };
    expect(bucketName(bucket, 1, 'Europe/Paris')).toMatch(/09:00.*10:00/);
    expect(bucketName(bucket, 1, 'America/New_York')).toMatch(/03:00.*04:00/);
  });
});
