// Every write to the journal, and every action a button starts (an export, a
// backup, a file read in), goes through useJournalMutation, so each behaves
// the same: its busy state (isPending), its failure in the manager's
// language (a toast, or `failure` where the form or dialog shows it, with
// what names a field beside that field), a toast after success, and the
// reads fetched again. Reads are queries (queries.ts).
import { useMutation, useQueryClient, type QueryKey, type UseMutationOptions } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast, type ExternalToast } from 'sonner';
import { ApiFailure } from './client';
import { errorText } from './errors';

/** What a success says: a text, or a text with sonner's options (an undo, a description); `neutral` leaves out the success mark. */
export type Said = string | ({ text: string; neutral?: boolean } & ExternalToast);

export interface JournalMutationOptions<TIn, TOut> extends Omit<UseMutationOptions<TOut, Error, TIn>, 'mutationFn'> {
  /** The toast after success; none when absent or null. */
  said?: (out: TOut, input: TIn) => Said | null;
  /**
   * Where a failure shows: a toast (the default), or 'inline': in `failure`,
   * which the form or dialog shows (FormError). With `fields`, inline.
   */
  failure?: 'toast' | 'inline';
  /** Puts the failure's issues beside the form fields they name; true when one found its field (then `failure` stays empty). */
  fields?: (error: unknown) => boolean;
  /** A failure's toast text where the journal gave none (the shell's own step failed). */
  failed?: string;
  /**
   * The reads fetched again after success: all of them (the default: the
   * journal is local and small, so no screen is ever stale), only these, or
   * none (an export, or a switch after which the app starts afresh).
   */
  refresh?: boolean | readonly QueryKey[];
}

export function useJournalMutation<TIn = void, TOut = unknown>(fn: (input: TIn) => Promise<TOut>, options: JournalMutationOptions<TIn, TOut> = {}) {
  const { said, fields, failed, refresh = true, onSuccess, onError, ...rest } = options;
  const where = options.failure ?? (fields ? 'inline' : 'toast');
  const client = useQueryClient();
  const { t } = useTranslation();
  /** The failure whose issues went beside the fields. */
  const [placed, setPlaced] = useState<unknown>(null);
  const mutation = useMutation<TOut, Error, TIn>({
    ...rest,
    mutationFn: fn,
    // What the write did is said and shown first (a dialog closes, a banner
    // appears), then the reads are fetched again; busy until they are.
    onSuccess: async (...args) => {
      const message = said?.(args[0], args[1]);
      if (message) show(message);
      await onSuccess?.(...args);
      if (refresh === true) await client.invalidateQueries();
      else if (refresh) await Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
    onError: async (...args) => {
      const [error] = args;
      if (where === 'toast') toast.error(failed && !(error instanceof ApiFailure) ? failed : errorText(t, error));
      else if (fields?.(error)) setPlaced(error);
      await onError?.(...args);
    },
  });
  const failure = where === 'inline' && mutation.error !== null && mutation.error !== placed ? mutation.error : null;
  return { ...mutation, failure };
}

function show(message: Said) {
  if (typeof message === 'string') return void toast.success(message);
  const { text, neutral, ...options } = message;
  if (neutral) toast(text, options);
  else toast.success(text, options);
}
