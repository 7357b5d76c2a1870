import { useEffect, useRef, useState } from 'react';
import type { Rating, RatingScale } from '@luot/protocol';
import { translate } from '../i18n/i18n';
import { isRatingChannelMessage, RATING_CHANNEL, type RatingChannelMessage } from '../model/rating-channel';
import { moodOf, RATING_QUESTION, ratingLevels } from '../model/rating';
import { RatingFace } from '../components/RatingFace';

type View =
  | { kind: 'idle'; counter: number | null }
  | { kind: 'asking'; ticketId: string; code: string; counter: number; scale: RatingScale; until: number }
  | { kind: 'thanks'; counter: number };

const THANKS_MS = 4_000;

/** Citizen-facing text: Vietnamese, with English beneath (not the officer's language switch). */
const vi = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('vi', key, params);
const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);

/**
 * The citizen-facing screen on the counter's second monitor
 * (`/counter/#rating`). It has no session of its own: the officer's console
 * in the same browser asks and sends the answer to the hub.
 */
export function RatingScreen() {
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
    <main className="rating-screen" lang="vi">
      {view.kind === 'asking' ? (
        <>
          <p className="rating-ticket">{vi('rating.forTicket', { code: view.code })}</p>
          <h1 className="rating-question">{RATING_QUESTION.vi}</h1>
          <p className="rating-question-en" lang="en">
            {RATING_QUESTION.en}
          </p>
          <div className={`rating-choices rating-choices-${view.scale}`}>
            {ratingLevels(view.scale).map((level) => (
              <button
                key={level.value}
                type="button"
                className={`rating-choice tone-${level.tone} mood-${moodOf(level)}`}
                data-rating={level.value}
                onClick={() => answer(level.value)}
              >
                <RatingFace mood={moodOf(level)} />
                <span>{level.label.vi}</span>
                <small lang="en">{level.label.en}</small>
              </button>
            ))}
          </div>
        </>
      ) : view.kind === 'thanks' ? (
        <div className="rating-idle">
          <h1 className="rating-thanks">{vi('rating.thanks')}</h1>
          <p className="rating-question-en" lang="en">
            {en('rating.thanks')}
          </p>
        </div>
      ) : (
        <div className="rating-idle">
          <h1>{vi('rating.welcome')}</h1>
          <p className="rating-question-en" lang="en">
            {en('rating.welcome')}
          </p>
          {view.counter !== null && <p className="rating-counter">{vi('rating.counter', { number: view.counter })}</p>}
        </div>
      )}
    </main>
  );
}
