// A control bound to a stored value (a checkbox, a radio group, a select whose
// change is written at once) must show the manager's choice in the same event:
// a controlled input that waits for the write's answer springs back meanwhile,
// and a second key press lands on the old value. The choice holds while the
// stored value is still the one it was made over; once the store answers with
// a new value (or the write fails and `forget` is called) the stored value shows.
import { useState } from 'react';

export function useShownAtOnce<T>(stored: T) {
  const [chosen, setChosen] = useState<{ value: T; over: T } | null>(null);
  const shown = chosen && Object.is(chosen.over, stored) ? chosen.value : stored;
  const choose = (value: T) => setChosen({ value, over: stored });
  const forget = () => setChosen(null);
  return [shown, choose, forget] as const;
}
