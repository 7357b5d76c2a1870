/** The supervisor's line, scrolling; a CSS animation (no JS timers) so weak TVs keep it smooth. */
export function MessageTicker({ message }: { message: string | null }) {
  const text = message?.trim();
  const duration = Math.max(15, (text?.length ?? 0) * 0.25);
  return (
    <footer className="ticker" data-testid="ticker">
      {text ? (
        // A negative delay starts the line already on screen instead of behind the right edge.
        <div className="ticker-track" style={{ animationDuration: `${duration}s`, animationDelay: `-${duration * 0.2}s` }}>
          <span className="ticker-text">{text}</span>
        </div>
      ) : (
        <div className="ticker-static">Kính chào quý công dân · Welcome</div>
      )}
    </footer>
  );
}
