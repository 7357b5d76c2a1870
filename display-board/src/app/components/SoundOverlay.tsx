import { SpeakerIcon } from './SpeakerIcon';

/**
 * First load only: browsers need one touch before they may play sound. A
 * banner over the bottom of the board, not a full-screen cover, so the calls
 * stay readable while nobody has touched the TV yet.
 */
export function SoundOverlay({ onEnable }: { onEnable: () => void }) {
  return (
    <button type="button" className="sound-overlay" data-testid="sound-overlay" onClick={onEnable} autoFocus>
      <SpeakerIcon className="sound-overlay-icon" />
      <span className="sound-overlay-text">
        <span className="sound-overlay-title">Chạm để bật âm thanh</span>
        <span className="sound-overlay-en">Tap to enable sound · Màn hình vẫn hiển thị số gọi khi chưa bật âm thanh</span>
      </span>
    </button>
  );
}
