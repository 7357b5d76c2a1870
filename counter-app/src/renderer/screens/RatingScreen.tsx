import { useEffect, useRef, useState } from 'react';
import type { Rating, RatingScale } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { isRatingChannelMessage, RATING_CHANNEL, type RatingChannelMessage } from '../model/rating-channel';
import { RATING_QUESTION, ratingLevels } from '../model/rating';
import { RatingFace } from '../components/RatingFace';

type View =
  | { kind: 'idle'; counter: number | null }
  | { kind: 'asking'; ticketId: string; code: string; counter: number; scale: RatingScale; until: number }
  | { kind: 'thanks'; counter: number };

const THANKS_MS = 4_000;

/**
 * The citizen-facing screen on the counter's second monitor
 * (`/counter/#rating`). It has no session of its own: the officer's console
 * in the same browser asks and sends the answer to the hub.
 */
export function RatingScreen() {
  const { pick, t, language } = useI18n();
  const [view, setView] = useState<View>({ kind: 'idle', counter: null });
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const bc = new BroadcastChannel(RATING_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<unknown>) => {
      const m = event.data;
      if (!isRatingChannelMessage(m)) return;
      if (m.type === 'ask') {
        setView({
          kind: 'asking',
          ticketId: m.ticketId,
          code: m.code,
          counter: m.counter,
          scale: m.scale,
          until: Date.now() + m.remainingMs,
        });
      } else if (m.type === 'done') {
        setView((v) =>
          v.kind === 'asking' && v.ticketId === m.ticketId
            ? m.answered
              ? { kind: 'thanks', counter: m.counter }
              : { kind: 'idle', counter: m.counter }
            : v,
        );
      }
    };
    bc.postMessage({ type: 'hello' } satisfies RatingChannelMessage);
    return () => bc.close();
  }, []);

  useEffect(() => {
    if (view.kind === 'thanks') {
      const timer = setTimeout(() => setView({ kind: 'idle', counter: view.counter }), THANKS_MS);
      return () => clearTimeout(timer);
    }
    if (view.kind === 'asking') {
      const timer = setTimeout(
        () => setView({ kind: 'idle', counter: view.counter }),
        Math.max(0, view.until - Date.now()),
      );
      return () => clearTimeout(timer);
    }
  }, [view]);

  const answer = (rating: Rating) => {
    if (view.kind !== 'asking') return;
    channel.current?.postMessage({ type: 'answer', ticketId: view.ticketId, rating } satisfies RatingChannelMessage);
    setView({ kind: 'thanks', counter: view.counter });
  };

  return (
    <main className="rating-screen" lang={language}>
      {view.kind === 'asking' ? (
        <>
          <p className="rating-ticket">{t('rating.forTicket', { code: view.code })}</p>
          <h1 className="rating-question">{pick(RATING_QUESTION)}</h1>
          <div className={`rating-choices rating-choices-${view.scale}`}>
            {ratingLevels(view.scale).map((level) => (
              <button
                key={level.value}
                type="button"
                className={`rating-choice tone-${level.tone}`}
                data-rating={level.value}
                onClick={() => answer(level.value)}
              >
                <RatingFace tone={level.tone} strong={level.value === 5 || level.value === 1} />
                {pick(level.label)}
              </button>
            ))}
          </div>
        </>
      ) : view.kind === 'thanks' ? (
        <h1 className="rating-thanks">{t('rating.thanks')}</h1>
      ) : (
        <div className="rating-idle">
          <h1>{t('rating.welcome')}</h1>
          {view.counter !== null && <p className="rating-counter">{t('rating.counter', { number: view.counter })}</p>}
        </div>
      )}
    </main>
  );
}
