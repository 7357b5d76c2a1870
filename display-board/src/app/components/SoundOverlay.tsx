/** First load only: browsers need one touch before they may play sound. */
export function SoundOverlay({ onEnable }: { onEnable: () => void }) {
  return (
    <button type="button" className="sound-overlay" data-testid="sound-overlay" onClick={onEnable} autoFocus>
      <span className="sound-overlay-icon">🔊</span>
      <span className="sound-overlay-title">Chạm để bật âm thanh</span>
      <span className="sound-overlay-en">Tap to enable sound</span>
      <span className="sound-overlay-note">Màn hình vẫn hiển thị số gọi khi chưa bật âm thanh.</span>
    </button>
  );
}
