import { formatVietnameseDate, formatVietnameseTime } from '../../board/vietnamese-clock';

export function HallHeader({ hallName, hallLogo, now }: { hallName: string; hallLogo: string | null; now: number }) {
  return (
    <header className="header">
      {hallLogo ? <img className="header-logo" src={hallLogo} alt="" /> : null}
      <div className="header-hall">{hallName}</div>
      <div className="header-clock">
        <div className="header-time" data-testid="clock">{formatVietnameseTime(now)}</div>
        <div className="header-date" data-testid="date">{formatVietnameseDate(now)}</div>
      </div>
    </header>
  );
}
