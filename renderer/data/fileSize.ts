// A file size as the data screens show it.
import { useTranslation } from 'react-i18next';
import { localeOf, numberFormat } from '../i18n/format';

/** A file size in the language on screen: "820 kB", "1,4 MB". */
export function useFileSize() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return (bytes: number) => {
    const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1_000 ? [bytes / 1_000, 'kilobyte'] : [bytes, 'byte'];
    return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  };
}
