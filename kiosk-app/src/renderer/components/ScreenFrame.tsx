import type { ReactNode } from 'react';
import { TopBar } from './TopBar';

interface ScreenFrameProps {
  name: string;
  hallName: string;
  onBack?: () => void;
  onHome?: () => void;
  title?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** Every screen: the top bar, a big title, the content that scrolls, and an optional fixed footer for the main action. */
export function ScreenFrame({ name, hallName, onBack, onHome, title, children, footer }: ScreenFrameProps) {
  return (
    <div className={`screen screen-${name}`} data-screen={name}>
      <TopBar hallName={hallName} onBack={onBack} onHome={onHome} />
      {title ? <h1 className="screen-title">{title}</h1> : null}
      {/* Focusable so a keyboard or switch user can scroll a long list (axe: scrollable-region-focusable). */}
      <main className="screen-body" tabIndex={0}>
        {children}
      </main>
      {footer ? <footer className="screen-footer">{footer}</footer> : null}
    </div>
  );
}
