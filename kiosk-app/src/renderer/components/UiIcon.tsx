import { UI_ICONS, type UiIconName } from './icons/ui-icons';
import { Pictogram } from './Pictogram';

export function UiIcon({ name, size }: { name: UiIconName; size?: string }) {
  return <Pictogram drawing={UI_ICONS[name]} size={size} />;
}
