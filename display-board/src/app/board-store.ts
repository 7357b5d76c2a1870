/**
 * Holds the board model outside React and runs the side effects of each
 * step: new calls that belong on this board go to the announcer, and a
 * needed snapshot is asked for. React reads it with useSyncExternalStore.
 */
import type { LuotError } from '@luot/protocol';
import { initialBoardModel, stepBoard, type BoardInput, type BoardModel } from '../board/board-model';
import type { BoardFilter } from '../board/board-settings';
import { callVisible } from '../board/board-view';
import type { Announcer } from '../voice/announcer';

export class BoardStore {
  private model: BoardModel = initialBoardModel;
  private refusal: LuotError | null = null;
  private readonly listeners = new Set<() => void>();
  /** Set once the hub connection exists (it needs the store's dispatch first). */
  requestSnapshot: () => void = () => undefined;

  constructor(
    private readonly filter: BoardFilter,
    private readonly announcer: Announcer,
  ) {}

  getModel = (): BoardModel => this.model;
  getRefusal = (): LuotError | null => this.refusal;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch = (input: BoardInput): void => {
    const step = stepBoard(this.model, input);
    this.model = step.model;
    for (const call of step.newCalls) {
      if (!callVisible(this.filter, this.model.snapshot, call)) continue;
      // The call carries its prefix and number: "A1" + "015", not "A" + "1015".
      this.announcer.announce(call);
    }
    if (step.requestSnapshot) this.requestSnapshot();
    this.listeners.forEach((l) => l());
  };

  setRefusal = (error: LuotError | null): void => {
    this.refusal = error;
    this.listeners.forEach((l) => l());
  };
}
