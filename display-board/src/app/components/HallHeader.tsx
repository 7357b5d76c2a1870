import { formatVietnameseDate, formatVietnameseTime } from '../../board/vietnamese-clock';

export function HallHeader({ hallName, hallLogo, now }: { hallName: string; hallLogo: string | null; now: number }) {
  return (
    <header className="header">
      {hallLogo ? (
        // The logo sits with the name, so the header keeps its two ends (the hall, the clock).
        <div className="header-brand">
          <img className="header-logo" src={hallLogo} alt="" />
          <div className="header-hall">{hallName}</div>
        </div>
      ) : (
        <div className="header-hall">{hallName}</div>
      )}
      <div className="header-clock">
        <div className="header-time" data-testid="clock">{formatVietnameseTime(now)}</div>
        <div className="header-date" data-testid="date">{formatVietnameseDate(now)}</div>
      </div>
    </header>
  );
}
