import type { ReactNode } from 'react';

export type BigButtonVariant = 'primary' | 'priority' | 'tile' | 'secondary' | 'quiet';

interface BigButtonProps {
  variant?: BigButtonVariant;
  icon?: ReactNode;
  label: string;
  detail?: ReactNode;
  onPress: () => void;
  disabled?: boolean;
  testId?: string;
}

/**
 * The one kind of button on the kiosk: large, high contrast, a picture and a
 * few words. Fires on click so a finger that slides off cancels the press.
 */
export function BigButton({ variant = 'tile', icon, label, detail, onPress, disabled, testId }: BigButtonProps) {
  return (
    <button type="button" className={`big-button big-button-${variant}`} onClick={onPress} disabled={disabled} data-testid={testId}>
      {icon ? <span className="big-button-icon">{icon}</span> : null}
      <span className="big-button-text">
        <span className="big-button-label">{label}</span>
        {detail ? <span className="big-button-detail">{detail}</span> : null}
      </span>
    </button>
  );
}
