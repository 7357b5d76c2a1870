import { DEPARTMENT_ICONS, resolveDepartmentIcon } from './icons/department-icons';
import { Pictogram } from './Pictogram';

/** The department's pictogram by its config `icon` name; unknown names get the building. */
export function DepartmentIcon({ name, size }: { name: string; size?: string }) {
  const key = resolveDepartmentIcon(name);
  return <Pictogram drawing={DEPARTMENT_ICONS[key] ?? DEPARTMENT_ICONS.building!} size={size} className={`dept-icon dept-icon-${key}`} />;
}
