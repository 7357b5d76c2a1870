import { useState, type FormEvent } from 'react';
import type { CounterView, ServiceView, TransferCommand } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { counterTitle } from '../model/counter-title';
import { transferCounters } from '../model/transfer-targets';
import { Dialog } from './Dialog';

interface Props {
  code: string;
  services: ServiceView[];
  counters: CounterView[];
  ownCounter: number;
  onTransfer(target: Omit<TransferCommand, 'commandId'>): void;
  onCancel(): void;
}

/** Sends the current citizen to another service or counter, keeping their place unless sent to the front. */
export function TransferDialog({ code, services, counters, ownCounter, onTransfer, onCancel }: Props) {
  const { t, pick } = useI18n();
  const [kind, setKind] = useState<'service' | 'counter'>('service');
  const [service, setService] = useState(services[0]?.code ?? '');
  const others = transferCounters(counters, ownCounter);
  const [counter, setCounter] = useState(String(others[0]?.number ?? ''));
  const [toFront, setToFront] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onTransfer({ to: kind === 'service' ? { service } : { counter: Number(counter) }, toFront });
  };

  return (
    <Dialog title={t('transfer.heading', { code })} onCancel={onCancel}>
      <form className="dialog-form" onSubmit={submit}>
        <label className="radio">
          <input type="radio" name="kind" checked={kind === 'service'} onChange={() => setKind('service')} />
          {t('transfer.toService')}
        </label>
        <select
          name="service"
          value={service}
          disabled={kind !== 'service'}
          onChange={(e) => setService(e.target.value)}
        >
          {services.map((s) => (
            <option key={s.code} value={s.code}>
              {pick(s.name)}
            </option>
          ))}
        </select>
        <label className="radio">
          <input
            type="radio"
            name="kind"
            checked={kind === 'counter'}
            disabled={others.length === 0}
            onChange={() => setKind('counter')}
          />
          {t('transfer.toCounter')}
        </label>
        <select
          name="counter"
          value={counter}
          disabled={kind !== 'counter'}
          onChange={(e) => setCounter(e.target.value)}
        >
          {others.map((c) => (
            <option key={c.number} value={c.number}>
              {counterTitle(c, pick(c.name), t('header.counter', { number: c.number }))}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" name="toFront" checked={toFront} onChange={(e) => setToFront(e.target.checked)} />
          {t('transfer.toFront')}
        </label>
        <button type="submit" className="primary">
          {t('transfer.submit')}
        </button>
      </form>
    </Dialog>
  );
}
