/** The supervisor's line, scrolling; a CSS animation (no JS timers) so weak TVs keep it smooth. */
export function MessageTicker({ message }: { message: string | null }) {
  const text = message?.trim();
  return (
    <footer className="ticker" data-testid="ticker">
      {text ? (
        <div className="ticker-track" style={{ animationDuration: `${Math.max(15, text.length * 0.25)}s` }}>
          <span className="ticker-text">{text}</span>
        </div>
      ) : (
        <div className="ticker-static">Kính chào quý công dân · Welcome</div>
      )}
    </footer>
  );
}
