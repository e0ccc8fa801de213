// The manager's local day, kept current: the agenda asks the journal for
// this day's view, and moves on by itself past midnight (a window left open
// overnight, a clock moved forward).
import { useEffect, useState } from 'react';
import { todayIso } from '../../core/dates';

export function useToday(): string {
  const [today, setToday] = useState(todayIso);
  useEffect(() => {
    const check = () => setToday(todayIso());
    const id = window.setInterval(check, 60_000);
    window.addEventListener('focus', check);
    return () => {
      window.clearInterval(id);
      window.removeEventListener('focus', check);
    };
  }, []);
  return today;
}
