import { Result, Spin } from 'antd';
import type { CSSProperties } from 'react';

import { useT } from '../../../app/i18n';
import { formatTime } from '../../../shared/format';
import { FLOOR_POLL_MS, useEventFloor } from '../hooks/useEventFloor';
import { ATTENDANCE_LABELS } from '../utils/attendanceLabels';
import { formatCountdown } from '../utils/countdown';

const SCREEN: CSSProperties = {
  minHeight: '100vh',
  background: '#0b1f3a',
  color: '#fff',
  padding: '2vw 3vw',
  fontSize: 'clamp(18px, 1.6vw, 40px)',
};
const CARD: CSSProperties = { borderRadius: 12, padding: '1.2vw', background: '#13315c', minHeight: '8vw' };

/**
 * 现场大屏: the running (or next) slot's tables in large type, the countdown to the next slot, check-ins
 * and no-shows in red; polled every few seconds, so it keeps up without anyone touching the screen.
 */
export function FloorBoard({ eventId }: { eventId: string }) {
  const t = useT();
  const { event, floor, now, code, loading } = useEventFloor(eventId);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return <Result status="403" title={t('floor.forbidden')} />;
  if (loading || !floor) return <Spin size="large" style={{ display: 'block', marginTop: '20vh' }} />;
  const next = floor.nextSlotStartsAt ? new Date(floor.nextSlotStartsAt).getTime() : null;
  return (
    <main style={SCREEN} aria-label={t('floor.title')}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: '2vw' }}>
        <h1 style={{ color: '#fff', fontSize: '2.2em', margin: 0 }}>{event?.title}</h1>
        <div style={{ textAlign: 'right' }}>
          <div>{t('floor.checkedIn', floor.checkIns)}</div>
          <div style={{ color: floor.noShows ? '#ff4d4f' : undefined }}>
            {t('floor.noShows', { count: floor.noShows })}
          </div>
        </div>
      </header>
      {floor.slot ? (
        <section
          aria-label={floor.slot.current ? t('floor.current') : t('floor.upcoming')}
          style={{ marginTop: '1.5vw' }}
        >
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', flexWrap: 'wrap' }}>
            <h2 style={{ color: '#fff', fontSize: '1.6em', margin: 0 }}>
              {floor.slot.current ? t('floor.current') : t('floor.upcoming')} · {floor.slot.session}{' '}
              {formatTime(floor.slot.startsAt)}–{formatTime(floor.slot.endsAt)}
            </h2>
            {next !== null && (
              <div role="timer" aria-label={t('floor.countdown')} style={{ fontSize: '2.4em', fontWeight: 700 }}>
                {t('floor.countdown')} {formatCountdown(next, now)}
              </div>
            )}
          </div>
          <ul
            style={{
              listStyle: 'none',
              padding: 0,
              marginTop: '1vw',
              display: 'grid',
              gap: '1vw',
              gridTemplateColumns: 'repeat(auto-fill, minmax(22vw, 1fr))',
            }}
          >
            {floor.tables.map(({ table, meeting }) => {
              const noShow = meeting?.attendance.status === 'NO_SHOW';
              return (
                <li
                  key={table}
                  aria-label={t('floor.table', { table })}
                  style={{ ...CARD, outline: noShow ? '4px solid #ff4d4f' : undefined }}
                >
                  <div style={{ fontSize: '1.4em', fontWeight: 700 }}>{t('floor.table', { table })}</div>
                  {meeting ? (
                    <>
                      {meeting.parties.map((p) => {
                        const absent = meeting.attendance.absent.some((a) => a.id === p.id);
                        return (
                          <div key={p.id} style={{ color: absent ? '#ff4d4f' : undefined }}>
                            {p.name}
                          </div>
                        );
                      })}
                      <div style={{ marginTop: 8, color: noShow ? '#ff4d4f' : '#91caff', fontWeight: 600 }}>
                        {meeting.walkIn ? `${t('attendance.walkIn')} · ` : ''}
                        {noShow
                          ? t('attendance.absent', { names: meeting.attendance.absent.map((a) => a.name).join('、') })
                          : t(ATTENDANCE_LABELS[meeting.attendance.status])}
                      </div>
                    </>
                  ) : (
                    <div style={{ opacity: 0.6 }}>{t('floor.free')}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <Result status="success" title={<span style={{ color: '#fff' }}>{t('floor.over')}</span>} />
      )}
      <footer style={{ opacity: 0.6, marginTop: '1vw', fontSize: '0.7em' }}>
        {t('floor.refresh', { seconds: FLOOR_POLL_MS / 1000 })}
      </footer>
    </main>
  );
}
