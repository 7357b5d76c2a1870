import type { LuotError } from '@luot/protocol/plain';
import { SpeakerIcon } from './SpeakerIcon';

/** Discreet: the board keeps showing what it knew while the link is down. */
export function ReconnectingMark() {
  return (
    <div className="mark mark-reconnect" data-testid="reconnecting" role="status">
      <span className="mark-dot" /> Đang kết nối lại…
    </div>
  );
}

export function RefusedMark({ error }: { error: LuotError }) {
  return (
    <div className="mark mark-refused" data-testid="refused" role="alert">
      {error.message.vi} ({error.code}) — thêm <code>?token=…</code> vào địa chỉ màn hình.
    </div>
  );
}

export function SoundMark({ onEnable }: { onEnable: () => void }) {
  return (
    <button type="button" className="mark mark-sound" data-testid="sound-mark" onClick={onEnable}>
      <SpeakerIcon muted className="mark-icon" /> Chạm để bật âm thanh
    </button>
  );
}

export function SettingsProblems({ problems }: { problems: LuotError[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="mark mark-problems" data-testid="settings-problems">
      {problems.map((p) => (
        <div key={`${p.field}-${p.code}`}>{p.message.vi}</div>
      ))}
    </div>
  );
}
