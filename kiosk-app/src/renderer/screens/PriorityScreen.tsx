import { PRIORITY_LABELS, type PriorityClass } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { Pictogram } from '../components/Pictogram';
import { ScreenFrame } from '../components/ScreenFrame';
import { PRIORITY_ICONS } from '../components/icons/priority-icons';
import { useI18n } from '../hooks/use-i18n';

interface PriorityScreenProps {
  hallName: string;
  serviceName: string;
  priorities: PriorityClass[];
  onChoose: (priority: PriorityClass) => void;
  onBack: () => void;
  onHome: () => void;
}

/** The priority classes the service allows, each with a picture; a regular number stays one touch away. */
export function PriorityScreen({ hallName, serviceName, priorities, onChoose, onBack, onHome }: PriorityScreenProps) {
  const { t, pick } = useI18n();
  const offered = priorities.filter((p) => p !== 'none');
  return (
    <ScreenFrame name="priority" hallName={hallName} onBack={onBack} onHome={onHome} title={t('priority.title')}>
      <p className="screen-subtitle">
        {serviceName} · {t('priority.hint')}
      </p>
      <div className="tile-grid priority-grid" data-testid="priorities">
        {offered.map((p) => (
          <BigButton
            key={p}
            variant="tile"
            testId={`priority-${p}`}
            icon={<Pictogram drawing={PRIORITY_ICONS[p]} />}
            label={pick(PRIORITY_LABELS[p])}
            onPress={() => onChoose(p)}
          />
        ))}
        <BigButton
          variant="quiet"
          testId="priority-none"
          icon={<Pictogram drawing={PRIORITY_ICONS.none} />}
          label={pick(PRIORITY_LABELS.none)}
          onPress={() => onChoose('none')}
        />
      </div>
    </ScreenFrame>
  );
}
